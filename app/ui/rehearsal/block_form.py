"""One block of a run of show: talking points under the suggested headings, target time,
flash-sale price and countdown, order code (opening/closing: their text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rehearsal.plan_model import Block, TalkingPoint
from app.rehearsal.script_prefill import HEADINGS
from app.text import format_vnd

SAVE_AFTER_MS = 600  # typing pauses this long → saved


class BlockForm(QWidget):
    block_changed = Signal(str, dict)  # block id, update_block keyword arguments
    plan_text_changed = Signal(str, str)  # opening|closing, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block: Block | None = None
        self._loading = False
        self._pending_points = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.commit)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.gone_label = QLabel(self.tr("Sản phẩm này đã bị xoá khỏi danh mục"))
        self.gone_label.setObjectName("productGone")
        self.gone_label.setStyleSheet("color: #c62828; font-weight: 600;")
        self.gone_label.setWordWrap(True)
        self.price_label = QLabel()
        self.target = QDoubleSpinBox(decimals=1, minimum=0.2, maximum=60.0, singleStep=0.5)
        self.target.setSuffix(" " + self.tr("phút"))
        self.flash_price = QSpinBox(minimum=0, maximum=500_000_000, singleStep=1000)
        self.flash_price.setSuffix(" ₫")
        self.flash_price.setSpecialValueText(self.tr("không có"))
        self.flash_seconds = QSpinBox(minimum=10, maximum=300, singleStep=10)
        self.flash_seconds.setSuffix(" " + self.tr("giây"))
        self.order_code = QLineEdit()
        self.order_code.setPlaceholderText("A1, A1 size M")
        for spin in (self.target, self.flash_price, self.flash_seconds):
            spin.editingFinished.connect(self._fields_changed)
        self.order_code.editingFinished.connect(self._fields_changed)
        self.fields = QFormLayout()
        self.fields.addRow(self.tr("Thời gian mục tiêu"), self.target)
        self.fields.addRow(self.tr("Giá flash sale"), self.flash_price)
        self.fields.addRow(self.tr("Đếm ngược flash sale"), self.flash_seconds)
        self.fields.addRow(self.tr("Mã đặt hàng"), self.order_code)
        self.point_edits: dict[str, QPlainTextEdit] = {}
        self.points_box = QWidget()
        points_layout = QVBoxLayout(self.points_box)
        points_layout.setContentsMargins(0, 0, 0, 0)
        for heading in HEADINGS:
            label = QLabel(QCoreApplication.translate("rehearsal", heading).capitalize())
            label.setStyleSheet("font-weight: 600;")
            edit = QPlainTextEdit()
            edit.setMinimumHeight(60)
            edit.textChanged.connect(self._points_typed)
            self.point_edits[heading] = edit
            points_layout.addWidget(label)
            points_layout.addWidget(edit)
        self.plan_text = QPlainTextEdit()
        self.plan_text.textChanged.connect(self._points_typed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.points_box)
        inner_layout.addWidget(self.plan_text)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.gone_label)
        layout.addWidget(self.price_label)
        layout.addLayout(self.fields)
        layout.addWidget(QLabel(self.tr("Lời nói (chạy chữ khi tập)")))
        layout.addWidget(scroll, 1)
        self.show_block(None)

    def show_block(self, block: Block | None) -> None:
        if self.block is not None and (block is None or block.id != self.block.id):
            self.commit()  # leaving a block with unsaved typing
        elif block is not None and self.block is not None and block.id == self.block.id:
            self.block = block  # same block after a save: keep the cursor where it is
            return
        self.block = block
        self._loading = True
        is_product = block is not None and block.is_product
        self.setEnabled(block is not None)
        self.gone_label.setVisible(block is not None and block.product_gone)
        self.points_box.setVisible(is_product)
        self.plan_text.setVisible(block is not None and not is_product)
        for row in (1, 2, 3):
            self.fields.setRowVisible(row, is_product)
        if block is None:
            self.title.setText(self.tr("Chọn một mục trong kịch bản"))
            self.price_label.clear()
        else:
            if is_product:
                card = block.product
                self.title.setText(card.name if card else "")
                price = format_vnd(card.price) if card and card.price is not None else ""
                self.price_label.setText(self.tr("Giá bán: %1").replace("%1", price))
            else:
                opening = block.kind == "opening"
                self.title.setText(self.tr("Mở đầu") if opening else self.tr("Kết thúc"))
                self.price_label.clear()
                self.plan_text.setPlainText(block.text)
            self.target.setValue(block.target_seconds / 60)
            self.flash_price.setValue(block.flash_sale_price or 0)
            self.flash_seconds.setValue(block.flash_sale_seconds or 60)
            self.order_code.setText(block.order_code)
            by_heading = {p.heading: p.text for p in block.talking_points}
            for heading, edit in self.point_edits.items():
                edit.setPlainText(by_heading.get(heading, ""))
        self._loading = False
        self._pending_points = False

    def _points_typed(self) -> None:
        if not self._loading:
            self._pending_points = True
            self._save_timer.start()

    def _fields_changed(self) -> None:
        if self._loading or self.block is None:
            return
        block = self.block
        changes: dict = {}
        target = round(self.target.value() * 60)
        if target != block.target_seconds:
            changes["target_seconds"] = target
        if block.is_product:
            price = self.flash_price.value() or None
            if price != block.flash_sale_price:
                changes["flash_sale_price"] = price
            if self.flash_seconds.value() != block.flash_sale_seconds:
                changes["flash_sale_seconds"] = self.flash_seconds.value()
            if self.order_code.text().strip() != block.order_code:
                changes["order_code"] = self.order_code.text().strip()
        if changes:
            self.block_changed.emit(block.id, changes)

    def commit(self) -> None:
        """Save typed talking points now (leaving the block, starting a take)."""
        self._save_timer.stop()
        if not self._pending_points or self.block is None:
            return
        self._pending_points = False
        block = self.block
        if block.is_product:
            points = [TalkingPoint(h, e.toPlainText()) for h, e in self.point_edits.items()]
            self.block_changed.emit(block.id, {"talking_points": points})
        else:
            self.plan_text_changed.emit(block.kind, self.plan_text.toPlainText())
