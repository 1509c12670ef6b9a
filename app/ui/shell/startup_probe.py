"""Measure a real start for tests/bench/bench_startup.py: first paint and the catalog's first rows.

Enabled by ``LANGNGHE_STARTUP_PROBE=1``; prints one JSON line (milliseconds
since the process was created, as ``app.startup_clock`` counts them) and quits.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.startup_clock import process_age_ms

ENV = "LANGNGHE_STARTUP_PROBE"


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


class _FirstPaint(QObject):
    def __init__(self, target, on_paint) -> None:
        super().__init__(target)
        self._on_paint = on_paint
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._on_paint()
        return False


class StartupProbe:
    def __init__(self, studio, process_start: float | None) -> None:
        self.studio = studio
        self.start = process_start
        self.figures: dict[str, float] = {}
        self._cpu0 = time.process_time()

    def watch_window(self, window) -> None:
        _FirstPaint(window, lambda: self._mark("first_paint_ms"))
        self._poll = QTimer(window)
        self._poll.setInterval(5)
        self._poll.timeout.connect(self._check_rows)
        self._poll.start()

    def _mark(self, key: str) -> None:
        self.figures.setdefault(key, round(process_age_ms(self.start)))

    def _check_rows(self) -> None:
        window = self.studio.window
        if window is None:
            return
        opening = getattr(window, "opening", None)
        preview = getattr(opening, "preview", None) if window.context.db is None else None
        if preview is not None:  # the quick first page, read before the database opened
            self._poll.stop()
            self.figures["rows"] = preview.model().rowCount()
            self.figures["quick"] = 1
            _FirstPaint(preview.viewport(), self._rows_painted)
            preview.viewport().update()
            return
        fresh = getattr(opening, "fresh_start", None) if window.context.db is None else None
        if fresh is not None:  # a new profile: the empty catalog's ways to start, DB being made
            self._poll.stop()
            self.figures["rows"] = 0
            self.figures["quick"] = 1
            _FirstPaint(fresh, self._rows_painted)
            fresh.update()
            return
        if window.context.db is None:
            return
        room = window.rooms["catalog"]
        pages = getattr(room, "pages", None)
        if pages is None:
            return
        self._poll.stop()
        # the list's rows, or the empty catalog's "three ways to start" on a fresh profile
        page = pages.currentWidget()
        target = page.viewport() if hasattr(page, "viewport") else page
        self.figures["rows"] = room.model.rowCount()
        _FirstPaint(target, self._rows_painted)
        target.update()

    def _rows_painted(self) -> None:
        self._mark("first_rows_ms")
        self.figures["cpu_ms"] = round(time.process_time() * 1000)
        if self.figures.get("quick"):  # quick rows shown: also time the opened, usable catalog
            self._poll.timeout.disconnect(self._check_rows)
            self._poll.timeout.connect(self._check_ready)
            self._poll.start()
            return
        self.figures["catalog_ready_ms"] = self.figures["first_rows_ms"]
        self._finish()

    def _check_ready(self) -> None:
        window = self.studio.window
        if window is None or window.context.db is None:
            return
        self._poll.stop()
        self._mark("catalog_ready_ms")  # database checked/migrated, the real catalog built
        self._finish()

    def _finish(self) -> None:
        print(json.dumps(self.figures), file=sys.stdout, flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
