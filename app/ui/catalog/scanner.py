"""A USB barcode scanner is a keyboard that types a code and Enter very fast: catch that.

The catalog room installs ``ScannerListener`` on the application. It looks at
key presses as they reach the room's window (once per key, before any widget),
and holds printable keys back for a moment: keys that follow each other within
``gap_ms`` and end in Enter are a scan — swallowed, so the code never lands in
whatever field had the focus — and ``scanned(code)`` is emitted. Anything else
(a person typing, Unikey's quick backspace-and-letter bursts without Enter) is
replayed to the window in the same order after at most ``2 × gap_ms``, which a
person cannot notice.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow

SCAN_GAP_MS = 30  # scanners send a key every 1–15 ms; people rarely under 50 ms
MIN_CODE_LENGTH = 3
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _copy(event: QKeyEvent) -> QKeyEvent:
    """The event object dies after delivery; replay needs its own copy."""
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class ScannerListener(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        window_of_interest: Callable[[], QWindow | None],
        parent: QObject | None = None,
        *,
        gap_ms: int = SCAN_GAP_MS,
    ) -> None:
        super().__init__(parent)
        self._window_of_interest = window_of_interest  # the room's window while it is shown
        self.gap_ms = gap_ms
        self._held: list[QKeyEvent] = []
        self._held_window: QWindow | None = None
        self._last_ms = 0.0
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)

    # -- the filter ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWindow) or watched is not self._window_of_interest():
            return False  # a widget further down the same key's path, or another window
        assert isinstance(event, QKeyEvent)
        now = time.monotonic() * 1000
        in_burst = bool(self._held) and now - self._last_ms <= self.gap_ms
        if event.key() in _ENTER:
            code = self._held_text()
            if in_burst and len(code) >= MIN_CODE_LENGTH and code.isprintable():
                self._held.clear()
                self._flush_timer.stop()
                self.scanned.emit(code.strip())
                return True
            self.flush()
            return False
        printable = (
            bool(event.text())
            and event.text().isprintable()
            and not (event.modifiers() & _COMMAND_MODIFIERS)
            and not event.isAutoRepeat()  # a key held down repeats fast, but it is a person
        )
        if not printable:
            self.flush()  # backspace, arrows…: what was held goes first, in order
            return False
        if self._held and not in_burst:
            self.flush()
        self._held.append(_copy(event))
        self._held_window = watched
        self._last_ms = now
        self._flush_timer.start(self.gap_ms * 2)
        return True

    def _held_text(self) -> str:
        return "".join(event.text() for event in self._held)

    def flush(self) -> None:
        """Deliver held keys as typed: they were a person, not a scanner."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        window = self._held_window
        if not held or window is None:
            return
        self._replaying = True
        try:
            for event in held:
                QCoreApplication.sendEvent(window, event)
        finally:
            self._replaying = False
