"""Run an export in a child process, so the room's UI never waits for the GIL.

An export is five busy Python threads (decode, framing, encode, audio, mux). In the
room's own process they take the GIL in turn and the UI thread waited up to 50 ms for
it, even with a 1 ms switch interval. As Shotcut (``melt``) and Kdenlive (its render
process) do, the export runs in a process of its own: the app itself, started again
as ``main.py editor --export-job`` (``sys.executable`` alone when frozen, where the
app dispatches the same command line). The room's side only reads short JSON lines.

``export_in_child`` has ``run_export``'s signature and meaning, so the dialog's task,
``EditorRoom.export_to`` and the benchmarks swap one for the other:

- progress arrives as lines on the child's stdout (at most ~10 a second);
- Huỷ writes ``cancel`` to the child's stdin; the engine stops as it does in-process
  and removes its temp file; a child that doesn't stop within a few seconds is killed
  and its ``.part`` file removed here. If the room's process dies, the child reads
  end-of-file on stdin and cancels itself: no orphan export keeps the CPU busy;
- a user-facing error comes back as the same class and message (``export_wire``); a
  child that dies (killed, out of memory, crashed) is ``ExportStopped``, a plain
  sentence; the source and the project are never touched by the child.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import app
from app.editor.export_job import ExportRequest, run_export, targets
from app.editor.export_wire import (
    dumps,
    error_from_wire,
    error_to_wire,
    request_from_wire,
    request_to_wire,
    result_from_wire,
    result_to_wire,
)
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.progress import Cancelled, CancelToken, ProgressFn, check
from app.video.cut import CutResult

log = logging.getLogger(__name__)

CANCEL_GRACE_S = 5.0  # the engine notices a cancel within a frame or two; then kill
PROGRESS_EVERY_S = 0.1


class ExportStopped(UserFacingError):
    """The export process ended without an answer."""


def export_stopped(detail: str) -> ExportStopped:
    return ExportStopped(
        Message(
            "ExportProcess",
            QT_TRANSLATE_NOOP(
                "ExportProcess",
                "Việc xuất video bị dừng giữa chừng (có thể máy thiếu bộ nhớ). Video gốc và "
                "các đoạn đã chọn vẫn giữ nguyên, không để lại tệp dở dang; hãy đóng bớt "
                "chương trình khác rồi xuất lại.",
            ),
        ),
        detail,
    )


def child_command() -> list[str]:
    """The app's own command line for one export job."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the app
        return [sys.executable, "editor", "--export-job"]
    main = Path(app.__file__).resolve().parent.parent / "main.py"
    if main.is_file():
        return [sys.executable, str(main), "editor", "--export-job"]
    code = "import sys; from app.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, "editor", "--export-job"]


# --- the room's side -------------------------------------------------------------------
def _part_files(request: ExportRequest) -> set[Path]:
    """Temp files an export to these targets could leave (``output.atomic_target``).
    Those that appear while the export runs are its own (two exports into one folder at
    the same moment, one of them dying, is the case this would get wrong)."""
    found: set[Path] = set()
    for target in targets(request):
        if target.parent.is_dir():
            found.update(target.parent.glob(f".*.part{target.suffix}"))
    return found


def _remove_new_parts(request: ExportRequest, before: set[Path]) -> None:
    for part in _part_files(request) - before:
        part.unlink(missing_ok=True)


def _read_lines(stream, lines: queue.Queue) -> None:
    for line in iter(stream.readline, b""):
        lines.put(line)
    lines.put(None)


def _tail(log_file) -> str:
    log_file.seek(0)
    return log_file.read()[-4000:].decode("utf-8", "replace")


def export_in_child(
    request: ExportRequest,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[CutResult]:
    """``run_export`` in a child process; blocks the calling (worker) thread only."""
    check(cancel)
    before = _part_files(request)
    with tempfile.TemporaryFile() as child_stderr:
        answer, code, cancelled = _run_child(request, progress, cancel, child_stderr)
        if answer is None and not cancelled:
            log.warning(
                "export process ended with code %s and no answer:\n%s", code, _tail(child_stderr)
            )
    if answer is not None and "done" in answer and code == 0:
        results = [result_from_wire(r) for r in answer["done"]]
        if cancelled:
            # Huỷ pressed as the last frame was written: the user asked for no file
            for result in results:
                Path(result.output).unlink(missing_ok=True)
            raise Cancelled()
        return results
    _remove_new_parts(request, before)
    if cancelled or (answer is not None and "cancelled" in answer):
        raise Cancelled()
    if answer is not None and "error" in answer:
        raise error_from_wire(answer["error"])
    raise export_stopped(f"exit code {code}")


def _run_child(request, progress, cancel, child_stderr) -> tuple[dict | None, int, bool]:
    """Start the child, relay its progress, pass on Huỷ; its answer, exit code and
    whether a cancel was asked for."""
    flags = subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0
    try:
        child = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=child_stderr,
            creationflags=flags,
        )
    except OSError as exc:
        raise export_stopped(f"cannot start the export process: {exc}") from exc
    with contextlib.suppress(OSError):  # one that died at once is said as any other death
        child.stdin.write(dumps(request_to_wire(request)))
        child.stdin.flush()
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(
        target=_read_lines, args=(child.stdout, lines), name="export-pipe", daemon=True
    )
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
                child.kill()
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


def _next_line(lines: queue.Queue) -> bytes | None:
    """The child's next line, ``b""`` after 0.1 s of silence (to look at Huỷ), ``None``
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
        log.info("export process said: %r", line[:200])
        return {}
    return message


def _ask_to_stop(child: subprocess.Popen) -> None:
    with contextlib.suppress(OSError):  # already gone
        child.stdin.write(b"cancel\n")
        child.stdin.close()


# --- the child's side --------------------------------------------------------------------
def _read_request(fd: int) -> bytes:
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    return data


def _watch_for_cancel(fd: int, token: CancelToken) -> None:
    """``cancel`` or end-of-file (the room's process is gone) stops the export. Raw
    ``os.read``: a daemon thread blocked in ``sys.stdin`` would hold its lock at exit."""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            chunk = b""
        if not chunk or b"cancel" in chunk:
            token.cancel()
            return


def serve(stdin_fd: int = 0, stdout_fd: int = 1) -> int:
    """``main.py editor --export-job``: one request on stdin, JSON lines on stdout."""
    answer_fd = os.dup(stdout_fd)
    os.dup2(2, stdout_fd)  # a stray print() in a library lands in stderr, not in the answers

    def send(message: dict) -> None:
        os.write(answer_fd, dumps(message))

    request = request_from_wire(json.loads(_read_request(stdin_fd)))
    token = CancelToken()
    threading.Thread(
        target=_watch_for_cancel, args=(stdin_fd, token), name="cancel-watch", daemon=True
    ).start()
    last = [0.0]

    def progress(fraction: float, text: str) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S or fraction >= 1.0:
            last[0] = now
            send({"progress": round(fraction, 4), "text": text})

    try:
        results = run_export(request, progress, token)
    except Cancelled:
        send({"cancelled": True})
        return 130
    except Exception as exc:  # every failure is answered; the room decides what to show
        send({"error": error_to_wire(exc)})
        return 2
    send({"done": [result_to_wire(r) for r in results]})
    return 0
