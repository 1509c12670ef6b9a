import numpy as np
import pytest

from app.progress import Cancelled, CancelToken
from app.video import thumbnails, waveform
from app.video.errors import VideoError
from app.video.synth import read_frame_number
from app.video.thumbnails import filmstrip, write_filmstrip
from app.video.waveform import peaks


def test_filmstrip_of_keyframes_covers_the_window(media):
    thumbs = filmstrip(media.plain, 6, start=1.0, end=4.0, height=90)
    assert len(thumbs) == 6 and thumbs[0].shape == (90, 120, 3)
    numbers = [read_frame_number(t) for t in thumbs]
    slots = [1.0 + 0.5 * (i + 0.5) for i in range(6)]
    for number, slot in zip(numbers, slots, strict=True):
        assert number % 15 == 0  # keyframes only (every 0.5 s)
        assert slot - 0.5 < number / 30 <= slot


def test_exact_filmstrip_shows_the_frame_at_each_slot(media):
    thumbs = filmstrip(media.plain, 4, start=0.0, end=2.0, exact=True)
    assert [read_frame_number(t) for t in thumbs] == [8, 23, 38, 53]


def test_filmstrip_is_rotated_like_the_video(media):
    (thumb,) = filmstrip(media.rotated, 1, height=90)
    assert thumb.shape[0] == 90 and thumb.shape[1] < 90


def test_filmstrip_is_cached_on_disk(media, paths, monkeypatch):
    first = filmstrip(media.plain, 5, paths)
    assert list((paths.cache_dir / "video").rglob("thumbs-*.npz"))

    def no_decoding(*args, **kwargs):
        raise AssertionError("decoded again instead of using the cache")

    monkeypatch.setattr(thumbnails, "_grab", no_decoding)
    again = filmstrip(media.plain, 5, paths)
    assert all((a == b).all() for a, b in zip(first, again, strict=True))


def test_filmstrip_progress_and_cancel(media):
    seen = []
    filmstrip(media.plain, 4, progress=lambda f, t: seen.append(f))
    assert seen[-1] == 1.0
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        filmstrip(media.plain, 4, cancel=token)


def test_filmstrip_hands_over_each_thumbnail_as_it_is_ready(media):
    arrived = {}
    thumbs = filmstrip(media.plain, 10, on_thumb=lambda slot, rgb: arrived.setdefault(slot, rgb))
    assert sorted(arrived) == list(range(10))
    assert all((arrived[i] == t).all() for i, t in enumerate(thumbs))


def test_filmstrip_files(media, tmp_path):
    files = write_filmstrip(media.plain, tmp_path / "strip", 3, None)
    assert [f.name for f in files] == ["thumb_000.jpg", "thumb_001.jpg", "thumb_002.jpg"]
    assert all(f.stat().st_size > 500 for f in files)


@pytest.mark.parametrize("name", ["text", "audio_only"])
def test_filmstrip_of_a_non_video(media, name):
    with pytest.raises(VideoError):
        filmstrip(getattr(media, name), 3)


def test_waveform_peaks_show_the_beeps(media):
    columns = peaks(media.plain, 120, start=0.0, end=6.0)  # 50 ms per column
    assert columns.shape == (120,)
    beeps = columns[::10]  # a beep starts every 0.5 s = every 10th column
    quiet = columns[5::10]
    assert beeps.min() > quiet.max() + 0.1


def test_waveform_is_computed_once_and_cached(media, paths, monkeypatch):
    full = peaks(media.plain, 60, paths)
    monkeypatch.setattr(waveform, "_compute", lambda *a: (_ for _ in ()).throw(AssertionError))
    zoomed = peaks(media.plain, 10, paths, start=1.0, end=2.0)
    assert np.allclose(peaks(media.plain, 60, paths), full)
    assert zoomed.shape == (10,)


def test_waveform_of_a_silent_video_is_flat(media):
    assert peaks(media.silent, 10).max() == 0.0


def test_waveform_cancel(media):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        peaks(media.plain, 10, cancel=token)


@pytest.mark.parametrize(("rate", "codec"), [(22050, "aac"), (44100, "pcm_s16le")])
def test_waveform_at_other_sample_rates_and_formats(tmp_path, rate, codec):
    """Bins stay 10 ms at any rate (22.05 kHz: 220.5 samples a bin) and integer PCM
    reads on the same 0..1 scale as float."""
    from app.video.synth import make_clip

    clip = make_clip(
        tmp_path / "clip.mov", duration=2.0, sample_rate=rate, audio_codec=codec, video=True
    )
    base = waveform.base_peaks(clip)
    assert len(base) == pytest.approx(200, abs=8)  # AAC pads up to one frame
    assert 0.2 < base.max() <= 1.0
    columns = peaks(clip, 40, start=0.0, end=2.0)  # 50 ms per column, a beep every 10th
    assert columns[::10].min() > columns[5::10].max() + 0.1


def test_waveform_of_a_long_track_in_two_halves_matches_one_pass(tmp_path, monkeypatch):
    """Long tracks are decoded as two halves side by side; the join is seamless (to the
    bin the two halves share, and the encoder's priming shift of at most two bins)."""
    from app.video.synth import make_clip

    clip = make_clip(tmp_path / "clip.mp4", duration=6.0, width=64, height=48)
    whole = waveform._compute(clip, None, None, split_after=1000.0)
    halves = waveform._compute(clip, None, None, split_after=1.0)
    assert abs(len(halves) - len(whole)) <= 2
    n = min(len(whole), len(halves))
    close = np.isclose(halves[:n], whole[:n], atol=0.02)
    assert close.mean() > 0.97
    monkeypatch.setattr(waveform, "SPLIT_SECONDS", 1.0)
    monkeypatch.setattr(waveform._compute, "__defaults__", (1.0,))
    beeps = peaks(clip, 120, start=0.0, end=6.0)  # the beeps still stand out after the join
    assert beeps[::10].min() > beeps[5::10].max() + 0.1
