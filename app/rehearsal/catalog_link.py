"""What a run of show reads from the catalog: a product's card (name, SKU, price, options,
photo) and product references (SKUs or ids) turned into product ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog.product_data import ProductData
from app.catalog.products import load_product, main_photo
from app.rehearsal import errors
from app.rehearsal.plan_model import ProductCard
from app.store.models import Product, Variant
from app.text import clean


def product_card(session: Session, product_id: str) -> ProductCard | None:
    """Live card for a product, or ``None`` when it is deleted or not on this PC."""
    data = load_product(session, product_id)
    if data is None or not data.variants:
        return None if data is None else _card_without_variants(data)
    first = data.variants[0]
    offer = min(data.variants, key=lambda v: v.sale_price if v.sale_price is not None else v.price)
    photo = main_photo(session, product_id)
    return ProductCard(
        product_id=data.id,
        name=data.name,
        sku=first.sku,
        price=offer.sale_price if offer.sale_price is not None else offer.price,
        regular_price=offer.price,
        option1_name=data.option1_name,
        option1_values=_distinct(v.option1 for v in data.variants),
        option2_name=data.option2_name,
        option2_values=_distinct(v.option2 for v in data.variants),
        description=data.description,
        photo_sha256=photo,
    )


def _card_without_variants(data: ProductData) -> ProductCard:
    return ProductCard(data.id, data.name, "", None, None, description=data.description)


def _distinct(values) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return tuple(seen)


# ---- changing ---------------------------------------------------------------------------


def resolve_products(session: Session, references: Sequence[str]) -> list[str]:
    """Product ids for SKUs (any variant's, case-blind) or product ids, in the given order."""
    ids: list[str] = []
    for reference in references:
        ref = clean(reference)
        if not ref:
            continue
        product = session.get(Product, ref)
        if product is not None and product.deleted_at is None:
            ids.append(product.id)
            continue
        found = session.scalars(
            select(Variant.product_id)
            .join(Product, Product.id == Variant.product_id)
            .where(
                func.upper(Variant.sku) == ref.upper(),
                Variant.deleted_at.is_(None),
                Product.deleted_at.is_(None),
            )
        ).first()
        if found is None:
            raise errors.product_not_found(ref)
        ids.append(found)
    return ids
