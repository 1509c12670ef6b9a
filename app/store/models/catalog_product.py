"""The product aggregate: categories, products and their variants (≤ 2 option axes).

Money is an integer number of đồng. ``search_text`` and ``sort_key`` are derived
on this PC (folded text for FTS, Vietnamese sort key) by ``app.catalog.indexing``;
sync need not carry them and should call ``reindex_products`` after applying rows.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.models.catalog_common import ID_LENGTH, SyncedRow

PRODUCT_STATUSES = ("draft", "active", "archived")


class Category(SyncedRow, Base):
    __tablename__ = "categories"

    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("categories.id"), default=None
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Product(SyncedRow, Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'active', 'archived')", name="status"),
        Index("ix_products_sort_key", "sort_key"),
        Index("ix_products_updated_at", "updated_at"),
        Index("ix_products_price_from", "price_from"),
        Index("ix_products_category_id", "category_id"),
    )

    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("categories.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(16), default="draft")
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, as sellers type them
    unit: Mapped[str] = mapped_column(String(32), default="cái")
    weight_g: Mapped[int | None] = mapped_column(Integer, default=None)
    length_cm: Mapped[float | None] = mapped_column(Float, default=None)
    width_cm: Mapped[float | None] = mapped_column(Float, default=None)
    height_cm: Mapped[float | None] = mapped_column(Float, default=None)
    show_in_showcase: Mapped[bool] = mapped_column(Boolean, default=False)
    option1_name: Mapped[str] = mapped_column(String(100), default="")  # e.g. "Kích thước"
    option2_name: Mapped[str] = mapped_column(String(100), default="")  # e.g. "Màu"
    # Derived (see module docstring): lowest live variant price, folded text, sort key.
    price_from: Mapped[int | None] = mapped_column(Integer, default=None)
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(600), default="")


class Variant(SyncedRow, Base):
    __tablename__ = "variants"
    __table_args__ = (
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("sale_price IS NULL OR sale_price >= 0", name="sale_price_not_negative"),
        Index("ix_variants_product_id", "product_id"),
        Index("ix_variants_barcode", "barcode"),  # a scanned code opens its product at once
    )

    product_id: Mapped[str] = mapped_column(String(ID_LENGTH), ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    price: Mapped[int] = mapped_column(Integer, default=0)
    sale_price: Mapped[int | None] = mapped_column(Integer, default=None)
    barcode: Mapped[str] = mapped_column(String(64), default="")
    option1: Mapped[str] = mapped_column(String(100), default="")
    option2: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
