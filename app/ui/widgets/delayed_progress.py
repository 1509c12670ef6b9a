"""A progress dialog that only appears when work takes longer than ~0.5 s.

Quick operations flash nothing on screen; slow ones get a bar and a cancel button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.workers.task_runner import WORK, TaskFn, TaskHandle, TaskRunner

SHOW_AFTER_MS = 500


class DelayedProgressDialog(QProgressDialog):
    def __init__(
        self, handle: TaskHandle, parent: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(handle.label or self.tr("Đang làm việc"))
        self.setLabelText(handle.label or self.tr("Đang làm việc…"))
        self.setCancelButtonText(self.tr("Huỷ"))
        self.setRange(0, 1000)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # QProgressDialog would pop itself up on the first setValue(); we decide when instead.
        self.setMinimumDuration(2**31 - 1)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.reset()  # QProgressDialog shows itself on construction otherwise
        self._handle = handle
        self.appeared = False
        self.canceled.connect(handle.cancel)
        handle.signals.progressed.connect(self._on_progress)
        handle.signals.finished.connect(self._on_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)
        self._timer.start(show_after_ms)

    def _appear(self) -> None:
        if not self._handle.done:
            self.appeared = True
            self.setValue(max(self.value(), 0))
            self.show()

    def _on_progress(self, fraction: float, text: str) -> None:
        self.setValue(int(fraction * 1000))
        if text:
            self.setLabelText(text)

    def _on_finished(self) -> None:
        self._timer.stop()
        self.hide()
        self.deleteLater()


def run_with_progress(
    tasks: TaskRunner,
    parent: QWidget,
    fn: TaskFn,
    *,
    label: str,
    kind: str = WORK,
    on_done: Callable[[Any], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> TaskHandle:
    """The usual long job from a widget: run ``fn`` off the GUI thread, show a progress
    dialog with cancel if it takes more than ~0.5 s, and explain any error over ``parent``."""
    from app.ui.error_dialogs import show_exception

    handle = tasks.submit(
        fn,
        kind=kind,
        on_done=on_done,
        on_error=lambda exc: show_exception(exc, parent),
        on_cancelled=on_cancelled,
        label=label,
    )
    DelayedProgressDialog(handle, parent)
    return handle
