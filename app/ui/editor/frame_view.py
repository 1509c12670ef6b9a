"""The paused preview: the exact decoded frame, its time and number, the safe-zone guide."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.video.stickers import safe_zone


class FrameView(QWidget):
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

    def set_overlays(self, bands, export_size: tuple[int, int] | None) -> None:
        images = []
        for band in bands:
            rgba = np.ascontiguousarray(band.pixels)
            h, w = rgba.shape[:2]
            image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
            images.append((image, band.x, band.y))
        self.overlays, self.export_size = images, export_size
        self.update()

    def export_rect(self) -> QRectF:
        """Where the exported frame lies over the preview (9:16 keeps the middle)."""
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
