"""Plain values of a run of show, as the UI, the CLI and the review read it.

``Plan`` holds its ``Block``s in order; a product block carries a ``ProductCard``
(live product values, or the block's snapshot with ``gone=True`` when the product
was deleted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.i18n import QT_TRANSLATE_NOOP

PRODUCT_GONE = QT_TRANSLATE_NOOP("rehearsal", "sản phẩm đã bị xoá")
OPENING_TITLE = QT_TRANSLATE_NOOP("rehearsal", "Mở đầu")
CLOSING_TITLE = QT_TRANSLATE_NOOP("rehearsal", "Kết thúc")


@dataclass(frozen=True)
class TalkingPoint:
    heading: str
    text: str


@dataclass(frozen=True)
class ProductCard:
    """What the pinned product card and the practice comments know about a block's product.

    Live values when the product is in the catalog; the block's snapshot (name, SKU,
    price, no options, no photo) with ``gone=True`` when it was deleted.
    """

    product_id: str | None
    name: str
    sku: str
    price: int | None  # what a viewer pays now: the sale price when there is one
    regular_price: int | None  # the crossed-out price when on sale, else same as price
    option1_name: str = ""
    option1_values: tuple[str, ...] = ()
    option2_name: str = ""
    option2_values: tuple[str, ...] = ()
    description: str = ""
    photo_sha256: str | None = None
    gone: bool = False


@dataclass
class Block:
    id: str
    plan_id: str
    position: int
    kind: str  # opening | product | closing
    product_id: str | None
    talking_points: list[TalkingPoint]
    target_seconds: int
    flash_sale_price: int | None
    flash_sale_seconds: int
    order_code: str
    product: ProductCard | None = None  # product blocks only
    text: str = ""  # opening/closing: the plan's opening or closing text

    @property
    def is_product(self) -> bool:
        return self.kind == "product"

    @property
    def product_gone(self) -> bool:
        return self.product is not None and self.product.gone

    @property
    def title(self) -> str:
        """Name shown in lists and on the card (untranslated source text for non-products)."""
        if self.kind == "opening":
            return OPENING_TITLE
        if self.kind == "closing":
            return CLOSING_TITLE
        name = self.product.name if self.product else ""
        return f"{name} ({PRODUCT_GONE})" if self.product_gone else name

    @property
    def sku(self) -> str:
        return self.product.sku if self.product else ""

    def script_text(self) -> str:
        """The teleprompter text: the block's text, then each heading and its words."""
        parts = [self.text.strip()] if self.text.strip() else []
        for point in self.talking_points:
            if point.text.strip():
                parts.append(f"{point.heading.upper()}\n{point.text.strip()}")
        return "\n\n".join(parts)


@dataclass
class Plan:
    id: str
    name: str
    opening_text: str
    closing_text: str
    notes: str
    blocks: list[Block] = field(default_factory=list)
    updated_at: datetime | None = None

    @property
    def product_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.is_product]

    @property
    def total_target_seconds(self) -> int:
        return sum(b.target_seconds for b in self.blocks)

    def block(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)


@dataclass(frozen=True)
class PlanSummary:
    id: str
    name: str
    product_count: int
    total_target_seconds: int
    take_count: int
    updated_at: datetime
