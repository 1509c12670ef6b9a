"""Clock skew: a PC whose clock runs 10 minutes fast is told so in plain Vietnamese (the hub
refuses its batch with ``clock_ahead``, nothing of it is stored, the edit waits on the PC);
once its clock is fixed it syncs again at once, and the edits it made while fast do not beat
a correct PC's later edits just because their stamps were in the future — they are kept as
conflict records, never dropped.

The PC's wall clock is ``app.sync.hlc.wall_ms`` (the sync client looks it up at each call);
both PCs live in this process, so the skew is switched on only around what the fast PC does.
The hub is a real server process with its own, right clock.
"""

from __future__ import annotations

import sys

import pytest

import app.sync.hlc as hlc
from app.sync.cli import conflicts_of
from app.sync.errors import ClockAhead

devices = sys.modules["sync_guarantee_devices"]  # loaded by tests/sync/conftest.py
hub_helpers = sys.modules["hub_test_helpers"]  # loaded by tests/sync/conftest.py
PASSWORD = "mat-khau-rat-dai"
MINUTE_MS = 60 * 1000
REAL_WALL = hlc.wall_ms


@pytest.fixture
def two_pcs(sync_hub, tmp_path):
    template = devices.make_template(tmp_path / "template")
    login = hub_helpers.create_shop(sync_hub)
    fast, right = (devices.Device.from_template(template, tmp_path / n) for n in ("fast", "right"))
    for name, pc in (("PC nhanh giờ", fast), ("PC đúng giờ", right)):
        pc.sign_in(sync_hub.base_url, login, name)
    yield fast, right
    fast.close()
    right.close()


def _set_clock(monkeypatch, fast_by_ms: int) -> None:
    monkeypatch.setattr(hlc, "wall_ms", lambda: REAL_WALL() + fast_by_ms)


def _shared_product(fast, right) -> str:
    pid = right.create_product("Giỏ mây", "GM-1", 100_000)
    right.sync()
    fast.sync()
    return pid


def _refused(pc) -> str:
    with pytest.raises(ClockAhead) as refused:
        pc.sync()
    return str(refused.value)


def _kept_as_conflict(pc, value) -> bool:
    return any(c["loser_value"] == value for c in conflicts_of(pc.db))


def test_a_fast_clock_is_told_by_how_much_and_nothing_is_lost(two_pcs, monkeypatch):
    fast, right = two_pcs
    pid = _shared_product(fast, right)
    _set_clock(monkeypatch, 10 * MINUTE_MS)
    assert fast.edit(pid, "price", 111_111)  # made while the PC's date/time is wrong
    for _attempt in range(2):  # told every time, not once
        message = _refused(fast)
        assert "nhanh hơn máy chủ 10 phút" in message
        assert "chỉnh lại ngày giờ" in message and "Đồng bộ ngay" in message
        assert fast.pending() > 0  # nothing lost: the edit waits in the outbox
    right.sync()
    assert right.current(pid, "price") == 100_000  # nothing of the refused batch was stored


def test_after_the_fix_the_fast_pc_syncs_and_does_not_win(two_pcs, monkeypatch):
    fast, right = two_pcs
    pid = _shared_product(fast, right)
    _set_clock(monkeypatch, 10 * MINUTE_MS)
    assert fast.edit(pid, "price", 111_111)
    _refused(fast)
    _set_clock(monkeypatch, 0)  # the owner fixed the date/time
    assert right.edit(pid, "price", 222_222)  # a later edit on the correct PC
    right.sync()
    fast.sync()  # not refused for the 10 minutes its old stamps are ahead
    right.sync()
    assert fast.pending() == 0
    assert {pc.current(pid, "price") for pc in (fast, right)} == {222_222}
    assert _kept_as_conflict(fast, 111_111) and _kept_as_conflict(right, 111_111)
    # The PC stamps its next edit at the right time: it syncs and wins as the latest edit.
    assert fast.edit(pid, "price", 333_333)
    fast.sync()
    right.sync()
    assert right.current(pid, "price") == 333_333


