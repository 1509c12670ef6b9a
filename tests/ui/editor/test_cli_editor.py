"""``python main.py editor FILE`` opens the GUI in the editor room with FILE.

The GUI runs in a child Python (``app.cli.main`` called in-process there, a QTimer that
checks the room then quits): a whole application lifecycle with ``app.exec()`` does not
belong in the test process shared by every other UI test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

DRIVER = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app import cli
    from app.ui.application import make_qapplication
    from app.ui.shell.main_window import MainWindow

    app = make_qapplication()
    seen = {}
    waited = {"ms": 0}

    def check():
        waited["ms"] += 100
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        ready = windows and windows[0].context.db is not None and windows[0].current_room == "editor"
        room = windows[0].rooms["editor"] if ready else None
        project = getattr(room, "project", None)
        if project is not None or waited["ms"] > 30_000:
            seen["room"] = windows[0].current_room if windows else None
            seen["source"] = project.source if project is not None else None
            seen["frame"] = room.page.shown is not None if room is not None else None
            if room is not None and room.page.shown is None and waited["ms"] < 30_000:
                return  # wait for the first exact frame too
            timer.stop()
            for window in windows:
                window.close()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(100)
    code = cli.main(["--data-dir", sys.argv[1], "editor", sys.argv[2]])
    print("RESULT " + json.dumps({"code": code, **seen}))
    """
)


def test_main_editor_file_opens_the_room_with_the_file(clips, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(tmp_path / "profile"), str(clips.portrait)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    assert result == {
        "code": 0,
        "room": "editor",
        "source": str(clips.portrait),
        "frame": True,
    }, done.stderr[-2000:]
