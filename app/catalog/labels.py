"""Barcode labels on A4 sheets: which labels (products × counts), the sheet layouts, the PDF.

The PDF is painted with ``QPdfWriter`` (vector bars, the app's Be Vietnam Pro
font so Vietnamese names print with their marks); the preview paints the very
same page into a ``QImage``. The bar patterns come from ``app.catalog.barcodes``
(python-barcode). The PDF is written to a temporary file beside the target and
renamed into place, so a failure never leaves half a file under the user's name.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog.barcodes import BadBarcode, EncodedCode, code_for
from app.catalog.label_paint import check_fits, ensure_gui_app, paint_page
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.models import Product, Variant

CTX = "catalog"
LAYOUTS_FILE = Path(__file__).with_name("label_layouts.json")
DEFAULT_LAYOUT = "a4-65"
PDF_DPI = 1200  # painter units of the PDF; bars are vector either way
MAX_COUNT = 1000  # labels of one product in one go: more is a typing slip
_COUNT_SUFFIX = re.compile(r"^(?P<sku>.+?)[xX×\*](?P<count>\d+)$")


@dataclass(frozen=True)
class LabelLayout:
    name: str
    columns: int
    rows: int
    width: float  # mm
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def size_text(self) -> str:
        """``38,1×21,2`` — Vietnamese writes a decimal comma."""
        return f"{self.width:g}×{self.height:g}".replace(".", ",")

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[float, float]:
        """Top-left corner (mm) of label ``index`` on its page, row by row."""
        row, column = divmod(index % self.per_page, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y


@dataclass(frozen=True)
class LabelItem:
    sku: str
    name: str  # product name with its options
    price: int
    code: EncodedCode


def _error(text: str, *args: str) -> UserFacingError:
    return UserFacingError(Message(CTX, text, tuple(args)))


@cache
def layouts() -> dict[str, LabelLayout]:
    raw = json.loads(LAYOUTS_FILE.read_text(encoding="utf-8"))
    return {
        name: LabelLayout(name=name, **spec)
        for name, spec in raw.items()
        if not name.startswith("_")
    }


def get_layout(name: str) -> LabelLayout:
    found = layouts().get(name.strip().lower())
    if found is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "catalog", "Không có khổ tem \u201c%1\u201d. Các khổ tem có sẵn: %2."
            ),
            name,
            ", ".join(f"{n} ({s.per_page} tem {s.size_text} mm)" for n, s in layouts().items()),
        )
    return found


def page_count(label_count: int, layout: LabelLayout, skip: int = 0) -> int:
    return max(1, math.ceil((label_count + skip) / layout.per_page))


def label_name(product: Product, variant: Variant) -> str:
    """``Màn tuyn · 1m6×2m · Trắng``: the product and the options that tell its variants apart."""
    return " · ".join(part for part in (product.name, variant.option1, variant.option2) if part)


# -- which labels ------------------------------------------------------------------------------
def parse_requests(session: Session, args: list[str]) -> list[tuple[str, int]]:
    """``["NON-1x3", "GIO-1"]`` → ``[("NON-1", 3), ("GIO-1", 1)]``; a SKU that itself ends in
    x+digits is taken whole when the catalog has it."""
    known = {
        sku.upper()
        for sku in session.scalars(select(Variant.sku).where(Variant.deleted_at.is_(None)))
    }
    requests = []
    for arg in args:
        arg = arg.strip()
        match = _COUNT_SUFFIX.match(arg)
        if arg.upper() in known or match is None:
            requests.append((arg, 1))
        else:
            requests.append((match["sku"], int(match["count"])))
    return requests


def label_items(
    session: Session, requests: list[tuple[str, int]], mode: str = "auto"
) -> tuple[list[LabelItem], list[Message]]:
    """Labels in the order asked (each SKU ``count`` times) and notes for the user.

    Unknown SKUs, counts out of range and codes that cannot print are all refused
    together in one message, before anything is drawn."""
    wanted = [sku.upper() for sku, _ in requests]
    rows = session.execute(
        select(Variant, Product)
        .join(Product, Product.id == Variant.product_id)
        .where(
            func.upper(Variant.sku).in_(wanted),
            Variant.deleted_at.is_(None),
            Product.deleted_at.is_(None),
        )
    ).all()
    by_sku = {variant.sku.upper(): (variant, product) for variant, product in rows}
    missing = [sku for sku, _ in requests if sku.upper() not in by_sku]
    if missing:
        raise _error(
            QT_TRANSLATE_NOOP(
                "catalog", "Không tìm thấy sản phẩm có mã SKU: %1. Hãy kiểm tra lại mã."
            ),
            ", ".join(missing),
        )
    bad_counts = [sku for sku, count in requests if not 1 <= count <= MAX_COUNT]
    if bad_counts:
        raise _error(
            QT_TRANSLATE_NOOP("catalog", "Số tem cho %1 phải từ 1 đến %2."),
            ", ".join(bad_counts),
            str(MAX_COUNT),
        )
    items: list[LabelItem] = []
    notes: list[Message] = []
    refused: list[Message] = []
    for sku, count in requests:
        variant, product = by_sku[sku.upper()]
        name = label_name(product, variant)
        try:
            code, note = code_for(name, variant.sku, variant.barcode, mode)
        except BadBarcode as exc:
            refused.append(exc.message)
            continue
        if note is not None:
            notes.append(note)
        price = variant.sale_price if variant.sale_price is not None else variant.price
        items.extend([LabelItem(variant.sku, name, price, code)] * count)
    if refused:
        first = refused[0]
        raise BadBarcode(first, "\n".join(m.render() for m in refused))
    return items, notes


def write_labels_pdf(
    items: list[LabelItem], layout: LabelLayout, target: Path, *, skip: int = 0, title: str = ""
) -> int:
    """Write the sheets to ``target`` atomically; returns the number of pages."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    if not items:
        raise _error(QT_TRANSLATE_NOOP("catalog", "Chưa chọn sản phẩm nào để in tem."))
    if not 0 <= skip < layout.per_page:
        raise _error(
            QT_TRANSLATE_NOOP("catalog", "Số tem bỏ qua phải từ 0 đến %1."),
            str(layout.per_page - 1),
        )
    check_fits(items, layout)
    ensure_gui_app()
    target = Path(target)
    if not target.parent.is_dir():
        raise _error(
            QT_TRANSLATE_NOOP(
                "catalog", "Không có thư mục %1 để lưu tệp PDF. Hãy chọn thư mục khác."
            ),
            str(target.parent),
        )
    pages = page_count(len(items), layout, skip)
    try:
        descriptor, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=".pdf.part", dir=target.parent
        )
    except OSError as exc:
        raise _not_writable(target, exc) from exc
    os.close(descriptor)
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title or target.stem)
        writer.setCreator("Làng Nghề Studio")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise _not_writable(target, OSError("QPdfWriter could not open the file"))
        k = PDF_DPI / 25.4
        try:
            for page in range(pages):
                if page:
                    writer.newPage()
                paint_page(painter, items, layout, page, k, skip=skip)
        finally:
            painter.end()
        if temp.stat().st_size == 0:
            raise _not_writable(target, OSError("empty PDF"))
        temp.chmod(0o644)  # mkstemp makes it private; the user's PDF is an ordinary file
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return pages


