"""The trainer's one-page report of a take: HTML (table + inline SVG chart) and PDF.

The HTML stands alone (no external files), so it can be mailed or printed from any
browser. The PDF goes through Qt's rich-text engine (QTextDocument + QPdfWriter,
QtGui): it cannot draw inline SVG, so the same chart is rendered to an image first.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.rehearsal.review import BlockReview, Comparison, TakeReview

CTX = "rehearsal"
Translate = Callable[[str, str], str] | None

T_TITLE = QT_TRANSLATE_NOOP("rehearsal", "Báo cáo buổi tập livestream")
T_PLAN = QT_TRANSLATE_NOOP("rehearsal", "Kịch bản")
T_DATE = QT_TRANSLATE_NOOP("rehearsal", "Ngày tập")
T_DURATION = QT_TRANSLATE_NOOP("rehearsal", "Thời lượng")
T_COMPARE = QT_TRANSLATE_NOOP("rehearsal", "So với lần trước")
T_FIRST = QT_TRANSLATE_NOOP("rehearsal", "Lần tập đầu tiên của kịch bản này.")
T_PRODUCT = QT_TRANSLATE_NOOP("rehearsal", "Sản phẩm")
T_CODE = QT_TRANSLATE_NOOP("rehearsal", "Mã")
T_SECONDS = QT_TRANSLATE_NOOP("rehearsal", "Thời gian (giây)")
T_TARGET = QT_TRANSLATE_NOOP("rehearsal", "Mục tiêu (giây)")
T_SPEAKING = QT_TRANSLATE_NOOP("rehearsal", "Thời gian nói")
T_SILENCE = QT_TRANSLATE_NOOP("rehearsal", "Im lặng dài nhất (giây)")
T_COMMENTS = QT_TRANSLATE_NOOP("rehearsal", "Bình luận: trả lời / bỏ lỡ")
T_FLASH = QT_TRANSLATE_NOOP("rehearsal", "Flash sale")
T_YES = QT_TRANSLATE_NOOP("rehearsal", "có")
T_NO = QT_TRANSLATE_NOOP("rehearsal", "không")
T_TOTAL = QT_TRANSLATE_NOOP("rehearsal", "Cả buổi (kể cả mở đầu và kết thúc)")
T_GONE = QT_TRANSLATE_NOOP("rehearsal", "sản phẩm đã bị xoá")
T_CHART = QT_TRANSLATE_NOOP("rehearsal", "Thời gian mỗi sản phẩm so với mục tiêu")
T_LEGEND = QT_TRANSLATE_NOOP(
    "rehearsal", "Cột màu: thời gian đã dùng (đỏ khi quá mục tiêu); vạch đen: mục tiêu."
)
T_METHOD = QT_TRANSLATE_NOOP(
    "rehearsal",
    "Im lặng = âm lượng dưới %1 dBFS liên tục từ %2 giây trở lên (đo mỗi 50 ms); "
    "bình luận bỏ lỡ = không trả lời trong %3 giây hoặc đã chuyển sản phẩm.",
)
T_INTERRUPTED = QT_TRANSLATE_NOOP(
    "rehearsal", "Buổi tập bị ngắt giữa chừng; số liệu tính đến lúc ngắt."
)

PDF_DPI = 96
GREEN, AMBER, RED, INK = "#2e7d32", "#f9a825", "#c62828", "#222222"


def _tr(translate: Translate) -> Callable[[str], str]:
    return (lambda text: translate(CTX, text)) if translate else (lambda text: text)


def _bar_colour(block: BlockReview) -> str:
    from app.rehearsal.session import timer_state

    state = timer_state(block.seconds, block.target_seconds)
    return {"green": GREEN, "amber": AMBER, "red": RED}[state]


def chart_svg(review: TakeReview, width: int = 640) -> str:
    """Horizontal bars: seconds spent per product, a black tick at the target."""
    rows = review.products
    bar_h, gap, label_w = 18, 8, 190
    height = max(1, len(rows)) * (bar_h + gap) + gap
    longest = max([b.seconds for b in rows] + [b.target_seconds for b in rows] + [1.0])
    scale = (width - label_w - 60) / longest
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">'
    ]
    for index, block in enumerate(rows):
        y = gap + index * (bar_h + gap)
        name = block.name if len(block.name) <= 28 else block.name[:27] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" fill="{INK}">'
            f"{html.escape(f'{block.order_code} {name}'.strip())}</text>"
        )
        bar_w = max(1.0, block.seconds * scale)
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{bar_w:.1f}" height="{bar_h}" '
            f'fill="{_bar_colour(block)}"/>'
        )
        tick = label_w + block.target_seconds * scale
        parts.append(
            f'<rect x="{tick - 1:.1f}" y="{y - 3}" width="2" height="{bar_h + 6}" fill="{INK}"/>'
        )
        parts.append(
            f'<text x="{label_w + bar_w + 6:.1f}" y="{y + 13}" fill="{INK}">'
            f"{block.seconds:.0f} / {block.target_seconds} s</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _local(moment: datetime) -> datetime:
    """Stored in UTC (SQLite gives it back without a zone): show the PC's local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _clock(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def render_html(
    review: TakeReview,
    *,
    comparison: Comparison | None = None,
    translate: Translate = None,
    chart: str | None = None,
) -> str:
    """The report as one HTML page; ``chart`` replaces the inline SVG (the PDF's image)."""
    from app.rehearsal.session import ANSWER_WINDOW_S

    t = _tr(translate)
    e = html.escape
    rows = []
    for b in review.products:
        name = e(b.name) + (f" <i>({e(t(T_GONE))})</i>" if b.product_gone else "")
        over = f' style="color:{RED}"' if b.seconds > b.target_seconds else ""
        rows.append(
            "<tr>"
            f"<td>{name}</td><td>{e(b.order_code)}</td>"
            f'<td align="right"{over}>{b.seconds:.1f}</td>'
            f'<td align="right">{b.target_seconds}</td>'
            f'<td align="right">{_percent(b.speaking_share if b.ranges else None)}</td>'
            f'<td align="right">{_seconds(b.longest_silence_s if b.ranges else None)}</td>'
            f'<td align="center">{b.comments_answered} / {b.comments_missed}</td>'
            f'<td align="center">{e(t(T_YES) if b.flash_sale else t(T_NO))}</td>'
            "</tr>"
        )
    c = review.comments
    rows.append(
        f"<tr><th>{e(t(T_TOTAL))}</th><th></th>"
        f'<th align="right">{review.duration_s:.1f}</th>'
        f'<th align="right">{sum(b.target_seconds for b in review.blocks)}</th>'
        f'<th align="right">{_percent(review.speaking_share)}</th>'
        f'<th align="right">{_seconds(review.longest_silence_s)}</th>'
        f'<th align="center">{c.answered} / {c.missed}</th>'
        f'<th align="center">{e(t(T_YES) if review.flash_sale else t(T_NO))}</th></tr>'
    )
    compared = comparison.text(translate) if comparison else t(T_FIRST)
    method = t(T_METHOD)
    for index, value in enumerate(
        (f"{review.silence_threshold_dbfs:g}", f"{review.min_silence_s:g}", f"{ANSWER_WINDOW_S:g}"),
        start=1,
    ):
        method = method.replace(f"%{index}", value)
    interrupted = f"<p><b>{e(t(T_INTERRUPTED))}</b></p>" if review.status == "interrupted" else ""
    headers = (T_PRODUCT, T_CODE, T_SECONDS, T_TARGET, T_SPEAKING, T_SILENCE, T_COMMENTS, T_FLASH)
    head = "".join(f"<th>{e(t(h))}</th>" for h in headers)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(t(T_TITLE))}</title>
