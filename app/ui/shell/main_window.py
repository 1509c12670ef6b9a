"""The main window: navigation on the left, the current room on the right, status below.

It only arranges rooms; each room owns its own behaviour.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from app import APP_NAME
from app.ui.context import AppContext
from app.ui.icons import icon
from app.ui.shell.connectivity import ConnectivityMonitor
from app.ui.shell.navigation import NavigationBar
from app.ui.shell.opening_room import OpeningRoom
from app.ui.shell.rooms import ROOMS, create_room, room_spec
from app.ui.shell.status_bar import ShellStatusBar

MIN_WIDTH, MIN_HEIGHT = 1024, 640  # fits a 1366×768 laptop with the taskbar showing


SYNC_ROOM_DELAY_MS = 3000


class LazyRooms(dict):
    """``rooms[key]`` builds a room on first use; ``items()`` lists the ones built so far."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        room = self._window._build_room(key)
        self[key] = room
        return room

    def get(self, key, default=None):
        return self[key] if key in {spec.key for spec in ROOMS} else default

    def __contains__(self, key) -> bool:
        return any(spec.key == key for spec in ROOMS)


def _room_has(key: str, attribute: str) -> bool:
    """Whether a room's class offers ``attribute``; a room not yet imported is not imported
    now (the editor pulls in PyAV and NumPy): its module being present is enough."""
    import importlib.util
    import sys

    module_name, class_name = room_spec(key).widget_path.split(":")
    module = sys.modules.get(module_name)
    if module is not None:
        return hasattr(getattr(module, class_name, None), attribute)
    try:
        return importlib.util.find_spec(module_name) is not None
    except ModuleNotFoundError:
        return False


def _start_catalog_with(catalog: QWidget, action: str) -> None:
    handlers = {"add": "new_product", "import": "open_import", "demo": "create_demo_shop"}
    handler = getattr(catalog, handlers[action], None)
    if handler is not None:
        handler()


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    geometry_to_save = Signal(QByteArray)  # on close: the next start restores it

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

        # Rooms are built lazily: the catalog as soon as the database is open, the others
        # when first shown, so the window paints before any room (or SQLAlchemy) is loaded.
        self.rooms = LazyRooms(self)
        self.opening = OpeningRoom(self.stack)
        self.stack.addWidget(self.opening)

        self.status = ShellStatusBar(self)
        self.setStatusBar(self.status)
        self.connectivity = ConnectivityMonitor(context.tasks, context.settings.hub_url, self)
        self.connectivity.changed.connect(self.status.show_network)

        self.navigation.room_chosen.connect(self.show_room)
        self.navigation.settings_requested.connect(self.open_settings)
        keys = [spec.key for spec in ROOMS]
        self._start_room = (
            context.settings.last_room if context.settings.last_room in keys else ROOMS[0].key
        )
        self.navigation.select(self._start_room)
        if context.db is not None:
            self.attach_database(context.db)
        else:
            self.navigation.setEnabled(False)
        self.connectivity.refresh()
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)  # Windows has no standard Quit key
        quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_shortcut.activated.connect(self.close)

    def attach_database(self, db) -> None:
        """The database is open: build the catalog (and the start room), then show it."""
        self.context.db = db
        self.navigation.setEnabled(True)
        typed = self.opening.search_box.text()
        catalog = self.rooms["catalog"]
        if typed and hasattr(catalog, "search_box"):
            catalog.search_box.setText(typed)  # what was typed while opening is not lost
        chosen = self.opening.pending_action  # a way to start clicked while the DB was created
        if chosen is not None:
            QTimer.singleShot(0, catalog, lambda: _start_catalog_with(catalog, chosen))
        if _room_has("editor", "open_video"):
            self.context.links.connect_editor(self._open_in_editor)
        self.show_room(self._start_room)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        # The sync room syncs in the background and keeps the status bar's sync line current:
        # build it soon after start, not only when first shown.
        QTimer.singleShot(SYNC_ROOM_DELAY_MS, self, lambda: self.rooms["sync"])

    def _build_room(self, key: str) -> QWidget:
        room = create_room(room_spec(key), self.context, self.stack)
        self.stack.addWidget(room)
        return room

    @property
    def current_room(self) -> str:
        widget = self.stack.currentWidget()
        if widget is self.opening:
            return self._start_room
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
        self.geometry_to_save.emit(self.saveGeometry())
        if self.context.db is None:  # closed while opening: nothing to save yet
            super().closeEvent(event)
            return
        with contextlib.suppress(OSError):  # a read-only profile must not block closing
            self.context.save_settings()
        super().closeEvent(event)
