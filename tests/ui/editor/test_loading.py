"""Opening shows the first picture first; the keyframe scan, filmstrip and waveform
arrive in the background, and a clip opened meanwhile never gets the last one's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.video.probe import probe


def test_the_timeline_fills_in_after_the_first_picture(room, clips, qtbot):
    room.open_video(clips.portrait)
    assert not room.info.scanned  # the packet walk is not on the UI thread
    qtbot.waitUntil(lambda: room.page.shown is not None, timeout=5000)
    timeline = room.page.timeline
    qtbot.waitUntil(
        lambda: bool(
            room.info.scanned
            and getattr(room.page, "thumbs", None)
            and getattr(room.page, "base_peaks", None) is not None
        ),
        timeout=10_000,
    )
    assert timeline.keyframes == probe(clips.portrait).keyframes
    assert len(timeline.thumbs) == 40 and all(t is not None for t in timeline.thumbs)
    assert timeline.peaks.max() > 0.1  # the clip's beeps


def test_keyframe_keys_work_before_the_scan_is_back(room, clips, qtbot):
    room.open_video(clips.portrait)
    assert not room.info.scanned
    qtbot.keyClick(room, Qt.Key.Key_Down)  # next keyframe: GOP of 15
    qtbot.waitUntil(
        lambda: room.page.shown is not None and room.page.shown.number == 15, timeout=5000
    )


def test_another_clip_opened_meanwhile_gets_only_its_own_timeline(room, clips, qtbot):
    room.open_video(clips.phone)  # landscape-coded, shown upright (portrait thumbnails)
    qtbot.waitUntil(lambda: room.page.shown is not None, timeout=5000)
    room.open_video(clips.long)  # before the phone clip's timeline is done
    qtbot.waitUntil(
        lambda: bool(getattr(room.page, "thumbs", None) and room.info.scanned), timeout=10_000
    )
    qtbot.wait(100)  # anything late from the first clip would land now
    assert room.info.path == str(clips.long)
    assert room.page.timeline.keyframes == probe(clips.long).keyframes
    assert room.page.timeline.duration == room.info.duration
    assert not room.loader.tasks.busy
