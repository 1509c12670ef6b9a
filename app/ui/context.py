"""What every room is handed: the open database, the profile's paths, settings, workers,
and the links by which one room hands work to another."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import Paths
from app.settings import Settings
from app.ui.workers.task_runner import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy stays out of the imports before the window's first paint
    from app.store.migrate import Database

# (start_s, end_s, label, product_id or None): one segment handed to the editor.
HandedSegment = tuple[float, float, str, str | None]


class RoomLinks:
    """Hand work from one room to another without importing it.

    The main window connects each link to the room that serves it; a room that
    is not built (or a test without a window) leaves the link unconnected, and
    calling it then says so instead of failing somewhere deeper.
    """

    def __init__(self) -> None:
        self._open_in_editor: Callable[..., None] | None = None
        self._arrival_watchers: list[Callable[[], None]] = []

    def connect_editor(self, handler: Callable[..., None]) -> None:
        self._open_in_editor = handler

    @property
    def has_editor(self) -> bool:
        return self._open_in_editor is not None

    def open_in_editor(
        self,
        path: Path,
        *,
        segments: Sequence[HandedSegment] | None = None,
        product_id: str | None = None,
    ) -> None:
        """Show the editor room with ``path`` open (catalog "Cắt video này", a rehearsal take).

        ``segments`` replace the project's segments (one undo step); ``product_id`` links the
        project to a product (title/price band, "Gắn vào sản phẩm").
        """
        if self._open_in_editor is None:
            raise RuntimeError("the editor room is not available in this window")
        self._open_in_editor(Path(path), segments=segments, product_id=product_id)

    def watch_arrivals(self, handler: Callable[[], None]) -> None:
        """``handler`` runs (on the UI thread) after a sync brought rows or media from elsewhere."""
        self._arrival_watchers.append(handler)

    def changes_arrived(self) -> None:
        """The sync room says so; rooms showing synced rows re-read what they show."""
        for handler in list(self._arrival_watchers):
            handler()


@dataclass
class AppContext:
    db: Database  # open whenever a room is constructed (None only before the shell's first paint)
    settings: Settings
    tasks: TaskRunner
    links: RoomLinks = field(default_factory=RoomLinks)

    @property
    def paths(self) -> Paths:
        return self.db.paths

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings_path)
