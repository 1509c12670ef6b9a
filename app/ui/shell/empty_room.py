"""Empty-state page: says in plain words what a room will do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.icons import icon

if TYPE_CHECKING:
    from app.ui.shell.rooms import RoomSpec


class EmptyRoom(QWidget):
    def __init__(self, spec: RoomSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"EmptyRoom_{spec.key}")
        translate = QCoreApplication.translate
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        picture = QLabel(self)
        picture.setPixmap(icon(spec.icon).pixmap(QSize(128, 128)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        title = QLabel(translate("rooms", spec.empty_title), self)
        title.setObjectName("EmptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        layout.addWidget(title)
        body = QLabel(translate("rooms", spec.empty_body), self)
        body.setObjectName("EmptyBody")
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setWordWrap(True)
        body.setMaximumWidth(760)
        row = QHBoxLayout()  # centred without AlignHCenter, which breaks word-wrap height
        row.addStretch(1)
        row.addWidget(body, 4)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(self.tr("Phần này đang được xây dựng và sẽ có trong bản cập nhật tới."), self)
        hint.setObjectName("EmptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(2)
