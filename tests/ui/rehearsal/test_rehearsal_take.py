"""A whole practice through the UI with a video file as the camera: build a run of show
from demo products, rehearse with the keys, stop, review, hand the take to the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.store.engine import session_scope
from app.store.models import TakeMarker

PRODUCT_TOLERANCE_S = 0.5
# Qt Multimedia looks for PipeWire/PulseAudio (absent in CI containers) when it starts.
pytestmark = pytest.mark.qt_log_ignore("pipewire", "PulseAudio")


def build_plan(room, qtbot) -> str:
    """Two lanterns picked through the search box and the add button."""
    room.start_page.new_button.click()
    editor = room.editor
    assert room.pages.currentWidget() is editor
    editor.name_edit.setText("Phiên tối thứ Bảy")
    qtbot.keyClicks(editor.search_box, "den")
    editor.run_search()  # the search box also runs it after a short pause
    assert editor.results.count() == 2
    editor.results.setCurrentRow(0)
    editor.add_button.click()
    editor.results.setCurrentRow(1)
    editor.add_button.click()
    kinds = [b.kind for b in editor.plan.blocks]
    assert kinds == ["opening", "product", "product", "closing"]
    return editor.plan.id


def markers_of(room, take_id: str) -> list[TakeMarker]:
    with session_scope(room.context.db.sessions) as session:
        rows = session.scalars(
            select(TakeMarker).where(TakeMarker.take_id == take_id).order_by(TakeMarker.at_s)
        ).all()
        session.expunge_all()
        return list(rows)


@pytest.mark.slow
def test_scripted_take_with_file_camera_markers_review_and_editor(room, qtbot, clip):
    plan_id = build_plan(room, qtbot)
    room.editor.rehearse_button.click()
    screen = room.screen
    assert room.pages.currentWidget() is screen
    screen.devices.file_chosen.emit(clip)  # what "Dùng video có sẵn…" does after its dialog
    qtbot.waitUntil(lambda: screen.preview.frames_shown > 0, timeout=5_000)  # preview runs
    assert screen.preview.message == ""
    assert screen.devices.camera_box.currentText() == "Video: camera.mp4"
    screen.comments.pace.setValue(30)  # a comment every ~2 s: one arrives in the first block

    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.running and screen.live.source_kind == "file"
    live = screen.live
    qtbot.wait(1000)
    qtbot.keyClick(screen, Qt.Key.Key_N)  # opening → first lantern
    entered_first = live.now()
    qtbot.waitUntil(lambda: live.session.highlighted is not None, timeout=5_000)
    newest = screen.comments.newest_open(live.session.comments)
    # the newest waiting comment is highlighted, and the answer key answers that one
    assert screen.comments.highlighted_text() == f"{newest.comment.author}: {newest.comment.text}"
    qtbot.keyClick(screen, Qt.Key.Key_A)
    assert live.session.counts().answered == 1 and newest.answered_at is not None
    qtbot.keyClick(screen, Qt.Key.Key_F)
    assert screen.timers.flash.isVisible()
    qtbot.wait(300)
    qtbot.keyClick(screen, Qt.Key.Key_Right)  # → second lantern
    entered_second = live.now()
    qtbot.wait(1500)
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stopped = entered_second + 1.5
    assert not screen.running

    qtbot.waitUntil(lambda: room.review_page.review is not None, timeout=20_000)
    review = room.review_page.review
    take_id = review.take_id
    actions = ("next", "previous", "answer", "flash_sale", "stop")
    kinds = [m.kind for m in markers_of(room, take_id) if m.kind in actions]
    assert kinds == ["next", "answer", "flash_sale", "next", "stop"]
    products = review.products
    assert [p.name for p in products] == [b.product.name for b in screen.plan.product_blocks]
    first_seconds = entered_second - entered_first
    assert products[0].seconds == pytest.approx(first_seconds, abs=PRODUCT_TOLERANCE_S)
    assert products[1].seconds == pytest.approx(stopped - entered_second, abs=PRODUCT_TOLERANCE_S)
    assert products[0].flash_sale and not products[1].flash_sale
    assert products[0].comments_answered == 1
    # the table shows the same seconds the user reads
    table = room.review_page.table
    shown = [table.item(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    assert shown[1] == pytest.approx(first_seconds, abs=PRODUCT_TOLERANCE_S)
    assert review.recording is not None and review.recording.is_file()

    # chapters: one per product switch (and the answer, the flash sale, the stop); a click
    # jumps the player there
    chapters = room.review_page.chapters
    titles = [chapters.item(i).text() for i in range(chapters.count())]
    assert any(products[1].name in t for t in titles)
    second = next(i for i, t in enumerate(titles) if products[1].name in t)
    player = room.review_page.player
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=10_000)
    item = chapters.item(second)
    chapters.itemClicked.emit(item)
    at_ms = item.data(Qt.ItemDataRole.UserRole) * 1000
    qtbot.waitUntil(lambda: abs(player.position() - at_ms) < 150, timeout=5_000)

    handed = []
    room.context.links.connect_editor(lambda path, **kw: handed.append((path, kw)))
    room.review_page.editor_button.click()
    ((path, kwargs),) = handed
    assert path == review.recording
    segments = kwargs["segments"]
    assert [s[3] for s in segments] == [p.product_id for p in products]
    for (start, end, label, _), product in zip(segments, products, strict=True):
        assert end - start == pytest.approx(product.seconds, abs=0.05)
        assert product.order_code in label

    # back on the start page the take is listed under its plan
    room.review_page.back_button.click()
    assert room.start_page.current_plan_id() == plan_id
    assert room.start_page.take_list.count() == 1