<style>
body {{ font-family: sans-serif; color: {INK}; margin: 24px; max-width: 900px; }}
h1 {{ font-size: 20px; margin: 0 0 8px 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13px; }}
th, td {{ border: 1px solid #bbbbbb; padding: 4px 6px; }}
th {{ background: #f0f0f0; }}
p.small {{ font-size: 11px; color: #555555; }}
</style></head><body>
<h1>{e(t(T_TITLE))}</h1>
<p>{e(t(T_PLAN))}: <b>{e(review.plan_name)}</b> &nbsp; {e(t(T_DATE))}:
{_local(review.started_at).strftime("%d/%m/%Y %H:%M")} &nbsp; {e(t(T_DURATION))}: {_clock(review.duration_s)}</p>
<p>{e(t(T_COMPARE))}: <b>{e(compared)}</b></p>
{interrupted}
<table><tr>{head}</tr>
{"".join(rows)}
</table>
<h2 style="font-size:15px">{e(t(T_CHART))}</h2>
{chart if chart is not None else chart_svg(review)}
<p class="small">{e(t(T_LEGEND))}</p>
<p class="small">{e(method)}</p>
</body></html>
"""


def write_html(
    review: TakeReview,
    target: Path,
    *,
    comparison: Comparison | None = None,
    translate: Translate = None,
) -> Path:
    target = Path(target)
    text = render_html(review, comparison=comparison, translate=translate)
    temp = target.with_name(f".{target.name}.part")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, target)
    return target


def _ensure_gui_app():
    """QTextDocument layout needs a QGuiApplication; make an offscreen one if none runs."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def write_pdf(
    review: TakeReview,
    target: Path,
    *,
    comparison: Comparison | None = None,
    translate: Translate = None,
) -> Path:
    """One A4 page through QTextDocument + QPdfWriter (the chart as an image)."""
    from PySide6.QtCore import QByteArray, QMarginsF, QUrl
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui_app()
    svg = chart_svg(review)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size.width() * 2, size.height() * 2, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    document = QTextDocument()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), image)
    chart = f'<img src="chart.png" width="{size.width()}" height="{size.height()}">'
    document.setHtml(render_html(review, comparison=comparison, translate=translate, chart=chart))
    target = Path(target)
    temp = target.with_name(f".{target.name}.part")
    writer = QPdfWriter(str(temp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(T_TITLE if translate is None else translate(CTX, T_TITLE))
    # Lay the page out at screen resolution, as the HTML's pixel sizes assume.
    writer.setResolution(PDF_DPI)
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes away
    os.replace(temp, target)
    return target
