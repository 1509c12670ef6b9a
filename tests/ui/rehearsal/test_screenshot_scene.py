"""The README screenshot's scene, as build/screenshots.py stages it in the main window."""

from __future__ import annotations

import pytest

from app.catalog.demo import load_demo
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.ui.rehearsal.screenshot_scene import stage


@pytest.mark.slow
def test_stage_shows_a_take_with_card_teleprompter_and_comments(studio, qtbot):
    with session_scope(studio.db.sessions) as session:
        load_demo(session, MediaStore(studio.db.paths))
    window = studio.show_window()
    window.resize(1366, 728)
    stage(window)
    room = window.rooms["rehearsal"]
    screen = room.screen
    try:
        assert window.current_room == "rehearsal" and room.pages.currentWidget() is screen
        assert screen.running and screen.live.source_kind == "file"
        assert screen.preview.frames_shown > 0 and screen.preview.message == ""
        assert screen.preview.card is not None and screen.preview.flash_price_on
        assert screen.comments.list.count() > 0
        assert screen.teleprompter.offset > 0
    finally:
        room.shutdown()
