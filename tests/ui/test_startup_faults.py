"""Start-up faults as a user meets them: damaged DB, second window, errors shown plainly."""

from __future__ import annotations

import logging
import socket

from PySide6.QtWidgets import QMessageBox

from app import errors
from app.logs import setup_logging
from app.store.backup import backup_database
from app.store.engine import session_scope
from app.store.migrate import open_database
from app.store.models import LocalState
from app.ui import application, error_dialogs
from app.ui.application import Studio
from app.ui.shell.connectivity import probe_hub
from app.ui.single_instance import SingleInstance


def test_damaged_database_offers_the_latest_backup(qapp, paths, monkeypatch):
    db = open_database(paths)
    with session_scope(db.sessions) as session:
        session.add(LocalState(key="shop", value="Nhà bà Lan"))
    db.close()
    backup_database(paths.db_path, paths.backups_dir)
    paths.db_path.write_bytes(b"garbage" * 500)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: (
            asked.append(box.text() + "\n" + box.informativeText())
            or QMessageBox.StandardButton.Yes
        ),
    )
    studio = Studio(qapp, paths)
    try:
        assert application._open_with_recovery(studio) is True
        assert "bị hỏng" in asked[0] and "sao lưu" in asked[0]
        with session_scope(studio.db.sessions) as session:
            assert session.get(LocalState, "shop").value == "Nhà bà Lan"
        damaged = list(paths.data_dir.glob("studio-damaged-*.sqlite3"))
        assert len(damaged) == 1 and damaged[0].read_bytes() == b"garbage" * 500
    finally:
        studio.shutdown()


def test_damaged_database_without_backup_is_explained_and_kept(qapp, paths, monkeypatch):
    paths.db_path.write_bytes(b"garbage" * 500)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    studio = Studio(qapp, paths)
    try:
        assert application._open_with_recovery(studio) is False
    finally:
        studio.shutdown()
    assert "Không có bản sao lưu" in shown[0]
    assert paths.db_path.read_bytes() == b"garbage" * 500


def test_second_start_hands_over_to_the_first(qapp, qtbot, paths):
    first = SingleInstance(paths.data_dir)
    first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert SingleInstance(paths.data_dir).notify_running_instance() is True
    finally:
        first.close()
    assert SingleInstance(paths.data_dir).notify_running_instance() is False


def test_known_problem_is_shown_as_a_plain_sentence(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    error_dialogs.show_exception(OSError(28, "No space left on device"))
    assert shown and "Ổ đĩa đã đầy" in shown[0]


def test_a_bug_is_logged_with_its_trace_and_shown_with_details(qapp, paths, monkeypatch):
    log_path = setup_logging(paths.logs_dir)
    details = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: details.append(self.detailedText()) or 0)
    try:
        raise KeyError("mã-sản-phẩm")
    except KeyError as exc:
        error_dialogs.show_exception(exc)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "KeyError" in details[0]
    assert "mã-sản-phẩm" in log_path.read_text(encoding="utf-8")


def test_hub_probe_tells_reachable_from_unreachable():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert probe_hub(f"http://127.0.0.1:{port}") is True
    assert probe_hub(f"http://127.0.0.1:{port}", timeout=0.5) is False
    assert probe_hub("không phải địa chỉ") is False


def test_user_facing_errors_render_their_fill_ins():
    assert "C:\\Dữ liệu" in str(errors.not_writable("C:\\Dữ liệu"))
