"""UI tests fail when a test leaves worker threads or Qt timers running (as napari's do)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture(autouse=True)
def no_leaked_threads():
    before = set(threading.enumerate())
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leaked:
        thread.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def studio(qapp, paths):
    """A booted app (database migrated, window not yet shown) on a fresh profile."""
    from app.ui.application import Studio

    booted = Studio(qapp, paths)
    booted.open_database()
    yield booted
    if booted.window is not None:
        booted.window.close()
        booted.window.deleteLater()
    booted.languages.apply(
        "vi"
    )  # translators are process-wide; don't leak English into later tests
    booted.shutdown()
    qapp.processEvents()
