"""How well the preview keeps up: frames the video widget received while playing against
the frames the clip has in that time. A PC that shows under 80 % is offered the 540p
preview proxy (``app.video.proxy``); exports always read the original."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject

MIN_SECONDS = 2.0  # judge only after this much playing at normal speed
KEEP_UP = 0.8


class PlaybackMeter(QObject):
    def __init__(self, sink, fps: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fps = fps
        self.frames = 0
        self.seconds = 0.0
        self._started: float | None = None
        if sink is not None:
            sink.videoFrameChanged.connect(self._frame)

    def _frame(self, *_args) -> None:
        if self._started is not None:
            self.frames += 1

    def start(self, rate: float) -> None:
        self._started = time.monotonic() if rate == 1.0 else None

    def stop(self) -> None:
        if self._started is not None:
            self.seconds += time.monotonic() - self._started
        self._started = None

    def shown_share(self) -> float | None:
        """Share of the clip's frames actually shown, once enough was played."""
        if self.seconds < MIN_SECONDS or self.fps <= 0:
            return None
        return min(1.0, self.frames / (self.seconds * self.fps))

    def too_slow(self) -> bool:
        share = self.shown_share()
        return share is not None and share < KEEP_UP
