"""Shared fixtures. Tests run headless: Qt's offscreen platform, a fresh profile per test."""

from __future__ import annotations

import faulthandler
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.pop("LANGNGHE_DATA_DIR", None)

from pathlib import Path

import pytest

from app.config import Paths
from app.store.migrate import Database, open_database

# pytest-timeout's signal method can only fail a test whose main thread comes back to
# Python; one stuck inside a C call (a Qt or FFmpeg wait) would hang the run until CI's
# limit. This C-level watchdog prints every thread's stack and ends the run instead.
HANG_GRACE_S = 60
_real_stderr_fd: int | None = None


def pytest_configure(config):
    global _real_stderr_fd
    # Output capture is suspended while pytest configures: fd 2 is still the terminal here,
    # while a test runs it is pytest's capture file, which a dying process never prints.
    _real_stderr_fd = os.dup(sys.__stderr__.fileno())


def _timeout_of(item) -> float:
    """The test's pytest-timeout limit: its marker, else --timeout, else the ini; 0 = none."""
    marker = item.get_closest_marker("timeout")
    if marker is not None:
        value = marker.args[0] if marker.args else marker.kwargs.get("timeout")
        if value is not None:
            return float(value)
    value = item.config.getoption("timeout", None)
    if value is None:
        value = item.config.getini("timeout")
    return float(value or 0)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    limit = _timeout_of(item)
    armed = limit > 0 and _real_stderr_fd is not None
    if armed:
        faulthandler.dump_traceback_later(limit + HANG_GRACE_S, exit=True, file=_real_stderr_fd)
    try:
        yield
    finally:
        if armed:
            faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A throwaway profile (data dir) for one test."""
    return Paths(tmp_path / "profile").ensure()


@pytest.fixture
def database(paths: Paths):
    """The profile's database, migrated to head."""
    db: Database = open_database(paths)
    yield db
    db.close()
