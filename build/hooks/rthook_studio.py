"""PyInstaller runtime hook: runs inside the frozen app before main.py.

Environment that libraries read once, at import, has to be set here.
"""

import os

# OpenCV's Media Foundation backend can take seconds to open a camera on Windows
# unless hardware transforms are off; it reads this before `import cv2` (FIELD-NOTES).
os.environ.setdefault("OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS", "0")
# Qt's FFmpeg plugin is the only multimedia backend shipped (bundle_rules.QT_PLUGINS_KEEP).
os.environ.setdefault("QT_MEDIA_BACKEND", "ffmpeg")
