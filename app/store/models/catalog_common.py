"""What every synced catalog row carries: a global id, timestamps and a soft delete.

Rows are created on several PCs and merged at the hub, so ids are random
strings (never autoincrement) and a delete only sets ``deleted_at`` — it
becomes a tombstone in sync instead of a row that silently comes back.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Timestamped

ID_LENGTH = 32


def new_id() -> str:
    return uuid.uuid4().hex


class SyncedRow(Timestamped):
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
