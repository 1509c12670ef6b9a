"""Stock as a ledger: on-hand is the sum of movements, never a stored number.

Movements are insert-only (a mistake is fixed by another movement), so two PCs
selling at once still add up after sync.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow
from app.store.models.catalog_common import ID_LENGTH, SyncedRow

MOVEMENT_KINDS = ("received", "sold", "adjusted", "returned")


class StockMovement(SyncedRow, Base):
    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint("kind IN ('received', 'sold', 'adjusted', 'returned')", name="kind"),
        Index("ix_stock_movements_variant_id", "variant_id"),
    )

    variant_id: Mapped[str] = mapped_column(String(ID_LENGTH), ForeignKey("variants.id"))
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)  # signed: sold is negative
    note: Mapped[str] = mapped_column(Text, default="")
    happened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # A stock count ("kiểm kho: còn 40") says here what it was made from, as JSON
    # (app.sync.stock_count): the number found, what the PC showed, what it had seen.
    count_info: Mapped[str | None] = mapped_column(Text, default=None)
