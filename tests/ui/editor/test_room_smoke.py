from PySide6.QtCore import Qt

from app.video.synth import read_frame_number


def test_open_step_and_mark(room, clips, qtbot):
    room.open_video(clips.portrait)
    page = room.page
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.number == 0, timeout=5000)
    for expected in (1, 2, 3):
        qtbot.keyClick(room, Qt.Key.Key_Period)
        qtbot.waitUntil(lambda e=expected: page.shown.number == e, timeout=5000)
        assert read_frame_number(page.frame_view.rgb) == expected
        assert f"khung {expected}" in page.position_label.text()
    qtbot.keyClick(room, Qt.Key.Key_I)
    assert room.segments() == [(3 / 30, 4.0)] or len(room.segments()) == 1
