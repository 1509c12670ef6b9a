"""What the sync client keeps on this PC: the outbox, per-field stamps, conflicts, uploaded blobs.

The outbox row is written in the same transaction as the edit it describes
(``app.sync.capture``), so no edit is saved without its change record. Per-field
stamps hold the HLC and value each field has here: pulled changes are merged
against them with ``app.sync.lww.decide`` and a local edit sends the stamp it
saw as ``seen_hlc``. Connection settings (hub, token, cursor) live in ``local_state``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.store.base import Base, utcnow


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_batch_id", "batch_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))  # wire name
    row_id: Mapped[str] = mapped_column(String(128))
    op: Mapped[str] = mapped_column(String(8))  # set | delete | insert
    field: Mapped[str | None] = mapped_column(String(64), default=None)
    value_json: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(100))
    seen_hlc: Mapped[str | None] = mapped_column(String(100), default=None)
    # Set when the row is handed to a push; reused on retry until the hub answers.
    batch_id: Mapped[str | None] = mapped_column(String(64), default=None)


class SyncFieldStamp(Base):
    __tablename__ = "sync_field_stamps"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(100))
    value_json: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The hub's conflict number (unique per shop); local conflicts (stock counts) have none.
    hub_seq: Mapped[int | None] = mapped_column(Integer, unique=True, default=None)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(128))
    field: Mapped[str] = mapped_column(String(64))
    winner_value_json: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[str] = mapped_column(String(100))
    loser_value_json: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[str] = mapped_column(String(100))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SyncUploadedBlob(Base):
    """Hashes the hub has confirmed it holds (uploaded or already present)."""

    __tablename__ = "sync_uploaded_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


# Change capture hooks every session of the app (catalog, editor, rehearsal...): a room's
# write path cannot forget to record its edits. The work is in app.sync.capture.
@event.listens_for(Session, "after_flush")
def _capture_after_flush(session: Session, context) -> None:
    from app.sync.capture import after_flush

    after_flush(session, context)


@event.listens_for(Session, "do_orm_execute")
def _capture_core_insert(state) -> None:
    from app.sync.capture import do_orm_execute

    do_orm_execute(state)
