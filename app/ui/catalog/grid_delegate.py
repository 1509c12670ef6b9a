"""The photo grid's cell: the photo, then the product's name and its price, always both.

A long name is elided in the middle (the full name is the tooltip), so the
price line is never pushed out of the cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from app.text import format_vnd
from app.ui.catalog.product_model import ROW_ROLE


class GridDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        if row is None:
            return
        width = max(40, option.rect.width() - 8)
        name = option.fontMetrics.elidedText(row.name, Qt.TextElideMode.ElideMiddle, width)
        price = format_vnd(row.price_from) if row.price_from is not None else "—"
        option.text = f"{name}\n{price}"
        option.textElideMode = Qt.TextElideMode.ElideMiddle