def test_fixed_before_its_first_sync_the_pc_syncs_and_does_not_win(two_pcs, monkeypatch):
    """The hub never saw this PC fast, so how fast is unknown: its edits then sort just after
    everything the PC knew, not in the future."""
    fast, right = two_pcs
    pid = _shared_product(fast, right)
    _set_clock(monkeypatch, 10 * MINUTE_MS)
    assert fast.edit(pid, "description", "Mây tre đan, nhuộm lá bàng")
    _set_clock(monkeypatch, 0)
    assert right.edit(pid, "description", "Mây rừng Phú Vinh")
    right.sync()
    fast.sync()
    right.sync()
    wanted = {"Mây rừng Phú Vinh"}
    assert {pc.current(pid, "description") for pc in (fast, right)} == wanted
    assert _kept_as_conflict(right, "Mây tre đan, nhuộm lá bàng")


def test_edits_before_and_after_the_fix_keep_their_order(two_pcs, monkeypatch):
    """After the fix the saved clock is still ahead, so the next edits are stamped in the
    future too; re-stamped, the later edit must still be the later one — and an edit made
    while fast after seeing another PC's value still replaces that value (never dropped as
    "older"), even when the PC was even faster before (the remembered skew is too big)."""
    fast, right = two_pcs
    pid = _shared_product(fast, right)
    _set_clock(monkeypatch, 30 * MINUTE_MS)
    fast.sync()  # nothing to send: the hub's answer only tells the PC it runs 30 min fast
    _set_clock(monkeypatch, 0)  # (one clock for both PCs in this process: the right PC's turn)
    assert right.edit(pid, "price", 150_000)
    right.sync()
    _set_clock(monkeypatch, 10 * MINUTE_MS)
    fast.sync()  # pulls 150 000 (this PC now has seen it)
    assert fast.edit(pid, "price", 160_000)
    assert fast.edit(pid, "name", "Giỏ mây to")
    _set_clock(monkeypatch, 0)
    assert fast.edit(pid, "name", "Giỏ mây cỡ lớn")  # after the fix, on the clock still ahead
    new_pid = fast.create_product("Khay tre", "KT-1", 45_000)
    fast.sync()
    right.sync()
    assert right.current(pid, "price") == 160_000  # it had seen 150 000: not a conflict it lost
    assert right.current(pid, "name") == "Giỏ mây cỡ lớn"
    assert right.current(new_pid, "price") == 45_000
    assert conflicts_of(right.db) == [] and conflicts_of(fast.db) == []


@pytest.mark.slow
def test_command_line_tells_then_syncs_after_the_fix(
    sync_hub, make_profile, shop_login, tmp_path, monkeypatch
):
    """The same through ``main.py``: stderr says what happened and what to do, the exit code
    is 2 while fast; after the fix ``sync now`` works and the right PC's price stands."""
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

    _set_clock(monkeypatch, 10 * MINUTE_MS)
    a.run("catalog", "edit", "NL-01", "--price", "120000")
    a.run("sync", "now", "--json", expect=2)
    assert "Đồng hồ máy này nhanh hơn máy chủ 10 phút" in a.last_stderr
    assert "chỉnh lại ngày giờ" in a.last_stderr
    assert a.json("sync", "status", "--json")["pending_changes"] >= 1  # kept, not lost

    _set_clock(monkeypatch, 0)
    b.run("catalog", "edit", "NL-01", "--price", "130000")
    b.sync()
    assert a.sync()["pushed"] >= 1
    assert a.json("sync", "status", "--json")["pending_changes"] == 0
    for pc in (a, b):
        pc.sync()
        assert pc.json("catalog", "show", "NL-01", "--json")["price"] == 130000
    losers = [c["loser_value"] for c in a.json("sync", "conflicts", "--json")]
    assert 120000 in losers  # the fast PC's price is kept, one click away


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
    _set_clock(monkeypatch, 20_000)
    a.run("catalog", "import", str(csv))
    assert a.sync()["pushed"] > 0
    assert a.json("sync", "status", "--json")["pending_changes"] == 0
