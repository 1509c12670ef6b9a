"""A money field that reads what sellers type (``150000``, ``150.000``, ``150k``, ``1,5tr``)
and shows ``150.000 ₫`` once they leave it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.text import format_vnd, parse_vnd


class MoneyEdit(QLineEdit):
    value_changed = Signal(object)  # int or None

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._optional = optional
        self._value: int | None = None
        self.setPlaceholderText(self.tr("ví dụ 150k hoặc 1,5tr"))
        self.editingFinished.connect(self._reformat)

    def value(self) -> int | None:
        """The amount, ``None`` when empty; raises ValueError for unreadable text."""
        text = self.text().strip()
        if not text:
            if self._optional:
                return None
            raise ValueError(text)
        return parse_vnd(text)

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def set_value(self, amount: int | None) -> None:
        self._value = amount
        self.setText("" if amount is None else format_vnd(amount))

    def _reformat(self) -> None:
        try:
            amount = self.value()
        except ValueError:
            return  # leave the text for the inline error to point at
        if amount is not None:
            self.setText(format_vnd(amount))
        if amount != self._value:
            self._value = amount
            self.value_changed.emit(amount)
