"""The rehearsal part of ``main.py --self-test`` runs on a fresh profile."""

from __future__ import annotations

from app.rehearsal.selftest import TAKE_SECONDS, run


def test_self_test_records_and_reviews_a_short_take(paths):
    report = run(paths)
    assert report["ok"] is True
    assert abs(report["take_seconds"] - TAKE_SECONDS) <= 0.5
    assert report["product_seconds"] > 0.5
