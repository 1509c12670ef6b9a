"""Export the catalog to ``.xlsx`` or ``.csv`` in the layout our importer reads back.

One row per variant; product fields repeat on each row and ``Mã sản phẩm cha``
groups them, so export → edit in Excel → import updates by SKU.
"""

from __future__ import annotations

import csv
from pathlib import Path

from app.catalog.io.columns import EXPORT_FIELDS, label
from app.catalog.io.snapshot import ProductSnapshot
from app.progress import CancelToken, ProgressFn, check, report

STATUS_LABELS = {"active": "Đang bán", "draft": "Nháp", "archived": "Ngừng bán"}


def _number(value: float | None) -> str | float:
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def export_rows(snapshots: list[ProductSnapshot]):
    for snap in snapshots:
        p = snap.product
        parent = snap.variants[0].sku if len(snap.variants) > 1 else ""
        for v in snap.variants:
            values = {
                "parent_sku": parent, "name": p.name, "sku": v.sku, "option1_name": p.option1_name,
                "option1": v.option1, "option2_name": p.option2_name, "option2": v.option2,
                "price": v.price, "sale_price": "" if v.sale_price is None else v.sale_price,
                "stock": v.on_hand, "barcode": v.barcode, "category": snap.category,
                "status": STATUS_LABELS.get(p.status, p.status), "tags": p.tags, "unit": p.unit,
                "weight_g": _number(p.weight_g), "length_cm": _number(p.length_cm),
                "width_cm": _number(p.width_cm), "height_cm": _number(p.height_cm),
                "show_in_showcase": "có" if p.show_in_showcase else "", "description": p.description,
            }  # fmt: skip
            yield [values[key] for key in EXPORT_FIELDS]


def write_table(
    path: Path,
    headers: list[str],
    rows,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    total: int = 0,
) -> Path:
    """Write to a temporary name and rename, so a cancelled export leaves no half file."""
    partial = path.with_name(path.name + ".partial")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if path.suffix.lower() == ".csv":
            with partial.open(
                "w", encoding="utf-8-sig", newline=""
            ) as handle:  # BOM: Excel reads UTF-8
                writer = csv.writer(handle)
                writer.writerow(headers)
                for index, row in enumerate(rows):
                    if index % 500 == 0:
                        check(cancel)
                        report(progress, index / max(1, total), "")
                    writer.writerow(row)
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet()
            sheet.append(headers)
            for index, row in enumerate(rows):
                if index % 500 == 0:
                    check(cancel)
                    report(progress, index / max(1, total), "")
                sheet.append(row)
            workbook.save(partial)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    report(progress, 1.0, "")
    return path


def export_catalog(
    snapshots: list[ProductSnapshot],
    path: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    headers = [label(key) for key in EXPORT_FIELDS]
    total = sum(len(s.variants) for s in snapshots)
    return write_table(
        path, headers, export_rows(snapshots), progress=progress, cancel=cancel, total=total
    )
