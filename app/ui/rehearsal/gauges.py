"""Small read-outs of the rehearsal screen: the microphone meter and the timers."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.rehearsal.session import BlockClock
from app.ui.rehearsal.common import STATE_COLOURS, clock_text

FLOOR_DB = -60.0


class LevelMeter(QWidget):
    """RMS level on a −60…0 dBFS scale (speech sits around −30…−12)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.setFixedSize(110, 14)
        self.level = 0.0  # 0..1 of the scale
        self.setToolTip(self.tr("Âm lượng micro"))

    def set_rms(self, rms: float) -> None:
        db = 20 * math.log10(rms) if rms > 1e-6 else FLOOR_DB
        self.level = min(1.0, max(0.0, (db - FLOOR_DB) / -FLOOR_DB))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#3a3a3a"))
        width = self.width() * self.level
        colour = "#2e7d32" if self.level < 0.8 else ("#ef8f00" if self.level < 0.95 else "#c62828")
        painter.fillRect(QRectF(0, 0, width, self.height()), QColor(colour))
        painter.end()


class TimerStrip(QWidget):
    """Total elapsed · this product's elapsed / target (green → amber → red) · flash sale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel()
        self.total.setObjectName("totalTimer")
        self.product = QLabel()
        self.product.setObjectName("productTimer")
        self.flash = QLabel()
        self.flash.setObjectName("flashTimer")
        for label in (self.total, self.product, self.flash):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(self.product)
        layout.addWidget(self.flash)
        self.state = "green"
        self.total.setStyleSheet(_chip("#37474f"))
        self.product.setStyleSheet(_chip(STATE_COLOURS["green"]))
        self.flash.setStyleSheet(_chip("#ad1457"))
        self.show_times(0.0, None, None)
        self._fit_longest_texts()

    def _fit_longest_texts(self) -> None:
        """Wide enough for the longest each timer can say ("Mục này 0:06 / 3:00" is wider than
        the "Mục này 0:00" shown when laid out), measured with the chip's own bold 18 px font."""
        longest = "59:59"  # a block or a flash sale runs minutes; every digit about as wide
        texts = {
            self.product: self.tr("Mục này %1 / %2").replace("%1", longest).replace("%2", longest),
            self.flash: self.tr("Flash sale còn %1").replace("%1", longest),
        }
        for label, text in texts.items():
            label.ensurePolished()  # the style sheet's font and padding apply from here on
            margins = label.contentsMargins()
            width = label.fontMetrics().horizontalAdvance(text)
            label.setMinimumWidth(width + margins.left() + margins.right() + 2 * label.margin() + 4)

    def show_times(
        self, total_s: float, clock: BlockClock | None, flash_left: float | None
    ) -> None:
        self.total.setText(self.tr("Cả buổi %1").replace("%1", clock_text(total_s)))
        self.total.setStyleSheet(_chip("#37474f"))
        if clock is None:
            self.product.setText(self.tr("Mục này 0:00"))
            self.state = "green"
        else:
            text = self.tr("Mục này %1 / %2")
            self.product.setText(
                text.replace("%1", clock_text(clock.elapsed_s)).replace(
                    "%2", clock_text(clock.target_s)
                )
            )
            self.state = clock.state
        self.product.setStyleSheet(_chip(STATE_COLOURS[self.state]))
        if flash_left is None:
            self.flash.setVisible(False)
        else:
            self.flash.setVisible(True)
            self.flash.setText(
                self.tr("Flash sale còn %1").replace("%1", clock_text(math.ceil(flash_left)))
            )
            self.flash.setStyleSheet(_chip("#ad1457"))


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _chip(colour: str) -> str:
    return (
        f"background: {colour}; color: white; border-radius: 6px; padding: 4px 12px;"
        " font-size: 18px; font-weight: 600;"
    )
