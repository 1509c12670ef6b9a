"""Hybrid logical clock (Kulkarni et al., 2014): physical ms + counter + device id.

Timestamps are totally ordered by ``(physical_ms, counter, device_id)`` and stay
close to wall time, so "last writer wins" means what a person expects while two
PCs with slightly different clocks still agree on one winner. The encoded string
sorts exactly like the tuple (fixed-width numbers first), so a database can order
by it too.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_DRIFT_MS = 60_000  # crdt-example-app's bound: one fast clock must not win forever
_MAX_PHYSICAL = 10**15 - 1  # year ~33658: fixed width of 15 digits
_MAX_COUNTER = 0xFFFF
DEVICE_ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
_DEVICE_ID = re.compile(DEVICE_ID_PATTERN)
_ENCODED = re.compile(r"^(\d{15})-([0-9a-f]{4})-([A-Za-z0-9_-]{1,64})$")
HLC_PATTERN = _ENCODED.pattern


class ClockDriftError(ValueError):
    """A remote timestamp is too far ahead of our wall clock to be trusted."""

    def __init__(self, ahead_ms: int) -> None:
        super().__init__(f"timestamp is {ahead_ms} ms ahead of this clock")
        self.ahead_ms = ahead_ms


@dataclass(frozen=True, order=True)
class HLC:
    physical_ms: int
    counter: int
    device_id: str

    def __post_init__(self) -> None:
        if not 0 <= self.physical_ms <= _MAX_PHYSICAL:
            raise ValueError("physical time out of range")
        if not 0 <= self.counter <= _MAX_COUNTER:
            raise ValueError("counter out of range")
        if not _DEVICE_ID.match(self.device_id):
            raise ValueError("device id must be 1-64 letters, digits, '-' or '_'")

    def encode(self) -> str:
        return f"{self.physical_ms:015d}-{self.counter:04x}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> HLC:
        match = _ENCODED.match(text)
        if not match:
            raise ValueError(f"not a hybrid logical clock timestamp: {text!r}")
        return cls(int(match[1]), int(match[2], 16), match[3])

    def __str__(self) -> str:
        return self.encode()


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """One device's HLC: ``now()`` for local events, ``observe()`` for received ones."""

    def __init__(
        self,
        device_id: str,
        *,
        wall: Callable[[], int] = wall_ms,
        max_drift_ms: int = MAX_DRIFT_MS,
        last: HLC | None = None,
    ) -> None:
        self.device_id = device_id
        self._wall = wall
        self._max_drift_ms = max_drift_ms
        self._physical = last.physical_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self) -> HLC:
        with self._lock:
            wall = self._wall()
            if wall > self._physical:
                self._physical, self._counter = wall, 0
            else:
                self._bump()
            return HLC(self._physical, self._counter, self.device_id)

    def observe(self, remote: HLC) -> HLC:
        """Merge a received timestamp so our next ``now()`` sorts after it."""
        with self._lock:
            wall = self._wall()
            ahead = remote.physical_ms - wall
            if ahead > self._max_drift_ms:
                raise ClockDriftError(ahead)
            top = max(wall, self._physical, remote.physical_ms)
            if top == self._physical and top == remote.physical_ms:
                self._counter = max(self._counter, remote.counter)
                self._bump()
            elif top == self._physical:
                self._bump()
            elif top == remote.physical_ms:
                self._physical, self._counter = top, remote.counter
                self._bump()
            else:
                self._physical, self._counter = top, 0
            return HLC(self._physical, self._counter, self.device_id)

    def _bump(self) -> None:
        if self._counter >= _MAX_COUNTER:
            # 65 536 events in one millisecond: borrow the next millisecond rather than wrap.
            self._physical += 1
            self._counter = 0
        else:
            self._counter += 1


def check_not_ahead(stamp: HLC, now_ms: int, max_drift_ms: int = MAX_DRIFT_MS) -> None:
    ahead = stamp.physical_ms - now_ms
    if ahead > max_drift_ms:
        raise ClockDriftError(ahead)
