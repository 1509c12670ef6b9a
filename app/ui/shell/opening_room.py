"""What the window shows in the moment between first paint and an open database.

The search bar is already there (typing is kept and handed to the catalog when
it arrives) with "Đang mở…" beneath, so the window paints before SQLAlchemy is
even imported and the seller sees the app at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget


class OpeningRoom(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OpeningRoom")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("CatalogSearch")
        self.search_box.setPlaceholderText(self.tr("Tìm sản phẩm (gõ không dấu cũng được)"))
        self.search_box.setMinimumHeight(40)
        layout.addWidget(self.search_box)
        self.status = QLabel(self.tr("Đang mở dữ liệu của cửa hàng…"), self)
        self.status.setObjectName("EmptyBody")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addStretch(2)

    def say(self, text: str) -> None:
        """A longer step (backup, migration) says what it is doing."""
        self.status.setText(text)
