"""``main.py editor FILE``: start the GUI in the "Cắt video" room with FILE open
(also what Windows "Open with" passes).

The hook stays outside the start-up code: a timer on the application waits until the
main window has its database and has connected the editor link, then hands the file
over through ``context.links.open_in_editor`` like any other room would.
"""

from __future__ import annotations

from pathlib import Path

POLL_MS = 50
GIVE_UP_MS = 120_000


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "editor", help="open the video editor room with FILE (Cắt video)"
    )
    parser.add_argument("file", metavar="FILE", help="video to open")
    parser.set_defaults(func=run)


def run(args) -> int:
    from app.ui.application import make_qapplication, run_gui

    args.open_in_editor = Path(args.file).resolve()
    app = make_qapplication()
    hand_over_when_ready(app, args.open_in_editor)
    return run_gui(args)


def hand_over_when_ready(app, path: Path) -> None:
    from PySide6.QtCore import QTimer

    timer = QTimer(app)
    timer.setInterval(POLL_MS)
    waited = {"ms": 0}

    def attempt() -> None:
        waited["ms"] += POLL_MS
        window = _main_window(app)
        if window is None or not window.context.links.has_editor:
            if waited["ms"] > GIVE_UP_MS:
                timer.stop()
            return
        timer.stop()
        from app.errors import UserFacingError

        try:
            window.context.links.open_in_editor(path)
        except UserFacingError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(window, window.tr("Không mở được video"), str(exc))

    timer.timeout.connect(attempt)
    timer.start()


def _main_window(app):
    from app.ui.shell.main_window import MainWindow

    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and widget.context.db is not None:
            return widget
    return None
