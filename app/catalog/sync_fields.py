"""How catalog rows travel in sync (docs/sync-protocol.md), for the sync client to use.

Local tables are plural; the protocol's table names are singular. Columns in
``DERIVED_COLUMNS`` are recomputed on each PC (``app.catalog.indexing``) and are
not sent. The hub's commune showcase reads a few fields of ``product`` that the
local row does not hold as such (``price``, ``category`` as text,
``main_photo``): ``showcase_fields`` computes them for pushing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.catalog.products import main_photo
from app.store.models import Category, Product

WIRE_TABLES = {
    "products": "product",
    "variants": "variant",
    "categories": "category",
    "media_links": "media_link",
    "stock_movements": "stock_movement",  # insert-only records
}
INSERT_ONLY = frozenset({"stock_movements"})
DERIVED_COLUMNS = {"products": frozenset({"search_text", "sort_key", "price_from"})}
LOCAL_ONLY_COLUMNS = frozenset(
    {"created_at", "updated_at", "deleted_at"}
)  # deleted_at travels as _deleted


def showcase_fields(session: Session, product_id: str) -> dict:
    """``price``, ``category``, ``main_photo`` as the hub's showcase reads them."""
    product = session.get(Product, product_id)
    if product is None:
        return {}
    category = session.get(Category, product.category_id) if product.category_id else None
    main = main_photo(session, product_id)
    return {
        "name": product.name,
        "description": product.description,
        "price": product.price_from,
        "category": category.name if category is not None else "",
        "main_photo": main,
        "show_in_showcase": product.show_in_showcase,
    }
