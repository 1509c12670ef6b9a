"""The paused preview: the exact decoded frame, its time and number, the safe-zone guide,
and — when the export crops to fit — the crop window the seller drags sideways
(or moves with ←/→ after clicking the picture)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.video.framing import crop_window
from app.video.stickers import safe_zone

KEY_STEP = 0.02  # one ←/→ press moves the crop centre by 2 % of the picture


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
        """Show (centre) or hide (None) the crop window; it takes clicks and ←/→ then."""
        self.crop_center = center
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus if center else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.SizeHorCursor if center else Qt.CursorShape.ArrowCursor)
        self.update()

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

    # --- moving the crop window -------------------------------------------------------
    def _move_crop(self, cx: float, cy: float) -> None:
        cx, cy = min(max(cx, 0.0), 1.0), min(max(cy, 0.0), 1.0)
        if self.image is not None and self.export_size is not None:
            # keep the centre where the window really is (it stops at the picture's edges)
            w, h = self.image.width(), self.image.height()
            left, top, crop_w, crop_h = crop_window(w, h, *self.export_size, (cx, cy))
            cx, cy = (left + crop_w / 2) / w, (top + crop_h / 2) / h
        cx, cy = round(cx, 4), round(cy, 4)
        if (cx, cy) != self.crop_center:
            self.crop_center = (cx, cy)
            self.update()
            self.crop_moved.emit(cx, cy)

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
        self._move_crop(
            cx + (pos.x() - x0) / max(1.0, target.width()),
            cy + (pos.y() - y0) / max(1.0, target.height()),
        )

    def mouseReleaseEvent(self, event) -> None:
        if self._drag_from is None:
            return super().mouseReleaseEvent(event)
        self._drag_from = None
        self.crop_dropped.emit()

    def event(self, event) -> bool:
        # with the crop window focused, ←/→ move it instead of stepping a frame
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.crop_rect() is not None
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self.crop_rect() is not None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = KEY_STEP if event.key() == Qt.Key.Key_Right else -KEY_STEP
            cx, cy = self.crop_center
            self._move_crop(cx + step, cy)
            self.crop_dropped.emit()
            return
        super().keyPressEvent(event)
