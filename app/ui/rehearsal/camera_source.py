"""A real camera and microphone through Qt Multimedia: preview frames, a level meter, and
recording with QMediaRecorder (MPEG-4 Part 2 + AAC is fine; the engine re-encodes later).

``QAudioInput`` has no level signal, so the meter reads the same microphone through a
``QAudioSource`` and takes the RMS of what arrives. An unplugged camera (QCamera error,
or the device leaving ``QMediaDevices.videoInputs``) stops the recording — what was
written is kept — and says ``lost``; the take goes on without video.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import QElapsedTimer, QObject, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioInput,
    QAudioSource,
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
    QVideoSink,
)

log = logging.getLogger(__name__)
FINISH_WAIT_MS = 5000  # QMediaRecorder.stop() finishes the file asynchronously


def cameras() -> list[QCameraDevice]:
    return list(QMediaDevices.videoInputs())


def microphones() -> list[QAudioDevice]:
    return list(QMediaDevices.audioInputs())


def rms_of(data: bytes, sample_format: QAudioFormat.SampleFormat) -> float:
    """RMS (full scale = 1) of raw microphone bytes."""
    if sample_format == QAudioFormat.SampleFormat.Float:
        samples = np.frombuffer(data, dtype=np.float32).astype(np.float64)
    elif sample_format == QAudioFormat.SampleFormat.Int32:
        samples = np.frombuffer(data, dtype=np.int32) / 2147483648.0
    elif sample_format == QAudioFormat.SampleFormat.UInt8:
        samples = (np.frombuffer(data, dtype=np.uint8).astype(np.float64) - 128) / 128.0
    else:
        usable = len(data) // 2 * 2
        samples = np.frombuffer(data[:usable], dtype=np.int16) / 32768.0
    return float(np.sqrt(np.mean(np.square(samples)))) if samples.size else 0.0


class QtCameraSource(QObject):
    frame = Signal(QImage)
    level = Signal(float)
    lost = Signal(str)  # why, for the marker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.camera: QCamera | None = None
        self.camera_device: QCameraDevice | None = None
        self.frame_input: QVideoFrameInput | None = None
        self.audio_input: QAudioInput | None = None
        self.level_source: QAudioSource | None = None
        self._level_io = None
        self._level_format = QAudioFormat.SampleFormat.Int16
        self.recorder: QMediaRecorder | None = None
        self.recording_path: Path | None = None
        self._frame_clock = QElapsedTimer()
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._check_camera_present)

    @property
    def has_camera(self) -> bool:
        return self.camera is not None or self.frame_input is not None

    def use_frame_input(self, frames: QVideoFrameInput | None) -> None:
        """Generated pictures in place of a camera (Qt ≥ 6.8): the recording path of a real
        camera, exercised where there is none (tests)."""
        self.frame_input = frames
        self.session.setVideoFrameInput(frames)

    @property
    def has_microphone(self) -> bool:
        return self.audio_input is not None

    # ---- devices ------------------------------------------------------------------------
    def open(self, camera: QCameraDevice | None, microphone: QAudioDevice | None) -> None:
        self.close()
        if camera is not None and not camera.isNull():
            self.camera = QCamera(camera, self)
            self.camera_device = camera
            self.camera.errorOccurred.connect(self._on_camera_error)
            self.session.setCamera(self.camera)
            self.camera.start()
        if microphone is not None and not microphone.isNull():
            self.audio_input = QAudioInput(microphone, self)
            self.session.setAudioInput(self.audio_input)
            fmt = microphone.preferredFormat()
            self._level_format = fmt.sampleFormat()
            self.level_source = QAudioSource(microphone, fmt, self)
            self._level_io = self.level_source.start()
            if self._level_io is not None:
                self._level_io.readyRead.connect(self._read_level)

    def close(self) -> None:
        self.stop_recording()
        if self.level_source is not None:
            self.level_source.stop()
            self.level_source.deleteLater()
        self.level_source = self._level_io = None
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)
            self.camera.deleteLater()
        self.camera = self.camera_device = None
        if self.audio_input is not None:
            self.session.setAudioInput(None)
            self.audio_input.deleteLater()
        self.audio_input = None

    # ---- recording ----------------------------------------------------------------------
    def start_recording(self, path: Path) -> bool:
        """Record camera + microphone (or the microphone alone) to ``path``; ``False`` when
        there is nothing to record."""
        if not self.has_camera and self.audio_input is None:
            return False
        self.recorder = QMediaRecorder(self)
        fmt = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
        fmt.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        if self.has_camera:
            fmt.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
        self.recorder.setMediaFormat(fmt)
        self.recorder.setQuality(QMediaRecorder.Quality.NormalQuality)
        self.recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        self.recorder.errorOccurred.connect(
            lambda error, text: log.warning("recorder error %s: %s", error, text)
        )
        self.session.setRecorder(self.recorder)
        self.recorder.record()
        self.recording_path = path
        return True

    def stop_recording(self) -> Path | None:
        """Finish the file (waits until Qt has written it) and return where it is."""
        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return None
        recorder.stop()
        clock = QElapsedTimer()
        clock.start()
        while (
            recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState
            and clock.elapsed() < FINISH_WAIT_MS
        ):
            App.processEvents()
        actual = recorder.actualLocation().toLocalFile()
        self.session.setRecorder(None)
        recorder.deleteLater()
        path = Path(actual) if actual else self.recording_path
        return path if path is not None and path.is_file() else None

    # ---- signals ------------------------------------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        # ~30 fps is plenty for a preview; converting every frame of a 60 fps camera is not
        if self._frame_clock.isValid() and self._frame_clock.elapsed() < 30:
            return
        self._frame_clock.start()
        image = frame.toImage()
        if not image.isNull():
            self.frame.emit(image)

    def _read_level(self) -> None:
        if self._level_io is None:
            return
        data = bytes(self._level_io.readAll().data())
        if data:
            self.level.emit(rms_of(data, self._level_format))

    def _on_camera_error(self, error, text: str) -> None:
        if error != QCamera.Error.NoError:
            self._camera_gone(text or "camera_error")

    def _check_camera_present(self) -> None:
        if self.camera_device is None:
            return
        present = {bytes(d.id().data()) for d in QMediaDevices.videoInputs()}
        if bytes(self.camera_device.id().data()) not in present:
            self._camera_gone("unplugged")

    def _camera_gone(self, why: str) -> None:
        """Keep what was recorded (the recorder finishes its file), drop the camera."""
        log.warning("camera lost: %s", why)
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)
            self.camera.deleteLater()
        self.camera = self.camera_device = None
        if self.frame_input is not None:
            self.use_frame_input(None)
        self.lost.emit(why)
