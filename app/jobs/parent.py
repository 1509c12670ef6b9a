"""The parent's side of a job: start the app again as a child, relay its progress,
pass on a cancel, kill it after a grace period, and collect its answer.

The calling (worker) thread waits on a queue fed by a reader thread, so it holds no
GIL while the child works and still looks at the cancel token every 0.1 s.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import app
from app.progress import CancelToken, ProgressFn

log = logging.getLogger(__name__)


def app_command(*args: str) -> list[str]:
    """The app's own command line with ``args``: ``sys.executable`` alone when frozen by
    PyInstaller (the executable is the app), else ``main.py``, else ``-c``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    main = Path(app.__file__).resolve().parent.parent / "main.py"
    if main.is_file():
        return [sys.executable, str(main), *args]
    code = "import sys; from app.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, *args]


@dataclass(frozen=True)
class Outcome:
    answer: dict | None  # the child's last non-progress line, None if it sent none
    code: int  # its exit code
    cancelled: bool  # a cancel was passed on
    stderr_tail: str  # the end of its stderr when there is no answer (for the log)


def died_of_a_bug(outcome: Outcome) -> bool:
    """No answer, a non-zero exit and Python's own last words on stderr: an uncaught
    exception (an import missing from a frozen build…) or argparse refusing the command
    line. That is a bug for the crash log, not "stopped" (a kill or out-of-memory: a
    signal, nothing said), which a user would retry forever."""
    if outcome.answer is not None or outcome.code == 0:
        return False
    tail = outcome.stderr_tail
    return "Traceback (most recent call last)" in tail or ("usage:" in tail and ": error:" in tail)


def run_child(
    command: list[str],
    *,
    name: str,
    stopped: Callable[[str], BaseException],
    grace_s: float,
    request: bytes | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    below_normal: bool = False,
) -> Outcome:
    """Run ``command`` to its end. ``name`` ("export", "sync") names its thread and log
    lines; ``stopped(detail)`` is raised when it cannot start; ``below_normal``: Windows
    priority class (elsewhere the child lowers its own niceness)."""
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.CREATE_NO_WINDOW
        if below_normal:
            flags |= subprocess.BELOW_NORMAL_PRIORITY_CLASS
    with tempfile.TemporaryFile() as child_stderr:
        try:
            child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=child_stderr, creationflags=flags)  # fmt: skip
        except OSError as exc:
            raise stopped(f"cannot start the {name} process: {exc}") from exc
        answer, code, cancelled = _talk(child, name, grace_s, request, progress, cancel)
        tail = ""
        if answer is None:
            child_stderr.seek(0)
            tail = child_stderr.read()[-4000:].decode("utf-8", "replace")
    return Outcome(answer, code, cancelled, tail)


def _talk(child, name, grace_s, request, progress, cancel) -> tuple[dict | None, int, bool]:
    if request is not None:
        with contextlib.suppress(OSError):  # one that died at once is said as any other death
            child.stdin.write(request)
            child.stdin.flush()
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines),
                              name=f"{name}-pipe", daemon=True)  # fmt: skip
    reader.start()
    answer, asked_at = None, None
    try:
        while (line := _next_line(lines)) is not None:
            message = _parse(line, name) if line.strip() else {}
            if "progress" in message:
                if progress is not None and asked_at is None:
                    progress(float(message["progress"]), str(message.get("text", "")))
            elif message:
                answer = message
            if cancel is not None and cancel.cancelled and asked_at is None:
                asked_at = time.monotonic()
                _ask_to_stop(child)
            if asked_at is not None and time.monotonic() - asked_at > grace_s:
                child.kill()
    finally:
        if answer is None and child.poll() is None:
            child.kill()  # this thread was interrupted: leave nothing running
        try:
            code = child.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:  # answered but not ending: nothing left to wait for
            child.kill()
            code = child.wait()
        reader.join(timeout=5)
        child.stdout.close()
        with contextlib.suppress(OSError):
            child.stdin.close()
    return answer, code, asked_at is not None


def _read_lines(stream, lines: queue.Queue) -> None:
    for line in iter(stream.readline, b""):
        lines.put(line)
    lines.put(None)


def _next_line(lines: queue.Queue) -> bytes | None:
    """The child's next line, ``b""`` after 0.1 s of silence (to look at a cancel),
    ``None`` at its end."""
    try:
        return lines.get(timeout=0.1)
    except queue.Empty:
        return b""


def _parse(line: bytes, name: str) -> dict:
    try:
        message = json.loads(line)
    except ValueError:
        message = None
    if not isinstance(message, dict):
        log.info("%s process said: %r", name, line[:200])
        return {}
    return message


def _ask_to_stop(child: subprocess.Popen) -> None:
    with contextlib.suppress(OSError):  # already gone
        child.stdin.write(b"cancel\n")
        child.stdin.close()
