"""The room by keyboard and mouse: frame steps show the exact frame, I/O/S/Delete,
J/K/L shuttle, dragging a segment end, undo/redo, suggestions, stickers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.ui.editor.timeline import STRIP_H, WAVE_H
from app.video.synth import read_frame_number

FPS = 30


def _wait_frame(qtbot, room, number):
    qtbot.waitUntil(
        lambda: room.page.shown is not None and room.page.shown.number == number, timeout=5000
    )


def test_frame_steps_show_that_exact_frame(room, clips, qtbot):
    room.open_video(clips.portrait)
    _wait_frame(qtbot, room, 0)
    for key, expected in [
        (Qt.Key.Key_Period, 1),
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_Right, 3),
        (Qt.Key.Key_Comma, 2),
        (Qt.Key.Key_Left, 1),
    ]:
        qtbot.keyClick(room, key)
        _wait_frame(qtbot, room, expected)
        assert read_frame_number(room.page.frame_view.rgb) == expected
        assert f"khung {expected}" in room.page.position_label.text()
    qtbot.keyClick(room, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    _wait_frame(qtbot, room, 31)
    assert room.page.position_label.text().startswith("00:01.033")
    qtbot.keyClick(room, Qt.Key.Key_End)
    _wait_frame(qtbot, room, 4 * FPS - 1)
    qtbot.keyClick(room, Qt.Key.Key_Home)
    _wait_frame(qtbot, room, 0)
    qtbot.keyClick(room, Qt.Key.Key_Down)  # next keyframe: GOP of 15
    _wait_frame(qtbot, room, 15)


def test_rotated_phone_clip_is_upright(room, clips, qtbot):
    room.open_video(clips.phone)
    _wait_frame(qtbot, room, 0)
    h, w = room.page.frame_view.rgb.shape[:2]
    assert h > w  # coded 320×180 with a 90° display matrix: shown portrait


def test_in_out_split_delete_and_undo(room, clips, qtbot):
    room.open_video(clips.portrait)
    _wait_frame(qtbot, room, 0)
    for _ in range(15):
        qtbot.keyClick(room, Qt.Key.Key_Period)
    _wait_frame(qtbot, room, 15)
    qtbot.keyClick(room, Qt.Key.Key_I)
    assert room.segments() == [(pytest.approx(0.5), pytest.approx(4.0))]
    qtbot.keyClick(room, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    _wait_frame(qtbot, room, 45)
    qtbot.keyClick(room, Qt.Key.Key_O)
    assert room.segments() == [(pytest.approx(0.5), pytest.approx(1.5))]
    qtbot.keyClick(room, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    _wait_frame(qtbot, room, 15)
    for _ in range(15):
        qtbot.keyClick(room, Qt.Key.Key_Period)
    _wait_frame(qtbot, room, 30)
    qtbot.keyClick(room, Qt.Key.Key_S)
    assert room.segments() == [(0.5, 1.0), (1.0, 1.5)]
    qtbot.keyClick(room, Qt.Key.Key_Delete)  # the segment under the playhead (1.0–1.5)
    assert room.segments() == [(0.5, 1.0)]
    qtbot.keyClick(room, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert room.segments() == [(0.5, 1.0), (1.0, 1.5)]
    qtbot.keyClick(room, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert room.segments() == [(pytest.approx(0.5), pytest.approx(1.5))]
    qtbot.keyClick(room, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(room.segments()) == 2
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(room, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(room, Qt.Key.Key_Z, shift_ctrl)
    assert len(room.segments()) == 2
    assert room.page.table.rowCount() == 2
    assert room.page.table.item(1, 0).text() == "00:01.000"


def test_shuttle_keys(room, clips, qtbot):
    room.open_video(clips.portrait)
    _wait_frame(qtbot, room, 0)
    qtbot.keyClick(room, Qt.Key.Key_L)
    assert room.page.rate == 1.0
    qtbot.keyClick(room, Qt.Key.Key_L)
    assert room.page.rate == 2.0
    qtbot.keyClick(room, Qt.Key.Key_L)
    assert room.page.rate == 4.0
    qtbot.keyClick(room, Qt.Key.Key_K)
    assert room.page.rate == 0.0
    room.page.seek(2.0)
    qtbot.keyClick(room, Qt.Key.Key_J)
    qtbot.keyClick(room, Qt.Key.Key_J)
    assert room.page.rate == -2.0
    qtbot.waitUntil(lambda: room.page.playhead < 1.7, timeout=3000)  # moving backwards
    qtbot.keyClick(room, Qt.Key.Key_K)
    assert room.page.rate == 0.0


def test_drag_a_segment_end_with_the_mouse(room, clips, qtbot):
    room.open_video(clips.portrait, segments=[(1.0, 2.0, "", None)])
    timeline = room.page.timeline
    y = STRIP_H + WAVE_H + 10
    start = QPoint(round(timeline.x_of(2.0)), y)
    target = QPoint(round(timeline.x_of(3.0)), y)
    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(timeline, target)
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    ((a, b),) = room.segments()
    assert a == 1.0 and b == pytest.approx(3.0, abs=4.0 / timeline.width() * 2)
    room.undo_stack.undo()
    assert room.segments() == [(1.0, 2.0)]


def test_handed_segments_are_one_undo_step(room, clips):
    handed = [(0.5, 1.5, "Giỏ tre", "p1"), (2.0, 3.0, "Nón lá", None)]
    room.open_video(clips.portrait, segments=handed)
    assert room.segments() == [(0.5, 1.5), (2.0, 3.0)]
    assert [s.label for s in room.project.segments] == ["Giỏ tre", "Nón lá"]
    room.undo_stack.undo()
    assert room.segments() == []


def test_accept_suggested_silence(room, clips, qtbot, monkeypatch):
    import numpy as np

    room.open_video(clips.portrait)
    qtbot.waitUntil(lambda: getattr(room.page, "base_peaks", None) is not None, timeout=5000)
    qtbot.waitUntil(lambda: getattr(room.page, "thumbs", None) is not None, timeout=10_000)
    quiet = np.array(room.page.base_peaks)
    quiet[100:200] = 0.0  # the generated tone never stops: make 1–2 s silent
    room.page.base_peaks = quiet
    # the frame-number blocks of the generated picture read as scene changes: none here
    room.page.thumbs = []
    room.page.suggest_button.click()
    qtbot.waitUntil(lambda: (1.0, 2.0) in room.page.timeline.markers, timeout=5000)
    room.page.suggest_button.click()  # "Giữ 2 đoạn có tiếng"
    assert room.segments() == [(0.0, 1.0), (2.0, pytest.approx(4.0, abs=0.02))]
    room.undo_stack.undo()
    assert room.segments() == []


def test_add_sticker_from_the_form(room, clips):
    room.open_video(clips.portrait, segments=[(0.0, 2.0, "", None)])
    room.page.sticker_edit.setText("Freeship")
    room.page.sticker_position.setCurrentIndex(2)
    room.page.add_sticker_from_form()
    assert [(s.text, s.position) for s in room.project.stickers] == [("Freeship", "bottom")]
    assert room.page.sticker_panel.table.item(0, 0).text() == "Freeship"


def test_keys_overlay_lists_every_key(room, clips, qtbot):
    room.open_video(clips.portrait)
    qtbot.keyClick(room, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    text = room.page.keys_box.text()
    for key in ("Space", "J", "Ctrl+Shift+Z", "Delete"):
        assert key in text
    room.page.keys_box.close()


def test_scene_change_splits_an_accepted_part(room, clips, qtbot):
    import numpy as np

    room.open_video(clips.portrait)
    qtbot.waitUntil(lambda: getattr(room.page, "base_peaks", None) is not None, timeout=5000)
    qtbot.waitUntil(lambda: getattr(room.page, "thumbs", None) is not None, timeout=10_000)
    quiet = np.array(room.page.base_peaks)
    quiet[100:200] = 0.0  # silent 1–2 s
    room.page.base_peaks = quiet
    # a filmstrip of 40 slots (0.1 s each) whose picture changes completely at 3.0 s
    dark, bright = np.zeros((8, 8, 3), np.uint8), np.full((8, 8, 3), 255, np.uint8)
    room.page.thumbs = [dark] * 30 + [bright] * 10
    room.page.suggest_button.click()
    qtbot.waitUntil(lambda: room.page.timeline.scenes == [3.0], timeout=5000)
    room.page.suggest_button.click()
    assert room.segments() == [(0.0, 1.0), (2.0, 3.0), (3.0, pytest.approx(4.0, abs=0.02))]
