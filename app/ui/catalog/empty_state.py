"""What an empty catalog shows: three big ways to start."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import icon


class CatalogEmptyState(QWidget):
    add_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogEmptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        picture = QLabel(self)
        picture.setPixmap(icon("catalog").pixmap(QSize(112, 112)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        title = QLabel(self.tr("Cửa hàng chưa có sản phẩm nào"), self)
        title.setObjectName("EmptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        body = QLabel(
            self.tr(
                "Thêm từng sản phẩm, nhập cả danh sách từ tệp Excel, hoặc tạo một cửa hàng mẫu "
                "(màn tuyn, mây tre đan, nón lá, khảm trai) để tập dùng thử."
            ),
            self,
        )
        body.setObjectName("EmptyBody")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_button = QPushButton(self.tr("Thêm sản phẩm"), self)
        self.add_button.setObjectName("Primary")
        self.import_button = QPushButton(self.tr("Nhập từ Excel"), self)
        self.demo_button = QPushButton(self.tr("Tạo cửa hàng mẫu"), self)
        for button, signal in (
            (self.add_button, self.add_requested),
            (self.import_button, self.import_requested),
            (self.demo_button, self.demo_requested),
        ):
            button.setMinimumHeight(52)
            button.setMinimumWidth(190)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
