"""The editor's start page: "Video đang làm" (projects with thumbnails), recent files,
"Mở video…" and a drop zone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.editor.projects import ProjectSummary
from app.video.timecode import format_time


class StartPage(QWidget):
    open_requested = Signal(Path)
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Mở video…"), self)
        self.open_button.clicked.connect(self.browse_requested)
        top.addWidget(self.open_button)
        self.drop_label = QLabel(self.tr("hoặc kéo thả một video vào đây"), self)
        self.drop_label.setStyleSheet("border: 2px dashed #a4b0be; padding: 10px; color: #57606f;")
        top.addWidget(self.drop_label, 1)
        layout.addLayout(top)
        layout.addWidget(QLabel("<b>" + self.tr("Video đang làm") + "</b>", self))
        self.projects = QListWidget(self)
        self.projects.setViewMode(QListWidget.ViewMode.IconMode)
        self.projects.setIconSize(QSize(96, 96))
        self.projects.setGridSize(QSize(180, 150))
        self.projects.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.projects.setWordWrap(True)
        self.projects.itemActivated.connect(self._activated)
        layout.addWidget(self.projects, 3)
        layout.addWidget(QLabel("<b>" + self.tr("Mở gần đây") + "</b>", self))
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._activated)
        layout.addWidget(self.recent, 1)

    def show_projects(self, projects: list[ProjectSummary], recent: list[str]) -> None:
        self.projects.clear()
        for summary in projects:
            name = Path(summary.source_path).name
            text = (
                f"{summary.title or name}\n{summary.segment_count} "
                + self.tr("đoạn")
                + (f" · {format_time(summary.total)}")
            )
            if not summary.exists:
                text += "\n" + self.tr("(không thấy tệp)")
            item = QListWidgetItem(text, self.projects)
            item.setData(Qt.ItemDataRole.UserRole, summary.source_path)
            item.setToolTip(summary.source_path)
        self.recent.clear()
        for path in recent:
            item = QListWidgetItem(path, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)

    def set_thumbnail(self, source_path: str, rgb) -> None:
        rgb = np.ascontiguousarray(rgb)
        h, w = rgb.shape[:2]
        image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        for row in range(self.projects.count()):
            item = self.projects.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == source_path:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
