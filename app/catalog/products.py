"""Create, read, update and soft-delete products with their variants.

A save is one short transaction: the product row, its variants (new ones get a
SKU when left blank; missing ones are soft-deleted so sync sends a tombstone)
and the derived search/sort columns.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog.indexing import refresh_product
from app.catalog.product_data import ProductData, VariantData, validate
from app.catalog.skus import base_sku, unique_sku
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.base import utcnow
from app.store.models import Category, MediaLink, Product, Variant
from app.store.models.catalog_common import new_id
from app.text import clean, nfc

CTX = "catalog"
_PRODUCT_FIELDS = (
    "name", "description", "category_id", "status", "tags", "unit", "weight_g",
    "length_cm", "width_cm", "height_cm", "show_in_showcase", "option1_name", "option2_name",
)  # fmt: skip


class InvalidProduct(UserFacingError):
    def __init__(self, errors) -> None:
        first = errors[0].message
        super().__init__(first, "; ".join(e.message.render() for e in errors))
        self.errors = errors


def _normalised(data: ProductData) -> ProductData:
    data.name = clean(data.name)
    data.description = nfc(data.description).strip()
    data.tags = ", ".join(clean(tag) for tag in data.tags.split(",") if tag.strip())
    data.unit = clean(data.unit) or "cái"
    data.option1_name, data.option2_name = clean(data.option1_name), clean(data.option2_name)
    for variant in data.variants:
        variant.sku = clean(variant.sku)
        variant.option1, variant.option2 = clean(variant.option1), clean(variant.option2)
        variant.barcode = clean(variant.barcode)
    return data


FREED = ""  # owner recorded for a SKU still held by a soft-deleted variant


def taken_skus(session: Session) -> dict[str, str]:
    """SKUs (upper case) → the product whose live variant has it, or ``FREED`` for deleted ones."""
    rows = session.execute(select(Variant.sku, Variant.product_id, Variant.deleted_at))
    return {sku.upper(): (FREED if deleted else product_id) for sku, product_id, deleted in rows}


def save_product(
    session: Session,
    data: ProductData,
    *,
    taken: dict[str, str] | None = None,
    category_name: str | None = None,
    flush: bool = True,
) -> str:
    """Insert or update; returns the product id.

    A bulk import passes ``taken`` (skips the SKU query), ``category_name`` and
    ``flush=False`` so thousands of rows go to SQLite in a few batched statements.
    """
    data = _normalised(data)
    if not data.variants:
        data.variants = [VariantData()]  # every product sells as at least one SKU
    errors = validate(data)
    if errors:
        raise InvalidProduct(errors)
    with session.no_autoflush:
        product = session.get(Product, data.id) if data.id else None
        is_new = product is None
        if product is None:
            product = Product(id=data.id or new_id())
            session.add(product)
        for name in _PRODUCT_FIELDS:
            setattr(product, name, getattr(data, name))
        product.deleted_at = None
        product.updated_at = utcnow()
        live = _save_variants(
            session,
            product,
            data.variants,
            taken if taken is not None else taken_skus(session),
            is_new=is_new,
        )
        refresh_product(session, product, live, category_name)
    if flush:
        session.flush()
    return product.id


def _sku_in_use(sku: str) -> UserFacingError:
    return UserFacingError(
        Message(
            CTX,
            QT_TRANSLATE_NOOP("catalog", "Mã SKU %1 đã dùng cho sản phẩm khác. Hãy đổi mã khác."),
            (sku,),
        )
    )


def _free_deleted_sku(session: Session, sku: str, keep_id: str | None) -> None:
    """A deleted variant keeps its SKU (unique in the table); rename it so the SKU can be reused."""
    for old in session.scalars(
        select(Variant).where(Variant.sku == sku, Variant.deleted_at.is_not(None))
    ):
        if old.id != keep_id:
            old.sku = f"{sku[:40]}~{old.id[:8]}"
            old.updated_at = utcnow()
    session.flush()


class _Used:
    """SKUs taken anywhere plus the ones this save hands out, without copying the big dict."""

    def __init__(self, taken: dict[str, str]) -> None:
        self.taken, self.local = taken, set()

    def __contains__(self, sku: str) -> bool:
        return sku in self.taken or sku in self.local


def _save_variants(
    session: Session,
    product: Product,
    variants: list[VariantData],
    taken: dict[str, str],
    *,
    is_new: bool,
) -> list[Variant]:
    existing = (
        {}
        if is_new
        else {
            v.id: v
            for v in session.scalars(select(Variant).where(Variant.product_id == product.id))
        }
    )
    by_sku = {v.sku.upper(): v for v in existing.values()}
    for data in variants:
        owner = taken.get(data.sku.upper()) if data.sku else None
        if owner and owner != product.id:
            raise _sku_in_use(data.sku)
    used = _Used(taken)
    used.local.update(v.sku.upper() for v in variants if v.sku)
    live: list[Variant] = []
    for position, data in enumerate(variants):
        row = existing.get(data.id) if data.id else None
        if row is None and data.sku:
            row = by_sku.get(data.sku.upper())  # re-import of a SKU this product had
        sku = data.sku or (row.sku if row is not None else "")
        if not sku:
            sku = unique_sku(base_sku(product.name, data.option1, data.option2), used)
        if (row is None or row.sku != sku) and taken.get(sku.upper()) == FREED:
            _free_deleted_sku(session, sku, row.id if row is not None else None)
        if row is None:
            row = Variant(id=new_id(), product_id=product.id)
            session.add(row)
        used.local.add(sku.upper())
        row.sku, row.price, row.sale_price = sku, data.price, data.sale_price
        row.barcode, row.option1, row.option2 = data.barcode, data.option1, data.option2
        row.position, row.deleted_at, row.updated_at = position, None, utcnow()
        data.id, data.sku = row.id, sku
        live.append(row)
    kept = {row.id for row in live}
    for row in existing.values():
        if row.id not in kept and row.deleted_at is None:
            row.deleted_at = row.updated_at = utcnow()
            taken[row.sku.upper()] = FREED
    taken.update({row.sku.upper(): product.id for row in live})
    return live


def load_product(session: Session, product_id: str) -> ProductData | None:
    product = session.get(Product, product_id)
    if product is None or product.deleted_at is not None:
        return None
    data = ProductData(id=product.id, **{name: getattr(product, name) for name in _PRODUCT_FIELDS})
    rows = session.scalars(
        select(Variant)
        .where(Variant.product_id == product_id, Variant.deleted_at.is_(None))
        .order_by(Variant.position)
    )
    data.variants = [
        VariantData(v.sku, v.price, v.sale_price, v.barcode, v.option1, v.option2, v.id)
        for v in rows
    ]
    return data


def delete_product(session: Session, product_id: str) -> None:
    """Soft delete: the row stays as a tombstone for sync; search stops finding it."""
    product = session.get(Product, product_id)
    if product is None:
        return
    now = utcnow()
    product.deleted_at = product.updated_at = now
    for variant in session.scalars(select(Variant).where(Variant.product_id == product_id)):
        if variant.deleted_at is None:
            variant.deleted_at = variant.updated_at = now


def ensure_category(session: Session, name: str) -> str | None:
    """Id of the live category called ``name`` (case-blind), created when missing."""
    name = clean(name)
    if not name:
        return None
    found = session.scalars(
        select(Category).where(
            func.lower(Category.name) == name.lower(), Category.deleted_at.is_(None)
        )
    ).first()
    if found is None:
        found = Category(name=name)
        session.add(found)
        session.flush()
    return found.id


def list_categories(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Category.id, Category.name)
        .where(Category.deleted_at.is_(None))
        .order_by(Category.name)
    )
    return [(row.id, row.name) for row in rows]


def product_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Product).where(Product.deleted_at.is_(None))
        )
        or 0
    )


def main_photo(session: Session, product_id: str) -> str | None:
    """SHA-256 of the product's main photo (the first one when none is marked), or None."""
    return session.scalars(
        select(MediaLink.sha256)
        .where(
            MediaLink.product_id == product_id,
            MediaLink.kind == "photo",
            MediaLink.deleted_at.is_(None),
        )
        .order_by(MediaLink.is_main.desc(), MediaLink.position)
        .limit(1)
    ).first()
