"""The child's side of a job: answers on a private copy of stdout, ``cancel`` or
end-of-file on stdin stops the work, progress at most every ``PROGRESS_EVERY_S``,
and one answer with its exit code."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable

from app.jobs.wire import dumps
from app.progress import Cancelled, CancelToken, ProgressFn

PROGRESS_EVERY_S = 0.1
EXIT_DONE, EXIT_ERROR, EXIT_CANCELLED = 0, 2, 130


class ChildJob:
    def __init__(self, stdin_fd: int = 0, stdout_fd: int = 1, *, niceness: int = 0):
        """``niceness``: lowered on POSIX (Windows: the parent's priority class)."""
        self._stdin = stdin_fd
        self._answers = os.dup(stdout_fd)
        self._early = b""  # what the request's read took after its line
        os.dup2(2, stdout_fd)  # a stray print() in a library lands in stderr, not in the answers
        if niceness and hasattr(os, "nice"):
            with contextlib.suppress(OSError):
                os.nice(niceness)

    def send(self, message: dict) -> None:
        os.write(self._answers, dumps(message))

    def read_request(self) -> dict:
        """The parent's one request line (read before ``run`` starts watching stdin)."""
        data = b""
        while b"\n" not in data:
            chunk = os.read(self._stdin, 65536)
            if not chunk:
                break
            data += chunk
        line, _, self._early = data.partition(b"\n")  # a quick ``cancel`` may share the read
        return json.loads(line)

    def read_request_for_work(self) -> Callable[[], dict]:
        """Reads the request now (before ``run`` watches stdin); what it returns gives the
        request, or raises what parsing it raised — call that inside ``work``, so a bad
        line is answered as a bug like any other failure."""
        try:
            request = self.read_request()
        except ValueError as exc:
            error = exc

            def refuse() -> dict:
                raise error

            return refuse
        return lambda: request

    def run(
        self,
        work: Callable[[ProgressFn, CancelToken], dict],
        error_to_wire: Callable[[BaseException], dict],
        *,
        progress_at_end: bool = False,
    ) -> int:
        """``work(progress, token)`` returns the done message (``{"done": …}``); every
        failure is answered, the parent decides what to show. ``progress_at_end``: the
        1.0 step is always sent, however soon after the last one."""
        token = CancelToken()
        if b"cancel" in self._early:
            token.cancel()
        threading.Thread(target=_watch_for_cancel, args=(self._stdin, token),
                         name="cancel-watch", daemon=True).start()  # fmt: skip
        last = [0.0]

        def progress(fraction: float, text: str) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY_S or (progress_at_end and fraction >= 1.0):
                last[0] = now
                self.send({"progress": round(fraction, 4), "text": text})

        try:
            done = work(progress, token)
        except Cancelled:
            self.send({"cancelled": True})
            return EXIT_CANCELLED
        except Exception as exc:
            self.send({"error": error_to_wire(exc)})
            return EXIT_ERROR
        self.send(done)
        return EXIT_DONE


def _watch_for_cancel(fd: int, token: CancelToken) -> None:
    """``cancel`` or end-of-file (the parent's process is gone) stops the work. Raw
    ``os.read``: a daemon thread blocked in ``sys.stdin`` would hold its lock at exit."""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            chunk = b""
        if not chunk or b"cancel" in chunk:
            token.cancel()
            return
