"""Awkward sources and targets: clear errors, no partial output, the source untouched."""

import os

import numpy as np
import pytest

from app.progress import Cancelled, CancelToken
from app.video.cut import ExportOptions, cut_video
from app.video.errors import VideoError
from app.video.probe import probe
from app.video.timecode import Segment

MODES = ["lossless", "smart", "exact"]


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("name", ["empty", "truncated", "text", "audio_only"])
@pytest.mark.parametrize("mode", MODES)
def test_unusable_sources_fail_cleanly(media, tmp_path, name, mode):
    with pytest.raises(VideoError):
        cut_video(
            getattr(media, name), tmp_path / "out.mp4", [Segment(0, 0.5)], ExportOptions(mode=mode)
        )
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", MODES)
def test_cancel_leaves_no_file(media, tmp_path, mode):
    token = CancelToken()
    seen = []

    def progress(fraction, text):
        seen.append(fraction)
        if fraction > 0.2:
            token.cancel()

    with pytest.raises(Cancelled):
        cut_video(
            media.plain,
            tmp_path / "out.mp4",
            [Segment(0, 2.5), Segment(3, 5.5)],
            ExportOptions(mode=mode),
            progress=progress,
            cancel=token,
        )
    assert seen
    assert leftovers(tmp_path) == []


def test_cancel_before_start(media, tmp_path):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        cut_video(media.plain, tmp_path / "out.mp4", [Segment(0, 1)], cancel=token)
    assert leftovers(tmp_path) == []


def test_failed_export_keeps_an_existing_target(media, tmp_path):
    target = tmp_path / "out.mp4"
    target.write_bytes(b"older export")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        cut_video(media.plain, target, [Segment(0, 1)], cancel=token)
    assert target.read_bytes() == b"older export"


@pytest.mark.parametrize("mode", MODES)
def test_unwritable_target_is_a_clear_error(media, tmp_path, mode):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(VideoError, match="Không ghi được"):
        cut_video(media.plain, blocker / "out.mp4", [Segment(0, 1)], ExportOptions(mode=mode))
    with pytest.raises(VideoError, match="Không ghi được"):
        cut_video(
            media.plain, tmp_path / "missing" / "out.mp4", [Segment(0, 1)], ExportOptions(mode=mode)
        )


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True,
    reason="root can write to read-only folders",
)
def test_read_only_folder(media, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(VideoError, match="Không ghi được"):
            cut_video(media.plain, folder / "out.mp4", [Segment(0, 1)])
    finally:
        folder.chmod(0o700)


def test_target_equal_to_source_is_refused(media, helpers):
    before = helpers.file_hash(media.plain)
    with pytest.raises(VideoError, match="trùng"):
        cut_video(media.plain, media.plain, [Segment(0, 1)])
    assert helpers.file_hash(media.plain) == before


def test_disk_full_is_reported_and_cleaned_up(media, tmp_path, monkeypatch):
    import errno

    from app.errors import DiskFull
    from app.video import cut

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cut, "export_exact", full)
    with pytest.raises(DiskFull):
        cut_video(media.plain, tmp_path / "out.mp4", [Segment(0, 1)])
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "segments", [[Segment(5, 7)], [Segment(1, 2), Segment(1.5, 3)], [Segment(2, 1)]]
)
def test_bad_segments_write_nothing(media, tmp_path, segments):
    with pytest.raises(VideoError):
        cut_video(media.plain, tmp_path / "out.mp4", segments)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", MODES)
def test_rotated_phone_clip(media, helpers, tmp_path, mode):
    result = cut_video(
        media.rotated, tmp_path / "out.mp4", [Segment(0.6, 1.4)], ExportOptions(mode=mode)
    )
    info = probe(result.output)
    assert (info.width, info.height) == (240, 320)  # still shown upright
    assert info.rotation == (0 if mode == "exact" else 90)  # exact turns the pixels


@pytest.mark.parametrize("mode", MODES)
def test_clip_without_sound(media, helpers, tmp_path, mode):
    result = cut_video(
        media.silent, tmp_path / "out.mp4", [Segment(0.6, 1.4)], ExportOptions(mode=mode)
    )
    info = probe(result.output)
    assert not info.has_audio
    assert info.duration == pytest.approx(result.duration, abs=1 / 30)


