"""The sync room's status line when this PC's clock runs 10 minutes fast: it says so in plain
Vietnamese with what to do, and it clears once the clock is fixed and "Đồng bộ ngay" syncs."""

from __future__ import annotations

import os
import sys

import pytest

import app.sync.hlc as hlc

_helpers = sys.modules["ui_sync_helpers"]  # tests/ui/sync/conftest.py
hub_helpers = _helpers.hub_helpers
REAL_WALL = hlc.wall_ms


@pytest.mark.slow
def test_room_says_the_clock_is_fast_then_clears_after_the_fix(
    qapp, qtbot, hub, studio, monkeypatch
):
    from app.catalog.product_data import ProductData, VariantData
    from app.catalog.products import save_product
    from app.store.engine import session_scope
    from app.sync import account
    from app.ui.sync import work

    # The fast clock is this process's (hlc.wall_ms): the room syncs here, not in its child
    # process (whose errors reach the room as the same sentence: tests/sync/test_sync_process).
    monkeypatch.setattr(work, "sync", work.sync_here)
    login = hub_helpers.create_shop(hub)
    account.sign_in(studio.db, hub.base_url, login, hub_helpers.PASSWORD, "Máy bán hàng")
    monkeypatch.setattr(hlc, "wall_ms", lambda: REAL_WALL() + 10 * 60 * 1000)
    with session_scope(studio.db.sessions) as session:  # an edit stamped while fast
        save_product(session, ProductData(name="Nón lá", variants=[VariantData(sku="NL-1", price=90_000)]))  # fmt: skip
    window = studio.show_window()
    window.show_room("sync")
    room = window.rooms["sync"]
    qtbot.waitUntil(lambda: room._status.get("signed_in"), timeout=10_000)
    qtbot.waitUntil(lambda: not room._syncing, timeout=20_000)  # a sync started on its own
    room.sync_now()
    qtbot.waitUntil(lambda: "nhanh hơn máy chủ" in room.message_label.text(), timeout=20_000)
    message = room.message_label.text()
    assert "10 phút" in message and "chỉnh lại ngày giờ" in message and "Đồng bộ ngay" in message
    shot = os.environ.get("SYNC_CLOCK_SHOT")
    if shot:  # a look at the message as a user sees it
        window.resize(1280, 720)
        qapp.processEvents()
        window.grab().save(shot)

    monkeypatch.setattr(hlc, "wall_ms", REAL_WALL)  # the owner fixed the date/time
    room.sync_now()
    qtbot.waitUntil(lambda: not room._syncing and room._status.get("pending_changes") == 0,
                    timeout=20_000)  # fmt: skip
    assert room.message_label.text() == ""
    studio.tasks.wait_idle()
