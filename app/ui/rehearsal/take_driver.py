"""What feeds the rehearsal screen: the chosen camera/microphone (Qt) or a video file
standing in for both (the core's FileCameraRecorder), and the core's ``LiveTake``.

The preview and the meter read the source; the take's clock, markers and comments are
the core's. With a real camera, Qt's recorder writes into ``LiveTake.recording_target``
and the file is handed over at stop; with a file, the core records it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from app.rehearsal.live_take import LiveTake
from app.rehearsal.plan_model import Plan
from app.rehearsal.recorder import FileCameraRecorder
from app.rehearsal.takes import Take
from app.ui.context import AppContext
from app.ui.rehearsal.camera_source import QtCameraSource

log = logging.getLogger(__name__)

FILE_POLL_MS = 33  # preview of the file camera at ~30 fps
PREVIEW_WIDTH = 540  # the least width frames are converted at


def fit_9_16(array: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The middle of the picture that the 9:16 frame shows, resized to ``size`` (what the
    preview would otherwise scale on the GUI thread at every paint)."""
    import cv2

    width, height = size
    rows, cols, _ = array.shape
    if width <= 0 or height <= 0:
        return array
    if cols / rows > width / height:  # wider than the frame: keep the middle columns
        keep = max(1, round(rows * width / height))
        left = (cols - keep) // 2
        array = array[:, left : left + keep]
    else:
        keep = max(1, round(cols * height / width))
        top = (rows - keep) // 2
        array = array[top : top + keep]
    shrinking = array.shape[0] > height
    interpolation = cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR
    return cv2.resize(array, (width, height), interpolation=interpolation)


def image_from_rgb(array: np.ndarray) -> QImage:
    height, width, _ = array.shape
    array = np.ascontiguousarray(array)
    # .copy(): the QImage must own its pixels once the numpy array goes away
    return QImage(array.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class FramePump:
    """Converts the file camera's latest frame to a QImage in its own thread, ~30 times a
    second: the conversion (swscale, a few ms for 720p) then never delays a teleprompter
    frame on the GUI thread, which only picks up the finished image."""

    def __init__(
        self,
        source: Callable[[], FileCameraRecorder | None],
        size: Callable[[], tuple[int, int]] = lambda: (0, 0),
    ) -> None:
        self._source = source
        self._size = size
        self._lock = threading.Lock()
        self._image: QImage | None = None
        self._level = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="preview-frames", daemon=True)
        self._thread.start()

    def _width(self) -> int:
        """Convert at a width whose 9:16 crop still covers the preview's frame pixel for
        pixel (a 16:9 source: 16/9 × the frame's height), never above the source's."""
        height = self._size()[1]
        return max(PREVIEW_WIDTH, round(height * 16 / 9)) if height else PREVIEW_WIDTH

    def take(self) -> tuple[QImage | None, float]:
        """The newest image (once) and the sound level."""
        with self._lock:
            image, self._image = self._image, None
            return image, self._level

    def _run(self) -> None:
        while not self._stop.wait(FILE_POLL_MS / 1000):
            recorder = self._source()
            if recorder is None:
                continue
            began = time.monotonic()
            try:
                array = recorder.latest_frame(max_width=self._width())
            except Exception:  # a frame from a closing file: skip it, the next one comes
                log.debug("preview frame skipped", exc_info=True)
                continue
            image = None
            if array is not None:
                size = self._size()
                image = image_from_rgb(fit_9_16(array, size) if size[0] > 0 else array)
            with self._lock:
                if image is not None:
                    self._image = image
                self._level = recorder.audio_level()
            log.debug("preview frame in %.1f ms", (time.monotonic() - began) * 1000)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


