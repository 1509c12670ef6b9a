"""Start the GUI: profile, language, database (backup + migrate), main window."""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_ID, APP_NAME, __version__
from app.config import Paths, resources_dir
from app.errors import DatabaseCorrupt, UserFacingError
from app.logs import setup_logging
from app.settings import Settings
from app.startup_clock import process_age_ms
from app.ui.context import AppContext
from app.ui.error_dialogs import damaged_database_box, install_excepthook, user_message
from app.ui.icons import icon
from app.ui.shell.main_window import MainWindow
from app.ui.translations import LanguageSwitcher
from app.ui.workers.task_runner import TaskRunner

if TYPE_CHECKING:  # imported when the database opens, after the window's first paint
    from app.store.migrate import Database

log = logging.getLogger(__name__)
SMALL_SCREEN_WIDTH = 1440  # at most this wide: the first start opens maximized
GEOMETRY_KEY = "window_geometry"
FIRST_PAINT_WAIT_MS = 300


# Background threads (decoding, waveform, export, sync) run Python between their C calls;
# with the default 5 ms switch interval the UI thread can wait several such turns for the
# GIL. 1 ms shortened the longest UI stall during an export from 431 to 184 ms on a loaded
# machine (bench_editor_room --why).
UI_SWITCH_INTERVAL = 0.001


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(min(sys.getswitchinterval(), UI_SWITCH_INTERVAL))
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    apply_look(app)
    return app


def apply_look(app: QApplication) -> None:
    """Fusion and the app's stylesheet: the look (and the sizes) a user gets."""
    app.setStyle("Fusion")  # same look on every Windows version and on Linux
    style = resources_dir() / "styles" / "app.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


class Studio:
    """Boots one profile; owns the window so the language can be switched live."""

    def __init__(self, app: QApplication, paths: Paths, language: str | None = None) -> None:
        self.app = app
        self.paths = paths
        self.settings = Settings.load(paths.settings_path)
        self.languages = LanguageSwitcher(app, paths.cache_dir)
        self.languages.apply(language or self.settings.language)  # --lang: this run only
        self.tasks = TaskRunner(app)
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def open_database(self) -> Database:
        from app.store.migrate import open_database  # SQLAlchemy: after the first paint

        self.db = open_database(self.paths)
        if self.window is not None and self.window.context.db is None:
            self.window.attach_database(self.db)
        return self.db

    def show_window(self) -> MainWindow:
        """Show the shell; with no database yet it shows "Đang mở…" until ``open_database``."""
        context = AppContext(self.db, self.settings, self.tasks)
        window = MainWindow(context)
        window.language_change_requested.connect(self.switch_language)
        window.geometry_to_save.connect(self._remember_geometry)
        if self.window is not None:
            window.setGeometry(self.window.geometry())
            if self.window.isMaximized():
                window.setWindowState(Qt.WindowState.WindowMaximized)
            window.show_room(self.window.current_room)
            old = self.window
            self.window = window
            old.close()
            old.deleteLater()
        else:
            self._place(window)
        self.window = window
        window.show()
        return window

    def _place(self, window: MainWindow) -> None:
        """Later starts restore the last geometry; a first start on a small screen maximizes."""
        saved = self.settings.extra.get(GEOMETRY_KEY)
        if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = self.app.primaryScreen()
        if screen is not None and screen.availableGeometry().width() <= SMALL_SCREEN_WIDTH:
            window.setWindowState(Qt.WindowState.WindowMaximized)

    def _remember_geometry(self, geometry: QByteArray) -> None:
        self.settings.extra[GEOMETRY_KEY] = bytes(geometry.toBase64()).decode("ascii")

    def switch_language(self, language: str) -> None:
        self.languages.apply(language)
        self.show_window()

    def shutdown(self) -> None:
        self.tasks.shutdown()
        if self.db is not None:
            self.db.close()


def _open_with_recovery(studio: Studio) -> bool:
    """Open the DB; on known problems explain, and for corruption offer the last backup."""
    translate = QCoreApplication.translate
    while True:
        try:
            studio.open_database()
            return True
        except DatabaseCorrupt as exc:
            from app.store.backup import list_backups

            backups = list_backups(studio.paths.backups_dir)
            if not backups:
                QMessageBox.critical(
                    None,
                    APP_NAME,
                    user_message(exc)
                    + "\n\n"
                    + translate(
                        "startup",
                        "Không có bản sao lưu nào. Hãy nhờ người hỗ trợ kiểm tra tệp dữ liệu.",
                    ),
                )
                return False
            box = damaged_database_box(user_message(exc), backups[0].name)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
            from app.store.backup import restore_backup

            kept = restore_backup(backups[0], studio.paths.db_path)
            log.warning("restored %s; damaged database kept as %s", backups[0], kept)
        except UserFacingError as exc:
            QMessageBox.critical(None, APP_NAME, user_message(exc))
            return False


