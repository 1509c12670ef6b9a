"""The window's sync runs in a child process, so typing never waits for it.

In the window's own process a sync (JSON pages decoded, SQLAlchemy applying them, hashing,
photo transfers, the garbage collections all that allocation triggers) shares one GIL with
the UI thread: typing stalled 56–72 ms behind it even with a 1 ms switch interval and the
start-up objects frozen out of the collector (bench_sync_ui). As the editor's export does
(``app.editor.export_process``), the sync runs in the app itself started again —
``main.py --data-dir DIR sync now --job`` (``sys.executable`` alone when frozen, where the
app dispatches the same command line) — on the same profile: SQLite in WAL mode lets the
window read while the child writes, and the sync engine is safe to kill at any point
(pushed batches are retried by id, each pulled page commits with its cursor).

- progress comes back as JSON lines on the child's stdout (at most ~10 a second), then
  one answer: ``{"done": report}``, ``{"error": …}`` or ``{"cancelled": true}``;
- a cancel (pause, closing the app) writes ``cancel`` to the child's stdin; the engine
  stops at its next step; one that does not answer within ``CANCEL_GRACE_S`` is killed,
  which the engine's design makes safe. If the window's process dies, the child reads
  end-of-file on stdin and cancels itself;
- a user-facing error (hub unreachable, signed out, clock ahead…) comes back as the same
  class, sentence and fields, so the room shows it as it would have in-process; a child
  that dies without an answer is ``SyncStopped``, a plain sentence.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

import app
from app.errors import UserFacingError, classify
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.progress import Cancelled, CancelToken, ProgressFn, check

log = logging.getLogger(__name__)

# On a 2-core shop PC the sync and the window share the cores: the window comes first.
CHILD_NICENESS = 10
CANCEL_GRACE_S = 10.0  # a pull page or a photo in flight finishes first; then kill (safe)
PROGRESS_EVERY_S = 0.1
_SIMPLE = (str, int, float, bool, type(None))


class SyncStopped(UserFacingError):
    """The sync process ended without an answer (killed, out of memory, crashed)."""

    retry = True


def sync_stopped(detail: str) -> SyncStopped:
    return SyncStopped(
        Message(
            "sync",
            QT_TRANSLATE_NOOP(
                "sync",
                "Đồng bộ bị dừng giữa chừng. Dữ liệu trên máy vẫn còn nguyên, không gửi hay "
                "nhận gì hai lần; hãy bấm “Đồng bộ ngay” để làm tiếp.",
            ),
        ),
        detail,
    )


class SyncChildBug(RuntimeError):
    """An unexpected error in the sync process; its traceback is the message (logged)."""


def child_command(data_dir: Path) -> list[str]:
    """The app's own command line for one sync of the profile in ``data_dir``."""
    tail = ["--data-dir", str(data_dir), "sync", "now", "--job"]
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the app
        return [sys.executable, *tail]
    main = Path(app.__file__).resolve().parent.parent / "main.py"
    if main.is_file():
        return [sys.executable, str(main), *tail]
    code = "import sys; from app.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, *tail]


# --- errors on the wire --------------------------------------------------------------------
def error_to_wire(exc: BaseException) -> dict:
    known = classify(exc)  # a locked or full disk reads as the same sentence it would here
    if known is None:
        return {"bug": "".join(traceback.format_exception(exc))}
    kind = type(known)
    fields = {k: v for k, v in vars(known).items()
              if k not in ("message", "detail") and isinstance(v, _SIMPLE)}  # fmt: skip
    return {
        "type": f"{kind.__module__}:{kind.__qualname__}",
        "context": known.message.context,
        "text": known.message.text,
        "args": [str(a) for a in known.message.args],
        "detail": str(known.detail),
        "fields": fields,  # ClockAhead.fast_by_ms, TooManyAttempts.retry_after_s
    }


def _user_error_class(name: str) -> type[UserFacingError]:
    module_name, _, qualname = name.partition(":")
    if not module_name.startswith("app."):  # only the app's own classes, never any module
        return UserFacingError
    try:
        kind = getattr(importlib.import_module(module_name), qualname)
    except (ImportError, AttributeError):
        return UserFacingError
    return kind if isinstance(kind, type) and issubclass(kind, UserFacingError) else UserFacingError


def error_from_wire(data: dict) -> BaseException:
    if "bug" in data:
        return SyncChildBug(data["bug"])
    kind = _user_error_class(data.get("type", ""))
    exc = kind.__new__(kind)
    message = Message(data["context"], data["text"], tuple(data["args"]))
    UserFacingError.__init__(exc, message, data["detail"])  # the sentence as it was made
    for name, value in (data.get("fields") or {}).items():
        setattr(exc, name, value)
    return exc


def _dumps(message: dict) -> bytes:
    return json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n"


# --- the window's side -------------------------------------------------------------------
def sync_in_child(db, progress: ProgressFn | None = None, cancel: CancelToken | None = None):
    """``SyncEngine(db).sync_once`` in a child process; blocks the calling (worker) thread
    only, and that thread waits on a pipe (no GIL held)."""
    return sync_and_status_in_child(db, progress, cancel)[0]


