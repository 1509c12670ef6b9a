"""Timed text stickers ("Freeship", "Giảm 20%") burned into exported videos.

Each sticker is rendered once per export with Pillow and the bundled Be Vietnam Pro
(like the title band), then alpha-blended only on the frames whose OUTPUT time falls
in its range, and only over its own rows. Positions keep to the platform safe zone:
the buttons down the right edge and the caption across the bottom of a 9:16 video.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from app.text import clean
from app.video.overlay import (
    SAFE_BOTTOM_VERTICAL,
    SAFE_MARGIN,
    SAFE_RIGHT_VERTICAL,
    Band,
    _fit_text,
    composite,
)

MAX_STICKERS = 5
POSITIONS = ("top", "middle", "bottom")
STICKER_RGBA = (230, 40, 60, 230)  # marketplace red, readable on any picture
TEXT_RGB = (255, 255, 255)
SAFE_TOP_VERTICAL = 0.10  # status bar and the platform's "Following/For you" tabs


@dataclass(frozen=True)
class Sticker:
    text: str
    start: float  # seconds on the exported (output) timeline
    end: float
    position: str = "top"

    def shown_at(self, t: float) -> bool:
        return self.start <= t < self.end


@dataclass(frozen=True)
class RenderedSticker:
    band: Band
    start: float
    end: float

    def shown_at(self, t: float) -> bool:
        return self.start <= t < self.end


def safe_zone(width: int, height: int) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) pixels nothing of the platform's UI covers."""
    margin = round(width * SAFE_MARGIN)
    if height > width:
        return (
            margin,
            math.ceil(height * SAFE_TOP_VERTICAL),
            width - math.ceil(width * SAFE_RIGHT_VERTICAL),
            height - math.ceil(height * SAFE_BOTTOM_VERTICAL),
        )
    return margin, margin, width - margin, height - margin


def render_sticker(
    sticker: Sticker, width: int, height: int, band_top: int | None = None
) -> Band | None:
    """The sticker as an RGBA patch placed inside the safe zone (above the band if any)."""
    text = clean(sticker.text)
    if not text:
        return None
    left, top, right, bottom = safe_zone(width, height)
    if band_top is not None and sticker.position == "bottom":
        bottom = min(bottom, band_top - max(4, height // 100))
    size = max(14, round(min(width, height) / 14))
    pad = max(6, size // 3)
    probe = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
    shown, face = _fit_text(probe, text, size, right - left - 2 * pad)
    box = face.getbbox(shown)
    text_w, text_h = math.ceil(probe.textlength(shown, font=face)), box[3]
    w, h = min(right - left, text_w + 2 * pad), text_h + 2 * pad
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=pad, fill=STICKER_RGBA)
    draw.text((pad, pad - box[1] // 2), shown, font=face, fill=(*TEXT_RGB, 255))
    if sticker.position == "top":
        y = top
    elif sticker.position == "middle":
        y = (top + bottom - h) // 2
    else:
        y = bottom - h
    x = left
    return Band(np.asarray(image), x, max(0, min(y, height - h)))


def render_stickers(
    stickers, width: int, height: int, band_top: int | None = None
) -> list[RenderedSticker]:
    out = []
    for sticker in list(stickers)[:MAX_STICKERS]:
        band = render_sticker(sticker, width, height, band_top)
        if band is not None and sticker.end > sticker.start:
            out.append(RenderedSticker(band, sticker.start, sticker.end))
    return out


def draw_stickers(rgb: np.ndarray, rendered: list[RenderedSticker], t: float) -> None:
    """Blend the stickers shown at output time ``t`` onto ``rgb`` in place."""
    for item in rendered:
        if item.shown_at(t):
            composite(rgb, item.band)
