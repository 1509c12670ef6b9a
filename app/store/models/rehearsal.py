"""The rehearsal aggregate: runs of show (plans) with their blocks, and practice takes.

``show_plans`` and ``show_blocks`` are synced rows (a trainer prepares a run of show on
one PC, the trainee rehearses on another). Takes and their markers stay on the PC that
recorded them (see ``app.rehearsal.sync_fields``).

A product block keeps a snapshot of the product's name, SKU and price: a product
deleted later (or not yet synced to this PC) must not break the plan, the block
then says the product is gone and still shows what it was.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Timestamped, utcnow
from app.store.models.catalog_common import ID_LENGTH, SyncedRow, new_id

BLOCK_KINDS = ("opening", "product", "closing")
TAKE_SOURCES = ("camera", "file", "none")
TAKE_STATUSES = ("recording", "done", "interrupted")
MARKER_KINDS = (
    "next",
    "previous",
    "answer",
    "flash_sale",
    "comment_shown",
    "comment_missed",
    "stop",
    "camera_lost",
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ShowPlan(SyncedRow, Base):
    __tablename__ = "show_plans"

    name: Mapped[str] = mapped_column(String(200))
    opening_text: Mapped[str] = mapped_column(Text, default="")
    closing_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ShowBlock(SyncedRow, Base):
    __tablename__ = "show_blocks"
    __table_args__ = (
        CheckConstraint(_one_of("kind", BLOCK_KINDS), name="kind"),
        CheckConstraint("target_seconds >= 0", name="target_not_negative"),
        Index("ix_show_blocks_plan_id", "plan_id"),
    )

    plan_id: Mapped[str] = mapped_column(String(ID_LENGTH), ForeignKey("show_plans.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="product")
    # No foreign key on purpose: sync may bring a block before its product, and a product
    # can be gone for good; the snapshot columns below keep the block readable either way.
    product_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), default=None)
    product_name: Mapped[str] = mapped_column(String(255), default="")
    product_sku: Mapped[str] = mapped_column(String(64), default="")
    product_price: Mapped[int | None] = mapped_column(Integer, default=None)
    talking_points: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{heading, text}]
    target_seconds: Mapped[int] = mapped_column(Integer, default=180)
    flash_sale_price: Mapped[int | None] = mapped_column(Integer, default=None)
    flash_sale_seconds: Mapped[int] = mapped_column(Integer, default=60)
    order_code: Mapped[str] = mapped_column(String(64), default="")


class RehearsalTake(Timestamped, Base):
    __tablename__ = "rehearsal_takes"
    __table_args__ = (
        CheckConstraint(_one_of("source_kind", TAKE_SOURCES), name="source_kind"),
        CheckConstraint(_one_of("status", TAKE_STATUSES), name="status"),
        Index("ix_rehearsal_takes_plan_id", "plan_id"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(String(ID_LENGTH), ForeignKey("show_plans.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    duration_s: Mapped[float] = mapped_column(Float, default=0.0)
    # While recording: the temporary file in the media folder (recording_path); once the
    # take is finished the file is in the media store under its SHA-256.
    recording_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    recording_path: Mapped[str] = mapped_column(Text, default="")
    source_kind: Mapped[str] = mapped_column(String(8), default="none")
    status: Mapped[str] = mapped_column(String(16), default="recording")
    note: Mapped[str] = mapped_column(Text, default="")  # why it stopped early, in words


class TakeMarker(Base):
    __tablename__ = "take_markers"
    __table_args__ = (
        CheckConstraint(_one_of("kind", MARKER_KINDS), name="kind"),
        Index("ix_take_markers_take_id", "take_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    take_id: Mapped[str] = mapped_column(String(ID_LENGTH), ForeignKey("rehearsal_takes.id"))
    at_s: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(20))
    block_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), default=None)
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON
