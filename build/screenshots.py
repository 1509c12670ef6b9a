"""Take the README's screenshots from the real app on a virtual X screen.

    python build/screenshots.py            # re-runs itself under xvfb-run when there is no display

Uses the xcb platform (not offscreen) so fonts and Vietnamese glyphs render as a
user would see them. Each room is shown in a throwaway profile filled with the
demo shop when the catalog offers one.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def _relaunch_under_xvfb() -> None:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("no display and no xvfb-run: apt-get install xvfb xauth")
    screen = f"-screen 0 {SIZE[0]}x{SIZE[1]}x24"
    os.execv(xvfb, [xvfb, "-a", "-s", screen, sys.executable, *sys.argv])


def _fill_demo(paths) -> None:
    from app.catalog.demo import load_demo
    from app.store.engine import session_scope
    from app.store.media import MediaStore
    from app.store.migrate import open_database

    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            load_demo(session, MediaStore(paths))
    finally:
        db.close()


def main() -> None:
    if not os.environ.get("DISPLAY"):
        _relaunch_under_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.config import Paths
    from app.ui.application import Studio, make_qapplication
    from app.ui.shell.rooms import ROOMS

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder) / "profile").ensure()
        _fill_demo(paths)
        app = make_qapplication()
        studio = Studio(app, paths, os.environ.get("SCREENSHOT_LANG"))
        studio.open_database()
        window = studio.show_window()
        window.resize(SIZE[0], SIZE[1] - 28)  # leave room for a taskbar, as on a real laptop
        shots = [(spec.key, f"room-{spec.key}.png") for spec in ROOMS]
        shots.insert(0, ("catalog", "main-window.png"))

        def take(index: int = 0) -> None:
            if index == len(shots):
                app.quit()
                return
            key, name = shots[index]
            window.show_room(key)
            QTimer.singleShot(700, lambda: (window.grab().save(str(OUT / name)), take(index + 1)))

        QTimer.singleShot(300, take)
        app.exec()
        studio.shutdown()
        QApplication.processEvents()
    for _key, name in shots:
        print(OUT / name)


if __name__ == "__main__":
    main()
