"""The paused preview: the exact decoded frame, its time and number, the safe-zone guide,
and — when the export crops to fit — the crop window the seller drags with the mouse or
nudges with Alt+arrows (keys.py; the bare arrows stay the frame-step keys). A hint on the
window says so until it is first moved, and again while the mouse is over the picture."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.video.framing import crop_window
from app.video.stickers import safe_zone

KEY_STEP = 0.02  # one Alt+arrow press moves the crop centre by 2 % of the picture


class FrameView(QWidget):
    crop_moved = Signal(float, float)  # the new centre (fractions of the picture)
    crop_dropped = Signal()  # a drag ended: time to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.image: QImage | None = None
        self.rgb: np.ndarray | None = None  # exactly what is shown, for checks
        self.show_safe_zone = False
        self.message = ""
        # text as the export will draw it: (RGBA pixels, x, y) on an export frame of
        # export_size; drawn scaled onto the part of the preview that frame keeps
        self.overlays: list[tuple[QImage, int, int]] = []
        self.export_size: tuple[int, int] | None = None
        # fit "crop": the centre of the kept window; None for the padded fits
        self.crop_center: tuple[float, float] | None = None
        self._drag_from: tuple[float, float, tuple[float, float]] | None = None
        self._hover = False  # the mouse is over the preview: the hint shows
        self._moved_once = False  # the window was moved since it appeared: hint on hover only
        # a click on the picture takes the focus from a text field, so the editor's keys
        # (←/→ frame steps, Alt+arrows for the crop) work again; keys are not kept here
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def set_overlays(self, bands, export_size: tuple[int, int] | None) -> None:
        images = []
        for band in bands:
            rgba = np.ascontiguousarray(band.pixels)
            h, w = rgba.shape[:2]
            image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
            images.append((image, band.x, band.y))
        self.overlays, self.export_size = images, export_size
        self.update()

    def set_crop(self, center: tuple[float, float] | None) -> None:
        """Show (centre) or hide (None) the crop window; it takes drags then."""
        if center is not None and self.crop_center is None:
            self._moved_once = False  # newly shown: say how it moves
        self.crop_center = center
        self.setCursor(Qt.CursorShape.SizeAllCursor if center else Qt.CursorShape.ArrowCursor)
        self.setToolTip(
            self.tr(
                "Khung sáng là phần video xuất giữ lại: kéo bằng chuột, hoặc bấm Alt+←/→ "
                "(Alt+↑/↓ khi video cao hơn khung dọc) để dời từng chút. Phím ←/→ vẫn là "
                "lùi/tới một khung hình."
            )
            if center
            else ""
        )
        self.update()

    def hint_text(self) -> str:
        """What the hint on the crop window says now ("" when it is not shown)."""
        crop = self.crop_rect()
        if crop is None or (self._moved_once and not self._hover):
            return ""
        # the window moves along the axis where it is smaller than the picture
        arrows = "←/→" if crop.width() < self.image_rect().width() - 1 else "↑/↓"
        return self.tr("Kéo khung, hoặc Alt+%1 để dời").replace("%1", arrows)

    def crop_rect(self) -> QRectF | None:
        """The crop window over the preview, or None when not cropping (or it keeps all)."""
        target = self.image_rect()
        if self.crop_center is None or self.export_size is None or target.isEmpty():
            return None
        w, h = self.image.width(), self.image.height()
        left, top, crop_w, crop_h = crop_window(w, h, *self.export_size, self.crop_center)
        if (crop_w, crop_h) == (w, h):
            return None
        sx, sy = target.width() / w, target.height() / h
        return QRectF(target.x() + left * sx, target.y() + top * sy, crop_w * sx, crop_h * sy)

    def export_rect(self) -> QRectF:
        """Where the exported frame lies over the preview (9:16 keeps the middle, or the
        crop window when cropping)."""
        crop = self.crop_rect()
        if crop is not None:
            return crop
        target = self.image_rect()
        if self.export_size is None or target.isEmpty():
            return target
        out_w, out_h = self.export_size
        h = target.height()
        w = min(target.width(), h * out_w / out_h)
        return QRectF(target.center().x() - w / 2, target.y(), w, h)

    def set_frame(self, rgb: np.ndarray) -> None:
        rgb = np.ascontiguousarray(rgb)
        self.rgb = rgb
        h, w = rgb.shape[:2]
        self.image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.message = ""
        self.update()

    def clear(self, message: str = "") -> None:
        self.image, self.rgb, self.message = None, None, message
        self.update()

    def image_rect(self) -> QRectF:
        if self.image is None:
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#101014"))
        if self.image is None:
            p.setPen(QColor("#dfe4ea"))
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message
            )
            return
        target = self.image_rect()
        p.drawImage(target, self.image)
        crop = self.crop_rect()
        if crop is not None:
            # what the crop leaves out is dimmed; the kept window has a bright frame
            shade = QColor(0, 0, 0, 150)
            p.fillRect(
                QRectF(target.left(), target.top(), crop.left() - target.left(), target.height()),
                shade,
            )
            p.fillRect(
                QRectF(crop.right(), target.top(), target.right() - crop.right(), target.height()),
                shade,
            )
            p.fillRect(
                QRectF(crop.left(), target.top(), crop.width(), crop.top() - target.top()), shade
            )
            p.fillRect(
                QRectF(crop.left(), crop.bottom(), crop.width(), target.bottom() - crop.bottom()),
                shade,
            )
            p.setPen(QPen(QColor("#feca57"), 2))
            p.drawRect(crop.adjusted(1, 1, -1, -1))
            p.setPen(QPen(QColor("#feca57"), 3))
            mid_y = crop.center().y()
            for x in (crop.left() + 6, crop.right() - 6):  # grips: it can be moved
                p.drawLine(QPointF(x, mid_y - 14), QPointF(x, mid_y + 14))
            self._paint_hint(p, crop)
        if self.overlays and self.export_size is not None:
            frame = self.export_rect()
            sx, sy = frame.width() / self.export_size[0], frame.height() / self.export_size[1]
            for image, x, y in self.overlays:
                p.drawImage(
                    QRectF(
                        frame.x() + x * sx,
                        frame.y() + y * sy,
                        image.width() * sx,
                        image.height() * sy,
                    ),
                    image,
                )
        if self.show_safe_zone:
            # the 9:16 export frame's safe zone, drawn over the part of the picture it keeps
            h = target.height()
            w = min(target.width(), h * 9 / 16)
            frame = QRectF(target.center().x() - w / 2, target.y(), w, h)
            left, top, right, bottom = safe_zone(1080, 1920)
            sx, sy = frame.width() / 1080, frame.height() / 1920
            p.setPen(QPen(QColor(255, 255, 255, 160), 1, Qt.PenStyle.DashLine))
            p.drawRect(frame)
            p.setPen(QPen(QColor("#feca57"), 2, Qt.PenStyle.DashLine))
            p.drawRect(
                QRectF(
                    frame.x() + left * sx,
                    frame.y() + top * sy,
                    (right - left) * sx,
                    (bottom - top) * sy,
                )
            )
        p.end()

    def _paint_hint(self, p: QPainter, crop: QRectF) -> None:
        """The hint as a dark label low in the window (over the bottom band of a 9:16
        frame, where the platform's own buttons would be), wrapped to its width."""
        text = self.hint_text()
        if not text:
            return
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        room = QRectF(0, 0, max(40.0, crop.width() - 16), crop.height())
        box = p.fontMetrics().boundingRect(room.toRect(), int(flags), text)
        label = QRectF(0, 0, box.width() + 12, box.height() + 8)
        label.moveCenter(QPointF(crop.center().x(), crop.bottom() - 12 - label.height() / 2))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 170))
        p.drawRoundedRect(label, 6, 6)
        p.setPen(QColor("#feca57"))
        p.drawText(label, int(flags), text)

    def enterEvent(self, event) -> None:
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = False
        self.update()
        super().leaveEvent(event)

    # --- moving the crop window -------------------------------------------------------
    def nudge_crop(self, dx: float, dy: float) -> tuple[float, float] | None:
        """Alt+arrow: move the window by ``dx``/``dy`` key steps; the new centre, or
        None when it did not move (not cropping, or already at the picture's edge)."""
        if self.crop_rect() is None:
            return None
        cx, cy = self.crop_center
        if not self._move_crop(cx + dx * KEY_STEP, cy + dy * KEY_STEP):
            return None
        return self.crop_center

    def _move_crop(self, cx: float, cy: float) -> bool:
        cx, cy = min(max(cx, 0.0), 1.0), min(max(cy, 0.0), 1.0)
        if self.image is not None and self.export_size is not None:
            # keep the centre where the window really is (it stops at the picture's edges)
            w, h = self.image.width(), self.image.height()
            left, top, crop_w, crop_h = crop_window(w, h, *self.export_size, (cx, cy))
            cx, cy = (left + crop_w / 2) / w, (top + crop_h / 2) / h
        cx, cy = round(cx, 4), round(cy, 4)
        if (cx, cy) == self.crop_center:
            return False
        self.crop_center = (cx, cy)
        self._moved_once = True
        self.update()
        return True

    def mousePressEvent(self, event) -> None:
        if self.crop_rect() is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        self._drag_from = (pos.x(), pos.y(), self.crop_center)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is None:
            return super().mouseMoveEvent(event)
        x0, y0, (cx, cy) = self._drag_from
        target = self.image_rect()
        pos = event.position()
        if self._move_crop(
            cx + (pos.x() - x0) / max(1.0, target.width()),
            cy + (pos.y() - y0) / max(1.0, target.height()),
        ):
            self.crop_moved.emit(*self.crop_center)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag_from is None:
            return super().mouseReleaseEvent(event)
        self._drag_from = None
        self.crop_dropped.emit()
