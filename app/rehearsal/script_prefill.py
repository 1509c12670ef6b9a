"""The script a product block starts with: the four headings trainers teach, filled from
the product's name, options, price and description; opening/closing words; order codes.

This is the seller's own script text (saved in the plan and edited freely), so it is
written in Vietnamese, the language of the live, whatever the interface language.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.i18n import QT_TRANSLATE_NOOP
from app.rehearsal.plan_model import Block, ProductCard, TalkingPoint
from app.text import format_vnd

ORDER_CODE_PREFIX = "A"

# The headings trainers teach for each product (FIELD-NOTES: livestream selling).
HEADINGS = (
    QT_TRANSLATE_NOOP("rehearsal", "giới thiệu"),
    QT_TRANSLATE_NOOP("rehearsal", "cho xem sản phẩm"),
    QT_TRANSLATE_NOOP("rehearsal", "giá và khuyến mãi"),
    QT_TRANSLATE_NOOP("rehearsal", "kêu gọi đặt hàng"),
)


def suggested_points(card: ProductCard, order_code: str) -> list[TalkingPoint]:
    """The four headings filled from the product: what to say, not a word-for-word text."""
    intro = f"{card.name}."
    if card.description:
        intro += f" {card.description}"
    show = "Cho cả nhà xem cận cảnh sản phẩm, cầm lên, xoay các mặt."
    for name, values in (
        (card.option1_name, card.option1_values),
        (card.option2_name, card.option2_values),
    ):
        if values:
            show += f"\n{name or 'Loại'}: {', '.join(values)}."
    if card.price is None:
        price = "Giá: (chưa có giá)."
    elif card.regular_price and card.regular_price > card.price:
        price = (
            f"Giá gốc {format_vnd(card.regular_price)}, hôm nay chỉ còn {format_vnd(card.price)}."
        )
    else:
        price = f"Giá chỉ {format_vnd(card.price)}."
    example = order_code
    if card.option1_values:
        example = f"{order_code} {card.option1_values[0]}"
    call = (
        f"Cả nhà đặt hàng bằng cách bình luận mã {order_code}"
        + (f" kèm {card.option1_name.lower() or 'loại'}" if card.option1_values else "")
        + f", ví dụ “{example}”. Shop chốt đơn ngay!"
    )
    texts = (intro, show, price, call)
    return [TalkingPoint(h, t) for h, t in zip(HEADINGS, texts, strict=True)]


def default_opening(names: Sequence[str]) -> str:
    listed = ", ".join(names)
    return (
        "Xin chào cả nhà đã vào xem livestream của shop! "
        f"Hôm nay shop giới thiệu {len(names)} sản phẩm: {listed}. "
        "Cả nhà thả tim và bình luận để shop biết mình đang xem nhé."
    )


def default_closing() -> str:
    return (
        "Cảm ơn cả nhà đã xem livestream hôm nay! Ai đã bình luận mã thì shop sẽ nhắn tin "
        "chốt đơn ngay. Hẹn gặp lại cả nhà buổi sau."
    )


def order_code_for(number: int) -> str:
    return f"{ORDER_CODE_PREFIX}{number}"


def order_examples(block: Block, limit: int = 3) -> list[str]:
    """Codes a viewer would type for this block: ``A1``, ``A1 size M``…"""
    if not block.order_code:
        return []
    card = block.product
    if card is None or not card.option1_values:
        return [block.order_code]
    return [f"{block.order_code} {value}" for value in card.option1_values[:limit]]
