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
  killed without an answer is ``SyncStopped``, a plain sentence (retried); one that died
  of a bug (a trace or argparse's refusal on stderr) is ``SyncChildBug``.

The pipes, the cancel and the kill are ``app.jobs`` (shared with the editor's export).
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.errors import UserFacingError, classify
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.jobs import wire
from app.jobs.child import ChildJob
from app.jobs.parent import app_command, died_of_a_bug, run_child
from app.progress import Cancelled, CancelToken, ProgressFn, check

log = logging.getLogger(__name__)

# On a 2-core shop PC the sync and the window share the cores: the window comes first.
CHILD_NICENESS = 10  # Windows: BELOW_NORMAL_PRIORITY_CLASS, given at start
# a pull page or a photo in flight finishes first; then kill, safe anywhere: the next sync
# resumes (tests/sync crash test)
CANCEL_GRACE_S = 10.0


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
    return app_command("--data-dir", str(data_dir), "sync", "now", "--job")


# --- errors on the wire --------------------------------------------------------------------
def error_to_wire(exc: BaseException) -> dict:
    # a locked or full disk reads as the same sentence it would here; the fields carry
    # ClockAhead.fast_by_ms, TooManyAttempts.retry_after_s
    return wire.error_to_wire(exc, classify(exc), fields=True)


def error_from_wire(data: dict) -> BaseException:
    return wire.error_from_wire(data, SyncChildBug)


# --- the window's side -------------------------------------------------------------------
def sync_in_child(db, progress: ProgressFn | None = None, cancel: CancelToken | None = None):
    """``SyncEngine(db).sync_once`` in a child process; blocks the calling (worker) thread
    only, and that thread waits on a pipe (no GIL held)."""
    return sync_and_status_in_child(db, progress, cancel)[0]


def sync_and_status_in_child(db, progress=None, cancel=None, *, videos=None) -> tuple:
    """(``SyncReport``, ``app.sync.cli.status_of`` read by the child once synced, or None):
    the window shows the status without querying the database itself right after a sync.

    ``videos``: whether videos travel now; None: decided here, in the window's process,
    which has the Qt application to ask "metered?" (the child has none, and "unknown"
    counts as unmetered: videos would go over a paid hotspot)."""
    from app.sync.engine import SyncReport
    from app.sync.media_policy import profile_video_mode, videos_may_travel

    check(cancel)
    if videos is None:
        videos = videos_may_travel(profile_video_mode(db.paths))
    outcome = run_child(
        child_command(Path(db.paths.data_dir)),
        name="sync",
        stopped=sync_stopped,
        grace_s=CANCEL_GRACE_S,
        request=wire.dumps({"videos": bool(videos)}),
        progress=progress,
        cancel=cancel,
        below_normal=True,
    )
    answer, code = outcome.answer, outcome.code
    if answer is None:
        log.warning("sync process ended with code %s and no answer:\n%s", code, outcome.stderr_tail)
    if answer is not None and "done" in answer:
        return SyncReport(**answer["done"]), answer.get("status")
    if answer is not None and "error" in answer:
        error = error_from_wire(answer["error"])
        if isinstance(error, SyncChildBug):
            log.error("sync process failed:\n%s", error)
        raise error
    if outcome.cancelled or (answer is not None and "cancelled" in answer):
        raise Cancelled()
    if died_of_a_bug(outcome):  # not "stopped" (retried forever): the crash path shows it
        raise SyncChildBug(f"sync process exit code {code}:\n{outcome.stderr_tail}")
    raise sync_stopped(f"exit code {code}")


# --- the child's side --------------------------------------------------------------------
def serve(paths, stdin_fd: int = 0, stdout_fd: int = 1) -> int:
    """``main.py --data-dir DIR sync now --job``: one request line on stdin
    (``{"videos": bool}``), JSON lines on stdout, ``cancel`` on stdin."""
    job = ChildJob(stdin_fd, stdout_fd, niceness=CHILD_NICENESS)
    received = job.read_request_for_work()

    def work(progress: ProgressFn, token: CancelToken) -> dict:
        from app.store.migrate import open_database
        from app.sync.engine import SyncEngine

        videos = bool(received()["videos"])  # the window's answer: this process has no Qt
        db = open_database(paths)
        try:
            report = SyncEngine(db).sync_once(progress, token, videos=videos)
            from app.sync.cli import status_of

            status = status_of(db)
        finally:
            db.close()
        return {"done": report.as_dict(), "status": status}

    return job.run(work, error_to_wire)


__all__ = ["SyncStopped", "child_command", "serve", "sync_and_status_in_child", "sync_in_child"]
