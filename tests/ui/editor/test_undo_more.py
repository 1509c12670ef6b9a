"""Undo covers what the seller sees change: suggestions accepted, the "Khung dọc" choice
and the crop window — one step per drag, not one per pixel."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt


def test_undo_forgets_accepted_suggestions(room, clips, qtbot):
    room.open_video(clips.portrait)
    qtbot.waitUntil(lambda: room.page.base_peaks is not None, timeout=10_000)
    quiet = np.array(room.page.base_peaks)
    quiet[100:200] = 0.0  # 1–2 s silent
    room.page.base_peaks, room.page.thumbs = quiet, []
    room.page.suggest_button.click()
    qtbot.waitUntil(lambda: room.page.suggestions.showing, timeout=5000)
    room.page.suggest_button.click()  # "Giữ 2 đoạn có tiếng"
    assert len(room.project.accepted) == 2
    room.undo_stack.undo()
    assert room.project.accepted == [] and room.segments() == []
    room.undo_stack.redo()
    assert len(room.project.accepted) == 2


@pytest.fixture(scope="module")
def landscape(tmp_path_factory):
    from app.video.synth import make_clip

    return make_clip(
        tmp_path_factory.mktemp("undo") / "wide.mp4", duration=1.5, width=320, height=180
    )


def _cropping(room, qtbot, path):
    room.open_video(path, segments=[(0.0, 1.2, "", None)])
    page = room.page
    page.platform_box.setCurrentIndex(page.platform_box.findData("tiktok_shop"))
    page.fit_control.box.setCurrentIndex(page.fit_control.box.findData("crop"))
    qtbot.waitUntil(lambda: page.frame_view.crop_rect() is not None, timeout=5000)
    return page.frame_view


def test_fit_choice_is_one_undo_step(room, qtbot, landscape):
    _cropping(room, qtbot, landscape)
    assert room.project.fit == "crop"
    room.undo_stack.undo()
    assert room.project.fit == "pad-blur"
    assert room.page.fit_control.box.currentData() == "pad-blur"
    assert room.page.frame_view.crop_rect() is None  # the preview follows


def test_a_crop_drag_is_one_undo_step(room, qtbot, landscape):
    view = _cropping(room, qtbot, landscape)
    steps = room.undo_stack.count()
    start = view.crop_rect().center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for dx in range(5, 65, 5):  # twelve mouse moves
        qtbot.mouseMove(view, start + QPoint(dx, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    moved = room.project.center
    assert moved[0] > 0.55
    assert room.undo_stack.count() == steps + 1
    window = view.crop_rect()
    room.undo_stack.undo()
    assert room.project.center == (0.5, 0.5)
    assert view.crop_rect().center().x() < window.center().x() - 20  # drawn back
    room.undo_stack.redo()
    assert room.project.center == moved
    # an Alt+← after the drag is a step of its own (a run of presses merges, not a drag)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert room.undo_stack.count() == steps + 2
    room.undo_stack.undo()
    assert room.project.center == moved
