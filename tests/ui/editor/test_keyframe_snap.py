"""With "Nhanh" (lossless) export chosen, each segment shows where its copy will really
start — the keyframe at or before its in point — as a hatched lead-in on the timeline, a
tooltip sentence and a note in the segment list; and the export starts exactly there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.ui.editor.timeline import SEG_H, STRIP_H, WAVE_H
from app.video.probe import probe

SENTENCE = "Cắt nhanh sẽ bắt đầu ở khung khoá 00:00.500 (sớm hơn 0,4 giây)"


def _scanned(room, qtbot):
    # keyframes come from a background scan after the first picture
    qtbot.waitUntil(lambda: room.info.scanned, timeout=10_000)


def _choose_lossless(room):
    room.page.open_export_dialog()
    dialog = room.page.export_dialog
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("original"))
    dialog.mode_buttons["lossless"].setChecked(True)
    return dialog


def _lead_in_pixel(room) -> QColor:
    """The colour in the segment lane between the keyframe (0.5 s) and the in point (0.9 s)."""
    timeline = room.page.timeline
    image = timeline.grab().toImage()
    x = round((timeline.x_of(0.5) + timeline.x_of(0.9)) / 2)
    return image.pixelColor(x, STRIP_H + WAVE_H + 2 + SEG_H // 2)


# the offscreen platform cannot raise the tooltip window; it still holds the text
@pytest.mark.qt_log_ignore(".*does not support raise.*")
def test_lossless_shows_the_keyframe_each_cut_starts_at(room, clips, qtbot, tmp_path):
    # keyframes every 0.5 s (GOP 15 at 30 fps): 0.9 s snaps to 0.5 s, 2.0 s is a keyframe
    room.open_video(clips.portrait, segments=[(0.9, 1.5, "", None), (2.0, 3.0, "", None)])
    _scanned(room, qtbot)
    page = room.page
    assert page.timeline.snaps == [None, None]  # "Đầy đủ" cuts where asked: nothing shown
    background = _lead_in_pixel(room)
    dialog = _choose_lossless(room)
    assert page.timeline.snaps == [pytest.approx(0.5), None]
    assert page.timeline.snap_tips[0] == SENTENCE
    # the segment list says it too
    assert page.table.item(0, 0).toolTip() == SENTENCE
    assert "(+0,4 giây)" in page.table.item(0, 2).text()
    assert page.table.item(1, 0).toolTip() == ""
    # drawn: the lead-in is no longer the empty lane
    assert _lead_in_pixel(room) != background
    # hovering it shows the sentence
    timeline = page.timeline
    x = round((timeline.x_of(0.5) + timeline.x_of(0.9)) / 2)
    local = QPoint(x, STRIP_H + WAVE_H + 10)
    event = QHelpEvent(QEvent.Type.ToolTip, local, timeline.mapToGlobal(local))
    QApplication.sendEvent(timeline, event)
    assert QToolTip.text() == SENTENCE
    QToolTip.hideText()
    # and the export really starts there
    target = tmp_path / "fast.mp4"
    result = room.export_to(target, "original", "lossless")
    assert result.used[0].start == pytest.approx(0.5, abs=0.001)
    assert probe(target).duration == pytest.approx(1.0 + 1.0, abs=0.1)
    dialog.close()


def test_back_to_an_exact_mode_hides_the_snap_and_is_kept(make_room, clips, qtbot):
    room = make_room()
    room.open_video(clips.portrait, segments=[(0.9, 1.5, "", None)])
    _scanned(room, qtbot)
    dialog = _choose_lossless(room)
    dialog.close()
    room.shutdown()
    again = make_room()
    again.open_video(clips.portrait)
    _scanned(again, qtbot)
    assert again.page.timeline.snaps == [pytest.approx(0.5)]  # the mode is kept
    dialog = _choose_lossless(again)
    dialog.mode_buttons["smart"].setChecked(True)
    assert again.page.timeline.snaps == [None]
    assert again.page.table.item(0, 0).toolTip() == ""
    dialog.close()
