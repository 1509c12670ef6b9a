"""Simple product pictures drawn with Pillow, so the demo shop has photos without shipping any."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw

SIZE = 480


def _canvas(background: str) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (SIZE, SIZE), background)
    return image, ImageDraw.Draw(image)


def net(color: str) -> Image.Image:
    image, draw = _canvas("#f4efe6")
    draw.polygon([(90, 120), (390, 120), (430, 420), (50, 420)], fill=color, outline="#777")
    for x in range(50, 431, 14):
        draw.line([(x, 120), (x, 420)], fill="#ffffff", width=1)
    for y in range(120, 421, 14):
        draw.line([(50, y), (430, y)], fill="#ffffff", width=1)
    draw.rectangle([80, 100, 400, 120], fill="#8a6d4b")
    return image


def basket(color: str) -> Image.Image:
    image, draw = _canvas("#fbf3e4")
    draw.ellipse([90, 150, 390, 230], fill=color, outline="#5a3d1e", width=3)
    draw.polygon([(90, 190), (390, 190), (350, 400), (130, 400)], fill=color, outline="#5a3d1e")
    for y in range(200, 400, 16):
        draw.line([(110, y), (370, y)], fill="#6b4a22", width=3)
    for x in range(130, 360, 22):
        draw.line([(x, 195), (x + 8, 398)], fill="#a67c45", width=2)
    draw.arc([170, 60, 310, 240], 180, 360, fill="#5a3d1e", width=8)
    return image


def hat(color: str) -> Image.Image:
    image, draw = _canvas("#eef3ea")
    draw.polygon([(240, 70), (60, 380), (420, 380)], fill=color, outline="#8c7a4a")
    for step in range(1, 12):
        y = 70 + step * 28
        half = (y - 70) * 180 / 310
        draw.line([(240 - half, y), (240 + half, y)], fill="#b8a46a", width=2)
    draw.line([(70, 382), (240, 450), (410, 382)], fill="#c0392b", width=4)
    return image


def inlay(color: str) -> Image.Image:
    image, draw = _canvas("#2b1d14")
    draw.rectangle([70, 130, 410, 380], fill=color, outline="#0d0805", width=6)
    for index in range(14):
        angle = index * math.tau / 14
        x, y = 240 + 90 * math.cos(angle), 255 + 70 * math.sin(angle)
        draw.ellipse([x - 14, y - 9, x + 14, y + 9], fill=(230, 236, 245), outline=(180, 200, 230))
    draw.ellipse([215, 235, 265, 275], fill=(245, 230, 250))
    return image


def lantern(color: str) -> Image.Image:
    image, draw = _canvas("#1c2536")
    draw.line([(240, 20), (240, 110)], fill="#d9b26b", width=3)
    draw.ellipse([130, 110, 350, 380], fill=color, outline="#7a1f1f", width=3)
    for x in range(160, 330, 30):
        draw.arc([x - 40, 110, x + 40, 380], 270, 90, fill="#f6d36b", width=2)
    draw.rectangle([205, 380, 275, 400], fill="#d9b26b")
    return image


DRAWINGS = {"net": net, "basket": basket, "hat": hat, "inlay": inlay, "lantern": lantern}


def jpeg_bytes(kind: str, color: str) -> bytes:
    buffer = io.BytesIO()
    DRAWINGS[kind](color).save(buffer, "JPEG", quality=82)
    return buffer.getvalue()
