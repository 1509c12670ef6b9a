"""The camera picture as the seller sees it: mirrored by default (as a selfie), a 9:16
frame guide (what a phone live shows), the pinned product card in the corner, and a
plain message when there is no picture."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.rehearsal.plan_model import Block
from app.store.media import MediaStore
from app.text import format_vnd

CARD_PHOTO_PX = 160  # the card shows 80 px; twice that stays sharp on a HiDPI screen


class CardPhotos:
    """Product photos for the card, decoded small and once (before a take, not at a switch)."""

    def __init__(self, store: MediaStore) -> None:
        self.store = store
        self._cache: dict[str, QPixmap] = {}

    def get(self, block: Block) -> QPixmap | None:
        sha = block.product.photo_sha256 if block.product else None
        if not sha:
            return None
        if sha not in self._cache:
            reader = QImageReader(str(self.store.path_for(sha)))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid() and max(size.width(), size.height()) > CARD_PHOTO_PX:
                box = size.scaled(CARD_PHOTO_PX, CARD_PHOTO_PX,
                                  Qt.AspectRatioMode.KeepAspectRatioByExpanding)  # fmt: skip
                reader.setScaledSize(box)
            self._cache[sha] = QPixmap.fromImage(reader.read())
        return self._cache[sha]


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setMinimumSize(240, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.mirrored = True
        self.message = ""
        self.card: Block | None = None
        self.card_photo: QPixmap | None = None
        self.flash_price_on = False
        self.frames_shown = 0
        # (width, height) of the 9:16 frame in pixels, for a thread that prepares images
        # of exactly that size (a plain tuple: safe to read from another thread)
        self.guide_px: tuple[int, int] = (0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        guide = self.guide_rect()
        ratio = self.devicePixelRatioF()
        self.guide_px = (round(guide.width() * ratio), round(guide.height() * ratio))

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        if image is not None:
            self.frames_shown += 1
        self.update()

    def set_mirrored(self, mirrored: bool) -> None:
        self.mirrored = mirrored
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    def set_card(self, block: Block | None, photo: QPixmap | None, flash_on: bool = False) -> None:
        self.card, self.card_photo, self.flash_price_on = block, photo, flash_on
        self.update()

    def guide_rect(self) -> QRectF:
        """The 9:16 frame: as tall as the widget, centred."""
        height = self.height()
        width = min(self.width(), height * 9 / 16)
        height = width * 16 / 9
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    # ---- painting -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#202020"))
        guide = self.guide_rect()
        if self.image is not None and not self.image.isNull():
            self._paint_image(painter, guide)
        # dim what falls outside the 9:16 frame, then outline it
        shade = QColor(0, 0, 0, 150)
        painter.fillRect(QRectF(0, 0, guide.left(), self.height()), shade)
        painter.fillRect(
            QRectF(guide.right(), 0, self.width() - guide.right(), self.height()), shade
        )
        painter.setPen(QPen(QColor(255, 255, 255, 120), 1, Qt.PenStyle.DashLine))
        painter.drawRect(guide.adjusted(0, 0, -1, -1))
        if self.message:
            self._paint_message(painter, guide)
        if self.card is not None:
            self._paint_card(painter, guide)
        painter.end()

    def _paint_image(self, painter: QPainter, guide: QRectF) -> None:
        """Fill the 9:16 frame with the middle of the picture (as a phone crops a live)."""
        image = self.image
        scale = max(guide.width() / image.width(), guide.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        target = QRectF(
            guide.center().x() - width / 2, guide.center().y() - height / 2, width, height
        )
        painter.save()
        painter.setClipRect(guide)
        if self.mirrored:
            painter.translate(guide.center().x() * 2, 0)
            painter.scale(-1, 1)
        painter.drawImage(target, image)
        painter.restore()

    def _paint_message(self, painter: QPainter, guide: QRectF) -> None:
        box = guide.adjusted(16, guide.height() * 0.3, -16, -guide.height() * 0.3)
        painter.fillRect(box, QColor(0, 0, 0, 170))
        painter.setPen(QColor("#ffffff"))
        font = QFont(self.font())
        font.setPointSize(12)
        painter.setFont(font)
        painter.drawText(
            box.adjusted(12, 8, -12, -8),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.message,
        )

    def _paint_card(self, painter: QPainter, guide: QRectF) -> None:
        """The pinned product: photo, name, price (crossed out under a flash sale), code."""
        block = self.card
        card = block.product
        width = min(guide.width() - 16, 300)
        box = QRectF(guide.left() + 8, guide.bottom() - 104, width, 96)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, 10, 10)
        photo_rect = QRect(int(box.left() + 8), int(box.top() + 8), 80, 80)
        if self.card_photo is not None and not self.card_photo.isNull():
            scaled = self.card_photo.scaled(80, 80, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                            Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            painter.drawPixmap(photo_rect, scaled, QRect(0, 0, 80, 80))
        else:
            painter.fillRect(photo_rect, QColor("#e0e0e0"))
        text_left = photo_rect.right() + 10
        text_width = int(box.right() - text_left - 8)
        painter.setPen(QColor("#222"))
        font = QFont(self.font())
        font.setPointSize(11)
        font.setBold(True)
        painter.setFont(font)
        name = card.name if card else ""
        metrics = painter.fontMetrics()
        name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_width * 2 - 20)
        painter.drawText(QRect(text_left, int(box.top() + 6), text_width, 40),
                         Qt.TextFlag.TextWordWrap, name)  # fmt: skip
        price = card.price if card else None
        y = int(box.top() + 52)
        font.setPointSize(12)
        painter.setFont(font)
        if self.flash_price_on and block.flash_sale_price:
            painter.setPen(QColor("#c62828"))
            painter.drawText(text_left, y + 14, format_vnd(block.flash_sale_price))
            if price is not None:
                font.setPointSize(9)
                font.setStrikeOut(True)
                font.setBold(False)
                painter.setFont(font)
                painter.setPen(QColor("#777"))
                shift = metrics.horizontalAdvance(format_vnd(block.flash_sale_price)) + 16
                painter.drawText(text_left + shift, y + 14, format_vnd(price))
        elif price is not None:
            painter.setPen(QColor("#c62828"))
            painter.drawText(text_left, y + 14, format_vnd(price))
        font = QFont(self.font())
        font.setPointSize(10)
        painter.setFont(font)
        painter.setPen(QColor("#333"))
        code = self.tr("Đặt: gõ %1").replace("%1", block.order_code)
        if block.flash_sale_price and not self.flash_price_on:
            code += "  ·  " + self.tr("Flash sale %1").replace(
                "%1", format_vnd(block.flash_sale_price)
            )
        painter.drawText(text_left, int(box.bottom() - 10), code)
