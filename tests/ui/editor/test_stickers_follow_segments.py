"""Stickers are timed on the exported video: the paused preview shows them on that clock,
nothing kept means nothing to stick them on, a segment change that shortens the video
moves them inside (and the status line says so), an undo puts them back, and "Kết thúc ở
đây" takes a segment's own out point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def window_room(studio):
    """The room inside the main window, so the status line is the real one."""
    window = studio.show_window()
    window.show_room("editor")
    room = window.rooms["editor"]
    yield window, room
    room.shutdown()


def _stickers(room):
    return [(s.text, s.start, s.end) for s in room.project.stickers]


def _paused_at(room, qtbot, t):
    room.page.seek(t)
    qtbot.waitUntil(
        lambda: room.page.shown is not None and abs(room.page.shown.time - t) < 0.05,
        timeout=5000,
    )
    return len(room.page.frame_view.overlays)  # no title/price here: stickers only


def test_paused_preview_shows_stickers_on_the_export_clock(room, clips, qtbot):
    room.open_video(clips.portrait, segments=[(2.0, 4.0, "", None)])
    room.page.add_sticker("Freeship", 0.0, 1.0)  # the first second of the export
    assert _paused_at(room, qtbot, 2.5) == 1  # source 2.5 s = 0.5 s into the export
    assert _paused_at(room, qtbot, 3.5) == 0  # 1.5 s into the export: gone
    assert _paused_at(room, qtbot, 0.5) == 0  # a part that is cut away


def test_nothing_kept_nothing_to_stick_on(window_room, clips, qtbot):
    window, room = window_room
    room.open_video(clips.portrait)
    room.page.sticker_edit.setText("Freeship")
    room.page.add_sticker_from_form()
    assert room.project.stickers == []
    message = window.statusBar().currentMessage()
    assert "Chưa giữ đoạn nào" in message and "bấm I" in message
    room.page.act_mark_in()  # I at the start keeps the whole clip
    room.page.add_sticker_from_form()
    assert _stickers(room) == [("Freeship", 0.0, 3.0)]


def test_a_shorter_video_moves_stickers_inside_and_says_so(window_room, clips, qtbot):
    window, room = window_room
    room.open_video(clips.long, segments=[(0.0, 4.0, "", None), (6.0, 10.0, "", None)])
    room.page.add_sticker("Freeship", 6.0, 8.0)  # on the second segment's end
    room.page.add_sticker("Giảm 20%", 0.5, 1.5)
    room.page.table.selectRow(1)
    qtbot.keyClick(room, Qt.Key.Key_Delete)  # the export is now 4 s long
    assert room.segments() == [(0.0, 4.0)]
    assert _stickers(room) == [("Freeship", 2.0, 4.0), ("Giảm 20%", 0.5, 1.5)]
    message = window.statusBar().currentMessage()
    number = room.page.sticker_panel.locale().toString
    times = f"{number(2.0, 'f', 1)}–{number(4.0, 'f', 1)}"  # "2,0–4,0" in Vietnamese
    assert "Freeship" in message and times in message and "Giảm" not in message
    # the sticker table shows the new times
    panel = room.page.sticker_panel
    assert (panel.table.cellWidget(0, 1).value(), panel.table.cellWidget(0, 2).value()) == (
        2.0,
        4.0,
    )
    room.undo_stack.undo()  # segment and sticker back together
    assert room.segments() == [(0.0, 4.0), (6.0, 10.0)]
    assert _stickers(room)[0] == ("Freeship", 6.0, 8.0)
    # an out point set with O shortens it too
    room.page.seek(1.0)
    qtbot.keyClick(room, Qt.Key.Key_O)
    assert room.segments() == [(0.0, 1.0), (6.0, 10.0)]
    assert _stickers(room)[0] == ("Freeship", 3.0, 5.0)


def test_trim_offered_by_the_export_dialog_keeps_stickers_inside(room, clips):
    # 12 s kept for a platform of at most 60 s is fine; ask the dialog to trim anyway
    room.open_video(clips.long, segments=[(0.0, 12.0, "", None)])
    room.page.add_sticker("Freeship", 10.0, 12.0)
    room.page.open_export_dialog()
    dialog = room.page.export_dialog
    dialog.excess = 7.0  # what "Cắt bớt 7 giây" would trim
    dialog._fix()
    assert room.project.output_length() == pytest.approx(5.0, abs=0.02)
    sticker = room.project.stickers[0]
    assert sticker.end <= room.project.output_length() + 1e-6
    assert sticker.end - sticker.start == pytest.approx(2.0, abs=0.02)
    dialog.close()


def test_end_here_at_a_segment_out_point(room, clips, monkeypatch):
    refused = []
    monkeypatch.setattr(
        "app.ui.editor.sticker_panel.QMessageBox.information", lambda *a: refused.append(a)
    )
    room.open_video(clips.portrait, segments=[(0.0, 1.0, "", None), (2.0, 3.0, "", None)])
    room.page.add_sticker("Freeship", 0.0, 2.0)
    panel = room.page.sticker_panel
    panel.table.selectRow(0)
    room.page.seek(1.0)  # the first segment's out point: where its last frame stops
    panel.to_here.click()
    assert refused == []
    assert room.project.stickers[0].end == pytest.approx(1.0)


def test_playhead_is_called_what_users_call_it(room):
    panel = room.page.sticker_panel
    for text in (panel.from_here.toolTip(), panel.to_here.toolTip()):
        assert "vị trí đang phát" in text and "đầu đọc" not in text.lower()


def test_an_old_project_opens_with_its_stickers_inside(window_room, clips, tmp_path, qtbot):
    """A project stored with a sticker past the end of its exported video (as an older
    version left it) shows the fitted times at once, says so, keeps them, and exports
    them; undoing the first edit does not bring the sticker back past the end."""
    from app.editor import projects
    from app.editor.project import Piece
    from app.store.engine import session_scope
    from app.video.stickers import Sticker

    from .conftest import copy_of

    window, room = window_room
    clip = copy_of(clips.long, tmp_path, "old-project.mp4")
    with session_scope(room.context.db.sessions) as session:
        old = projects.load_or_create(session, clip, 12.0)
        old.segments = [Piece(0.0, 4.0)]
        old.stickers = [Sticker("Freeship", 8.0, 10.0), Sticker("Giảm 20%", 0.5, 1.5)]
        projects.save(session, old)
    room.open_video(clip)
    panel = room.page.sticker_panel
    shown = [
        (panel.table.cellWidget(row, 1).value(), panel.table.cellWidget(row, 2).value())
        for row in range(panel.table.rowCount())
    ]
    assert shown == [(2.0, 4.0), (0.5, 1.5)]
    message = window.statusBar().currentMessage()
    number = panel.locale().toString
    assert "Freeship" in message and f"{number(2.0, 'f', 1)}–{number(4.0, 'f', 1)}" in message
    assert "Giảm" not in message
    # what the export gets
    request = room.export_request(tmp_path / "out.mp4", "shopee", "exact")
    assert [(s.start, s.end) for s in request.stickers] == [(2.0, 4.0), (0.5, 1.5)]
    # the first edit, then its undo: the sticker stays inside
    room.page.seek(6.0)
    qtbot.keyClick(room, Qt.Key.Key_I)  # a second segment from 6 s: the video is longer
    room.undo_stack.undo()
    assert room.segments() == [(0.0, 4.0)]
    assert _stickers(room)[0] == ("Freeship", 2.0, 4.0)
    # kept: the next opening finds the fitted times, with nothing more to say
    room.save_now()
    with session_scope(room.context.db.sessions) as session:
        again = projects.load_or_create(session, clip, 12.0)
    assert [(s.start, s.end) for s in again.stickers] == [(2.0, 4.0), (0.5, 1.5)]
    assert again.moved_on_open == []


def test_stickers_follow_a_segment_end_while_it_is_dragged(window_room, clips, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from app.ui.editor.timeline import STRIP_H, WAVE_H

    window, room = window_room
    room.open_video(clips.long, segments=[(0.0, 8.0, "", None)])
    room.page.add_sticker("Freeship", 6.0, 8.0)
    panel, timeline = room.page.sticker_panel, room.page.timeline
    steps = room.undo_stack.count()

    def table_times():
        return panel.table.cellWidget(0, 1).value(), panel.table.cellWidget(0, 2).value()

    y = STRIP_H + WAVE_H + 10
    grab = QPoint(round(timeline.x_of(8.0)), y)
    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grab)
    QTest.mouseMove(timeline, QPoint(round(timeline.x_of(5.0)), y))
    end = room.segments()[0][1]
    assert end == pytest.approx(5.0, abs=0.1)
    # while the mouse is still down the table already shows the sticker inside
    assert table_times() == pytest.approx((end - 2.0, end), abs=0.01)
    QTest.mouseMove(timeline, QPoint(round(timeline.x_of(9.0)), y))  # back out, longer
    assert table_times() == (6.0, 8.0)  # where it was: it only moved for a shorter video
    drop = QPoint(round(timeline.x_of(4.0)), y)
    QTest.mouseMove(timeline, drop)
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, drop)
    end = room.segments()[0][1]
    assert _stickers(room) == [
        ("Freeship", pytest.approx(end - 2, abs=1e-3), pytest.approx(end, abs=1e-3))
    ]
    assert "Freeship" in window.statusBar().currentMessage()  # said once it is dropped
    assert room.undo_stack.count() == steps + 1
    room.undo_stack.undo()  # segment end and sticker back in one step
    assert room.segments() == [(0.0, 8.0)] and _stickers(room) == [("Freeship", 6.0, 8.0)]


def test_a_project_whose_file_got_shorter_says_what_it_cut(window_room, clips, tmp_path):
    """The file at a project's path was replaced by a shorter clip: the segments past its
    end are shortened or dropped when it opens, and the status line says so (the next
    save keeps the change)."""
    from app.editor import projects
    from app.editor.project import Piece
    from app.store.engine import session_scope

    from .conftest import copy_of

    window, room = window_room
    clip = copy_of(clips.long, tmp_path, "replaced.mp4")
    with session_scope(room.context.db.sessions) as session:
        old = projects.load_or_create(session, clip, 40.0)  # as if it had been 40 s long
        old.segments = [Piece(1.0, 3.0), Piece(10.0, 14.0), Piece(30.0, 35.0)]
        projects.save(session, old)
    room.open_video(clip)
    assert room.segments() == [(1.0, 3.0), (10.0, 12.0)]  # the clip is 12 s now
    message = window.statusBar().currentMessage()
    assert "ngắn hơn lúc làm dự án" in message and "2 đoạn" in message
