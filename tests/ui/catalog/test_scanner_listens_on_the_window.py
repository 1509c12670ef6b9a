"""The barcode scanner's listener sits on the catalog's window, not on the whole application:
a Python filter on the application runs (and takes the GIL) for every event of every widget,
which stalled typing while a sync ran in the background."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel

from app.ui.catalog.room import CatalogRoom
from app.ui.catalog.scanner import ScannerListener
from app.ui.context import AppContext


class CountingListener(ScannerListener):
    seen: ClassVar[list] = []

    def eventFilter(self, watched, event) -> bool:
        CountingListener.seen.append(event.type())
        return super().eventFilter(watched, event)


def test_other_widgets_events_do_not_pass_through_the_scanner(studio, qtbot, monkeypatch):
    from app.ui.catalog import room_tools

    monkeypatch.setattr(room_tools, "ScannerListener", CountingListener)
    seen = CountingListener.seen
    room = CatalogRoom(AppContext(studio.db, studio.settings, studio.tasks))
    qtbot.addWidget(room)
    room.show()
    room.activateWindow()
    qtbot.waitExposed(room)
    room.tools  # noqa: B018 - built on first use
    other = QLabel("nhãn khác")
    qtbot.addWidget(other)
    seen.clear()
    for _ in range(5):
        QCoreApplication.sendEvent(other, QEvent(QEvent.Type.User))
        QCoreApplication.sendEvent(room.search_box, QEvent(QEvent.Type.User))
    assert seen == []  # neither another window's nor the room's own widgets' events
    window = room.window().windowHandle()
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(window, press)
    assert QEvent.Type.KeyPress in seen  # a key still reaches it first, on the window
    studio.tasks.wait_idle()