def _not_writable(target: Path, exc: OSError) -> UserFacingError:
    return UserFacingError(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "catalog",
                "Không ghi được tệp %1. Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc đóng tệp "
                "nếu nó đang mở trong chương trình đọc PDF.",
            ),
            (str(target),),
        ),
        str(exc),
    )


@dataclass(frozen=True)
class LabelCandidate:
    """A variant the labels dialog can offer: what a seller recognises it by."""

    sku: str
    name: str
    price: int
    barcode: str


def label_candidates(session: Session, product_ids: list[str]) -> list[LabelCandidate]:
    """Every live variant of these products, products in the given order."""
    if not product_ids:
        return []
    rows = session.execute(
        select(Variant, Product)
        .join(Product, Product.id == Variant.product_id)
        .where(
            Variant.product_id.in_(product_ids),
            Variant.deleted_at.is_(None),
            Product.deleted_at.is_(None),
        )
        .order_by(Variant.position)
    ).all()
    order = {product_id: index for index, product_id in enumerate(product_ids)}
    rows.sort(key=lambda row: order[row[1].id])
    return [
        LabelCandidate(
            variant.sku,
            label_name(product, variant),
            variant.sale_price if variant.sale_price is not None else variant.price,
            variant.barcode,
        )
        for variant, product in rows
    ]
