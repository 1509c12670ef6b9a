"""The product list's query and row types, free of SQLAlchemy.

The start-up's quick first page (app.catalog.quick_page) builds these rows before
SQLAlchemy is imported; app.catalog.search re-exports both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    category_id: str | None = None
    status: str | None = None
    low_stock: bool = False
    sort: str = "name"
    descending: bool = False

    def with_text(self, value: str) -> SearchQuery:
        return replace(self, text=value)


@dataclass(frozen=True)
class ProductRow:
    id: str
    name: str
    status: str
    price_from: int | None
    updated_at: datetime | str
    sku: str = ""
    variant_count: int = 0
    on_hand: int = 0
    main_photo: str | None = None  # SHA-256 of the main photo
