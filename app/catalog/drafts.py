"""The editor's unsaved typing, journalled so a crash or power cut loses nothing.

The editor writes its fields here a moment after each change; on the next open
the draft is offered back. Saving or discarding the product removes it.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.product_data import ProductData, VariantData
from app.store.base import utcnow
from app.store.models import ProductDraft

NEW_PRODUCT = "new"


def save_draft(session: Session, data: ProductData) -> None:
    key = data.id or NEW_PRODUCT
    row = session.get(ProductDraft, key)
    payload = json.dumps(asdict(data), ensure_ascii=False)
    if row is None:
        session.add(ProductDraft(product_id=key, payload=payload))
    else:
        row.payload, row.updated_at = payload, utcnow()


def load_draft(session: Session, product_id: str | None) -> ProductData | None:
    row = session.get(ProductDraft, product_id or NEW_PRODUCT)
    if row is None:
        return None
    raw = json.loads(row.payload)
    variants = [VariantData(**v) for v in raw.pop("variants", [])]
    return ProductData(**raw, variants=variants)


def discard_draft(session: Session, product_id: str | None) -> None:
    row = session.get(ProductDraft, product_id or NEW_PRODUCT)
    if row is not None:
        session.delete(row)


def drafts(session: Session) -> list[str]:
    return list(session.scalars(select(ProductDraft.product_id)))
