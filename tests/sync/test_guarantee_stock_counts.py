"""Stock counts add up: two counts that did NOT race (the second PC had seen the first) are
never "settled" as a race, even when both happened to start from the same on-hand number."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def _load(name: str, path: Path):
    if name not in sys.modules:  # importlib mode: no ``tests`` package to import from
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


devices = _load("sync_guarantee_devices", Path(__file__).with_name("guarantee_devices.py"))
hub_helpers = sys.modules["hub_test_helpers"]  # loaded by tests/sync/conftest.py


def test_sequential_counts_from_the_same_number_are_not_a_race(sync_hub, tmp_path):
    template = devices.make_template(tmp_path / "template")
    login = hub_helpers.create_shop(sync_hub)
    a, b = (devices.Device.from_template(template, tmp_path / n) for n in ("a", "b"))
    try:
        a.sign_in(sync_hub.base_url, login, "PC A")
        b.sign_in(sync_hub.base_url, login, "PC B")
        pid = a.create_product("Giỏ mây", "GM-1", 150_000)
        a.stock(pid, 5)
        a.sync(), b.sync()
        a.count(pid, 3)  # "còn 3" (the PC believed 5)
        a.sync(), b.sync()
        b.stock(pid, 2)  # 2 received on B: 5 again
        b.sync(), a.sync()
        a.count(pid, 8)  # "còn 8", made after seeing everything above (believed 5 again)
        for pc in (a, b, a, b):
            pc.sync()
        for pc in (a, b):
            assert list(pc.snapshot()["on_hand"].values()) == [8]  # today: 10 on both PCs
    finally:
        a.close()
        b.close()
