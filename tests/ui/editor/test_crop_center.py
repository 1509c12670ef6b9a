"""Fit "Cắt khung": the preview shows the 9:16 window the export keeps; dragging it (or
Alt+←/→) moves the centre, which is kept in the project and used by the export — checked
on a clip whose left half is red and right half blue. The bare arrows stay the frame-step
keys even after a click on the picture; a hint on the window and the ``?`` overlay say how
it moves."""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.video.exact import EncodeSettings

FAST = EncodeSettings(x264_preset="ultrafast")


@pytest.fixture(scope="module")
def halves(tmp_path_factory):
    """1.33 s, 320×180: red left half, blue right half."""
    path = tmp_path_factory.mktemp("crop") / "halves.mp4"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = 320, 180, "yuv420p"
        stream.time_base = stream.codec_context.time_base = Fraction(1, 30)
        stream.options = {"preset": "ultrafast", "x264-params": "keyint=15"}
        rgb = np.zeros((180, 320, 3), np.uint8)
        rgb[:, :160] = (220, 30, 30)
        rgb[:, 160:] = (30, 30, 220)
        for index in range(40):
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def _crop_ready(room, qtbot, path):
    room.open_video(path, segments=[(0.0, 1.1, "", None)])  # TikTok Shop wants ≥ 1 s
    page = room.page
    page.platform_box.setCurrentIndex(page.platform_box.findData("tiktok_shop"))
    page.fit_control.box.setCurrentIndex(page.fit_control.box.findData("crop"))
    qtbot.waitUntil(lambda: page.frame_view.crop_rect() is not None, timeout=5000)
    return page.frame_view


def _mean_rgb(path) -> np.ndarray:
    with av.open(str(path)) as container:
        frame = next(container.decode(video=0))
        assert (frame.width, frame.height) == (1080, 1920)
        return frame.to_ndarray(format="rgb24").reshape(-1, 3).mean(axis=0)


def test_crop_window_shown_and_dragged(room, qtbot, halves, tmp_path):
    view = _crop_ready(room, qtbot, halves)
    window = view.crop_rect()
    image = view.image_rect()
    # a 9:16 window over a 16:9 picture: full height, about a third of the width, centred
    assert window.height() == pytest.approx(image.height(), abs=1)
    assert window.width() / window.height() == pytest.approx(9 / 16, abs=0.02)
    assert window.center().x() == pytest.approx(image.center().x(), abs=2)
    # the picture outside the window is dimmed in the preview
    shot = view.grab().toImage()
    y = round(image.center().y())
    inside = shot.pixelColor(round(window.left() + 6), y)  # red, as it is
    outside = shot.pixelColor(round(image.left() + 3), y)  # red too, dimmed
    assert inside.red() > 180 and outside.red() < 120
    # drag it all the way left
    start = window.center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, QPoint(round(image.left()) - 40, start.y()))
    qtbot.mouseRelease(
        view, Qt.MouseButton.LeftButton, pos=QPoint(round(image.left()) - 40, start.y())
    )
    assert view.crop_rect().left() == pytest.approx(image.left(), abs=1)  # stops at the edge
    cx = room.project.center[0]
    assert cx < 0.25
    left_clip = tmp_path / "left.mp4"
    room.export_to(left_clip, "tiktok_shop", "exact", encode=FAST)
    red, _green, blue = _mean_rgb(left_clip)
    assert red > 180 and blue < 60  # the left half only
    # Alt+→ moves it right, several presses
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert room.project.center[0] > 0.75
    assert room.page.playhead == 0.0  # Alt+arrows move the window, not the playhead
    right_clip = tmp_path / "right.mp4"
    room.export_to(right_clip, "tiktok_shop", "exact", encode=FAST)
    red, _green, blue = _mean_rgb(right_clip)
    assert blue > 180 and red < 60


