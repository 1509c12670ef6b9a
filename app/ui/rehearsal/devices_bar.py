"""Camera and microphone pickers, mirror, "Dùng video có sẵn", and the microphone meter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.rehearsal import camera_source
from app.ui.rehearsal.gauges import LevelMeter

VIDEO_FILTER = "*.mp4 *.mov *.mkv *.webm *.avi *.m4v"


class DevicesBar(QWidget):
    devices_chosen = Signal()  # camera or microphone picked
    file_chosen = Signal(Path)
    mirror_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera_box = QComboBox()
        self.camera_box.setObjectName("cameraPicker")
        self.mic_box = QComboBox()
        self.mic_box.setObjectName("micPicker")
        for box in (self.camera_box, self.mic_box):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.activated.connect(lambda _: self.devices_chosen.emit())
        self.mirror = QCheckBox(self.tr("Lật hình"))
        self.mirror.setChecked(True)
        self.mirror.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mirror.toggled.connect(self.mirror_toggled.emit)
        self.file_button = QPushButton(self.tr("Dùng video có sẵn…"))
        self.file_button.setObjectName("useFileButton")
        self.file_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.file_button.clicked.connect(self._pick_file)
        self.meter = LevelMeter()
        self.meter.setFixedWidth(80)
        # two rows: the bar sits under a narrow 9:16 preview
        pickers = QHBoxLayout()
        pickers.addWidget(self.camera_box, 1)
        pickers.addWidget(self.mic_box, 1)
        extras = QHBoxLayout()
        extras.addWidget(self.meter)
        extras.addWidget(self.mirror)
        extras.addStretch(1)
        extras.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(pickers)
        layout.addLayout(extras)
        self._file: Path | None = None
        self._running = False
        # a webcam plugged in while the screen is open shows up in the list at once
        self._media_devices = QMediaDevices(self)
        self._media_devices.videoInputsChanged.connect(self._devices_changed)
        self._media_devices.audioInputsChanged.connect(self._devices_changed)
        self.fill()

    def _devices_changed(self) -> None:
        if not self._running:
            self.fill(self._file)

    def fill(self, file: Path | None = None) -> None:
        """List the devices (and the chosen video file as a camera when there is one)."""
        self._file = file
        keep = (self.camera_box.currentText(), self.mic_box.currentText())
        self.camera_box.clear()
        self.mic_box.clear()
        if file is not None:
            self.camera_box.addItem(self.tr("Video: %1").replace("%1", file.name), ("file", file))
        for device in camera_source.cameras():
            self.camera_box.addItem(device.description(), ("camera", device))
        self.camera_box.addItem(self.tr("Không dùng camera"), ("none", None))
        if file is not None:
            self.mic_box.addItem(self.tr("Tiếng của video"), ("file", file))
        for device in camera_source.microphones():
            self.mic_box.addItem(device.description(), ("mic", device))
        self.mic_box.addItem(self.tr("Không dùng micro"), ("none", None))
        if file is None:  # a device list refreshed: the chosen devices stay chosen
            for box, text in zip((self.camera_box, self.mic_box), keep, strict=True):
                if (index := box.findText(text)) >= 0:
                    box.setCurrentIndex(index)

    def choice(self) -> tuple[tuple, tuple]:
        return self.camera_box.currentData(), self.mic_box.currentData()

    def _pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn video dùng thay camera"),
            "",
            self.tr("Video (%1)").replace("%1", VIDEO_FILTER),
        )
        if name:
            self.file_chosen.emit(Path(name))

    def set_take_running(self, running: bool) -> None:
        """Devices are chosen before a take; the mirror stays available."""
        self._running = running
        for widget in (self.camera_box, self.mic_box, self.file_button):
            widget.setEnabled(not running)
