"""A PC whose clock runs 10 minutes fast is told so in plain words and does not win the
conflict its fast stamps would otherwise win forever; its edit is kept, waiting, not lost."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

import app.sync.hlc as hlc

PASSWORD = "mat-khau-rat-dai"
TEN_MINUTES_MS = 10 * 60 * 1000


@contextmanager
def clock_fast_by(monkeypatch, ms: int):
    real = hlc.wall_ms
    with monkeypatch.context() as patch:
        patch.setattr(hlc, "wall_ms", lambda: real() + ms)
        yield


@pytest.mark.slow
def test_a_fast_clock_is_told_and_does_not_win(
    sync_hub, make_profile, shop_login, tmp_path, monkeypatch
):
    a, b = make_profile("pc-fast"), make_profile("pc-right")
    csv = tmp_path / "shop.csv"
    csv.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nNón lá Huế,NL-01,100000,5\n", encoding="utf-8")
    a.run("catalog", "import", str(csv))
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Nón lá",
          "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    a.sync()
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=PASSWORD + "\n")  # fmt: skip
    b.sync()

    with clock_fast_by(monkeypatch, TEN_MINUTES_MS):
        a.run("catalog", "edit", "NL-01", "--price", "120000")
        a.run("sync", "now", "--json", expect=2)
    assert "Đồng hồ máy tính này đang chạy nhanh" in a.last_stderr
    assert "chỉnh lại ngày giờ" in a.last_stderr
    assert a.json("sync", "status", "--json")["pending_changes"] >= 1  # kept, not lost

    # The PC with the right time edits the same price afterwards: its edit stands.
    b.run("catalog", "edit", "NL-01", "--price", "130000")
    b.sync()
    c = make_profile("pc-new")
    c.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=PASSWORD + "\n")  # fmt: skip
    c.sync()
    assert c.json("catalog", "show", "NL-01", "--json")["price"] == 130000
    assert b.json("catalog", "show", "NL-01", "--json")["price"] == 130000

    # Still fast: still told, every time, and the hub still holds the right PC's price.
    with clock_fast_by(monkeypatch, TEN_MINUTES_MS):
        a.run("sync", "now", expect=2)
    assert "Đồng hồ" in a.last_stderr
    assert c.sync()["pulled"] == 0


@pytest.mark.slow
def test_a_clock_a_little_fast_still_syncs(
    sync_hub, make_profile, shop_login, tmp_path, monkeypatch
):
    """Within the hub's bound (a PC a few seconds off is normal) nothing is refused."""
    a = make_profile("pc-a")
    csv = tmp_path / "shop.csv"
    csv.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nNón lá Huế,NL-01,100000,5\n", encoding="utf-8")
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Nón lá",
          "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    with clock_fast_by(monkeypatch, 20_000):
        a.run("catalog", "import", str(csv))
        assert a.sync()["pushed"] > 0
    assert a.json("sync", "status", "--json")["pending_changes"] == 0
