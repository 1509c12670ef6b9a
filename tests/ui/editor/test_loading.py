"""Opening shows the first picture first; the keyframe scan, filmstrip and waveform
arrive in the background, show the clip's own keyframes and pictures, come from the
cache the second time, and a clip opened meanwhile never gets the last one's."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.video import probe as probe_module
from app.video import thumbnails, waveform
from app.video.probe import probe
from app.video.synth import read_frame_number


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


@pytest.fixture(scope="module")
def wide_clip(tmp_path_factory) -> Path:
    """Wide enough for the frame number to be read off a 54-pixel-high thumbnail."""
    from app.video.synth import make_clip

    folder = tmp_path_factory.mktemp("loading")
    return make_clip(folder / "wide.mp4", duration=4.0, width=960, height=540, gop=15)


def wait_for_whole_timeline(room, qtbot) -> None:
    qtbot.waitUntil(
        lambda: bool(
            room.info.scanned
            and getattr(room.page, "thumbs", None)
            and getattr(room.page, "base_peaks", None) is not None
        ),
        timeout=10_000,
    )


def painted(image) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3)


def test_the_timeline_shows_each_slots_keyframe_and_the_real_keyframes(room, wide_clip, qtbot):
    room.open_video(wide_clip)
    wait_for_whole_timeline(room, qtbot)
    timeline = room.page.timeline
    assert len(timeline.thumbs) == 40
    for slot, image in enumerate(timeline.thumbs):
        number = read_frame_number(painted(image))
        at = room.info.duration * (slot + 0.5) / 40
        assert number % 15 == 0  # a keyframe (every 15 frames)...
        assert at - 0.5 < number / 30 <= at  # ...the last one at or before the slot
    with av.open(str(wide_clip)) as container:
        stream = container.streams.video[0]
        frames = sorted((f.pts, f.key_frame) for f in container.decode(stream))
    zero = frames[0][0]
    decoded = [float((pts - zero) * stream.time_base) for pts, key in frames if key]
    assert list(timeline.keyframes) == pytest.approx(decoded, abs=1e-6)
    assert len(timeline.keyframes) == 8


def test_a_clip_opened_again_has_its_whole_timeline_without_decoding(
    make_room, wide_clip, qtbot, monkeypatch
):
    first = make_room()
    first.open_video(wide_clip)
    wait_for_whole_timeline(first, qtbot)
    thumbs, peaks = first.page.thumbs, first.page.base_peaks
    keyframes = first.page.timeline.keyframes

    def no_decoding(*args, **kwargs):
        raise AssertionError("decoded again instead of using the cache")

    monkeypatch.setattr(thumbnails, "_grab", no_decoding)
    monkeypatch.setattr(waveform, "_compute", no_decoding)
    monkeypatch.setattr(probe_module, "_scan_packets", no_decoding)  # the packet walk
    again = make_room()  # same profile, so the same cache
    again.open_video(wide_clip)
    wait_for_whole_timeline(again, qtbot)  # a failed job would leave it waiting
    assert again.page.timeline.keyframes == keyframes
    assert np.array_equal(again.page.base_peaks, peaks)
    assert all(np.array_equal(a, b) for a, b in zip(again.page.thumbs, thumbs, strict=True))
