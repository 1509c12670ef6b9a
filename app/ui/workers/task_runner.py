"""Run core functions off the GUI thread and bring results back onto it.

Two pools, as in Anki's taskman: one thread for database writes (SQLite has
one writer; queueing them keeps "database is locked" away) and a small pool for
media and network work. A task is ``fn(progress, cancel) -> result``; its
callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

from app.progress import Cancelled, CancelToken, ProgressFn

log = logging.getLogger(__name__)

TaskFn = Callable[[ProgressFn, CancelToken], Any]
DB = "db"
WORK = "work"


class _Signals(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class TaskHandle(QObject):
    """What the caller keeps: cancel it, or listen to its signals."""

    def __init__(
        self, label: str | None, parent: QObject | None = None, kind: str = "work"
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.kind = kind
        self.token = CancelToken()
        self.signals = _Signals(self)
        self.done = False
        self.signals.finished.connect(self._mark_done)

    def cancel(self) -> None:
        self.token.cancel()

    def _mark_done(self) -> None:
        self.done = True


class _Job(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._token = handle.token
        self._signals = (
            handle.signals
        )  # emitted from the worker, delivered queued on the GUI thread

    def run(self) -> None:
        try:
            result = self._fn(self._signals.progressed.emit, self._token)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:
            self._signals.failed.emit(exc)
        else:
            if self._token.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class TaskRunner(QObject):
    task_started = Signal(object)  # TaskHandle, for progress dialogs and the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {DB: QThreadPool(self), WORK: QThreadPool(self)}
        self._pools[DB].setMaxThreadCount(1)
        self._pools[WORK].setMaxThreadCount(max(2, QThread.idealThreadCount() - 1))
        self._live: set[TaskHandle] = set()

    def submit(
        self,
        fn: TaskFn,
        *,
        kind: str = WORK,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str | None = None,
    ) -> TaskHandle:
        handle = TaskHandle(label, self, kind)
        if on_done:
            handle.signals.succeeded.connect(on_done)
        if on_error:
            handle.signals.failed.connect(on_error)
        else:
            handle.signals.failed.connect(self._unhandled)
        if on_progress:
            handle.signals.progressed.connect(on_progress)
        if on_cancelled:
            handle.signals.cancelled.connect(on_cancelled)
        self._live.add(handle)
        handle.signals.finished.connect(lambda: self._forget(handle))
        self.task_started.emit(handle)
        self._pools[kind].start(_Job(fn, handle))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until both pools are empty (for shutdown and tests)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def shutdown(self, msecs: int = 30_000) -> None:
        """Cancel media/network work; let queued database writes (a Save) finish."""
        self._pools[WORK].clear()
        for handle in list(self._live):
            if handle.kind == WORK:
                handle.cancel()
        self.wait_idle(msecs)

    def _forget(self, handle: TaskHandle) -> None:
        self._live.discard(handle)
        handle.deleteLater()

    @staticmethod
    def _unhandled(exc: BaseException) -> None:
        from app.ui.error_dialogs import show_exception

        show_exception(exc)
