"""Put the rehearsal room into the state the README's screenshot shows: a run of show of
three demo products, a generated video file as the camera, a take running on the first
product with its card pinned, the teleprompter scrolling and practice comments in.

``build/screenshots.py`` calls ``stage(window)`` on the main window (demo shop loaded);
``python -m app.ui.rehearsal.screenshot_scene OUT.png`` does the whole thing under Xvfb.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.rehearsal import plans
from app.store.engine import session_scope

DEMO_SKUS = ("DLHA-DO", "MTCM-1M22M-TRANG", "KMTR")
PLAN_NAME = "Phiên tối thứ Bảy"


def _wait(ms: int) -> None:
    """Let the take run (frames, comments, scrolling) without blocking the event loop."""
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def camera_clip(folder: Path) -> Path:
    """A portrait clip with sound (moving picture, tone) standing in for the seller's camera."""
    from app.video.synth import make_clip

    target = folder / "rehearsal-screenshot-camera.mp4"
    if not target.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        make_clip(target, duration=6.0, width=360, height=640)
    return target


def stage(window) -> None:
    room = window.rooms["rehearsal"]
    context = room.context
    window.show_room("rehearsal")
    with session_scope(context.db.sessions) as session:
        existing = [p for p in plans.list_plans(session) if p.name == PLAN_NAME]
        plan_id = existing[0].id if existing else plans.create_plan(session, PLAN_NAME, DEMO_SKUS)
        plan = plans.load_plan(session, plan_id)
        first = plan.product_blocks[0]
        plans.update_block(session, first.id, flash_sale_price=79_000, flash_sale_seconds=120)
    room.rehearse(plan_id)
    screen = room.screen
    screen.use_file(camera_clip(context.paths.cache_dir))
    screen.comments.pace.setValue(30)
    screen.start_take()
    _wait(1200)
    screen.next_block()  # the first product, its card pinned over the picture
    _wait(2500)
    screen.answer()
    screen.flash_sale()
    _wait(3500)


def main(out: Path) -> None:  # pragma: no cover — a developer's tool
    if not os.environ.get("DISPLAY"):
        import shutil

        xvfb = shutil.which("xvfb-run")
        os.execv(xvfb, [xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", __spec__.name, str(out)])  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    import tempfile

    from app.catalog.demo import load_demo
    from app.config import Paths
    from app.store.media import MediaStore
    from app.store.migrate import open_database
    from app.ui.application import Studio, make_qapplication

    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder) / "profile").ensure()
        db = open_database(paths)
        with session_scope(db.sessions) as session:
            load_demo(session, MediaStore(paths))
        db.close()
        app = make_qapplication()
        studio = Studio(app, paths, None)
        studio.open_database()
        window = studio.show_window()
        window.resize(1366, 728)
        _wait(300)
        stage(window)
        window.grab().save(str(out))
        window.rooms["rehearsal"].shutdown()
        window.close()
        studio.shutdown()
    print(out)


if __name__ == "__main__":  # pragma: no cover
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "rehearsal-screen.png"))
