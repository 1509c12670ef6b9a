"""The editor aggregate: one project per source video (segments, stickers, export settings).

A project is found again by the source file's content key (``app.video.cache.file_key``:
size + sampled SHA-256), so a clip copied or renamed keeps its project, and by path as
a fallback. Segments, stickers and settings are one JSON text column each: they travel
in sync as one field, and the room always reads and writes them whole.
"""

from __future__ import annotations

from sqlalchemy import Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.models.catalog_common import ID_LENGTH, SyncedRow


class EditorProject(SyncedRow, Base):
    __tablename__ = "editor_projects"
    __table_args__ = (Index("ix_editor_projects_source_key", "source_key"),)

    source_path: Mapped[str] = mapped_column(String(1000))
    source_key: Mapped[str] = mapped_column(String(64))
    source_size: Mapped[int] = mapped_column(Integer, default=0)
    source_mtime: Mapped[float] = mapped_column(Float, default=0.0)
    duration: Mapped[float] = mapped_column(Float, default=0.0)
    product_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), default=None)
    title: Mapped[str] = mapped_column(String(255), default="")
    segments: Mapped[str] = mapped_column(Text, default="[]")
    stickers: Mapped[str] = mapped_column(Text, default="[]")
    settings: Mapped[str] = mapped_column(Text, default="{}")
