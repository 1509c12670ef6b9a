"""Clock skew: a PC whose clock runs 10 minutes fast is told so in plain Vietnamese (the hub
refuses its batch with ``clock_ahead``), and once its clock is fixed, the edits it made while
fast do not beat a correct PC's later edits just because their stamps are in the future.

The PC's wall clock is ``app.sync.hlc.wall_ms`` (the sync client looks it up at each call:
``app.sync.device._wall``); both PCs live in this process, so the skew is switched on only
around what the fast PC does.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import app.sync.hlc as hlc
from app.sync.errors import ClockAhead


def _load(name: str, path: Path):
    if name not in sys.modules:  # importlib mode: no ``tests`` package to import from
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


devices = _load("sync_guarantee_devices", Path(__file__).with_name("guarantee_devices.py"))
hub_helpers = sys.modules["hub_test_helpers"]  # loaded by tests/sync/conftest.py
TEN_MINUTES_MS = 10 * 60 * 1000


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


def _fast_pc_edits(fast, right, monkeypatch, real_wall) -> str:
    pid = right.create_product("Giỏ mây", "GM-1", 100_000)
    right.sync()
    fast.sync()
    monkeypatch.setattr(hlc, "wall_ms", lambda: real_wall() + TEN_MINUTES_MS)
    assert fast.edit(pid, "price", 111_111)  # made while the PC's date/time is wrong
    with pytest.raises(ClockAhead) as refused:
        fast.sync()
    message = str(refused.value)
    assert "nhanh hơn giờ thật" in message and "chỉnh lại ngày giờ" in message
    assert fast.pending() > 0  # nothing lost: the edit waits in the outbox
    return pid


def test_fast_clock_is_told_in_plain_vietnamese(two_pcs, monkeypatch):
    fast, right = two_pcs
    pid = _fast_pc_edits(fast, right, monkeypatch, hlc.wall_ms)
    assert right.current(pid, "price") == 100_000  # nothing of the refused batch was stored


@pytest.mark.xfail(
    strict=True,
    reason="bug: after the clock is fixed the PC stays refused (clock_ahead) until its "
    "future stamps are in the past, then its skewed edit beats later edits",
)
def test_after_the_fix_the_fast_pc_syncs_and_does_not_win_every_conflict(two_pcs, monkeypatch):
    fast, right = two_pcs
    real_wall = hlc.wall_ms
    pid = _fast_pc_edits(fast, right, monkeypatch, real_wall)
    monkeypatch.setattr(hlc, "wall_ms", real_wall)  # the owner fixed the date/time
    assert right.edit(pid, "price", 222_222)  # a later edit on the correct PC
    right.sync()
    fast.sync()  # must not stay refused for the 10 minutes its stamps are ahead
    right.sync()
    prices = {pc.current(pid, "price") for pc in (fast, right)}
    assert prices == {222_222}, "the fast PC's edit beat a later edit made on a correct PC"
