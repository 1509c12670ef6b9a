"""Start the GUI: profile, language, database (backup + migrate), main window."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, __version__
from app.config import Paths, resources_dir
from app.errors import DatabaseCorrupt, UserFacingError
from app.logs import setup_logging
from app.settings import Settings
from app.startup_clock import process_age_ms
from app.store.backup import list_backups, restore_backup
from app.store.migrate import Database, open_database
from app.ui.context import AppContext
from app.ui.error_dialogs import damaged_database_box, install_excepthook, user_message
from app.ui.icons import icon
from app.ui.shell.main_window import MainWindow
from app.ui.translations import LanguageSwitcher
from app.ui.workers.task_runner import TaskRunner

log = logging.getLogger(__name__)


def make_qapplication(argv: list[str] | None = None) -> QApplication:
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
    app.setStyle("Fusion")  # same look on every Windows version and on Linux
    style = resources_dir() / "styles" / "app.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


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
        self.db = open_database(self.paths)
        return self.db

    def show_window(self) -> MainWindow:
        assert self.db is not None
        context = AppContext(self.db, self.settings, self.tasks)
        window = MainWindow(context)
        window.language_change_requested.connect(self.switch_language)
        if self.window is not None:
            window.setGeometry(self.window.geometry())
            window.show_room(self.window.current_room)
            old = self.window
            self.window = window
            old.close()
            old.deleteLater()
        self.window = window
        window.show()
        return window

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
    from app.ui.single_instance import SingleInstance

    instance = SingleInstance(Path(paths.data_dir), app)
    if instance.notify_running_instance():
        return 0
    instance.listen()  # before migrating: a second double-click must not migrate the same file
    studio = Studio(app, paths, getattr(args, "lang", None))
    if not _open_with_recovery(studio):
        instance.close()
        return 2
    window = studio.show_window()
    instance.activation_requested.connect(lambda: _raise(studio))
    log.info(
        "%s %s started in %.0f ms (profile %s)",
        APP_NAME,
        __version__,
        process_age_ms(process_start),
        paths.data_dir,
    )
    try:
        return app.exec()
    finally:
        del window
        instance.close()
        studio.shutdown()


def _raise(studio: Studio) -> None:
    if studio.window is not None:
        studio.window.setWindowState(studio.window.windowState() & ~Qt.WindowState.WindowMinimized)
        studio.window.show()
        studio.window.raise_()
        studio.window.activateWindow()
