"""Marketplace limits, read from ``app/catalog/marketplaces/<platform>.json``, checked per product.

Platforms change their numbers often; editing the JSON file is enough. Every
violation names its product and says what to change, so the seller can fix
all of them in one pass before uploading.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.catalog.io.snapshot import ProductSnapshot
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.text import format_vnd

CTX = "catalog"
RULES_DIR = Path(__file__).resolve().parent / "marketplaces"


@dataclass(frozen=True)
class Violation:
    product_id: str
    product_name: str
    message: Message

    def render(self, translate=None) -> str:
        return f"{self.product_name}: {self.message.render(translate)}"


def platforms() -> list[str]:
    return sorted(p.stem for p in RULES_DIR.glob("*.json"))


@cache
def load_platform(name: str) -> dict:
    path = RULES_DIR / f"{name}.json"
    if not path.is_file():
        raise KeyError(name)
    return json.loads(path.read_text(encoding="utf-8"))


def _m(text: str, *args) -> Message:
    return Message(CTX, text, tuple(str(a) for a in args))


def check_product(
    snap: ProductSnapshot, rules: dict, *, photos_prepared: bool = False
) -> list[Message]:
    """Problems of one product against one platform's rules (empty list: ready to upload)."""
    found: list[Message] = []
    product = snap.product
    name_rule = rules.get("name_length") or {}
    if len(product.name) < name_rule.get("min", 0):
        found.append(
            _m(
                QT_TRANSLATE_NOOP("catalog", "tên có %1 ký tự, cần ít nhất %2."),
                len(product.name),
                name_rule["min"],
            )
        )
    if "max" in name_rule and len(product.name) > name_rule["max"]:
        found.append(
            _m(
                QT_TRANSLATE_NOOP("catalog", "tên có %1 ký tự, tối đa %2."),
                len(product.name),
                name_rule["max"],
            )
        )
    description = rules.get("description_length") or {}
    if "max" in description and len(product.description) > description["max"]:
        found.append(
            _m(
                QT_TRANSLATE_NOOP("catalog", "mô tả có %1 ký tự, tối đa %2."),
                len(product.description),
                description["max"],
            )
        )
    images = rules.get("images") or {}
    if len(snap.photos) < images.get("min", 0):
        found.append(_m(QT_TRANSLATE_NOOP("catalog", "cần ít nhất %1 ảnh."), images["min"]))
    if "max" in images and len(snap.photos) > images["max"]:
        found.append(
            _m(
                QT_TRANSLATE_NOOP("catalog", "có %1 ảnh, sàn nhận tối đa %2 (ảnh thừa sẽ bị bỏ)."),
                len(snap.photos),
                images["max"],
            )
        )
    for photo in snap.photos[: images.get("max", len(snap.photos))]:
        if not photos_prepared and "max_bytes" in images and photo.size_bytes > images["max_bytes"]:
            found.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "catalog",
                        "ảnh %1 nặng %2 MB, tối đa %3 MB (dùng \u201cChuẩn bị ảnh cho sàn\u201d).",
                    ),
                    photo.file_name,
                    round(photo.size_bytes / 1048576, 1),
                    round(images["max_bytes"] / 1048576),
                )
            )
        side = min(photo.width or 0, photo.height or 0)
        if not photos_prepared and side and side < images.get("min_px", 0):
            found.append(
                _m(
                    QT_TRANSLATE_NOOP("catalog", "ảnh %1 nhỏ quá (%2 px), cần ít nhất %3 px."),
                    photo.file_name,
                    side,
                    images["min_px"],
                )
            )
        longest = max(photo.width or 0, photo.height or 0)
        if not photos_prepared and "max_px" in images and longest > images["max_px"]:
            found.append(
                _m(
                    QT_TRANSLATE_NOOP("catalog", "ảnh %1 lớn quá (%2 px), tối đa %3 px."),
                    photo.file_name,
                    longest,
                    images["max_px"],
                )
            )
    price = rules.get("price") or {}
    sku_limit = rules.get("sku_max_length")
    for variant in snap.variants:
        if variant.price < price.get("min", 0):
            found.append(
                _m(
                    QT_TRANSLATE_NOOP("catalog", "SKU %1: giá %2 thấp hơn mức tối thiểu %3."),
                    variant.sku,
                    format_vnd(variant.price),
                    format_vnd(price["min"]),
                )
            )
        if "max" in price and variant.price > price["max"]:
            found.append(
                _m(
                    QT_TRANSLATE_NOOP("catalog", "SKU %1: giá %2 cao hơn mức tối đa %3."),
                    variant.sku,
                    format_vnd(variant.price),
                    format_vnd(price["max"]),
                )
            )
        if sku_limit and len(variant.sku) > sku_limit:
            found.append(
                _m(QT_TRANSLATE_NOOP("catalog", "SKU %1 dài hơn %2 ký tự."), variant.sku, sku_limit)
            )
    if rules.get("max_skus") and len(snap.variants) > rules["max_skus"]:
        found.append(
            _m(
                QT_TRANSLATE_NOOP("catalog", "có %1 phân loại, tối đa %2."),
                len(snap.variants),
                rules["max_skus"],
            )
        )
    if rules.get("weight_required") and not product.weight_g:
        found.append(
            _m(QT_TRANSLATE_NOOP("catalog", "chưa có cân nặng (sàn bắt buộc để tính phí ship)."))
        )
    video = rules.get("video") or {}
    for clip in snap.videos:
        seconds = (clip.duration_ms or 0) / 1000
        if seconds and not video.get("min_seconds", 0) <= seconds <= video.get("max_seconds", 1e9):
            found.append(
                _m(
                    QT_TRANSLATE_NOOP("catalog", "video %1 dài %2 giây, sàn nhận %3–%4 giây."),
                    clip.file_name,
                    round(seconds),
                    video.get("min_seconds", 0),
                    video["max_seconds"],
                )
            )
        if "max_bytes" in video and clip.size_bytes > video["max_bytes"]:
            found.append(
                _m(
                    QT_TRANSLATE_NOOP("catalog", "video %1 nặng %2 MB, tối đa %3 MB."),
                    clip.file_name,
                    round(clip.size_bytes / 1048576),
                    round(video["max_bytes"] / 1048576),
                )
            )
    return found


def check_catalog(
    snapshots: list[ProductSnapshot], platform: str, *, photos_prepared: bool = False
) -> list[Violation]:
    """Every broken rule once per product, in the order the rules are checked.

    A rule can be hit more than once with the same words (two photos with one file
    name, a product snapshot assembled from several rows); the seller needs to read it
    once, so identical messages of one product collapse to one line.
    """
    rules = load_platform(platform)["rules"]
    seen: set[tuple[str, Message]] = set()
    found: list[Violation] = []
    for snap in snapshots:
        for message in check_product(snap, rules, photos_prepared=photos_prepared):
            key = (snap.product.id, message)
            if key not in seen:
                seen.add(key)
                found.append(Violation(snap.product.id, snap.product.name, message))
    return found
