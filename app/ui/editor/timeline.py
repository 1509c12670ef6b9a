"""The timeline: filmstrip and waveform (filled in as they arrive), keyframe ticks, the
kept segments as coloured ranges whose ends can be dragged, and the playhead.

Zoom with Ctrl+wheel (or +/-), scroll with the wheel; a click moves the playhead.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.editor.keyframe_snap import draw_lead_ins

STRIP_H = 54
WAVE_H = 40
SEG_H = 22
EDGE_GRAB = 6  # pixels either side of a segment end that pick it up
COLORS = ("#2e86de", "#10ac84", "#ee5253", "#ff9f43", "#8854d0")


class Timeline(QWidget):
    seek_requested = Signal(float)
    edge_dragged = Signal(int, str, float)  # segment index, "start"/"end", new time
    edge_released = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(STRIP_H + WAVE_H + SEG_H + 16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.duration = 1.0
        self.zoom = 1.0
        self.offset = 0.0  # seconds at the left edge
        self.playhead = 0.0
        self.segments: list[tuple[float, float]] = []
        self.keyframes: tuple[float, ...] = ()
        self.markers: list[tuple[float, float]] = []  # suggested silences
        self.scenes: list[float] = []  # suggested scene changes
        # "Nhanh" export: per segment, the keyframe its copy really starts at (or None),
        # drawn as a hatched lead-in with a tooltip (keyframe_snap.py)
        self.snaps: list[float | None] = []
        self.snap_tips: list[str] = []
        self.thumbs: list[QImage | None] = []
        self.peaks = np.zeros(0, np.float32)
        self._drag: tuple[int, str] | None = None

    # --- data --------------------------------------------------------------------
    def set_duration(self, duration: float) -> None:
        self.duration = max(duration, 0.001)
        self.zoom, self.offset = 1.0, 0.0
        self.thumbs, self.peaks, self.keyframes, self.markers = [], np.zeros(0, np.float32), (), []
        self.scenes = []
        self.update()

    def set_thumb_count(self, count: int) -> None:
        self.thumbs = [None] * count

    def set_thumb(self, index: int, rgb: np.ndarray) -> None:
        self.set_thumbs({index: rgb})

    def set_thumbs(self, thumbs: dict[int, np.ndarray]) -> None:
        """Thumbnails by slot, as they arrive; one repaint for the lot."""
        for index, rgb in thumbs.items():
            if 0 <= index < len(self.thumbs):
                rgb = np.ascontiguousarray(rgb)
                h, w = rgb.shape[:2]
                image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
                self.thumbs[index] = image.copy()
        self.update()

    def set_peaks(self, peaks: np.ndarray) -> None:
        self.peaks = peaks
        self._wave_cache = None
        self.update()

    def set_keyframes(self, keyframes: tuple[float, ...], duration: float) -> None:
        """From the background keyframe scan, which also has the exact duration."""
        self.keyframes = keyframes
        if duration > 0 and abs(duration - self.duration) > 1e-3:
            self.duration = duration
        self.update()

    def set_playhead(self, t: float) -> None:
        self.playhead = t
        visible = self.visible_seconds()
        if not self.offset <= t <= self.offset + visible:
            self.offset = max(0.0, min(t - visible / 2, self.duration - visible))
        self.update()

    # --- geometry ----------------------------------------------------------------
    def visible_seconds(self) -> float:
        return self.duration / self.zoom

    def x_of(self, t: float) -> float:
        return (t - self.offset) / self.visible_seconds() * self.width()

    def t_of(self, x: float) -> float:
        return min(
            max(self.offset + x / max(1, self.width()) * self.visible_seconds(), 0.0), self.duration
        )

    def zoom_by(self, factor: float, anchor: float | None = None) -> None:
        anchor = self.playhead if anchor is None else anchor
        self.zoom = min(max(self.zoom * factor, 1.0), max(1.0, self.duration * 10))
        visible = self.visible_seconds()
        self.offset = max(0.0, min(anchor - visible / 2, self.duration - visible))
        self.update()

    # --- painting ----------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        w = self.width()
        p.fillRect(self.rect(), QColor("#1e1e24"))
        if self.thumbs:
            slot = self.duration / len(self.thumbs)
            for i, image in enumerate(self.thumbs):
                x0, x1 = self.x_of(i * slot), self.x_of((i + 1) * slot)
                if x1 < 0 or x0 > w:
                    continue
                target = QRectF(x0, 0, x1 - x0, STRIP_H)
                if image is None:
                    p.fillRect(target, QColor("#2b2b33"))
                else:
                    p.drawImage(target, image)
        top = STRIP_H
        p.fillRect(QRectF(0, top, w, WAVE_H), QColor("#15151a"))
        if len(self.peaks):
            p.drawImage(QPointF(0, top), self._wave_image(w))
        seg_top = STRIP_H + WAVE_H + 2
        for start, end in self.markers:
            p.fillRect(
                QRectF(self.x_of(start), top, self.x_of(end) - self.x_of(start), WAVE_H),
                QColor(255, 200, 0, 60),
            )
        p.setPen(QPen(QColor("#ff9f43"), 2, Qt.PenStyle.DashLine))
        for t in self.scenes:
            p.drawLine(QPointF(self.x_of(t), 0), QPointF(self.x_of(t), STRIP_H))
        for i, (start, end) in enumerate(self.segments):
            color = QColor(COLORS[i % len(COLORS)])
            rect = QRectF(self.x_of(start), seg_top, self.x_of(end) - self.x_of(start), SEG_H)
            shade = QColor(color)
            shade.setAlpha(50)
            p.fillRect(QRectF(rect.x(), 0, rect.width(), STRIP_H), shade)
            p.fillRect(rect, color)
            p.setPen(QPen(QColor("white"), 2))
            p.drawLine(rect.topLeft(), rect.bottomLeft())
            p.drawLine(rect.topRight(), rect.bottomRight())
            p.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, str(i + 1))
        draw_lead_ins(p, self, seg_top, SEG_H, COLORS)
        p.setPen(QPen(QColor("#c8d6e5"), 1))
        bottom = self.height()
        for k in self.keyframes:
            x = self.x_of(k)
            if 0 <= x <= w:
                p.drawLine(QPointF(x, bottom - 6), QPointF(x, bottom))
        x = self.x_of(self.playhead)
        p.setPen(QPen(QColor("#ff4757"), 2))
        p.drawLine(QPointF(x, 0), QPointF(x, bottom))
        p.end()

    def _wave_image(self, w: int) -> QImage:
        """The waveform band for the current view, drawn once per view (a per-column loop
        in Python on every playhead repaint cost ~15 ms of the UI thread)."""
        key = (w, self.zoom, self.offset, self.duration, id(self.peaks))
        cached = getattr(self, "_wave_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        n = len(self.peaks)
        xs = np.arange(w + 1, dtype=np.float64)
        times = np.clip(self.offset + xs / max(1, w) * self.visible_seconds(), 0, self.duration)
        edges = np.minimum((times / self.duration * n).astype(np.int64), n)
        padded = np.append(self.peaks, np.float32(0))  # a column past the end reads 0
        # column i: the max over bins [edges[i], edges[i+1]) (one bin when zoomed in)
        values = np.maximum.reduceat(padded, edges)[:-1]
        half = np.clip(values, 0, 1) * (WAVE_H / 2)
        rows = np.arange(WAVE_H, dtype=np.float32)[:, None] + 0.5
        lit = np.abs(rows - WAVE_H / 2) <= np.maximum(half, 0.5)[None, :]
        rgba = np.zeros((WAVE_H, w, 4), np.uint8)
        rgba[lit] = (0x7B, 0xED, 0x9F, 255)  # RGBA8888 byte order
        image = QImage(rgba.data, w, WAVE_H, 4 * w, QImage.Format.Format_RGBA8888).copy()
        self._wave_cache = (key, image)
        return image

    # --- mouse -------------------------------------------------------------------
    def _edge_at(self, x: float) -> tuple[int, str] | None:
        for i, (start, end) in enumerate(self.segments):
            if abs(self.x_of(start) - x) <= EDGE_GRAB:
                return i, "start"
            if abs(self.x_of(end) - x) <= EDGE_GRAB:
                return i, "end"
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        edge = self._edge_at(x) if event.position().y() >= STRIP_H else None
        if edge is not None:
            self._drag = edge
        else:
            self.seek_requested.emit(self.t_of(x))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is not None:
            self.edge_dragged.emit(self._drag[0], self._drag[1], self.t_of(x))
        elif event.buttons() & Qt.MouseButton.LeftButton:
            self.seek_requested.emit(self.t_of(x))
        else:
            edge = self._edge_at(x) if event.position().y() >= STRIP_H else None
            self.setCursor(Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self.edge_released.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25**steps, self.t_of(event.position().x()))
        else:
            visible = self.visible_seconds()
            self.offset = max(0.0, min(self.offset - steps * visible / 10, self.duration - visible))
            self.update()
