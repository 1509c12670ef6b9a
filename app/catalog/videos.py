"""Attach a finished product clip (from the video editor or the rehearsal room) to a product.

The file goes into the content-addressed media store like photos; the link keeps
its length and size so marketplace checks (Shopee 10–60 s ≤ 30 MB…) can run
without opening the file again.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.media import MediaStore
from app.store.models import MediaLink


def attach_video(
    session: Session,
    store: MediaStore,
    product_id: str,
    path: Path,
    *,
    duration_ms: int | None,
    width: int | None = None,
    height: int | None = None,
    variant_id: str | None = None,
) -> str:
    """Store the clip (once, by SHA-256) and link it; returns the link id (an existing one if linked)."""
    blob = store.put_file(path)
    existing = session.scalars(
        select(MediaLink).where(
            MediaLink.product_id == product_id,
            MediaLink.sha256 == blob.sha256,
            MediaLink.deleted_at.is_(None),
        )
    ).first()
    if existing is not None:
        return existing.id
    position = (
        session.scalar(
            select(func.max(MediaLink.position)).where(MediaLink.product_id == product_id)
        )
        or 0
    ) + 1
    link = MediaLink(
        product_id=product_id,
        variant_id=variant_id,
        kind="video",
        sha256=blob.sha256,
        file_name=path.name[:255],
        size_bytes=blob.size,
        width=width,
        height=height,
        duration_ms=duration_ms,
        position=position,
    )
    session.add(link)
    session.flush()
    return link.id


def product_videos(session: Session, product_id: str) -> list[MediaLink]:
    return list(
        session.scalars(
            select(MediaLink)
            .where(
                MediaLink.product_id == product_id,
                MediaLink.kind == "video",
                MediaLink.deleted_at.is_(None),
            )
            .order_by(MediaLink.position)
        )
    )
