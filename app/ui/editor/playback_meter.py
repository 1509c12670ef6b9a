"""How well the preview keeps up while playing at normal speed: frames dropped, counted
from the presentation times of the frames the video sink actually receives.

Qt's FFmpeg backend skips a frame that is late, so on a PC too slow for the clip the
sink sees times jumping by two or more frame durations: each jump counts the frames
left out. A sink that gives no times (``startTime() < 0``) is judged by frames received
against the wall-clock time played instead. Once enough has played (``MIN_FRAMES``),
showing under ``KEEP_UP`` of the frames emits ``fell_behind`` once per play, and the room
offers the 540p preview proxy (``app.video.proxy``); exports always read the original.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

MIN_FRAMES = 60  # judge only after ~2 s of a 30 fps clip
KEEP_UP = 0.8
SEEK_US = 1_000_000  # a jump longer than this between two frames is a seek, not drops


class PlaybackMeter(QObject):
    fell_behind = Signal()

    def __init__(
        self,
        sink,
        fps: float,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.fps = fps if fps and fps > 0 else 30.0
        self.clock = clock
        self.shown = 0  # frames the sink received while measuring
        self.dropped = 0  # frames skipped between them (from their times)
        self.untimed = 0  # frames without a time: judged by the wall clock instead
        self.untimed_seconds = 0.0
        self._last_us: int | None = None
        self._started: float | None = None
        self._told = False
        if sink is not None:
            sink.videoFrameChanged.connect(self._frame)

    @property
    def measuring(self) -> bool:
        return self._started is not None

    def start(self, rate: float) -> None:
        """Playing at ``rate``; only normal speed is measured (2×/4× skip on purpose)."""
        self.stop()
        self._started = self.clock() if rate == 1.0 else None
        self._last_us = None
        self._told = False

    def stop(self) -> None:
        if self._started is not None and self.untimed:
            self.untimed_seconds += self.clock() - self._started
        self._started = None
        self._last_us = None

    def _frame(self, frame=None, *_args) -> None:
        if self._started is None:
            return
        start_us = frame.startTime() if frame is not None else -1
        if start_us is None or start_us < 0:
            self.untimed += 1
        else:
            if self._last_us is not None:
                gap = start_us - self._last_us
                # a seek (back, or forward by more than SEEK_US) starts counting afresh:
                # a renderer that cannot keep up skips a few frames at a time, not seconds
                if 0 < gap <= SEEK_US:
                    self.dropped += max(0, round(gap * self.fps / 1_000_000) - 1)
            self._last_us = start_us
            self.shown += 1
        if not self._told and self.too_slow():
            self._told = True
            self.fell_behind.emit()

    def expected(self) -> float:
        """Frames the clip had in what was measured."""
        timed = self.shown + self.dropped
        if not self.untimed:
            return timed
        seconds = self.untimed_seconds
        if self._started is not None:
            seconds += self.clock() - self._started
        return timed + max(self.untimed, seconds * self.fps)

    def shown_share(self) -> float | None:
        """Share of the clip's frames actually shown, once enough was played."""
        expected = self.expected()
        if expected < MIN_FRAMES:
            return None
        return min(1.0, (self.shown + self.untimed) / expected)

    def too_slow(self) -> bool:
        share = self.shown_share()
        return share is not None and share < KEEP_UP
