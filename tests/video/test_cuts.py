"""The guarantees of a cut, checked by decoding the output (issue 4, item 2)."""

import numpy as np
import pytest

from app.video.cut import ExportOptions, cut_video
from app.video.probe import probe
from app.video.timecode import Segment

FRAME = 1 / 30
MODES = ["lossless", "smart", "exact"]
# cut points between keyframes (0.5 s apart) on purpose
SEGMENTS = [Segment(0.7, 1.6), Segment(2.2, 3.05), Segment(4.4, 5.3)]


@pytest.fixture(scope="module")
def outputs(media, tmp_path_factory):
    folder = tmp_path_factory.mktemp("cuts")
    return {
        mode: cut_video(media.plain, folder / f"{mode}.mp4", SEGMENTS, ExportOptions(mode=mode))
        for mode in MODES
    }


def expected_numbers(segments):
    numbers = []
    for seg in segments:
        first = int(np.ceil(seg.start * 30 - 1e-6))
        last = int(np.ceil(seg.end * 30 - 1e-6))
        numbers.extend(range(first, last))
    return numbers


@pytest.mark.parametrize("mode", MODES)
def test_frames_are_the_segments_in_order_without_repeats(outputs, helpers, mode):
    result = outputs[mode]
    shown = [n for _, n, _ in helpers.frames(result.output)]
    # lossless reports where it really started (keyframe) and ended; others match the request
    assert shown == expected_numbers(result.used)
    if mode != "lossless":
        for want, got in zip(SEGMENTS, result.used, strict=True):
            assert (got.start, got.end) == pytest.approx((want.start, want.end), abs=FRAME)


def test_lossless_snaps_each_start_to_the_keyframe_before_it(outputs):
    used = outputs["lossless"].used
    assert [u.start for u in used] == pytest.approx([0.5, 2.0, 4.0])
    for want, got in zip(SEGMENTS, used, strict=True):
        assert got.end <= want.end + FRAME
        assert got.end >= want.end - 3 * FRAME  # B-frames may end it a frame or two early


@pytest.mark.parametrize("mode", ["smart", "exact"])
def test_first_frame_matches_the_source_frame_at_the_cut(outputs, helpers, media, mode):
    frames = helpers.frames(outputs[mode].output)
    joins = np.cumsum([0] + [s.duration for s in SEGMENTS[:-1]])
    for seg, join in zip(SEGMENTS, joins, strict=True):
        first = next(f for f in frames if f[0] >= join - 1e-3)
        want = int(np.ceil(seg.start * 30 - 1e-6))
        assert first[1] == want
        assert helpers.psnr(first[2], helpers.source_frame(media.plain, want)) > 30


@pytest.mark.parametrize("mode", MODES)
def test_timestamps_start_at_zero_without_gaps(outputs, helpers, mode):
    result = outputs[mode]
    times = [t for t, _, _ in helpers.frames(result.output)]
    assert times[0] == pytest.approx(0.0, abs=1e-3)
    assert np.diff(times) == pytest.approx(FRAME, abs=1e-3)
    info = probe(result.output)
    assert info.duration == pytest.approx(result.duration, abs=FRAME)
    wanted = sum(s.duration for s in (result.used if mode == "lossless" else SEGMENTS))
    assert info.duration == pytest.approx(wanted, abs=FRAME)
    first_audio, rate, samples = helpers.audio(result.output)
    assert first_audio == pytest.approx(0.0, abs=1e-3)
    assert len(samples) / rate == pytest.approx(info.duration, abs=FRAME)


@pytest.mark.parametrize("mode", MODES)
def test_sound_stays_in_sync_across_joins(outputs, helpers, mode):
    """Each half-second beep lands on the frame it was recorded with (≤ 1 frame)."""
    result = outputs[mode]
    frames = helpers.frames(result.output)
    _, rate, samples = helpers.audio(result.output)
    onsets = helpers.onsets(samples, rate)
    beep_frames = [t for t, n, _ in frames if n % 15 == 0]  # 15 frames = 0.5 s
    assert len(beep_frames) >= 4
    for when in beep_frames:
        assert np.min(np.abs(onsets - when)) <= FRAME


@pytest.mark.parametrize("mode", MODES)
def test_joins_have_no_silence_or_click(outputs, helpers, mode):
    result = outputs[mode]
    _, rate, samples = helpers.audio(result.output)
    joins = np.cumsum([s.duration for s in result.used[:-1]])
    window = int(rate * 0.005)
    # the tone is 0.3 peak (+0.3 beep): its steepest honest step is ~0.09 per sample
    assert np.abs(np.diff(samples)).max() < 0.2
    for join in joins:
        around = samples[int((join - 0.04) * rate) : int((join + 0.04) * rate)]
        rms = [
            np.sqrt(np.mean(around[i : i + window] ** 2))
            for i in range(0, len(around) - window, window)
        ]
        assert min(rms) > 0.05  # tone RMS is ~0.21; a gap would be ~0


@pytest.mark.parametrize("mode", MODES)
def test_source_is_never_modified(media, helpers, tmp_path, mode):
    before = helpers.file_hash(media.plain)
    cut_video(media.plain, tmp_path / "out.mp4", [Segment(1, 2)], ExportOptions(mode=mode))
    assert helpers.file_hash(media.plain) == before


@pytest.mark.parametrize("mode", MODES)
def test_phone_clip_without_b_frames(media, helpers, tmp_path, mode):
    result = cut_video(
        media.phone,
        tmp_path / "out.mp4",
        [Segment(0.4, 1.3), Segment(1.9, 2.5)],
        ExportOptions(mode=mode),
    )
    shown = [n for _, n, _ in helpers.frames(result.output)]
    assert shown == expected_numbers(result.used)
    if mode != "lossless":
        assert shown == expected_numbers([Segment(0.4, 1.3), Segment(1.9, 2.5)])


def test_lossless_says_when_snapping_repeats_frames(media, tmp_path):
    result = cut_video(
        media.plain,
        tmp_path / "out.mp4",
        [Segment(0.7, 1.2), Segment(1.3, 1.9)],
        ExportOptions(mode="lossless"),
    )
    assert result.used[1].start == pytest.approx(1.0)  # keyframe before 1.3, inside segment 1
    assert len(result.notes) == 1 and "khung khoá" in result.notes[0]
