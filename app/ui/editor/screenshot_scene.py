"""Put the editor room into the state the README's screenshot shows: a portrait phone
clip with two kept segments, the filmstrip and waveform drawn, the price band's text,
a "Freeship" sticker and the 9:16 safe-zone guide on.

``build/screenshots.py`` calls ``stage(window)`` on the main window;
``python -m app.ui.editor.screenshot_scene OUT.png`` does the whole thing under Xvfb.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

SEGMENTS = [(0.5, 5.5, "", None), (6.5, 11.5, "", None)]  # 10 s: Shopee's minimum


def _wait(ms: int) -> None:
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def portrait_clip(folder: Path) -> Path:
    """12 s, 360×640 with a 90° display matrix (as phones write portrait video), with sound."""
    from app.video.synth import make_clip

    target = folder / "editor-screenshot-phone.mp4"
    if not target.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        make_clip(target, duration=12.0, width=640, height=360, rotation=90, gop=30)
    return target


def stage(window) -> None:
    window.show_room("editor")
    room = window.rooms["editor"]
    room.open_video(portrait_clip(room.context.paths.cache_dir), segments=SEGMENTS)
    page = room.page
    page.title_edit.setText("Giỏ tre đan tay")
    page.price_edit.setValue(120_000)
    page._text_changed()
    page.add_sticker("Freeship", 0.0, 2.0, "top")
    page.safe_button.setChecked(True)
    elapsed = QElapsedTimer()
    elapsed.start()
    while elapsed.elapsed() < 10_000 and (
        getattr(page, "base_peaks", None) is None or None in page.timeline.thumbs
    ):
        _wait(100)
    page.seek(2.0)
    page.table.selectRow(0)
    _wait(500)


def main(out: Path) -> None:  # pragma: no cover — a developer's tool
    if not os.environ.get("DISPLAY"):
        import shutil

        xvfb = shutil.which("xvfb-run")
        os.execv(xvfb, [xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", __spec__.name, str(out)])  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    import tempfile

    from app.config import Paths
    from app.ui.application import Studio, make_qapplication

    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder) / "profile").ensure()
        app = make_qapplication()
        studio = Studio(app, paths, None)
        studio.open_database()
        window = studio.show_window()
        window.resize(1366, 728)
        _wait(300)
        stage(window)
        window.grab().save(str(out))
        window.rooms["editor"].shutdown()
        window.close()
        studio.shutdown()
    print(out)


if __name__ == "__main__":  # pragma: no cover
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "editor-room.png"))
