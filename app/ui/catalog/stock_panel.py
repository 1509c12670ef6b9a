"""Stock of one product: on-hand per variant, the movement history, and "add movement"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.catalog.products import load_product
from app.catalog.stock import KIND_LABELS, add_movement, history, on_hand
from app.store.engine import session_scope
from app.sync.stock_count import record_count
from app.ui.error_dialogs import show_exception

COUNT = "count"  # not a movement kind: the panel records a count (app.sync.stock_count)


class StockPanel(QWidget):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.product_id: str | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)  # many variants: the totals wrap instead of running off
        layout.addWidget(self.summary)
        form = QGridLayout()
        self.variant = QComboBox(self)
        self.kind = QComboBox(self)
        for key, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("catalog", label), key)
        # "còn 40 trên kệ": a stock count, which two PCs counting offline do not double
        self.kind.addItem(self.tr("Kiểm kho: còn"), COUNT)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(-100_000, 100_000)
        self.quantity.setValue(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Ghi chú (không bắt buộc)"))
        self.add_button = QPushButton(self.tr("Thêm biến động kho"), self)
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.add)
        # two lines: the note and the button get the whole width in a narrow editor
        form.addWidget(self.variant, 0, 0, 1, 2)
        form.addWidget(self.kind, 0, 2)
        form.addWidget(self.quantity, 0, 3)
        form.addWidget(self.note, 1, 0, 1, 3)
        form.addWidget(self.add_button, 1, 3)
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("SKU"),
                self.tr("Loại"),
                self.tr("Số lượng"),
                self.tr("Ghi chú"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)

    def _kind_changed(self) -> None:
        counting = self.kind.currentData() == COUNT
        self.quantity.setMinimum(0 if counting else -100_000)
        self.quantity.setToolTip(
            self.tr("Số đếm được trên kệ bây giờ") if counting else self.tr("Số lượng thay đổi")
        )

    def load(self, product_id: str | None) -> None:
        self.product_id = product_id
        self.model.removeRows(0, self.model.rowCount())
        self.variant.clear()
        self.add_button.setEnabled(product_id is not None)
        if product_id is None:
            self.summary.setText(self.tr("Lưu sản phẩm trước, rồi ghi nhập/bán hàng."))
            return
        with session_scope(self.context.db.sessions) as session:
            data = load_product(session, product_id)
            variants = data.variants if data else []
            totals = on_hand(session, [v.id for v in variants])
            moves = history(session, product_id)
        for variant in variants:
            label = " / ".join(p for p in (variant.option1, variant.option2) if p) or variant.sku
            self.variant.addItem(f"{label} ({variant.sku})", variant.id)
        parts = [f"{v.sku}: {totals.get(v.id, 0)}" for v in variants]
        self.summary.setText(self.tr("Còn trong kho: %1").replace("%1", ", ".join(parts)))
        for move in moves:
            kind = QCoreApplication.translate("catalog", KIND_LABELS.get(move.kind, move.kind))
            cells = [
                move.happened_at.strftime("%d/%m/%Y %H:%M"),
                move.sku,
                kind,
                f"{move.quantity:+d}",
                move.note,
            ]
            self.model.appendRow([QStandardItem(c) for c in cells])
        # dates and SKUs are read whole (a cut "29/11/202…" hides the year); the note stretches
        for column in range(4):
            self.table.resizeColumnToContents(column)

    def add(self):
        variant_id = self.variant.currentData()
        if not variant_id:
            return None
        kind, quantity, note = self.kind.currentData(), self.quantity.value(), self.note.text()
        sessions, product_id = self.context.db.sessions, self.product_id

        def work(_progress, _cancel):
            with session_scope(sessions) as session:
                if kind == COUNT:
                    record_count(session, variant_id, quantity)
                else:
                    add_movement(session, variant_id, kind, quantity, note)

        def done(_result) -> None:
            self.note.clear()
            self.load(product_id)

        return self.context.tasks.submit(
            work, kind="db", on_done=done, on_error=lambda exc: show_exception(exc, self)
        )
