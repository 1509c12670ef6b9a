"""The `?` overlay: every key of the rehearsal screen on one calm card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP

KEYS = (
    ("→ / N", QT_TRANSLATE_NOOP("KeysOverlay", "Sang sản phẩm tiếp theo")),
    ("← / P", QT_TRANSLATE_NOOP("KeysOverlay", "Quay lại sản phẩm trước")),
    ("Enter / A", QT_TRANSLATE_NOOP("KeysOverlay", "Đánh dấu đã trả lời bình luận đang tô vàng")),
    ("F", QT_TRANSLATE_NOOP("KeysOverlay", "Bắt đầu flash sale của sản phẩm này")),
    ("Space", QT_TRANSLATE_NOOP("KeysOverlay", "Dừng / chạy tiếp chữ")),
    ("↑ / ↓", QT_TRANSLATE_NOOP("KeysOverlay", "Chữ chạy nhanh hơn / chậm hơn")),
    ("PgUp / PgDn", QT_TRANSLATE_NOOP("KeysOverlay", "Lùi / nhảy chữ gần một trang")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("KeysOverlay", "Bắt đầu / kết thúc buổi tập")),
    ("?", QT_TRANSLATE_NOOP("KeysOverlay", "Hiện / ẩn bảng phím này")),
)


class KeysOverlay(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keysOverlay")
        self.setStyleSheet(
            "#keysOverlay { background: rgba(24, 24, 24, 245); border-radius: 12px; }"
            " QLabel { color: white; font-size: 16px; }"
        )
        title = QLabel(self.tr("Phím tắt khi tập"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        grid = QGridLayout()
        for row, (key, text) in enumerate(KEYS):
            key_label = QLabel(key)
            key_label.setStyleSheet("font-weight: 700; color: #ffd54f;")
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(QCoreApplication.translate("KeysOverlay", text)), row, 1)
        hint = QLabel(self.tr("Bấm ? hoặc Esc để đóng"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(hint)
        self.hide()

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.adjustSize()
            parent = self.parentWidget()
            self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)
            self.raise_()