def run_gui(args, *, process_start: float | None = None) -> int:
    paths: Paths = args.paths
    with contextlib.suppress(OSError):  # the DB open below explains an unwritable profile in words
        setup_logging(paths.logs_dir)
    from app.ui.qt_messages import route_qt_messages

    route_qt_messages()
    app = make_qapplication()
    install_excepthook()
    from app.ui.profile_picker import choose_profile

    chosen = choose_profile(args)  # several shops on this PC: ask which (remembered) one
    if chosen is None:
        return 0
    paths = args.paths = chosen
    from app.ui.single_instance import SingleInstance

    instance = SingleInstance(Path(paths.data_dir), app)
    if instance.notify_running_instance():
        return 0
    instance.listen()  # before migrating: a second double-click must not migrate the same file
    studio = Studio(app, paths, getattr(args, "lang", None))
    # The shell paints first ("Đang mở…"); the database (SQLAlchemy, backup, migration)
    # opens on the next turn of the event loop, once the window is on screen.
    from app.ui.shell import startup_probe

    probe = startup_probe.StartupProbe(studio, process_start) if startup_probe.enabled() else None
    window = studio.show_window()
    if probe is not None:
        probe.watch_window(window)
    instance.activation_requested.connect(lambda: _raise(studio))
    exit_code = {"value": 0}

    def open_database() -> None:
        if not _open_with_recovery(studio):
            exit_code["value"] = 2
            app.exit(2)
            return
        log.info(
            "%s %s started in %.0f ms (profile %s)",
            APP_NAME,
            __version__,
            process_age_ms(process_start),
            paths.data_dir,
        )
        freeze_startup_objects()
        target = getattr(args, "open_in_editor", None)
        if target is not None:  # ``main.py editor FILE`` / Windows "Open with"
            _open_in_editor(studio, target)

    def quick_first_page_then_open() -> None:
        # An up-to-date profile shows its first rows from a read-only sqlite3 look while
        # SQLAlchemy loads; any doubt (no file, other schema, damage) skips it silently.
        from app.catalog.quick_page import read_first_page
        from app.ui.catalog.product_model import PAGE

        window = studio.window
        if studio.db is not None or window is None:
            open_database()
            return
        if _is_fresh_profile(paths) and window.current_room == "catalog":
            window.opening.show_fresh_start()  # what an empty catalog shows, before creating it
            after_first_paint(window.opening.fresh_start, open_database)
            return
        page = read_first_page(paths.db_path, PAGE)
        if page is None or not page.rows:
            open_database()
            return
        window.opening.show_first_page(page)
        after_first_paint(window.opening.preview.viewport(), open_database)

    after_first_paint(window, quick_first_page_then_open)
    try:
        code = app.exec()
        return exit_code["value"] or code
    finally:
        del window
        instance.close()
        studio.shutdown()


def freeze_startup_objects() -> None:
    """Qt, SQLAlchemy and the rooms leave ~10^5 long-lived objects once the app is up; a full
    (gen-2) collection walking them took 50–90 ms holding the GIL, stalling typing whenever
    a background sync or export allocated enough to trigger one (bench_sync_ui). Frozen,
    later collections walk only what was made since (15 ms)."""
    gc.freeze()


def _is_fresh_profile(paths: Paths) -> bool:
    """No database yet: the first start of a new profile (nothing to read quickly, nothing to lose)."""
    db_path = Path(paths.db_path)
    return not db_path.exists() or (db_path.is_file() and db_path.stat().st_size == 0)


def _open_in_editor(studio: Studio, path: Path) -> None:
    window = studio.window
    if window is None:
        return
    try:
        window.context.links.open_in_editor(path)
    except UserFacingError as exc:
        QMessageBox.warning(window, APP_NAME, user_message(exc))
    except RuntimeError:  # a build without the editor room
        log.warning("no editor room to open %s", path)


class _OnFirstPaint(QObject):
    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._go)  # minimized or hidden: don't wait

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._go)  # let this paint reach the screen first
        return False

    def _go(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self.parent().removeEventFilter(self)
            then()


def after_first_paint(window: QWidget, then) -> None:
    """Run ``then`` once the window has painted (a timer would run before the paint)."""
    _OnFirstPaint(window, then)


def _raise(studio: Studio) -> None:
    if studio.window is not None:
        studio.window.setWindowState(studio.window.windowState() & ~Qt.WindowState.WindowMinimized)
        studio.window.show()
        studio.window.raise_()
        studio.window.activateWindow()
