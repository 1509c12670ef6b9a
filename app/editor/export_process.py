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
  child killed (out of memory…) is ``ExportStopped``, a plain sentence; one that died
  of a bug (a trace or argparse's refusal on stderr) is ``ExportChildBug``, for the
  crash log; the source and the project are never touched by the child.

The pipes, the cancel and the kill are ``app.jobs`` (shared with the window's sync).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from app.editor.export_job import ExportRequest, run_export, targets
from app.editor.export_wire import (
    ExportChildBug,
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
from app.jobs.child import ChildJob
from app.jobs.parent import app_command, died_of_a_bug, run_child
from app.progress import Cancelled, CancelToken, ProgressFn, check
from app.video.cut import CutResult

log = logging.getLogger(__name__)

CANCEL_GRACE_S = 5.0  # the engine notices a cancel within a frame or two; then kill


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
    return app_command("editor", "--export-job")


# --- the room's side -------------------------------------------------------------------
def _part_files(request: ExportRequest) -> set[Path]:
    """Temp files an export to these targets could leave: ``output.atomic_target`` names
    them ``.{stem}.XXXXXXXX.part{suffix}`` (``mkstemp``'s 8 random characters). Only
    those of this export's own target names: another export into the same folder keeps
    its temp file while this one cleans up after a dead child."""
    found: set[Path] = set()
    for target in targets(request):
        if not target.parent.is_dir():
            continue
        own = re.compile(
            rf"\.{re.escape(target.stem)}\.[a-z0-9_]{{8}}\.part{re.escape(target.suffix)}"
        )
        found.update(p for p in target.parent.iterdir() if own.fullmatch(p.name))
    return found


def _remove_new_parts(request: ExportRequest, before: set[Path]) -> None:
    for part in _part_files(request) - before:
        part.unlink(missing_ok=True)


def export_in_child(
    request: ExportRequest,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[CutResult]:
    """``run_export`` in a child process; blocks the calling (worker) thread only."""
    check(cancel)
    before = _part_files(request)
    outcome = run_child(
        child_command(),
        name="export",
        stopped=export_stopped,
        grace_s=CANCEL_GRACE_S,
        request=dumps(request_to_wire(request)),
        progress=progress,
        cancel=cancel,
    )
    answer, code, cancelled = outcome.answer, outcome.code, outcome.cancelled
    if answer is None and not cancelled:
        log.warning(
            "export process ended with code %s and no answer:\n%s", code, outcome.stderr_tail
        )
    if answer is not None and "done" in answer:
        # ``done`` is sent after the rename: the files are there, whatever came after it.
        # A Huỷ that arrived too late keeps them (a single-file export replaced any file of
        # that name, so deleting it would lose both; the user can delete it); a crash in
        # the child's teardown is for the log, not "no file left".
        if code != 0:
            log.warning("export process answered done, then exited with code %s", code)
        return [result_from_wire(r) for r in answer["done"]]
    _remove_new_parts(request, before)
    if cancelled or (answer is not None and "cancelled" in answer):
        raise Cancelled()
    if answer is not None and "error" in answer:
        raise error_from_wire(answer["error"])
    if died_of_a_bug(outcome):  # the app's crash path: crash log, "lỗi trong máy"
        raise ExportChildBug(f"export process exit code {code}:\n{outcome.stderr_tail}")
    raise export_stopped(f"exit code {code}")


# --- the child's side --------------------------------------------------------------------
def serve(stdin_fd: int = 0, stdout_fd: int = 1) -> int:
    """``main.py editor --export-job``: one request on stdin, JSON lines on stdout."""
    job = ChildJob(stdin_fd, stdout_fd)  # normal priority: the user is waiting for it
    received = job.read_request_for_work()

    def work(progress: ProgressFn, token: CancelToken) -> dict:
        request = request_from_wire(received())
        return {"done": [result_to_wire(r) for r in run_export(request, progress, token)]}

    return job.run(work, error_to_wire, progress_at_end=True)
