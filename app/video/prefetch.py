"""Run a frame iterator one step ahead in a helper thread.

PyAV releases the GIL while FFmpeg decodes, so decoding the next frames overlaps
with x264 encoding the current one — the same pipelining the ffmpeg tool does.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")
_DONE = object()


def prefetch(items: Iterator[T], depth: int = 3) -> Iterator[T]:
    buffer: queue.Queue = queue.Queue(depth)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                buffer.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    break
            else:
                put(_DONE)
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    worker = threading.Thread(target=work, name="video-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item = buffer.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def ordered_map(
    fn: Callable[[T], U], items: Iterator[T], workers: int = 2, depth: int = 4
) -> Iterator[U]:
    """``fn`` over ``items`` on a small thread pool, results in input order, at most
    ``depth`` in flight. For the export's pixel work: OpenCV and NumPy release the GIL,
    so two frames are framed at once while x264 encodes earlier ones, as the ffmpeg
    tool's threaded filters do."""
    pool = ThreadPoolExecutor(workers, thread_name_prefix="video-pixels")
    window: deque[Future] = deque()
    try:
        for item in items:
            window.append(pool.submit(fn, item))
            while len(window) >= depth:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        for future in window:
            future.cancel()
        pool.shutdown(wait=True)
