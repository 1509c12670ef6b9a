"""Photos and videos attached to a product or one of its variants.

The file itself lives once in the content-addressed media store
(``app.store.media``), named by its SHA-256; a link only points at it, so the
same photo on two products is one file.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.models.catalog_common import ID_LENGTH, SyncedRow


class MediaLink(SyncedRow, Base):
    __tablename__ = "media_links"
    __table_args__ = (
        CheckConstraint("kind IN ('photo', 'video')", name="kind"),
        Index("ix_media_links_product_id", "product_id"),
        Index("ix_media_links_sha256", "sha256"),
    )

    product_id: Mapped[str] = mapped_column(String(ID_LENGTH), ForeignKey("products.id"))
    variant_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("variants.id"), default=None
    )
    kind: Mapped[str] = mapped_column(String(8), default="photo")
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255), default="")  # as the user knew it
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    width: Mapped[int | None] = mapped_column(Integer, default=None)
    height: Mapped[int | None] = mapped_column(Integer, default=None)
    duration_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
