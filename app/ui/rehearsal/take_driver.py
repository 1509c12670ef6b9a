"""What feeds the rehearsal screen: the chosen camera/microphone (Qt) or a video file
standing in for both (the core's FileCameraRecorder), and the core's ``LiveTake``.

The preview and the meter read the source; the take's clock, markers and comments are
the core's. With a real camera, Qt's recorder writes into ``LiveTake.recording_target``
and the file is handed over at stop; with a file, the core records it.
"""

from __future__ import annotations

import logging
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
PREVIEW_WIDTH = 540  # the preview is at most this wide: no need to convert 1280 px frames


def image_from_rgb(array: np.ndarray) -> QImage:
    height, width, _ = array.shape
    array = np.ascontiguousarray(array)
    # .copy(): the QImage must own its pixels once the numpy array goes away
    return QImage(array.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


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
        self._poll.start()

    def _stop_file_preview(self) -> None:
        preview, self._preview = self._preview, None
        if preview is not None:
            preview.stop()
        if self.live is None:
            self._poll.stop()

    def _poll_file(self) -> None:
        recorder = self.live.recorder if self.live is not None else self._preview
        if recorder is None:
            return
        array = recorder.latest_frame(max_width=PREVIEW_WIDTH)
        if array is not None:
            self.frame.emit(image_from_rgb(array))
        self.level.emit(recorder.audio_level())

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
            self._poll.start()
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
            self._poll.stop()
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
        self._poll.stop()
        self.qt_source.close()
