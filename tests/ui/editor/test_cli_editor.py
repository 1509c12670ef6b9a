"""``python main.py editor FILE`` opens the GUI in the editor room with FILE."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import cli
from app.ui.shell.main_window import MainWindow


def test_main_editor_file_opens_the_room_with_the_file(qapp, clips, tmp_path):
    seen: dict = {}
    waited = {"ms": 0}

    def check() -> None:
        waited["ms"] += 100
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        room = windows[0].rooms.get("editor") if windows else None
        project = getattr(room, "project", None) if room is not None else None
        if project is not None or waited["ms"] > 20_000:
            seen["room"] = windows[0].current_room if windows else None
            seen["source"] = project.source if project is not None else None
            timer.stop()
            for window in windows:
                window.close()
            QApplication.instance().quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(100)
    code = cli.main(["--data-dir", str(tmp_path / "profile"), "editor", str(clips.portrait)])
    assert code == 0
    assert seen == {"room": "editor", "source": str(clips.portrait)}
