"""Signing in through the sync room against a real hub process: the address as a user types
it (no "http://"), a mistyped address explained, then status and the status bar updated."""

from __future__ import annotations

import sys

import pytest

from app.sync.http import HubClient

_helpers = sys.modules["ui_sync_helpers"]  # tests/ui/sync/conftest.py
hub_helpers = _helpers.hub_helpers


@pytest.mark.slow
def test_new_shop_created_from_the_room_then_synced(qapp, qtbot, hub, paths):
    from app.ui.application import Studio

    studio = Studio(qapp, paths)
    studio.open_database()
    try:
        window = studio.show_window()
        window.resize(1280, 720)
        window.show_room("sync")
        room = window.rooms["sync"]
        qtbot.waitUntil(lambda: room.sign_in_box.isVisibleTo(room), timeout=10_000)

        room.hub_edit.setText("máy chủ của xã")
        room.shop_edit.setText("non-la-chuong")
        room.password_edit.setText(hub_helpers.PASSWORD)
        room.create_button.click()
        assert "Địa chỉ máy chủ chưa đúng" in room.message_label.text()
        assert room.password_edit.text() == hub_helpers.PASSWORD  # nothing typed is lost

        room.hub_edit.setText(hub.base_url.removeprefix("http://"))  # "127.0.0.1:PORT"
        room.name_edit.setText("Nón lá Chuông")
        room.create_button.click()
        qtbot.waitUntil(lambda: not room.sign_in_box.isVisibleTo(room), timeout=20_000)
        qtbot.waitUntil(lambda: room.devices_list.count() == 1, timeout=20_000)
        qtbot.waitUntil(lambda: "Đã đồng bộ" in window.status.sync_label.text(), timeout=20_000)
        assert "non-la-chuong" in room.shop_label.text()
        assert f"{hub.base_url}/showcase" in room.showcase_label.text()
        assert room.message_label.text() == ""
        studio.tasks.wait_idle()
    finally:
        window.close()
        studio.shutdown()
        qapp.processEvents()
    with HubClient(hub.base_url) as client:  # the shop exists on the hub with that password
        assert client.sign_in("non-la-chuong", hub_helpers.PASSWORD, "PC khác")["shop_id"]
