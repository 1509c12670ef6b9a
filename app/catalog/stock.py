"""The stock ledger: add a movement, read on-hand (the sum) and the history.

Quantities are stored signed so on-hand is a plain SUM: ``sold`` is always taken
out, ``received`` and ``returned`` always put in, ``adjusted`` keeps its sign.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.base import utcnow
from app.store.models import StockMovement, Variant
from app.store.models.catalog_common import new_id
from app.store.models.catalog_stock import MOVEMENT_KINDS
from app.text import nfc

LOW_STOCK = 5  # at or below this many left, a product shows in "sắp hết hàng"
KIND_LABELS = {
    "received": QT_TRANSLATE_NOOP("catalog", "Nhập hàng"),
    "sold": QT_TRANSLATE_NOOP("catalog", "Bán"),
    "adjusted": QT_TRANSLATE_NOOP("catalog", "Điều chỉnh"),
    "returned": QT_TRANSLATE_NOOP("catalog", "Khách trả"),
}


@dataclass(frozen=True)
class Movement:
    id: str
    variant_id: str
    sku: str
    kind: str
    quantity: int
    note: str
    happened_at: datetime


def signed_quantity(kind: str, quantity: int) -> int:
    if kind == "sold":
        return -abs(quantity)
    if kind in ("received", "returned"):
        return abs(quantity)
    return quantity


def add_movement(
    session: Session,
    variant_id: str,
    kind: str,
    quantity: int,
    note: str = "",
    happened_at: datetime | None = None,
) -> str:
    if kind not in MOVEMENT_KINDS:
        raise ValueError(kind)
    if quantity == 0:
        raise UserFacingError(
            Message("catalog", QT_TRANSLATE_NOOP("catalog", "Số lượng phải khác 0."))
        )
    movement = StockMovement(
        id=new_id(),
        variant_id=variant_id,
        kind=kind,
        quantity=signed_quantity(kind, quantity),
        note=nfc(note).strip(),
        happened_at=happened_at or utcnow(),
    )
    session.add(movement)  # flushed with the transaction: a bulk import adds thousands
    return movement.id


def on_hand(session: Session, variant_ids: Iterable[str]) -> dict[str, int]:
    ids = list(variant_ids)
    totals = dict.fromkeys(ids, 0)
    if not ids:
        return totals
    rows = session.execute(
        select(StockMovement.variant_id, func.sum(StockMovement.quantity))
        .where(StockMovement.variant_id.in_(ids), StockMovement.deleted_at.is_(None))
        .group_by(StockMovement.variant_id)
    )
    totals.update({variant_id: int(total or 0) for variant_id, total in rows})
    return totals


def product_on_hand(session: Session, product_id: str) -> int:
    total = session.scalar(
        select(func.sum(StockMovement.quantity))
        .join(Variant, Variant.id == StockMovement.variant_id)
        .where(
            Variant.product_id == product_id,
            Variant.deleted_at.is_(None),
            StockMovement.deleted_at.is_(None),
        )
    )
    return int(total or 0)


def history(session: Session, product_id: str, limit: int = 500) -> list[Movement]:
    rows = session.execute(
        select(StockMovement, Variant.sku)
        .join(Variant, Variant.id == StockMovement.variant_id)
        .where(Variant.product_id == product_id, StockMovement.deleted_at.is_(None))
        .order_by(StockMovement.happened_at.desc())
        .limit(limit)
    )
    return [
        Movement(m.id, m.variant_id, sku, m.kind, m.quantity, m.note, m.happened_at)
        for m, sku in rows
    ]
