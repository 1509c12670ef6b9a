"""The rehearsal screen without a camera (offscreen has none), the teleprompter keys, the
plan editor's order and fields, a deleted product, and closing the app mid-take."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.catalog.products import delete_product
from app.rehearsal import plans, takes
from app.store.engine import session_scope
from app.ui.rehearsal import camera_source
from app.ui.rehearsal.plan_editor import PRODUCT_MIME

# Qt Multimedia looks for PipeWire/PulseAudio; the offscreen platform cannot raise a dialog.
pytestmark = pytest.mark.qt_log_ignore("pipewire", "PulseAudio", "does not support raise")
NO_CAMERA = "Không tìm thấy camera — vẫn tập được: kịch bản, bấm giờ và bình luận vẫn chạy"


def make_plan(room, skus=("DLHA-DO", "KMTR")) -> str:
    with session_scope(room.context.db.sessions) as session:
        return plans.create_plan(session, "Tập thử", list(skus), minutes_each=0.5)


def test_no_camera_says_so_and_the_take_still_runs(room, qtbot):
    plan_id = make_plan(room)
    room.start_page.refresh(plan_id)
    room.start_page.start_button.click()
    screen = room.screen
    assert room.pages.currentWidget() is screen
    assert screen.preview.message == NO_CAMERA
    screen.comments.pace.setValue(30)
    screen.start_button.click()
    assert screen.running and screen.live.source_kind == "none"
    qtbot.waitUntil(lambda: screen.comments.list.count() > 0, timeout=5_000)  # comments arrive
    qtbot.waitUntil(lambda: screen.timers.total.text() == "Cả buổi 0:01", timeout=3_000)
    assert screen.teleprompter.offset > 0  # the script scrolls
    take_id = screen.stop_take()
    take = takes.load_take(room.context.db.sessions, room.context.paths, take_id)
    assert take.status == "done"
    if not camera_source.microphones():  # no microphone either: nothing to record
        assert take.recording is None
    qtbot.waitUntil(lambda: room.review_page.review is not None, timeout=10_000)
    if take.recording is None:
        assert room.review_page.no_recording.isVisibleTo(room.review_page)
        assert not room.review_page.editor_button.isEnabled()


def test_teleprompter_keys(room, qtbot):
    room.rehearse(make_plan(room))
    screen = room.screen
    prompter = screen.teleprompter
    prompter.set_script("Thử", "\n\n".join(f"Dòng số {n} của kịch bản." for n in range(80)))
    prompter.start()
    qtbot.waitUntil(lambda: prompter.offset > 2, timeout=3_000)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert prompter.paused
    held = prompter.offset
    qtbot.wait(200)
    assert prompter.offset == held  # paused: the text stands still
    speed = prompter.speed
    qtbot.keyClick(screen, Qt.Key.Key_Up)
    assert prompter.speed > speed and screen.speed.value() == round(prompter.speed)
    qtbot.keyClick(screen, Qt.Key.Key_Down)
    assert prompter.speed == speed
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert prompter.offset == pytest.approx(held + prompter.height() * 0.8)
    qtbot.keyClick(screen, Qt.Key.Key_PageUp)
    assert prompter.offset == pytest.approx(held)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: prompter.offset > held, timeout=3_000)  # runs again, smoothly
    assert len(prompter.frame_intervals) > 5  # each frame's interval is kept (the benchmark)
    prompter.stop()
    qtbot.keyClick(screen, Qt.Key.Key_Question)
    assert screen.keys_overlay.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.keys_overlay.isVisible()


def test_plan_editor_order_fields_and_drop(room, qtbot):
    plan_id = make_plan(room, ("DLHA-DO", "KMTR", "MTCM-1M22M-TRANG"))
    room.edit_plan(plan_id)
    editor = room.editor
    names = lambda: [b.product.name for b in editor.plan.product_blocks]  # noqa: E731
    first, second, third = names()
    editor.blocks.setCurrentRow(3)  # the third product
    editor.up_button.click()
    assert names() == [first, third, second]
    editor.blocks.setCurrentRow(1)
    editor.up_button.click()  # never above the opening
    assert editor.plan.blocks[0].kind == "opening" and names()[0] == first
    editor.blocks.setCurrentRow(1)
    editor.form.flash_price.setValue(75_000)
    editor.form.flash_price.editingFinished.emit()
    editor.form.order_code.setText("A1 size M")
    editor.form.order_code.editingFinished.emit()
    reloaded = room.context.db.sessions
    with session_scope(reloaded) as session:
        block = plans.load_plan(session, plan_id).blocks[1]
    assert block.flash_sale_price == 75_000 and block.order_code == "A1 size M"
    # a product dragged from the results onto the list lands where it was dropped
    editor.search_box.setText("non la")
    editor.run_search()
    product_id = editor.results.item(0).data(Qt.ItemDataRole.UserRole)
    mime = QMimeData()
    mime.setData(PRODUCT_MIME, product_id.encode())
    target = editor.blocks.visualItemRect(editor.blocks.item(1)).center()
    drop = QDropEvent(QPointF(target), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    editor.blocks.dropEvent(drop)
    assert editor.plan.blocks[1].product_id == product_id
    editor.blocks.setCurrentRow(1)
    editor.remove_button.click()
    assert product_id not in [b.product_id for b in editor.plan.blocks]


def test_deleted_product_block_still_opens(room, qtbot):
    plan_id = make_plan(room)
    with session_scope(room.context.db.sessions) as session:
        gone = plans.load_plan(session, plan_id).product_blocks[0]
        delete_product(session, gone.product_id)
    room.edit_plan(plan_id)
    room.editor.blocks.setCurrentRow(1)
    assert room.editor.form.gone_label.isVisibleTo(room.editor)
    assert room.editor.form.gone_label.text() == "Sản phẩm này đã bị xoá khỏi danh mục"
    room.rehearse(plan_id)
    screen = room.screen
    screen.start_take()
    qtbot.keyClick(screen, Qt.Key.Key_N)
    assert "Sản phẩm này đã bị xoá khỏi danh mục" in screen.block_title.full_text()
    assert screen.preview.card is not None and screen.preview.card.product_gone
    screen.stop_take()


def test_closing_the_window_mid_take_saves_it(room, qtbot):
    plan_id = make_plan(room)
    room.rehearse(plan_id)
    room.screen.start_take()
    qtbot.wait(300)
    qtbot.keyClick(room.screen, Qt.Key.Key_N)
    room.close()
    assert not room.screen.running
    (take,) = takes.list_takes(room.context.db.sessions, plan_id)
    assert take.status == "done" and take.duration_s > 0.2
    full = takes.load_take(room.context.db.sessions, room.context.paths, take.id)
    assert [m.kind for m in full.markers if m.kind in ("next", "stop")] == ["next", "stop"]


def test_camera_unplugged_mid_take_marks_it_and_goes_on(room, qtbot):
    plan_id = make_plan(room)
    room.rehearse(plan_id)
    screen = room.screen
    screen.start_take()
    qtbot.wait(200)
    screen.driver.qt_source.lost.emit("unplugged")  # what QCamera.errorOccurred leads to
    assert screen.notice.isVisibleTo(screen)
    assert "Mất tín hiệu camera" in screen.notice.text()
    assert screen.preview.message == NO_CAMERA
    qtbot.keyClick(screen, Qt.Key.Key_N)  # the take goes on
    take_id = screen.stop_take()
    take = takes.load_take(room.context.db.sessions, room.context.paths, take_id)
    kinds = [m.kind for m in take.markers if m.kind in ("camera_lost", "next", "stop")]
    assert kinds == ["camera_lost", "next", "stop"]
    (lost,) = [m for m in take.markers if m.kind == "camera_lost"]
    assert lost.payload == {"reason": "unplugged"}


def test_second_take_is_compared_with_the_first_and_the_report_saves(room, qtbot, tmp_path):
    plan_id = make_plan(room)
    room.rehearse(plan_id)
    screen = room.screen
    for seconds in (2.3, 0.2):
        screen.start_take()
        qtbot.wait(int(seconds * 1000))
        screen.stop_take()
        qtbot.waitUntil(lambda: room.review_page.review is not None, timeout=10_000)
        if seconds > 1:  # the first take: nothing to compare with yet
            assert room.review_page.comparison_label.text() == "Lần tập đầu tiên của kịch bản này."
            room.review_page.again_button.click()
    page = room.review_page
    assert page.comparison_label.text().startswith("So với lần trước: nhanh hơn ")
    dialog = page.open_report()
    assert "Báo cáo buổi tập livestream" in dialog.browser.toPlainText()
    html = dialog.save_to(tmp_path / "bao-cao.html")
    pdf = dialog.save_to(tmp_path / "bao-cao.pdf")
    assert "Tập thử" in html.read_text(encoding="utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_leaving_the_screen_lets_the_video_go_and_coming_back_resumes_it(room, qtbot, clip):
    plan_id = make_plan(room)
    room.rehearse(plan_id)
    screen = room.screen
    screen.use_file(clip)
    qtbot.waitUntil(lambda: screen.preview.frames_shown > 0, timeout=5_000)
    room.show_start()
    assert screen.driver._preview is None and screen.driver._pump is None  # nothing decodes
    shown = screen.preview.frames_shown
    room.rehearse(plan_id)
    qtbot.waitUntil(lambda: screen.preview.frames_shown > shown, timeout=5_000)
    assert screen.devices.camera_box.currentText() == "Video: camera.mp4"


def test_a_take_killed_mid_recording_is_recovered_when_the_room_opens(room, qtbot):
    from datetime import timedelta

    from app.store.base import utcnow
    from app.store.models.rehearsal import RehearsalTake, TakeMarker
    from app.ui.context import AppContext
    from app.ui.rehearsal.room import RehearsalRoom

    plan_id = make_plan(room)
    with session_scope(room.context.db.sessions) as session:  # what a power cut leaves behind
        take = RehearsalTake(plan_id=plan_id, started_at=utcnow() - timedelta(days=1))
        session.add(take)
        session.flush()
        session.add(TakeMarker(take_id=take.id, at_s=42.0, kind="next"))
        take_id = take.id
    context = room.context
    reopened = RehearsalRoom(AppContext(context.db, context.settings, context.tasks))
    qtbot.addWidget(reopened)
    try:
        context.tasks.wait_idle()
        qtbot.waitUntil(lambda: takes.load_take(context.db.sessions, context.paths, take_id).status
                        == "interrupted")  # fmt: skip
        recovered = takes.load_take(context.db.sessions, context.paths, take_id)
        assert recovered.duration_s == pytest.approx(42.0)
    finally:
        reopened.shutdown()
