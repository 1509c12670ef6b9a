"""Low-end PCs: the preview's dropped frames are measured from the times of the frames
the video sink receives; when the preview cannot keep up the room offers "Máy chạy chậm —
tạo bản xem trước nhẹ hơn?", builds the 540p proxy in the background and plays it, while
the exact paused frame and every export still read the original.

A simulated sink stands in for the video widget's: it delivers frames whose times jump
the way Qt's renderer skips late frames — no wall-clock timing in these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from app.ui.editor.playback_meter import MIN_FRAMES, PlaybackMeter
from app.video.exact import EncodeSettings
from app.video.probe import probe


def STILL() -> float:
    return 0.0


class _Frame:
    def __init__(self, start_us: int) -> None:
        self._start = start_us

    def startTime(self) -> int:
        return self._start


class SlowSink(QObject):
    """Delivers one frame in ``every`` of a 30 fps clip (every=1: keeps up)."""

    videoFrameChanged = Signal(object)

    def play(self, frames: int, every: int = 1, first: int = 0) -> None:
        for index in range(first, first + frames, every):
            self.videoFrameChanged.emit(_Frame(round(index * 1_000_000 / 30)))


def test_meter_counts_dropped_frames_from_frame_times(qtbot):
    sink = SlowSink()
    meter = PlaybackMeter(sink, 30.0, clock=STILL)
    meter.start(1.0)
    with qtbot.waitSignal(meter.fell_behind, timeout=1000):
        sink.play(90, every=3)  # two of every three frames skipped
    assert meter.shown == 30
    assert meter.dropped == pytest.approx(58, abs=1)
    assert meter.shown_share() == pytest.approx(1 / 3, abs=0.02)
    assert meter.too_slow()


def test_meter_keeps_quiet_when_the_preview_keeps_up(qtbot):
    sink = SlowSink()
    meter = PlaybackMeter(sink, 30.0, clock=STILL)
    told = []
    meter.fell_behind.connect(lambda: told.append(True))
    meter.start(1.0)
    sink.play(120)
    sink.play(60, first=10)  # a seek back while playing: not a drop
    sink.play(60, first=500)  # a click far ahead on the timeline: not a drop either
    sink.play(30, every=2, first=560)  # a short hiccup: 14 frames skipped of 270
    assert not told
    assert meter.dropped == 14
    assert not meter.too_slow()


def test_meter_waits_for_enough_frames_and_ignores_fast_shuttle(qtbot):
    sink = SlowSink()
    meter = PlaybackMeter(sink, 30.0, clock=STILL)
    meter.start(1.0)
    sink.play(MIN_FRAMES // 2, every=3)
    assert meter.shown_share() is None and not meter.too_slow()
    meter.stop()
    meter.start(2.0)  # L twice: frames skipped on purpose
    sink.play(300, every=4, first=1000)
    assert meter.shown < MIN_FRAMES  # nothing was counted at 2×


def test_every_frame_but_slower_than_real_time_is_too_slow(qtbot):
    """A PC can show every frame yet drag behind the sound: the frames' own times have
    no gaps, but they arrive 70 ms apart instead of 33 ms (a simulated clock)."""
    now = [0.0]
    sink = SlowSink()
    meter = PlaybackMeter(sink, 30.0, clock=lambda: now[0])
    meter.start(1.0)
    for index in range(60):
        now[0] += 0.07
        sink.videoFrameChanged.emit(_Frame(round(index * 1_000_000 / 30)))
    assert meter.dropped == 0
    assert meter.shown_share() == pytest.approx(60 / (59 * 0.07 * 30 + 1), abs=0.01)
    assert meter.too_slow()


def test_frames_without_times_judged_by_the_clock(qtbot):
    now = [10.0]
    sink = SlowSink()
    meter = PlaybackMeter(sink, 30.0, clock=lambda: now[0])
    meter.start(1.0)
    now[0] += 0.5  # the player's start-up before the first frame is not counted
    for _ in range(90):  # in time: 30 fps
        sink.videoFrameChanged.emit(_Frame(-1))
        now[0] += 1 / 30
    assert not meter.too_slow()
    meter.stop()
    meter.start(1.0)
    for _ in range(60):  # then 10 fps
        sink.videoFrameChanged.emit(_Frame(-1))
        now[0] += 0.1
    assert meter.too_slow()


# real playback offscreen: Qt says it converts frames on the CPU (no GPU there)
@pytest.mark.qt_log_ignore(".*No RHI backend.*")
def test_slow_preview_offers_the_proxy_and_exports_read_the_original(room, clips, qtbot, tmp_path):
    room.open_video(clips.portrait, segments=[(0.0, 2.0, "", None)])
    page = room.page
    offer = page.proxy_offer
    sink = SlowSink()
    page.meter = PlaybackMeter(sink, 30.0, page, clock=STILL)  # the simulated slow video sink
    offer.watch(page.meter)
    assert not offer.isVisibleTo(page)
    qtbot.keyClick(room, Qt.Key.Key_Space)  # play at normal speed
    sink.play(120, every=3)
    assert offer.isVisibleTo(page)  # offered while playing, not only after
    assert offer.label.text() == "Máy chạy chậm — tạo bản xem trước nhẹ hơn?"
    qtbot.keyClick(room, Qt.Key.Key_Space)
    offer.build_button.click()
    qtbot.waitUntil(lambda: page.preview_source != Path(clips.portrait), timeout=30_000)
    assert "proxy" in page.player.source().toLocalFile()
    assert not offer.isVisibleTo(page)
    proxy = probe(page.preview_source)
    assert proxy.height == 540  # the light copy plays
    # the exact paused frame and the export still read the original
    assert Path(room.reader.path) == Path(clips.portrait)
    target = tmp_path / "from-original.mp4"
    room.export_to(target, "zalo", "smart", encode=EncodeSettings(x264_preset="ultrafast"))
    out = probe(target)
    assert (out.width, out.height) == (180, 320)  # the original's frame, not the proxy's


def test_no_thanks_hides_the_offer_for_this_clip(room, clips, qtbot):
    room.open_video(clips.portrait)
    page = room.page
    sink = SlowSink()
    page.meter = PlaybackMeter(sink, 30.0, page, clock=STILL)
    page.proxy_offer.watch(page.meter)
    page.meter.start(1.0)
    sink.play(120, every=3)
    assert page.proxy_offer.isVisibleTo(page)
    page.proxy_offer.no_button.click()
    assert not page.proxy_offer.isVisibleTo(page)
    page.meter.start(1.0)
    sink.play(120, every=3, first=500)
    assert not page.proxy_offer.isVisibleTo(page)
