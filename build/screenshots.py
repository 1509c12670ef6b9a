"""Take the README's screenshots from the real app on a virtual X screen, at 1366×728.

    python build/screenshots.py            # re-runs itself under xvfb-run when there is no display
    SCREENSHOT_LANG=en python build/screenshots.py

Uses the xcb platform (not offscreen) so fonts and Vietnamese glyphs render as a
user would see them. The window is 1366×728 (a 1366×768 laptop with the taskbar).
Every room, editor tab and dialog of ``app.ui.shell.fit_scenes`` is shot in a
throwaway profile filled with the demo shop; a room that offers
``app.ui.<room>.screenshot_scene.stage(window)`` is staged by it first. Whatever
does not fit (a widget past its window, a text past its control) is printed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)
WINDOW = (1366, 728)  # the screen minus the Windows taskbar


def _relaunch_under_xvfb() -> None:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("no display and no xvfb-run: apt-get install xvfb xauth")
    screen = f"-screen 0 {SCREEN[0]}x{SCREEN[1]}x24"
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


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    if not os.environ.get("DISPLAY"):
        _relaunch_under_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSize

    from app.config import Paths
    from app.optional_modules import import_if_present
    from app.ui.application import Studio, make_qapplication
    from app.ui.shell.fit_scenes import close_dialogs, scenes
    from app.ui.shell.rooms import ROOMS
    from app.ui.widgets.fit_check import report, texts_past_control, widgets_past_window

    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    problems = 0
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder) / "profile").ensure()
        _fill_demo(paths)
        app = make_qapplication()
        studio = Studio(app, paths, os.environ.get("SCREENSHOT_LANG"))
        studio.open_database()
        window = studio.show_window()
        window.showNormal()
        window.resize(QSize(*WINDOW))
        _wait(500)

        def shoot(name: str, top) -> None:
            nonlocal problems
            _wait(600)
            target = OUT / f"{name}.png"
            top.grab().save(str(target))
            written.append(target)
            misfits = widgets_past_window(top) + texts_past_control(top)
            if misfits:
                problems += len(misfits)
                print(f"{name}: does not fit\n{report(misfits)}")

        window.show_room("catalog")
        shoot("main-window", window)
        for name, scene in scenes(Path(folder)):
            top = scene(window)
            if top is not None:
                shoot(name, top)
            close_dialogs(window)
        window.rooms["catalog"].editor.hide() if window.rooms["catalog"]._editor else None
        for spec in ROOMS:  # rooms that stage a livelier scene of their own
            module = import_if_present(f"app.ui.{spec.key}.screenshot_scene")
            if module is not None and hasattr(module, "stage"):
                module.stage(window)
                shoot(f"room-{spec.key}", window)
        window.close()
        studio.tasks.wait_idle()
        studio.shutdown()
        app.processEvents()
    for path in written:
        print(path)
    print(f"{len(written)} screenshots, {problems} things that do not fit")


if __name__ == "__main__":
    main()
