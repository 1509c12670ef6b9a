"""The editor's undo step: the project's state before and after one edit (segments,
stickers, text, framing), put back through the room's ``_restore``."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class SnapshotCommand(QUndoCommand):
    def __init__(self, room, text: str, before: dict, after: dict) -> None:
        super().__init__(text)
        self.room, self.before, self.after = room, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied when pushed
            self._first = False
            return
        self.room._restore(self.after)

    def undo(self) -> None:
        self.room._restore(self.before)
