"""Filling the timeline after a clip opens, in the background, as the parts arrive.

``EditorRoom.open_video`` does only what the first picture needs on the UI thread (a
probe without the packet walk, the frame reader, the project row). Then three jobs fill
the timeline, longest first, so that both cores stay busy to the end:

- the waveform (audio packets only, the two halves of a long track side by side);
- the filmstrip, each thumbnail painted as soon as it is decoded (a few at a time, so
  the timeline is not repainted forty times);
- the keyframe scan (every video packet's flags, no decoding): keyframe ticks, ↑/↓,
  and the exact duration and frame rate of a variable-frame-rate clip.

All three keep their result in the clip's cache (``app.video.cache``): a clip opened
again has its whole timeline at once. The jobs get a runner of their own, so an export
or the start page's thumbnails never hold them up, and each result is dropped if
another clip was opened meanwhile.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

import app.video.suggestions  # noqa: F401  # imported here, not on the first "Gợi ý" click (~40 ms)
from app.ui.workers.task_runner import TaskRunner
from app.video.cache import scanned_probe
from app.video.probe import MediaInfo

log = logging.getLogger(__name__)
THUMB_HEIGHT = 54
PAINT_EVERY_MS = 40
FIRST_FRAME_GRACE_MS = 300  # thumbnails that arrive within this are painted together


class TimelineLoader(QObject):
    # emitted from decoding threads; Qt queues it to the UI thread
    thumb_arrived = Signal(int, int, object)  # generation, slot, rgb

    def __init__(self, room) -> None:
        super().__init__(room)
        self.room = room
        self.tasks = TaskRunner(self)
        self.generation = 0
        self._handles: list = []
        self._arrived: dict[int, np.ndarray] = {}
        self._paint = QTimer(self, singleShot=True, interval=PAINT_EVERY_MS)
        self._paint.timeout.connect(self._paint_thumbs)
        self._pending_start: tuple | None = None
        self._watching = False
        self._grace = QTimer(self, singleShot=True, interval=FIRST_FRAME_GRACE_MS)
        self._grace.timeout.connect(self._begin)
        self.thumb_arrived.connect(self._thumb_arrived)
        self.first_thumb_at: float | None = None  # perf_counter, for the benchmark

    @property
    def page(self):
        return self.room.page

    # --- start / stop ------------------------------------------------------------
    def start(self, path: Path, thumbs: int) -> None:
        """Begin once the first picture's decode is done (the page asks for it right
        after this), or after FIRST_FRAME_GRACE_MS: on two cores, five decoding threads
        at once would slow the first frame down to a crawl."""
        self.stop()
        generation = self.generation
        self._pending_start = (generation, path, thumbs)
        self._grace.start()
        self._watch_frames(True)

    def _watch_frames(self, on: bool) -> None:
        if on != self._watching:
            self._watching = on
            signal = self.page.frame_tasks.task_started
            (signal.connect if on else signal.disconnect)(self._frame_task_started)

    def _frame_task_started(self, handle) -> None:
        self._watch_frames(False)
        handle.signals.finished.connect(self._begin)

    def _begin(self) -> None:
        self._grace.stop()
        self._watch_frames(False)
        pending, self._pending_start = self._pending_start, None
        if pending is None or pending[0] != self.generation:
            return
        _, path, thumbs = pending
        self._submit(path, thumbs)

    def _submit(self, path: Path, thumbs: int) -> None:
        generation = self.generation
        paths = self.room.context.paths
        from app.video.thumbnails import filmstrip
        from app.video.waveform import base_peaks

        def strip(progress, cancel):
            def arrived(slot: int, rgb: np.ndarray) -> None:
                self.thumb_arrived.emit(generation, slot, rgb)

            return filmstrip(
                path, thumbs, paths, height=THUMB_HEIGHT, cancel=cancel, on_thumb=arrived
            )

        def current(callback):
            return lambda result: (
                callback(result) if generation == self.generation and self.room.project else None
            )

        # The runner has two threads (2 cores). The waveform goes first: it is the
        # longest job (the whole audio track decoded, two halves side by side); the
        # filmstrip next (two readers); the keyframe scan (demuxing only, the cheapest)
        # takes whichever thread frees first. With the scan first, the waveform waited
        # behind it and ended the timeline alone on one core.
        self._handles = [
            self.tasks.submit(
                lambda progress, cancel: base_peaks(path, paths, progress, cancel),
                on_done=current(self.page._peaks_ready),
                on_error=lambda exc: log.info("waveform: %s", exc),
            ),
            self.tasks.submit(
                strip,
                on_done=current(self._strip_done),
                on_error=lambda exc: log.info("filmstrip: %s", exc),
            ),
            self.tasks.submit(
                lambda progress, cancel: scanned_probe(path, paths, cancel),
                on_done=current(self._scanned),
                on_error=lambda exc: log.info("keyframe scan: %s", exc),
            ),
        ]

    def stop(self) -> None:
        """Cancel this clip's jobs and wait for them (they stop within one thumbnail or a
        few seconds of audio), so nothing decodes a file that is no longer open."""
        self.generation += 1
        self._pending_start = None
        self._grace.stop()
        self._watch_frames(False)
        for handle in self._handles:
            handle.cancel()
        self._handles = []
        self._arrived.clear()
        self._paint.stop()
        self.first_thumb_at = None
        self.tasks.wait_idle()

    # --- results -----------------------------------------------------------------
    def _thumb_arrived(self, generation: int, slot: int, rgb: np.ndarray) -> None:
        if generation != self.generation:
            return
        self._arrived[slot] = rgb
        if not self._paint.isActive():
            self._paint.start()

    def _paint_thumbs(self) -> None:
        if not self._arrived or self.room.project is None:
            return
        arrived, self._arrived = self._arrived, {}
        self.page.timeline.set_thumbs(arrived)
        if self.first_thumb_at is None:
            self.first_thumb_at = time.perf_counter()

    def _strip_done(self, frames) -> None:
        """The whole strip (at once when it came from the cache: no thumb_arrived)."""
        self._paint.stop()
        self._arrived.clear()  # all of them are in ``frames``
        self.page._thumbs_ready(frames)
        if self.first_thumb_at is None:
            self.first_thumb_at = time.perf_counter()

    def _scanned(self, info: MediaInfo) -> None:
        self.room.info = self.page.info = info
        self.page.timeline.set_keyframes(info.keyframes, info.duration)
        self.page.refresh()  # what depends on keyframes (the lossless snap marks) redraws

    def ensure_keyframes(self) -> None:
        """↑/↓ pressed before the background scan is back: scan now (once)."""
        info = self.room.info
        if info is None or info.scanned:
            return
        self._scanned(scanned_probe(info.path, self.room.context.paths))
