"""Stock that went below zero (two PCs sold the last one): listed in ``sync status``, never hidden."""

from __future__ import annotations

from sqlalchemy import func, select

from app.store.models.catalog_product import Variant
from app.store.models.catalog_stock import StockMovement


def negative_stock(session) -> list[dict]:
    total = func.sum(StockMovement.quantity)
    rows = session.execute(
        select(Variant.sku, total)
        .join(StockMovement, StockMovement.variant_id == Variant.id)
        .where(StockMovement.deleted_at.is_(None), Variant.deleted_at.is_(None))
        .group_by(Variant.id, Variant.sku)
        .having(total < 0)
        .order_by(Variant.sku)
    )
    return [{"sku": sku, "on_hand": int(on_hand)} for sku, on_hand in rows]
