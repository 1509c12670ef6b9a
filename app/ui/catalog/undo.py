"""Undo/redo for the product editor: one command per field change, typing merged into one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

_MERGE_ID = 4201


class SetValueCommand(QUndoCommand):
    """Set one editor value; ``apply(key, value)`` puts it into the widget without re-recording."""

    def __init__(
        self, key: str, old: Any, new: Any, apply: Callable[[str, Any], None], text: str
    ) -> None:
        super().__init__(text)
        self.key, self.old, self.new = key, old, new
        self._apply = apply
        self._first = True  # the widget already shows the new value when the command is pushed

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetValueCommand)
            or other.key != self.key
            or not isinstance(self.new, str)
        ):
            return False
        self.new = other.new  # consecutive typing in one field is one undo step
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.key, self.new)

    def undo(self) -> None:
        self._apply(self.key, self.old)


class RowCommand(QUndoCommand):
    """Add or remove a variant row: ``do`` and ``undo`` are each other's inverse."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()
