"""A teleprompter: the current block's script scrolling up, pixel-smooth.

A precise ~60 Hz QTimer moves a float offset by speed × the real time since the last
frame (so a late frame does not slow the text, and nothing jumps); the text is laid out
once per change in a QTextDocument and painted at the offset. Keys as in QPrompt:
Space pause, ↑ faster / ↓ slower, PgUp/PgDn jump by most of a screen. Mirror mode flips the picture for a beam-splitter glass.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QElapsedTimer, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QWidget

FRAME_MS = 16
MIN_SPEED, MAX_SPEED, SPEED_STEP = 0.0, 400.0, 10.0  # pixels per second
DEFAULT_SPEED = 40.0
JUMP_SHARE = 0.8  # PgUp/PgDn move this share of the visible height
READING_LINE = 0.3  # the reading line sits this far down the widget


class Teleprompter(QWidget):
    speed_changed = Signal(float)
    paused_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teleprompter")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys come through the screen
        self.setMinimumSize(320, 200)
        self.offset = 0.0  # pixels scrolled from the top of the text
        self.speed = DEFAULT_SPEED
        self.paused = False
        self.mirrored = False
        self.font_size = 24
        self.frame_intervals: deque[float] = deque(maxlen=20_000)  # ms, for the benchmark
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(24)
        self._doc.setDefaultStyleSheet("p { color: #f2f2f2; margin-bottom: 12px; }")
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._advance)
        self._apply_font()

    # ---- content ------------------------------------------------------------------------
    def set_script(self, title: str, text: str) -> None:
        """New block: its text from the top (the reading line at the first line)."""
        self._doc.clear()
        cursor_html = [f"<p style='color:#ffd54f; font-weight:600'>{_escape(title)}</p>"]
        for paragraph in text.split("\n\n"):
            lines = paragraph.split("\n")
            if len(lines) > 1 and lines[0].isupper():
                cursor_html.append(f"<p style='color:#80cbc4'>{_escape(lines[0])}</p>")
                lines = lines[1:]
            cursor_html.append("<p>" + "<br>".join(_escape(line) for line in lines) + "</p>")
        self._doc.setHtml("".join(cursor_html))
        self._apply_font()
        self.offset = 0.0
        self.update()

    def plain_text(self) -> str:
        return self._doc.toPlainText()

    # ---- running ------------------------------------------------------------------------
    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def toggle_pause(self) -> None:
        self.set_paused(not self.paused)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.paused_changed.emit(paused)
        self.update()

    def change_speed(self, steps: int) -> None:
        self.set_speed(self.speed + steps * SPEED_STEP)

    def set_speed(self, speed: float) -> None:
        self.speed = min(MAX_SPEED, max(MIN_SPEED, speed))
        self.speed_changed.emit(self.speed)

    def jump(self, pages: int) -> None:
        self.offset = self._clamped(self.offset + pages * self.height() * JUMP_SHARE)
        self.update()

    def set_font_size(self, size: int) -> None:
        ratio = self.offset / max(1.0, self._doc.size().height())
        self.font_size = max(14, min(96, size))
        self._apply_font()
        self.offset = self._clamped(ratio * self._doc.size().height())
        self.update()

    def set_mirrored(self, mirrored: bool) -> None:
        self.mirrored = mirrored
        self.update()

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self.font_size)
        self._doc.setDefaultFont(font)
        self._doc.setTextWidth(max(100, self.width()))

    def _clamped(self, offset: float) -> float:
        bottom = max(0.0, self._doc.size().height() - self.height() * READING_LINE)
        return min(max(0.0, offset), bottom)

    def _advance(self) -> None:
        elapsed_ms = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        self.frame_intervals.append(elapsed_ms)
        if self.paused or self.speed <= 0:
            return
        moved = self._clamped(self.offset + self.speed * min(elapsed_ms, 100.0) / 1000.0)
        if moved != self.offset:
            self.offset = moved
            self.update()

    # ---- painting -----------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._doc.setTextWidth(max(100, self.width()))
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111"))
        if self.mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        painter.save()
        top = self.height() * READING_LINE - 0.0
        painter.translate(0, top - self.offset)
        clip = QRectF(0, self.offset - top, self.width(), self.height())
        self._doc.drawContents(painter, clip)
        painter.restore()
        line_y = int(self.height() * READING_LINE)
        painter.setPen(QColor(255, 255, 255, 60))
        painter.drawLine(0, line_y, self.width(), line_y)
        if self.paused:
            painter.setPen(QColor("#ffd54f"))
            painter.drawText(self.rect().adjusted(0, 6, -10, 0), Qt.AlignmentFlag.AlignRight,
                             self.tr("TẠM DỪNG (Space)"))  # fmt: skip
        painter.end()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TeleprompterControls(QWidget):
    """Speed (also ↑/↓), font size and mirror mode under the teleprompter."""

    def __init__(self, prompter: Teleprompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speed = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=int(MAX_SPEED))
        self.speed.setValue(round(prompter.speed))
        self.font_size = QSlider(Qt.Orientation.Horizontal, minimum=16, maximum=72)
        self.font_size.setValue(prompter.font_size)
        for slider in (self.speed, self.font_size):
            slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and arrows go to the screen
            slider.setMinimumWidth(60)
        self.speed.valueChanged.connect(lambda value: prompter.set_speed(float(value)))
        prompter.speed_changed.connect(self._show_speed)
        self.font_size.valueChanged.connect(prompter.set_font_size)
        self.mirror = QCheckBox(self.tr("Chữ ngược"))
        self.mirror.setToolTip(self.tr("Lật chữ để đọc qua tấm kính của máy nhắc chữ"))
        self.mirror.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mirror.toggled.connect(prompter.set_mirrored)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Tốc độ ↑↓")))
        layout.addWidget(self.speed, 1)
        layout.addWidget(QLabel(self.tr("Cỡ chữ")))
        layout.addWidget(self.font_size, 1)
        layout.addWidget(self.mirror)

    def _show_speed(self, value: float) -> None:
        self.speed.blockSignals(True)
        self.speed.setValue(round(value))
        self.speed.blockSignals(False)
