"""Painting label sheets: one label (name, price, bars, the code in text), one page, a preview.

Used by ``app.catalog.labels`` for the PDF (``QPdfWriter``) and by the labels dialog
for the preview (a ``QImage`` of the very same page). Sizes are in millimetres;
``k`` converts them to the device's units. Bars are drawn from the module pattern
python-barcode gives (``app.catalog.barcodes``), runs of dark modules as one
rectangle, centred with their quiet zones.
"""

from __future__ import annotations

import os
from functools import cache

from app.catalog.barcodes import EncodedCode
from app.config import resources_dir
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.text import format_vnd

CTX = "catalog"
A4_MM = (210.0, 297.0)
MIN_MODULE_MM = 0.15  # thinner bars blur on an office printer (600 dpi: 3.5 dots)
MAX_MODULE_MM = 0.5


def ensure_gui_app():
    """Fonts and QPdfWriter need a QGuiApplication; the command line makes an offscreen one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


@cache
def _font_family() -> str:
    """Be Vietnam Pro (shipped in resources/fonts): every Vietnamese mark, on every PC."""
    from PySide6.QtGui import QFontDatabase

    family = ""
    for file in ("BeVietnamPro-Regular.ttf", "BeVietnamPro-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or "Sans Serif"


def _font(size_px: float, bold: bool = False):
    from PySide6.QtGui import QFont

    font = QFont(_font_family())
    font.setPixelSize(max(1, round(size_px)))
    font.setBold(bold)
    return font


def fit_lines(text: str, metrics, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into ``max_lines``; what does not fit goes on the last line, elided in
    the middle so the options at the end (``· Trắng``) still tell variants apart."""
    from PySide6.QtCore import Qt

    words, lines, current = text.split(), [], ""
    for index, word in enumerate(words):
        if len(lines) == max_lines - 1:  # the last line takes the rest
            current = " ".join([*([current] if current else []), *words[index:]])
            break
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    if lines:
        lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideMiddle, width)
    return lines


class LabelTooSmall(UserFacingError):
    pass


def module_mm(code: EncodedCode, usable_width_mm: float) -> float:
    return min(MAX_MODULE_MM, usable_width_mm / code.total_modules)


def check_fits(items: list, layout) -> None:
    """Refuse before drawing when a code's bars would be too thin to scan on this label."""
    usable = layout.width - 2 * _padding(layout)
    too_long = sorted({i.name for i in items if module_mm(i.code, usable) < MIN_MODULE_MM})
    if too_long:
        raise LabelTooSmall(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "Mã của %1 quá dài cho tem %2 mm: vạch sẽ quá mảnh, máy quét không đọc được. "
                    "Hãy chọn khổ tem rộng hơn hoặc rút ngắn mã SKU.",
                ),
                (", ".join(too_long), layout.size_text),
            )
        )


def _padding(layout) -> float:
    return min(2.0, layout.height * 0.06)


def paint_label(painter, item, x: float, y: float, layout, k: float):
    """One label with its top-left at (x, y) mm; ``k`` device units per mm."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF

    pad = _padding(layout)
    left, width = (x + pad) * k, (layout.width - 2 * pad) * k
    top, bottom = (y + pad) * k, (y + layout.height - pad) * k
    text_mm = max(2.0, min(3.4, layout.height * 0.115))
    name_font = _font(text_mm * k)
    price_font = _font(text_mm * 1.15 * k, bold=True)
    code_font = _font(text_mm * 0.8 * k)
    painter.setPen(QColor("black"))
    name_metrics = QFontMetricsF(name_font)
    max_lines = 2 if layout.height >= 30 else 1
    painter.setFont(name_font)
    for line in fit_lines(item.name, name_metrics, width, max_lines):
        painter.drawText(
            QRectF(left, top, width, name_metrics.height()), Qt.AlignmentFlag.AlignLeft, line
        )
        top += name_metrics.height()
    painter.setFont(price_font)
    price_height = QFontMetricsF(price_font).height()
    painter.drawText(
        QRectF(left, top, width, price_height), Qt.AlignmentFlag.AlignLeft, format_vnd(item.price)
    )
    top += price_height + 0.3 * k
    code_height = QFontMetricsF(code_font).height()
    bars_bottom = bottom - code_height
    module = module_mm(item.code, layout.width - 2 * pad) * k
    bars_left = (
        left + (width - item.code.total_modules * module) / 2 + item.code.quiet_left * module
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    run_start = None
    for index, bit in enumerate(item.code.modules + "0"):  # runs of dark modules as one bar
        if bit == "1" and run_start is None:
            run_start = index
        elif bit != "1" and run_start is not None:
            painter.drawRect(
                QRectF(
                    bars_left + run_start * module,
                    top,
                    (index - run_start) * module,
                    bars_bottom - top,
                )
            )
            run_start = None
    painter.setPen(QColor("black"))
    painter.setFont(code_font)
    painter.drawText(
        QRectF(left, bars_bottom, width, code_height), Qt.AlignmentFlag.AlignHCenter, item.code.text
    )


def paint_page(
    painter,
    items: list,
    layout,
    page: int,
    k: float,
    *,
    skip: int = 0,
    outlines: bool = False,
) -> None:
    """Page ``page`` (0-based) of the sheet; the first ``skip`` cells of page 0 stay empty
    (a sheet already partly used). ``outlines`` draws the label edges (preview only)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    first = page * layout.per_page - skip
    for slot in range(layout.per_page):
        index = first + slot
        x, y = layout.cell(slot)
        if outlines:
            painter.setPen(QPen(QColor("#c8c8c8"), max(1.0, 0.15 * k)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                QRectF(x * k, y * k, layout.width * k, layout.height * k), 1.5 * k, 1.5 * k
            )
        if 0 <= index < len(items):
            paint_label(painter, items[index], x, y, layout, k)


def render_page_image(items: list, layout, page: int = 0, *, dpi: float = 96, skip: int = 0):
    """The same page as the PDF, painted into a QImage (white paper, label outlines shown)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    ensure_gui_app()
    k = dpi / 25.4
    image = QImage(round(A4_MM[0] * k), round(A4_MM[1] * k), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paint_page(painter, items, layout, page, k, skip=skip, outlines=True)
    finally:
        painter.end()
    return image
