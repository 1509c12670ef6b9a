"""Showing where a "Nhanh" (lossless) cut really starts.

A stream copy can only begin on a keyframe, so each segment's copy starts at the
keyframe at or before its in point (``Project.lossless_starts``). The timeline draws
that extra lead-in hatched and lighter in the segment's colour, and a tooltip (also on
the segment list) says it in words: "Cắt nhanh sẽ bắt đầu ở khung khoá 00:12.480
(sớm hơn 0,4 giây)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from app.video.timecode import clock


def seconds_text(seconds: float) -> str:
    """0.4 → "0,4"; under a tenth keeps two decimals (one frame is 0,03)."""
    text = f"{seconds:.1f}" if seconds >= 0.095 else f"{seconds:.2f}"
    return text.replace(".", ",")


def snap_sentence(keyframe: float, start: float) -> str:
    return (
        QCoreApplication.translate(
            "KeyframeSnap", "Cắt nhanh sẽ bắt đầu ở khung khoá %1 (sớm hơn %2 giây)"
        )
        .replace("%1", clock(keyframe))
        .replace("%2", seconds_text(start - keyframe))
    )


def snap_tips(segments, snaps) -> list[str]:
    """One sentence per segment whose lossless copy starts early, "" for the others."""
    return [
        snap_sentence(key, start) if key is not None else ""
        for (start, _end), key in zip(segments, snaps, strict=False)
    ]


def draw_lead_ins(p: QPainter, timeline, top: float, height: float, colors) -> None:
    """The stretch from each snapped keyframe to the in point, hatched and lighter."""
    snaps = getattr(timeline, "snaps", None) or []
    for index, ((start, _end), key) in enumerate(zip(timeline.segments, snaps, strict=False)):
        if key is None:
            continue
        color = QColor(colors[index % len(colors)])
        x0, x1 = timeline.x_of(key), timeline.x_of(start)
        rect = QRectF(x0, top, max(1.0, x1 - x0), height)
        light = QColor(color)
        light.setAlpha(70)
        p.fillRect(rect, light)
        p.fillRect(rect, QBrush(color.lighter(150), Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(color.lighter(160), 2, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(x0, top - 2), QPointF(x0, top + height + 2))


def tip_at(timeline, x: float) -> str:
    """The sentence for the segment (or its lead-in) under ``x``; "" elsewhere."""
    t = timeline.t_of(x)
    snaps = getattr(timeline, "snaps", None) or []
    tips = getattr(timeline, "snap_tips", None) or []
    for (_start, end), key, tip in zip(timeline.segments, snaps, tips, strict=False):
        if key is not None and key <= t < end:
            return tip
    return ""


class SnapTooltips(QObject):
    """Hovering a segment with a snapped start shows its sentence (no mouse tracking
    needed: Qt sends the tooltip event on hover)."""

    def __init__(self, timeline) -> None:
        super().__init__(timeline)
        self.timeline = timeline
        timeline.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.timeline and event.type() == QEvent.Type.ToolTip:
            text = tip_at(self.timeline, event.pos().x())
            if text:
                QToolTip.showText(event.globalPos(), text, self.timeline)
            else:
                QToolTip.hideText()
            return True
        return False


def mark_rows(table, segments, snaps, tips, length_column: int = 2) -> None:
    """The segment list says it too: the lead-in the copy adds, beside the length, in
    orange, and the sentence as every cell's tooltip."""
    orange = QColor("#e17055")
    for row, ((start, _end), key, tip) in enumerate(zip(segments, snaps, tips, strict=False)):
        if key is None:
            continue
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                item.setToolTip(tip)
                item.setForeground(orange)
        length = table.item(row, length_column)
        if length is not None:
            extra = QCoreApplication.translate("KeyframeSnap", "(+%1 giây)").replace(
                "%1", seconds_text(start - key)
            )
            length.setText(f"{length.text()} {extra}")
