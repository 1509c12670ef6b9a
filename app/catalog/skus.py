"""Readable SKUs made from the product name and options: ``MTCM-1M6X2M-TRANG``.

Sellers read SKUs aloud and type them into Shopee; ASCII capitals and digits
survive every platform, and TikTok Shop caps a SKU at 50 characters.
"""

from __future__ import annotations

import re
from collections.abc import Container

from app.text import fold

MAX_SKU_LENGTH = 50
_WORD = re.compile(r"[^\W_]+")


def compact(text: str, limit: int) -> str:
    return "".join(_WORD.findall(fold(text))).upper()[:limit]


def base_sku(product_name: str, option1: str = "", option2: str = "") -> str:
    initials = "".join(word[0] for word in _WORD.findall(fold(product_name)))[:6].upper() or "SP"
    parts = [initials]
    for option in (option1, option2):
        if option.strip():
            parts.append(compact(option, 12))
    return "-".join(part for part in parts if part)[:MAX_SKU_LENGTH]


def unique_sku(candidate: str, taken: Container[str]) -> str:
    """``candidate`` itself, or with ``-2``, ``-3``... until it is free; ``taken`` holds upper-case SKUs."""
    lowered = taken
    if candidate.upper() not in lowered:
        return candidate
    number = 2
    while True:
        suffix = f"-{number}"
        attempt = candidate[: MAX_SKU_LENGTH - len(suffix)] + suffix
        if attempt.upper() not in lowered:
            return attempt
        number += 1
