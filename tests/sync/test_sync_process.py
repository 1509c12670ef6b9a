"""The window's sync in a child process (``app.sync.sync_process``): edits still arrive,
nothing is applied twice after a cancel, and what went wrong reads as the same sentence the
room would have shown for an in-process sync."""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest
from PIL import Image

from app.errors import UserFacingError
from app.progress import Cancelled, CancelToken
from app.sync import errors, sync_process

PASSWORD = sys.modules["hub_test_helpers"].PASSWORD


def _open(profile):
    from app.config import Paths
    from app.store.migrate import open_database

    return open_database(Paths(profile.data_dir))


def _signed_in_pair(sync_hub, make_profile, shop_login, tmp_path):
    a, b = make_profile("pc-a"), make_profile("pc-b")
    csv = tmp_path / "shop.csv"
    rows = "".join(f"Nón lá số {i},NL-{i:02d},{90_000 + i},3\n" for i in range(20))
    csv.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\n" + rows, encoding="utf-8")
    a.run("catalog", "import", str(csv))
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Nón Chuông",
          "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          "--device-name", "Laptop", stdin=PASSWORD + "\n")  # fmt: skip
    return a, b


def test_edits_travel_both_ways_through_the_child(sync_hub, make_profile, shop_login, tmp_path):
    a, b = _signed_in_pair(sync_hub, make_profile, shop_login, tmp_path)
    db_a = _open(a)
    try:
        seen: list[float] = []
        report = sync_process.sync_in_child(db_a, lambda f, _t: seen.append(f))
        assert report.pushed > 0  # the import went up from the child
    finally:
        db_a.close()
    assert b.sync()["pulled"] > 0
    assert b.json("catalog", "show", "NL-07", "--json")["price"] == 90_007
    b.run("catalog", "edit", "NL-07", "--price", "95000")
    b.sync()
    db_a = _open(a)
    try:
        assert sync_process.sync_in_child(db_a).pulled == 1
    finally:
        db_a.close()
    assert a.json("catalog", "show", "NL-07", "--json")["price"] == 95_000
    assert a.json("sync", "status", "--json")["pending_changes"] == 0


def test_a_cancel_mid_sync_then_a_full_sync_applies_everything_once(
    sync_hub, make_profile, shop_login, tmp_path
):
    a, b = _signed_in_pair(sync_hub, make_profile, shop_login, tmp_path)
    # photos, so the child reports progress (one line per photo fetched) and is still
    # fetching when the cancel arrives
    photos = [_photo(tmp_path / f"anh-{n}.jpg") for n in range(30)]
    a.run("catalog", "photo", "NL-03", *map(str, photos))
    a.sync()
    a.run("catalog", "stock", "NL-03", "-1", "--reason", "sold")
    db_b = _open(b)
    try:
        token = CancelToken()
        with pytest.raises(Cancelled):  # cancelled from its first progress line
            sync_process.sync_in_child(db_b, lambda _f, _t: token.cancel(), token)
        a.sync()
        report = sync_process.sync_in_child(db_b)  # the next sync finishes the job
        assert report is not None
    finally:
        db_b.close()
    b.sync()
    assert b.json("catalog", "show", "NL-03", "--json")["stock"] == 2  # sold once, not twice
    assert b.json("catalog", "show", "NL-19", "--json")["price"] == 90_019
    assert b.json("sync", "status", "--json")["pending_changes"] == 0


def _photo(path):
    Image.frombytes("RGB", (120, 120), os.urandom(120 * 120 * 3)).save(path, "JPEG")
    return path


def _error_of_a_sync(profile, kind: type[BaseException]) -> BaseException:
    db = _open(profile)
    try:
        with pytest.raises(kind) as caught:
            sync_process.sync_in_child(db)
    finally:
        db.close()
    return caught.value


def test_not_signed_in_comes_back_as_the_same_error(tmp_path, make_profile):
    error = _error_of_a_sync(make_profile("alone"), errors.NotSignedIn)
    assert "chưa đăng nhập" in error.message.render()


def test_a_child_that_dies_without_an_answer_says_so_plainly(tmp_path, make_profile, monkeypatch):
    monkeypatch.setattr(sync_process, "child_command",
                        lambda _d: [sys.executable, "-c", "import sys; sys.exit(3)"])  # fmt: skip
    error = _error_of_a_sync(make_profile("crashing"), sync_process.SyncStopped)
    assert "Dữ liệu trên máy vẫn còn nguyên" in error.message.render()


def test_a_child_that_dies_of_a_bug_is_a_bug_not_a_retry(tmp_path, make_profile, monkeypatch):
    # e.g. a module left out of a frozen build: retried forever as "stopped", it never ends
    monkeypatch.setattr(sync_process, "child_command",
                        lambda _d: [sys.executable, "-c", "import app.sync.left_out"])  # fmt: skip
    error = _error_of_a_sync(make_profile("buggy"), sync_process.SyncChildBug)
    assert not isinstance(error, UserFacingError) and "ModuleNotFoundError" in str(error)


def test_errors_keep_their_class_sentence_and_fields_across_the_pipe():
    fast = sync_process.error_from_wire(
        sync_process.error_to_wire(errors.ClockAhead("409", fast_by_ms=10 * 60_000))
    )
    assert isinstance(fast, errors.ClockAhead) and fast.fast_by_ms == 600_000
    assert "10 phút" in fast.message.render() and fast.detail == "409"
    wait = sync_process.error_from_wire(
        sync_process.error_to_wire(errors.TooManyAttempts(300, "429"))
    )
    assert isinstance(wait, errors.HubUnreachable) and wait.retry_after_s == 300
    locked = sync_process.error_from_wire(
        sync_process.error_to_wire(sqlite3.OperationalError("database is locked"))
    )
    from app.errors import DatabaseLocked

    assert isinstance(locked, DatabaseLocked)
    bug = sync_process.error_from_wire(sync_process.error_to_wire(KeyError("seq")))
    assert isinstance(bug, sync_process.SyncChildBug) and "KeyError" in str(bug)
    outside = sync_process.error_from_wire(
        {"type": "os:system", "context": "sync", "text": "x", "args": [], "detail": ""}
    )
    assert type(outside).__name__ == "UserFacingError"  # never a class from outside the app