@pytest.mark.parametrize("mode", MODES)
def test_variable_frame_rate_clip(media, helpers, tmp_path, mode):
    source_times = {n: t for t, n, _ in helpers.frames(media.vfr)}
    result = cut_video(
        media.vfr,
        tmp_path / "out.mp4",
        [Segment(0.7, 1.5), Segment(2.0, 2.6)],
        ExportOptions(mode=mode),
    )
    frames = helpers.frames(result.output)
    numbers = [n for _, n, _ in frames]
    assert numbers == sorted(set(numbers))  # no repeats, in order
    if mode == "lossless":
        starts = [
            min(source_times, key=lambda n: abs(source_times[n] - u.start)) for u in result.used
        ]
        assert numbers[0] == starts[0] and starts[1] in numbers
    else:
        want = [n for n, t in sorted(source_times.items()) if 0.7 <= t < 1.5 or 2.0 <= t < 2.6]
        assert numbers == want
    assert frames[0][0] == pytest.approx(0.0, abs=1e-3)
    first_audio, rate, samples = helpers.audio(result.output)
    assert first_audio == pytest.approx(0.0, abs=1e-3)
    assert len(samples) / rate == pytest.approx(result.duration, abs=0.05)


def test_hevc_clip_cuts_exactly_and_smart_falls_back(hevc_clip, helpers, tmp_path):
    exact = cut_video(hevc_clip, tmp_path / "exact.mp4", [Segment(0.7, 1.3)])
    assert [n for _, n, _ in helpers.frames(exact.output)] == list(range(21, 39))
    smart = cut_video(
        hevc_clip, tmp_path / "smart.mp4", [Segment(0.7, 1.3)], ExportOptions(mode="smart")
    )
    assert smart.mode == "exact" and smart.notes
    lossless = cut_video(
        hevc_clip, tmp_path / "lossless.mp4", [Segment(0.7, 1.3)], ExportOptions(mode="lossless")
    )
    assert probe(lossless.output).video_codec == "hevc"


def test_audio_mp4_cannot_carry_is_re_encoded(media, helpers, tmp_path):
    from app.video.synth import make_clip

    camera = make_clip(tmp_path / "camera.mov", duration=1.5, audio_codec="pcm_s16le")
    result = cut_video(
        camera, tmp_path / "out.mp4", [Segment(0.3, 1.2)], ExportOptions(mode="lossless")
    )
    assert result.mode == "exact" and result.notes
    info = probe(result.output)
    assert info.audio_codec == "aac"
    assert [n for _, n, _ in helpers.frames(result.output)] == list(range(9, 36))


@pytest.mark.parametrize("mode", ["smart", "exact"])
def test_segment_between_two_frames(media, tmp_path, mode):
    with pytest.raises(VideoError):
        cut_video(media.plain, tmp_path / "out.mp4", [Segment(5.99, 6.0)], ExportOptions(mode=mode))
    assert leftovers(tmp_path) == []
    result = cut_video(
        media.plain,
        tmp_path / "out.mp4",
        [Segment(1, 2), Segment(5.99, 6.0)],
        ExportOptions(mode=mode),
    )
    assert result.duration == pytest.approx(1.0, abs=1 / 30)


@pytest.mark.parametrize("mode", ["lossless", "smart"])
def test_matroska_millisecond_ticks_do_not_make_the_sound_drift(helpers, tmp_path, mode):
    from app.video.synth import make_clip

    clip = make_clip(tmp_path / "screen.mkv", duration=5.0)
    result = cut_video(
        clip, tmp_path / "out.mp4", [Segment(0.5, 2.5), Segment(3.0, 4.9)], ExportOptions(mode=mode)
    )
    frames = helpers.frames(result.output)
    _, rate, samples = helpers.audio(result.output)
    assert len(samples) / rate == pytest.approx(result.duration, abs=1 / 30)
    onsets = helpers.onsets(samples, rate)
    for when in [t for t, n, _ in frames if n % 15 == 0]:
        assert np.min(np.abs(onsets - when)) <= 1 / 30


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_export_is_readable_like_any_new_file(media, tmp_path):
    result = cut_video(
        media.plain, tmp_path / "out.mp4", [Segment(0, 1)], ExportOptions(mode="lossless")
    )
    mask = os.umask(0)
    os.umask(mask)
    assert os.stat(result.output).st_mode & 0o777 == 0o666 & ~mask
