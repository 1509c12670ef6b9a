"""The variants of one product: size/colour options, SKU, price, sale price, barcode.

A product has a handful of variants, so a small QTableWidget is fine here (the
product list itself is a lazy model). Every cell edit is reported as
``cell_edited(row, column, old, new)`` for the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.catalog.product_data import VariantData
from app.text import format_vnd, parse_vnd

OPTION1, OPTION2, SKU, PRICE, SALE, BARCODE = range(6)


class VariantsTable(QTableWidget):
    cell_edited = Signal(int, int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Lựa chọn 1"),
                self.tr("Lựa chọn 2"),
                self.tr("Mã SKU"),
                self.tr("Giá bán"),
                self.tr("Giá khuyến mãi"),
                self.tr("Mã vạch"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        header.setStretchLastSection(True)
        self.setColumnWidth(SKU, 170)
        for column in range(self.columnCount()):  # every header readable ("Giá khuyến mãi")
            self.setColumnWidth(
                column, max(self.columnWidth(column), header.sectionSizeHint(column) + 8)
            )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setDefaultSectionSize(36)
        self._ids: list[str | None] = []
        self._before = ""
        self._loading = False
        self.currentCellChanged.connect(self._remember)
        self.itemChanged.connect(self._changed)

    def _remember(self, row: int, column: int, *_):
        item = self.item(row, column)
        self._before = item.text() if item else ""

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        old, new = self._before, item.text()
        if item.column() in (PRICE, SALE) and new.strip():
            try:  # typed 150k or 1,5tr: show it the way it will be saved
                new = format_vnd(parse_vnd(new))
            except ValueError:
                pass  # left as typed; the inline error points at it
            else:
                self._loading = True
                item.setText(new)
                self._loading = False
        self._before = new
        if old != new:
            self.cell_edited.emit(item.row(), item.column(), old, new)

    def set_cell(self, row: int, column: int, text: str) -> None:
        self._loading = True
        try:
            if row >= self.rowCount():
                return
            self.item(row, column).setText(text)
        finally:
            self._loading = False

    def set_variants(self, variants: list[VariantData]) -> None:
        self._loading = True
        try:
            self.setRowCount(0)
            self._ids = []
            for variant in variants:
                self._append(variant)
        finally:
            self._loading = False

    def _append(self, variant: VariantData) -> None:
        self._insert(self.rowCount(), variant)

    def _insert(self, row: int, variant: VariantData) -> None:
        self.insertRow(row)
        self._ids.insert(row, variant.id)
        values = [
            variant.option1,
            variant.option2,
            variant.sku,
            format_vnd(variant.price),
            "" if variant.sale_price is None else format_vnd(variant.sale_price),
            variant.barcode,
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in (PRICE, SALE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)

    def insert_variant(self, row: int, variant: VariantData | None = None) -> None:
        self._loading = True
        try:
            self._insert(min(row, self.rowCount()), variant or VariantData())
        finally:
            self._loading = False

    def remove_row(self, row: int) -> VariantData | None:
        if not 0 <= row < self.rowCount():
            return None
        removed = self.variants(strict=False)[row]
        self.removeRow(row)
        self._ids.pop(row)
        return removed

    def variants(self, *, strict: bool = True) -> list[VariantData]:
        """Rows as values; with ``strict`` an unreadable price raises ValueError(row, column)."""
        result = []
        for row in range(self.rowCount()):
            texts = [
                self.item(row, c).text().strip() if self.item(row, c) else "" for c in range(6)
            ]
            price = _money(texts[PRICE], row, PRICE, strict) or 0
            sale = _money(texts[SALE], row, SALE, strict) if texts[SALE] else None
            result.append(
                VariantData(
                    texts[SKU],
                    price,
                    sale,
                    texts[BARCODE],
                    texts[OPTION1],
                    texts[OPTION2],
                    self._ids[row] if row < len(self._ids) else None,
                )
            )
        return result


def _money(text: str, row: int, column: int, strict: bool) -> int | None:
    if not text:
        return 0 if column == PRICE else None
    try:
        return parse_vnd(text)
    except ValueError:
        if strict:
            raise ValueError(row, column) from None
        return None
