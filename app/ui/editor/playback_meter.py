"""How well the preview keeps up while playing at normal speed, from the frames the
video sink actually receives:

- frames dropped: Qt's FFmpeg backend skips a frame that is late, so the times of the
  frames the sink sees jump by two or more frame durations; each jump counts the frames
  left out;
- frames late: a PC can also show every frame but slower than real time (the picture
  drags behind the sound); the wall-clock time between the first and the last frame
  received says how many frames the clip had in that time.

Once enough has played (``MIN_FRAMES``), showing under ``KEEP_UP`` of the expected frames
emits ``fell_behind`` once per play, and the room offers the 540p preview proxy
(``app.video.proxy``); exports always read the original. The clock is injectable so
tests can simulate a slow sink without timing anything.
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
        self.clock = clock
        self.reset(fps)
        if sink is not None:
            sink.videoFrameChanged.connect(self._frame)

    def reset(self, fps: float) -> None:
        """A new clip on the same sink: nothing measured yet, at this clip's frame rate."""
        self.fps = fps if fps and fps > 0 else 30.0
        self.shown = 0  # frames the sink received while measuring
        self.dropped = 0  # frames skipped between them (from their times)
        self.wall_seconds = 0.0  # from first to last frame received, over all plays
        self.plays = 0  # measured plays that received frames
        self._last_us: int | None = None
        self._first_wall: float | None = None
        self._last_wall: float | None = None
        self._measuring = False
        self._told = False

    @property
    def measuring(self) -> bool:
        return self._measuring

    def start(self, rate: float) -> None:
        """Playing at ``rate``; only normal speed is measured (2×/4× skip on purpose)."""
        self.stop()
        self._measuring = rate == 1.0
        self._told = False

    def stop(self) -> None:
        self.wall_seconds += self._session_seconds()
        self._measuring = False
        self._last_us = self._first_wall = self._last_wall = None

    def _session_seconds(self) -> float:
        if self._first_wall is None or self._last_wall is None:
            return 0.0
        return self._last_wall - self._first_wall

    def _frame(self, frame=None, *_args) -> None:
        if not self._measuring:
            return
        now = self.clock()
        if self._first_wall is None:
            # the clock starts at the first frame: the player's start-up is not lateness
            self._first_wall = now
            self.plays += 1
        self._last_wall = now
        start_us = frame.startTime() if frame is not None else -1
        if start_us is not None and start_us >= 0:
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
        """Frames the clip had in what was measured: by the frames' own times, or by the
        wall clock when the frames came slower than real time."""
        seconds = self.wall_seconds + self._session_seconds()
        return max(self.shown + self.dropped, seconds * self.fps + self.plays)

    def shown_share(self) -> float | None:
        """Share of the clip's frames actually shown, once enough was played."""
        expected = self.expected()
        if expected < MIN_FRAMES:
            return None
        return min(1.0, self.shown / expected)

    def too_slow(self) -> bool:
        share = self.shown_share()
        return share is not None and share < KEEP_UP