class TakeDriver(QObject):
    frame = Signal(QImage)
    level = Signal(float)
    camera_lost = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.qt_source = QtCameraSource(self)
        self.qt_source.frame.connect(self.frame.emit)
        self.qt_source.level.connect(self.level.emit)
        self.qt_source.lost.connect(self._on_qt_camera_lost)
        self.camera_file: Path | None = None
        self._preview: FileCameraRecorder | None = None  # the file before a take
        self.live: LiveTake | None = None
        self._poll = QTimer(self)
        self._poll.setTimerType(Qt.TimerType.PreciseTimer)
        self._poll.setInterval(FILE_POLL_MS)
        self._poll.timeout.connect(self._poll_file)
        self._pump: FramePump | None = None
        # the preview's 9:16 frame in pixels (the screen points this at its preview)
        self.preview_size: Callable[[], tuple[int, int]] = lambda: (0, 0)

    # ---- sources --------------------------------------------------------------------------
    @property
    def has_video(self) -> bool:
        return self.camera_file is not None or self.qt_source.has_camera

    @property
    def has_sound(self) -> bool:
        return self.camera_file is not None or self.qt_source.has_microphone

    def use_devices(self, camera, microphone) -> None:
        """A real camera and/or microphone (``None`` for neither)."""
        self._stop_file_preview()
        self.camera_file = None
        self.qt_source.open(camera, microphone)

    def use_file(self, path: Path) -> None:
        """A video file as camera and microphone; its picture shows at once."""
        self.qt_source.close()
        self._stop_file_preview()
        self.camera_file = Path(path)
        target = self.context.paths.cache_dir / "rehearsal-preview.mp4"
        self._preview = FileCameraRecorder(self.camera_file, target, record=False)
        self._preview.start()  # raises CameraFileMissing / a video error for a bad file
        self._start_poll()

    def _stop_file_preview(self) -> None:
        preview, self._preview = self._preview, None
        if preview is not None:
            preview.stop()
        if self.live is None:
            self._stop_poll()

    def _file_recorder(self) -> FileCameraRecorder | None:
        live = self.live
        return live.recorder if live is not None else self._preview

    def _start_poll(self) -> None:
        if self._pump is None:
            self._pump = FramePump(self._file_recorder, self.preview_size)
        self._poll.start()

    def _stop_poll(self) -> None:
        self._poll.stop()
        pump, self._pump = self._pump, None
        if pump is not None:
            pump.stop()

    def _poll_file(self) -> None:
        if self._pump is None:
            return
        image, level = self._pump.take()
        if image is not None:
            self.frame.emit(image)
        self.level.emit(level)

    # ---- the take -------------------------------------------------------------------------
    def start(self, plan: Plan, pace_per_minute: float) -> LiveTake:
        if self.camera_file is not None:
            self._stop_file_preview()
            kind = "file"
        else:
            kind = "camera" if self.qt_source.has_camera else "none"
        live = LiveTake(
            self.context.db,
            plan,
            camera_file=self.camera_file,
            source_kind=kind,
            pace_per_minute=pace_per_minute,
        )
        live.start()
        self.live = live
        if self.camera_file is not None:
            self._start_poll()
        elif not self.qt_source.start_recording(live.recording_target):
            log.info("no camera and no microphone: the take runs without a recording")
        return live

    def stop(self) -> Take | None:
        """Stop the take and keep it (the recording goes into the media store)."""
        live, self.live = self.live, None
        if live is None:
            return None
        recording = self.qt_source.stop_recording() if self.camera_file is None else None
        take = live.stop(recording=recording)
        if self.camera_file is not None:
            self._stop_poll()
            try:
                self.use_file(self.camera_file)  # the preview goes on for the next take
            except Exception:  # a vanished file only ends the preview
                log.exception("file preview could not restart")
        return take

    def _on_qt_camera_lost(self, why: str) -> None:
        if self.live is not None:
            self.live.camera_lost(why)
        self.camera_lost.emit(why)

    def close(self) -> None:
        """Leaving the screen: no preview, no devices held."""
        self._stop_file_preview()
        self._stop_poll()
        self.qt_source.close()
