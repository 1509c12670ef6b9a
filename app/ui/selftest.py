"""``main.py --self-test``: prove a build works, headless, in a throwaway profile.

Migrates a fresh database, opens the main window and every room, writes and
reads a record, then runs each room's own ``app.<room>.selftest.run(paths)``.
Prints one JSON line; exit 0 only if everything passed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from app.optional_modules import import_if_present

ROOM_SELF_TESTS = (
    "app.catalog.selftest",
    "app.video.selftest",
    "app.hub.selftest",
    "app.sync.selftest",
    "app.editor.selftest",
    "app.rehearsal.selftest",
)


def _write_and_read_record(studio) -> None:
    from app.store.engine import session_scope
    from app.store.models import LocalState

    marker = f"self-test {time.time_ns()}"
    with session_scope(studio.db.sessions) as session:
        session.merge(LocalState(key="self_test", value=marker))
    with session_scope(studio.db.sessions) as session:
        stored = session.get(LocalState, "self_test")
        if stored is None or stored.value != marker:
            raise RuntimeError("record written to the database did not read back")


def _run_room_self_tests(paths) -> dict:
    results: dict = {}
    for module_name in ROOM_SELF_TESTS:
        module = import_if_present(module_name)
        if module is None:
            continue  # that room has no self-test yet
        started = time.perf_counter()
        outcome = module.run(paths) or {}
        room = module_name.split(".")[1]
        results[room] = {**outcome, "ms": round((time.perf_counter() - started) * 1000)}
    return results


def run_self_test(args, *, process_start: float | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.qt_messages import route_qt_messages

    route_qt_messages()

    from app.config import Paths
    from app.startup_clock import process_age_ms
    from app.ui.application import Studio, make_qapplication
    from app.ui.shell.rooms import ROOMS

    report: dict = {"ok": False}
    with tempfile.TemporaryDirectory(
        prefix="langnghe-selftest-", ignore_cleanup_errors=True
    ) as folder:
        paths = Paths(Path(folder) / "profile").ensure()
        studio = None
        try:
            app = make_qapplication()
            studio = Studio(app, paths, getattr(args, "lang", None))
            studio.open_database()
            window = studio.show_window()
            QApplication.processEvents()
            report["startup_ms"] = round(process_age_ms(process_start))
            for spec in ROOMS:
                window.show_room(spec.key)
                QApplication.processEvents()
            report["rooms"] = [spec.key for spec in ROOMS]
            _write_and_read_record(studio)
            report.update(_run_room_self_tests(paths))
            window.close()
            report["ok"] = True
        except Exception as exc:
            report["error"] = f"{type(exc).__name__}: {exc}"
            report["trace"] = traceback.format_exc()
        finally:
            if studio is not None:
                studio.shutdown()
    from app import __version__

    report["version"] = __version__
    line = json.dumps(report, ensure_ascii=False)
    output = getattr(args, "self_test_output", None)
    if output:
        Path(output).write_text(line + "\n", encoding="utf-8")
    if sys.stdout is not None:  # None in a windowed frozen app on Windows
        print(line)
        sys.stdout.flush()
    return 0 if report["ok"] else 1
