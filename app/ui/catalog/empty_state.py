"""What an empty catalog shows: three big ways to start."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import icon
from app.ui.widgets.flow_layout import flow_row


class CatalogEmptyState(QWidget):
    add_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogEmptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 32)
        layout.addStretch(1)
        picture = QLabel(self)
        picture.setPixmap(icon("catalog").pixmap(QSize(112, 112)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        title = QLabel(self.tr("Cửa hàng chưa có sản phẩm nào"), self)
        title.setObjectName("EmptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)  # two lines beside an open editor rather than a wider pane
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
        # three big buttons side by side, wrapping under each other when the editor is open
        row = flow_row(self, [self.add_button, self.import_button, self.demo_button])
        layout.addWidget(row, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