def test_centre_and_fit_kept_in_the_project(make_room, qtbot, halves):
    room = make_room()
    view = _crop_ready(room, qtbot, halves)
    start = view.crop_rect().center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(100, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    moved = room.project.center
    assert moved[0] > 0.55
    room.shutdown()
    again = make_room()
    again.open_video(halves)
    assert again.project.fit == "crop"
    assert again.project.center == pytest.approx(moved)
    assert again.page.fit_control.box.currentData() == "crop"


def test_padded_fits_show_no_crop_window(room, qtbot, halves):
    view = _crop_ready(room, qtbot, halves)
    room.page.fit_control.box.setCurrentIndex(room.page.fit_control.box.findData("pad-blur"))
    assert view.crop_rect() is None
    assert room.project.fit == "pad-blur"


def _hint_pixels(view) -> int:
    """Yellow hint text inside the window, above its bottom edge (the frame is yellow
    too, so its sides are left out)."""
    crop = view.crop_rect()
    shot = view.grab().toImage()
    count = 0
    for x in range(round(crop.left()) + 10, round(crop.right()) - 10):
        for y in range(round(crop.bottom()) - 60, round(crop.bottom()) - 6):
            c = shot.pixelColor(x, y)
            count += c.red() > 200 and 150 < c.green() < 230 and c.blue() < 140
    return count


def test_alt_arrows_nudge_the_crop_and_bare_arrows_still_step(room, qtbot, halves):
    view = _crop_ready(room, qtbot, halves)
    page = room.page
    # the window says how it moves, in the picture and in its tooltip
    assert "Alt+←/→" in view.hint_text() and "Alt+←/→" in view.toolTip()
    assert _hint_pixels(view) > 20
    # the seller clicks the picture (as if to drag), then steps a frame with →
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.crop_rect().center().toPoint())
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.playhead == pytest.approx(1 / 30)  # one frame on
    assert room.project.center == (0.5, 0.5)  # the window stayed
    # Alt+→ five times: the window moves right, the playhead stays, one undo step
    steps = room.undo_stack.count()
    before = view.crop_rect().left()
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.crop_rect().left() > before + 10
    assert room.project.center[0] == pytest.approx(0.6, abs=0.02)
    assert page.playhead == pytest.approx(1 / 30)
    assert room.undo_stack.count() == steps + 1
    assert room.undo_stack.undoText() == "Dời khung cắt"
    # once moved, the hint stays away from the picture unless the mouse is over it
    view.leaveEvent(None)  # the mouse goes elsewhere
    assert view.hint_text() == "" and _hint_pixels(view) == 0
    # Alt+← back past the start and Ctrl+Z: the whole run of presses is undone at once
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(room, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert room.project.center == (0.5, 0.5)
    assert view.crop_rect().left() == pytest.approx(before, abs=1)
    # ↑/↓ keep their keyframe jumps; the ``?`` overlay lists the crop keys in one row
    qtbot.keyClick(room, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    text = page.keys_box.text().replace("&nbsp;", " ")  # kept on one line each
    assert "Alt+←/→/↑/↓" in text and "Dời khung cắt" in text
    assert "<b>← / ,</b>" in text  # the frame step, with the arrow sign
    page.keys_box.close()


def test_alt_arrows_without_a_crop_say_what_to_choose(room, qtbot, halves):
    view = _crop_ready(room, qtbot, halves)
    page = room.page
    page.fit_control.box.setCurrentIndex(page.fit_control.box.findData("pad-blur"))
    steps = room.undo_stack.count()
    qtbot.keyClick(room, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert room.undo_stack.count() == steps and room.project.center == (0.5, 0.5)
    assert "Cắt khung" in page.fit_control.last_notice
    assert view.hint_text() == "" and view.toolTip() == ""


# the offscreen platform can't raise a popup or grab the keyboard for it
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_alt_down_on_a_focused_list_still_opens_it(room, qtbot, halves):
    _crop_ready(room, qtbot, halves)
    box = room.page.fit_control.box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert box.view().isVisible()  # the list opened, as in every Windows program
    assert room.project.center == (0.5, 0.5)  # and the crop window stayed
    box.hidePopup()


def test_a_tall_screen_recording_crops_up_and_down(room, qtbot, tmp_path):
    """A phone screen recording is taller than 9:16: the window moves up and down, with
    Alt+↑/↓ (the bare ↑/↓ stay the keyframe jumps)."""
    from app.video.synth import make_clip

    tall = make_clip(tmp_path / "screen.mp4", duration=1.5, width=144, height=320, gop=15)
    view = _crop_ready(room, qtbot, tall)
    assert view.crop_rect().width() == pytest.approx(view.image_rect().width(), abs=1)
    assert view.crop_rect().height() < view.image_rect().height() - 10
    assert "Alt+↑/↓" in view.hint_text()
    top = view.crop_rect().top()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.crop_rect().top() > top + 5
    assert room.project.center[1] > 0.5 and room.project.center[0] == 0.5
    assert room.page.playhead == 0.0  # not the next keyframe
    qtbot.keyClick(view, Qt.Key.Key_Down)  # bare ↓: the next keyframe (GOP of 15)
    assert room.page.playhead == pytest.approx(0.5)
