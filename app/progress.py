"""How long-running core code reports progress and notices cancel.

Core functions take ``progress: ProgressFn | None`` and ``cancel: CancelToken |
None``; they never know whether a Qt worker, the command line or a test is
listening.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

# (fraction done in 0..1, short status text)
ProgressFn = Callable[[float, str], None]


class Cancelled(Exception):
    """The user asked to stop; not an error."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def report(progress: ProgressFn | None, fraction: float, text: str = "") -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), text)


def check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()
