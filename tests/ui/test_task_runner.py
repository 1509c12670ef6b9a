"""Background work: results and errors come back on the GUI thread; cancel works; the
progress dialog only shows up for slow work."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from app.progress import Cancelled
from app.ui.widgets.delayed_progress import DelayedProgressDialog
from app.ui.workers.task_runner import DB, TaskRunner


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


def test_result_arrives_on_the_gui_thread(runner, qtbot):
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.get_ident()
        progress(0.5, "nửa chừng")
        return 42

    def done(value):
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is QApplication.instance().thread()

    progress_seen = []
    handle = runner.submit(
        work, on_done=done, on_progress=lambda f, t: progress_seen.append((f, t))
    )
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen["value"] == 42 and seen["on_gui"] is True
    assert seen["worker"] != threading.get_ident()
    assert progress_seen == [(0.5, "nửa chừng")]


def test_errors_are_delivered_not_swallowed(runner, qtbot):
    errors = []
    runner.submit(lambda p, c: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancel_stops_the_work_and_reports_cancelled(runner, qtbot):
    started = threading.Event()
    outcome = []

    def slow(progress, cancel):
        started.set()
        for _ in range(500):
            cancel.raise_if_cancelled()
            time.sleep(0.01)
        return "finished"

    handle = runner.submit(
        slow, on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled")
    )
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_db_writes_run_one_at_a_time(runner, qtbot):
    running = []
    overlap = []

    def write(progress, cancel):
        running.append(1)
        if len(running) > 1:
            overlap.append(True)
        time.sleep(0.02)
        running.pop()

    handles = [runner.submit(write, kind=DB) for _ in range(5)]
    qtbot.waitUntil(lambda: all(h.done for h in handles) or not runner.busy, timeout=5000)
    assert runner.wait_idle(5000)
    assert overlap == []


def test_progress_dialog_stays_hidden_for_quick_work(runner, qtbot):
    handle = runner.submit(lambda p, c: None, label="Nhanh")
    dialog = DelayedProgressDialog(handle, show_after_ms=300)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    qtbot.wait(400)
    assert dialog.appeared is False


def test_progress_dialog_appears_for_slow_work_and_its_cancel_button_cancels(runner, qtbot):
    def slow(progress, cancel):
        while not cancel.cancelled:
            progress(0.25, "Đang nhập 25%")
            time.sleep(0.01)
        raise Cancelled()

    handle = runner.submit(slow, label="Đang nhập")
    dialog = DelayedProgressDialog(handle, show_after_ms=100)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: dialog.value() == 250, timeout=3000)
    assert dialog.labelText() == "Đang nhập 25%"
    assert dialog.appeared
    from PySide6.QtWidgets import QPushButton

    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Huỷ"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert handle.token.cancelled


def test_run_with_progress_explains_errors_over_its_widget(runner, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from app.ui.widgets.delayed_progress import run_with_progress

    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, _title, text: shown.append((parent, text))
    )
    owner = QWidget()

    def fails(progress, cancel):
        raise OSError(28, "No space left on device")

    handle = run_with_progress(runner, owner, fails, label="Đang lưu")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert handle.label == "Đang lưu"
    assert shown[0][0] is owner and "Ổ đĩa đã đầy" in shown[0][1]
    owner.deleteLater()


def test_shutdown_lets_queued_database_writes_finish(qapp):
    tasks = TaskRunner()
    written = []

    def slow_write(progress, cancel):
        time.sleep(0.2)
        written.append("first")

    def queued_save(progress, cancel):
        written.append("save")

    tasks.submit(slow_write, kind=DB)
    tasks.submit(queued_save, kind=DB)
    tasks.shutdown()
    assert written == ["first", "save"], "a Save clicked just before closing must not be dropped"
    tasks.deleteLater()
