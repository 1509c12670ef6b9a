"""The whole live catalog as plain values, read with a handful of queries (for exports and checks)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.models import Category, MediaLink, Product, StockMovement, Variant


@dataclass
class VariantRow:
    id: str
    sku: str
    price: int
    sale_price: int | None
    barcode: str
    option1: str
    option2: str
    on_hand: int = 0


@dataclass
class PhotoRow:
    sha256: str
    file_name: str
    size_bytes: int
    width: int | None
    height: int | None
    kind: str = "photo"
    duration_ms: int | None = None


@dataclass
class ProductSnapshot:
    product: Product
    category: str = ""
    variants: list[VariantRow] = field(default_factory=list)
    photos: list[PhotoRow] = field(default_factory=list)
    videos: list[PhotoRow] = field(default_factory=list)


def load_snapshot(session: Session, product_ids: list[str] | None = None) -> list[ProductSnapshot]:
    query = select(Product).where(Product.deleted_at.is_(None)).order_by(Product.sort_key)
    if product_ids is not None:
        query = query.where(Product.id.in_(product_ids))
    products = list(session.scalars(query))
    categories = dict(session.execute(select(Category.id, Category.name)).all())
    stock = dict(
        session.execute(
            select(StockMovement.variant_id, func.sum(StockMovement.quantity))
            .where(StockMovement.deleted_at.is_(None))
            .group_by(StockMovement.variant_id)
        ).all()
    )
    variants: dict[str, list[VariantRow]] = defaultdict(list)
    for v in session.scalars(
        select(Variant).where(Variant.deleted_at.is_(None)).order_by(Variant.position)
    ):
        variants[v.product_id].append(
            VariantRow(
                v.id,
                v.sku,
                v.price,
                v.sale_price,
                v.barcode,
                v.option1,
                v.option2,
                int(stock.get(v.id) or 0),
            )
        )
    media: dict[str, list[MediaLink]] = defaultdict(list)
    for link in session.scalars(
        select(MediaLink)
        .where(MediaLink.deleted_at.is_(None))
        .order_by(MediaLink.is_main.desc(), MediaLink.position)
    ):
        media[link.product_id].append(link)
    snapshots = []
    for product in products:
        links = media.get(product.id, [])
        snapshots.append(
            ProductSnapshot(
                product,
                categories.get(product.category_id, "") if product.category_id else "",
                variants.get(product.id, []),
                [
                    PhotoRow(m.sha256, m.file_name, m.size_bytes, m.width, m.height)
                    for m in links
                    if m.kind == "photo"
                ],
                [
                    PhotoRow(
                        m.sha256,
                        m.file_name,
                        m.size_bytes,
                        m.width,
                        m.height,
                        "video",
                        m.duration_ms,
                    )
                    for m in links
                    if m.kind == "video"
                ],
            )
        )
    return snapshots
