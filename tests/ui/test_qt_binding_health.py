"""Guards against a Qt binding that would crash a long session.

PySide6 6.12.0 on Python 3.11 drops one reference to ``True`` on every Python-side
``Signal.emit()``; after a few thousand emits (one import with progress is enough)
the interpreter aborts with "deallocating True". pyproject pins a sound version;
this test fails if a broken one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    progressed = Signal(float, str)
    finished = Signal()


def test_emitting_signals_keeps_reference_counts_balanced(qapp):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):  # few enough that a broken binding fails here instead of aborting
        emitter.progressed.emit(0.5, "đang làm")
        emitter.finished.emit()
    assert sys.getrefcount(True) >= before - 5, (
        "Signal.emit() leaks references: check the PySide6 version"
    )
