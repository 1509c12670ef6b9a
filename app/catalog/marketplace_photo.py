""" "Prepare for marketplace": a square, white-padded JPEG of at least 800 px within a byte budget.

Shopee wants ≤ 2 MB and square covers look best in its grid; TikTok Shop wants
300–4000 px and ≤ 5 MB. The original is never touched: the copy is a new file.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from app.catalog.photos import flatten_on_white, open_oriented

MIN_SIDE = 800
MAX_SIDE = 2000
MAX_BYTES = 2 * 1024 * 1024
_QUALITIES = (90, 85, 80, 72, 65, 58)


def square_on_white(
    image: Image.Image, min_side: int = MIN_SIDE, max_side: int = MAX_SIDE
) -> Image.Image:
    image = flatten_on_white(image)
    side = max(image.size)
    target = min(max(side, min_side), max_side)
    if side != target:
        scale = target / side
        image = image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))), Image.LANCZOS
        )
    canvas = Image.new("RGB", (target, target), "white")
    canvas.paste(image, ((target - image.width) // 2, (target - image.height) // 2))
    return canvas


def encode_within(image: Image.Image, max_bytes: int, min_side: int = MIN_SIDE) -> bytes:
    """Lower the JPEG quality, then the size (never below ``min_side``), until it fits."""
    while True:
        for quality in _QUALITIES:
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=quality, optimize=True)
            if buffer.tell() <= max_bytes:
                return buffer.getvalue()
        smaller = max(min_side, int(image.width * 0.8))
        if smaller == image.width:
            return buffer.getvalue()  # at the floor: the least bad we can do
        image = image.resize((smaller, smaller), Image.LANCZOS)


def prepare_for_marketplace(
    source: Path, target: Path, *, min_side: int = MIN_SIDE, max_bytes: int = MAX_BYTES
) -> Path:
    image = square_on_white(open_oriented(source), min_side)
    data = encode_within(image, max_bytes, min_side)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    partial.replace(target)
    return target
