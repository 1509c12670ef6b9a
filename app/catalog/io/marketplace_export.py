"""Write the marketplaces' bulk-upload sheets (columns from the platform's JSON file).

Checks run first: by default nothing is written while any product breaks a
rule; ``skip_invalid`` writes only the products that pass. With a media store,
marketplace-ready photo copies are written to a folder beside the sheet and the
image columns name those files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.catalog.io.exporter import write_table
from app.catalog.io.snapshot import ProductSnapshot
from app.catalog.marketplace_photo import MAX_BYTES, prepare_for_marketplace
from app.catalog.marketplace_rules import Violation, check_catalog, load_platform
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.progress import CancelToken, ProgressFn, check
from app.store.media import MediaStore


@dataclass
class MarketplaceExport:
    path: Path | None
    written_products: int = 0
    violations: list[Violation] = field(default_factory=list)
    photo_folder: Path | None = None


class RulesViolated(UserFacingError):
    def __init__(self, violations: list[Violation]) -> None:
        super().__init__(
            Message(
                "catalog",
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "%1 sản phẩm chưa đạt yêu cầu của sàn; chưa xuất gì. Hãy sửa theo danh sách.",
                ),
                (str(len({v.product_id for v in violations})),),
            )
        )
        self.violations = violations


def _weight(grams: int | None, unit: str) -> str | float:
    if not grams:
        return ""
    return round(grams / 1000, 3) if unit == "kg" else grams


def _photo_names(
    snap: ProductSnapshot, store: MediaStore | None, folder: Path | None, limit: int
) -> list[str]:
    names: list[str] = []
    for photo in snap.photos[:limit]:
        if store is None or folder is None:
            names.append(photo.file_name)
            continue
        target = folder / f"{photo.sha256[:20]}.jpg"
        if not target.exists():
            prepare_for_marketplace(store.path_for(photo.sha256), target, max_bytes=MAX_BYTES)
        names.append(target.name)
    return names


def _rows(snapshots, spec: dict, store, folder):
    unit = spec.get("weight_unit", "kg")
    max_images = spec["rules"].get("images", {}).get("max", 9)
    for snap in snapshots:
        p = snap.product
        images = _photo_names(snap, store, folder, max_images)
        parent = (snap.variants[0].sku if snap.variants else "") if len(snap.variants) > 1 else ""
        for number, v in enumerate(snap.variants, start=1):
            values = {
                "category": snap.category, "name": p.name, "description": p.description,
                "parent_sku": parent, "variation_no": number if parent else "",
                "option1_name": p.option1_name if v.option1 else "", "option1": v.option1,
                "option2_name": p.option2_name if v.option2 else "", "option2": v.option2,
                "variant_image": "", "price": v.price, "stock": max(0, v.on_hand), "sku": v.sku,
                "weight": _weight(p.weight_g, unit), "length_cm": p.length_cm or "",
                "width_cm": p.width_cm or "", "height_cm": p.height_cm or "",
            }  # fmt: skip
            for index in range(9):
                values[f"image_{index + 1}"] = images[index] if index < len(images) else ""
            yield [
                column["const"] if "const" in column else values.get(column["value"], "")
                for column in spec["columns"]
            ]


def export_marketplace(
    snapshots: list[ProductSnapshot],
    platform: str,
    path: Path,
    *,
    store: MediaStore | None = None,
    skip_invalid: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> MarketplaceExport:
    spec = load_platform(platform)
    violations = check_catalog(snapshots, platform, photos_prepared=store is not None)
    if violations and not skip_invalid:
        raise RulesViolated(violations)
    bad = {v.product_id for v in violations}
    good = [snap for snap in snapshots if snap.product.id not in bad]
    folder = path.with_name(f"{path.stem}_anh") if store is not None else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    check(cancel)
    headers = [column["header"] for column in spec["columns"]]
    total = sum(len(s.variants) for s in good)
    write_table(
        path,
        headers,
        _rows(good, spec, store, folder),
        progress=progress,
        cancel=cancel,
        total=total,
    )
    return MarketplaceExport(path, len(good), violations, folder)
