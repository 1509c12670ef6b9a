"""Title and price band burned into exported videos.

Drawn with Pillow and the bundled Be Vietnam Pro font (OFL, full Vietnamese
coverage) because OpenCV's Hershey fonts have no Vietnamese letters. The band is
rendered once per export and alpha-blended onto each frame with NumPy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from app.config import resources_dir
from app.text import clean, format_vnd

FONT_FILE = "BeVietnamPro-Bold.ttf"
# Vertical videos: TikTok/Reels/Shopee put buttons down the right edge and the
# caption across the bottom ~20%; keep the band above and left of them.
SAFE_BOTTOM_VERTICAL = 0.22
SAFE_RIGHT_VERTICAL = 0.14
SAFE_MARGIN = 0.05
BAND_RGBA = (0, 0, 0, 165)
TITLE_RGB = (255, 255, 255)
PRICE_RGB = (255, 214, 0)


@dataclass(frozen=True)
class OverlayText:
    title: str = ""
    price: int | None = None  # đồng

    def lines(self) -> list[tuple[str, tuple[int, int, int]]]:
        out = []
        if clean(self.title):
            out.append((clean(self.title), TITLE_RGB))
        if self.price is not None:
            out.append((format_vnd(self.price), PRICE_RGB))
        return out


@dataclass(frozen=True)
class Band:
    pixels: np.ndarray  # RGBA, band-sized
    x: int
    y: int


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources_dir() / "fonts" / FONT_FILE), size)


def _fit_text(draw: ImageDraw.ImageDraw, text: str, size: int, max_width: int):
    """Largest font size ≤ size that fits, else the text shortened with an ellipsis."""
    while size > 12 and draw.textlength(text, font=font(size)) > max_width:
        size -= 2
    shown = text
    while draw.textlength(shown, font=font(size)) > max_width and len(shown) > 1:
        shown = shown[:-2] + "…"
    return shown, font(size)


def render_band(text: OverlayText, width: int, height: int) -> Band | None:
    lines = text.lines()
    if not lines:
        return None
    vertical = height > width
    margin = round(width * SAFE_MARGIN)
    right = math.ceil(width * SAFE_RIGHT_VERTICAL) if vertical else margin
    band_width = width - margin - right
    pad = max(6, band_width // 40)
    base = max(14, round(min(width, height) / (16 if vertical else 22)))
    probe = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
    fitted = [
        (*_fit_text(probe, line, base if i == 0 else round(base * 1.15), band_width - 2 * pad), rgb)
        for i, (line, rgb) in enumerate(lines)
    ]
    line_heights = [f.getbbox("ÁẬgy")[3] + pad // 2 for _, f, _ in fitted]
    band_height = sum(line_heights) + 2 * pad
    image = Image.new("RGBA", (band_width, band_height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, band_width - 1, band_height - 1), radius=pad, fill=BAND_RGBA)
    y = pad
    for (shown, face, rgb), line_height in zip(fitted, line_heights, strict=True):
        draw.text((pad, y), shown, font=face, fill=(*rgb, 255))
        y += line_height
    bottom = math.ceil(height * (SAFE_BOTTOM_VERTICAL if vertical else SAFE_MARGIN))
    top = max(0, height - bottom - band_height)
    return Band(np.asarray(image), margin, top)


def composite(frame: np.ndarray, band: Band) -> None:
    """Alpha-blend the band onto an RGB frame in place."""
    h, w = band.pixels.shape[:2]
    region = frame[band.y : band.y + h, band.x : band.x + w]
    h, w = region.shape[:2]
    rgba = band.pixels[:h, :w]
    alpha = rgba[:, :, 3:4].astype(np.uint16)
    blended = (
        rgba[:, :, :3].astype(np.uint16) * alpha + region.astype(np.uint16) * (255 - alpha) + 127
    ) // 255
    region[:] = blended.astype(np.uint8)
