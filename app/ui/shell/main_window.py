"""The main window: navigation on the left, the current room on the right, status below.

It only arranges rooms; each room owns its own behaviour.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from app import APP_NAME
from app.ui.context import AppContext
from app.ui.icons import icon
from app.ui.shell.connectivity import ConnectivityMonitor
from app.ui.shell.navigation import NavigationBar
from app.ui.shell.rooms import ROOMS, create_room
from app.ui.shell.status_bar import ShellStatusBar

MIN_WIDTH, MIN_HEIGHT = 1024, 640  # fits a 1366×768 laptop with the taskbar showing


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.resize(1280, 720)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = NavigationBar(central)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.rooms: dict[str, QWidget] = {}
        for spec in ROOMS:
            room = create_room(spec, context, self.stack)
            self.rooms[spec.key] = room
            self.stack.addWidget(room)
        if hasattr(self.rooms.get("editor"), "open_video"):
            context.links.connect_editor(self._open_in_editor)

        self.status = ShellStatusBar(self)
        self.setStatusBar(self.status)
        self.connectivity = ConnectivityMonitor(context.tasks, context.settings.hub_url, self)
        self.connectivity.changed.connect(self.status.show_network)

        self.navigation.room_chosen.connect(self.show_room)
        self.navigation.settings_requested.connect(self.open_settings)
        start = (
            context.settings.last_room if context.settings.last_room in self.rooms else ROOMS[0].key
        )
        self.show_room(start)
        self.connectivity.refresh()
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)  # Windows has no standard Quit key
        quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_shortcut.activated.connect(self.close)

    @property
    def current_room(self) -> str:
        widget = self.stack.currentWidget()
        return next(key for key, room in self.rooms.items() if room is widget)

    def show_room(self, key: str) -> None:
        self.stack.setCurrentWidget(self.rooms[key])
        self.navigation.select(key)
        spec_title = next(spec.title for spec in ROOMS if spec.key == key)
        self.setWindowTitle(f"{QCoreApplication.translate('rooms', spec_title)} — {APP_NAME}")
        if self.context.settings.last_room != key:
            self.context.settings.last_room = key

    def _open_in_editor(self, path, *, segments=None, product_id=None) -> None:
        self.show_room("editor")
        self.rooms["editor"].open_video(path, segments=segments, product_id=product_id)

    def open_settings(self) -> None:
        from app.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context.settings, self)
        if dialog.exec():
            old_language = self.context.settings.language
            dialog.apply_to(self.context.settings)
            self.context.save_settings()
            self.connectivity.set_hub_url(self.context.settings.hub_url)
            if self.context.settings.language != old_language:
                self.language_change_requested.emit(self.context.settings.language)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.connectivity.stop()
        with contextlib.suppress(OSError):  # a read-only profile must not block closing
            self.context.save_settings()
        super().closeEvent(event)