def sync_and_status_in_child(db, progress=None, cancel=None) -> tuple:
    """(``SyncReport``, ``app.sync.cli.status_of`` read by the child once synced, or None):
    the window shows the status without querying the database itself right after a sync."""
    from app.sync.engine import SyncReport

    check(cancel)
    with tempfile.TemporaryFile() as child_stderr:
        answer, code, cancelled = _run_child(
            Path(db.paths.data_dir), progress, cancel, child_stderr
        )
        if answer is None:
            child_stderr.seek(0)
            tail = child_stderr.read()[-4000:].decode("utf-8", "replace")
            log.warning("sync process ended with code %s and no answer:\n%s", code, tail)
    if answer is not None and "done" in answer:
        return SyncReport(**answer["done"]), answer.get("status")
    if answer is not None and "error" in answer:
        error = error_from_wire(answer["error"])
        if isinstance(error, SyncChildBug):
            log.error("sync process failed:\n%s", error)
        raise error
    if cancelled or (answer is not None and "cancelled" in answer):
        raise Cancelled()
    raise sync_stopped(f"exit code {code}")


def _run_child(data_dir: Path, progress, cancel, child_stderr) -> tuple[dict | None, int, bool]:
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.CREATE_NO_WINDOW | subprocess.BELOW_NORMAL_PRIORITY_CLASS
    try:
        child = subprocess.Popen(child_command(data_dir), stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=child_stderr, creationflags=flags)  # fmt: skip
    except OSError as exc:
        raise sync_stopped(f"cannot start the sync process: {exc}") from exc
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines),
                              name="sync-pipe", daemon=True)  # fmt: skip
    reader.start()
    answer, asked_at = None, None
    try:
        while (line := _next_line(lines)) is not None:
            message = _parse(line) if line.strip() else {}
            if "progress" in message:
                if progress is not None and asked_at is None:
                    progress(float(message["progress"]), str(message.get("text", "")))
            elif message:
                answer = message
            if cancel is not None and cancel.cancelled and asked_at is None:
                asked_at = time.monotonic()
                _ask_to_stop(child)
            if asked_at is not None and time.monotonic() - asked_at > CANCEL_GRACE_S:
                child.kill()  # safe anywhere: the next sync resumes (tests/sync crash test)
    finally:
        if answer is None and child.poll() is None:
            child.kill()  # this thread was interrupted: leave nothing running
        try:
            code = child.wait(timeout=CANCEL_GRACE_S)
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
    """The child's next line, ``b""`` after 0.1 s of silence (to look at a cancel), ``None``
    at its end."""
    try:
        return lines.get(timeout=0.1)
    except queue.Empty:
        return b""


def _parse(line: bytes) -> dict:
    try:
        message = json.loads(line)
    except ValueError:
        message = None
    if not isinstance(message, dict):
        log.info("sync process said: %r", line[:200])
        return {}
    return message


def _ask_to_stop(child: subprocess.Popen) -> None:
    with contextlib.suppress(OSError):  # already gone
        child.stdin.write(b"cancel\n")
        child.stdin.close()


# --- the child's side --------------------------------------------------------------------
def _watch_for_cancel(fd: int, token: CancelToken) -> None:
    """``cancel`` or end-of-file (the window's process is gone) stops the sync. Raw
    ``os.read``: a daemon thread blocked in ``sys.stdin`` would hold its lock at exit."""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            chunk = b""
        if not chunk or b"cancel" in chunk:
            token.cancel()
            return


def serve(paths, stdin_fd: int = 0, stdout_fd: int = 1) -> int:
    """``main.py --data-dir DIR sync now --job``: JSON lines on stdout, ``cancel`` on stdin."""
    answer_fd = os.dup(stdout_fd)
    os.dup2(2, stdout_fd)  # a stray print() in a library lands in stderr, not in the answers
    if hasattr(os, "nice"):  # Windows: BELOW_NORMAL_PRIORITY_CLASS, given at start
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICENESS)

    def send(message: dict) -> None:
        os.write(answer_fd, _dumps(message))

    token = CancelToken()
    threading.Thread(target=_watch_for_cancel, args=(stdin_fd, token),
                     name="cancel-watch", daemon=True).start()  # fmt: skip
    last = [0.0]

    def progress(fraction: float, text: str) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S:
            last[0] = now
            send({"progress": round(fraction, 4), "text": text})

    db = None
    try:
        from app.store.migrate import open_database
        from app.sync.engine import SyncEngine

        db = open_database(paths)
        report = SyncEngine(db).sync_once(progress, token)
        from app.sync.cli import status_of

        status = status_of(db)
    except Cancelled:
        send({"cancelled": True})
        return 130
    except Exception as exc:  # every failure is answered; the room decides what to show
        send({"error": error_to_wire(exc)})
        return 2
    finally:
        if db is not None:
            db.close()
    send({"done": report.as_dict(), "status": status})
    return 0


__all__ = ["SyncStopped", "child_command", "serve", "sync_and_status_in_child", "sync_in_child"]
