"""Unsaved editor typing, journalled on a short debounce so a crash loses nothing.

Local to this PC (never synced): one row per product being edited, removed when
the edit is saved or thrown away.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow


class ProductDraft(Base):
    __tablename__ = "product_drafts"

    product_id: Mapped[str] = mapped_column(
        String(32), primary_key=True
    )  # "new" for an unsaved one
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the editor's fields
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
