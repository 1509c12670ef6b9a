"""What the editor's timeline is drawn from is the file's own content: the waveform is the
loudest decoded sample of each 10 ms, the keyframe list is the frames the decoder calls
key frames, and both come back from the cache unchanged without decoding again."""

from __future__ import annotations

import av
import numpy as np
import pytest

from app.video import cache, waveform
from app.video import probe as probe_module


def decoded_mono(path) -> tuple[np.ndarray, int]:
    """The whole audio track decoded by PyAV's own converter, channels averaged."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        chunks = []
        for frame in container.decode(stream):
            data = frame.to_ndarray()
            if not frame.format.is_planar:  # interleaved: one row of L R L R...
                data = data.reshape(frame.samples, -1).T
            chunks.append(data)
    return np.concatenate(chunks, axis=1).mean(axis=0), rate


def reference_peaks(path) -> np.ndarray:
    mono, rate = decoded_mono(path)
    per_bin = round(rate * waveform.BIN_SECONDS)
    bins = -(-len(mono) // per_bin)
    padded = np.zeros(bins * per_bin, np.float32)
    padded[: len(mono)] = np.abs(mono)
    return padded.reshape(bins, per_bin).max(axis=1)


def decoded_keyframe_times(path) -> list[float]:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = [(f.pts, f.key_frame) for f in container.decode(stream)]
    zero = min(pts for pts, _ in frames)
    return [float((pts - zero) * stream.time_base) for pts, key in sorted(frames) if key]


def test_waveform_is_the_loudest_decoded_sample_of_each_10_ms(media):
    peaks = waveform._compute(media.plain, None, None, split_after=1000.0)
    expected = reference_peaks(media.plain)
    assert len(peaks) == len(expected)
    assert np.allclose(peaks, expected, atol=1e-5)
    assert peaks.max() > 0.4  # tone and beep together: not an all-zero track


def test_waveform_of_a_long_track_decoded_in_halves_is_the_decoded_sound(media):
    """The two halves meet at a frame boundary. The first half is exact; the second half's
    decoder starts after a seek, so its samples may differ in the last bits (a beep is
    0.3 above the tone, far more than the tolerance)."""
    peaks = waveform._compute(media.plain, None, None, split_after=1.0)
    expected = reference_peaks(media.plain)
    assert abs(len(peaks) - len(expected)) <= 2
    n = min(len(peaks), len(expected))
    seam = int(3.0 / waveform.BIN_SECONDS)  # the middle of the 6 s clip
    assert np.allclose(peaks[: seam - 2], expected[: seam - 2], atol=1e-5)
    assert np.allclose(peaks[seam + 2 : n], expected[seam + 2 : n], atol=5e-3)


def test_waveform_of_a_stereo_track_is_the_mean_of_its_channels(tmp_path):
    """Left loud, right silent: the mono peak is half the left's."""
    path = tmp_path / "left.mkv"
    rate = 48000
    with av.open(str(path), "w") as out:
        stream = out.add_stream("pcm_f32le", rate=rate, layout="stereo")
        t = np.arange(rate) / rate
        left = (0.8 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)
        samples = np.stack([left, np.zeros_like(left)]).T.reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(samples, format="flt", layout="stereo")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    peaks = waveform._compute(path, None, None)
    assert len(peaks) == pytest.approx(100, abs=1)
    assert peaks[5:-5].max() == pytest.approx(0.4, abs=0.01)
    assert np.allclose(peaks, reference_peaks(path), atol=1e-5)


def test_keyframe_scan_lists_the_frames_the_decoder_calls_key_frames(media, paths):
    info = cache.scanned_probe(media.plain, paths)
    assert info.scanned
    assert list(info.keyframes) == pytest.approx(decoded_keyframe_times(media.plain), abs=1e-6)
    assert len(info.keyframes) == 12  # 6 s, a keyframe every 0.5 s


def test_keyframe_scan_comes_back_from_the_cache_without_reading_packets(media, paths, monkeypatch):
    first = cache.scanned_probe(media.vfr, paths)

    def no_scan(*args, **kwargs):
        raise AssertionError("scanned again instead of using the cache")

    monkeypatch.setattr(probe_module, "_scan_packets", no_scan)  # the packet walk
    copy = media.folder / "vfr-copy.mp4"
    copy.write_bytes(media.vfr.read_bytes())
    again = cache.scanned_probe(copy, paths)  # a copy of the clip shares its cache
    assert again.path == str(copy)
    assert again.keyframes == first.keyframes and again.vfr and again.scanned
    assert again.duration == first.duration and again.frame_count == first.frame_count


def test_a_damaged_scan_cache_is_scanned_again(media, paths):
    first = cache.scanned_probe(media.phone, paths)
    (stored,) = cache.folder(paths, media.phone).glob("scan-*.json")
    stored.write_text("{not json", encoding="utf-8")
    assert cache.scanned_probe(media.phone, paths) == first
