"""Derived product columns: folded search text, Vietnamese sort key, lowest price.

The editor, the importer and sync all change products; each calls
``reindex_products`` afterwards so search and sorting see the change (the FTS
table itself follows ``search_text`` through triggers).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.sorting import sort_key
from app.store.models import Category, Product, Variant
from app.text import fold


def search_text_for(product: Product, variants: Iterable[Variant], category_name: str = "") -> str:
    parts = [product.name, product.tags, category_name, product.description]
    for variant in variants:
        parts.extend((variant.sku, variant.option1, variant.option2, variant.barcode))
    return fold(" ".join(part for part in parts if part))


def refresh_product(
    session: Session,
    product: Product,
    variants: list[Variant] | None = None,
    category_name: str | None = None,
) -> None:
    """``variants`` and ``category_name`` when the caller has them (saves queries per product)."""
    if variants is None:
        variants = session.scalars(
            select(Variant).where(Variant.product_id == product.id, Variant.deleted_at.is_(None))
        ).all()
    if category_name is None:
        category = session.get(Category, product.category_id) if product.category_id else None
        category_name = category.name if category is not None else ""
    product.search_text = search_text_for(product, variants, category_name)
    product.sort_key = sort_key(product.name)
    prices = [v.sale_price if v.sale_price is not None else v.price for v in variants]
    product.price_from = min(prices) if prices else None


def reindex_products(session: Session, product_ids: Iterable[str] | None = None) -> int:
    """Recompute derived columns (all products when ``product_ids`` is None); returns how many."""
    query = select(Product)
    if product_ids is not None:
        ids = list(product_ids)
        if not ids:
            return 0
        query = query.where(Product.id.in_(ids))
    count = 0
    for product in session.scalars(query):
        refresh_product(session, product)
        count += 1
    session.flush()
    return count


def rebuild_search_index(session: Session) -> None:
    """Re-create the FTS index from ``products`` (after VACUUM or a table rebuild renumbers rowids)."""
    from sqlalchemy import text

    from app.store.models.catalog_search import REBUILD_PRODUCTS_FTS

    for statement in REBUILD_PRODUCTS_FTS:
        session.execute(text(statement))
