"""Audio waveform for the editor's timeline: peaks per pixel column, for any zoom.

The whole track is decoded once (audio packets only) into peak values per 10 ms
(mono, absolute) and cached; any window and column count is then a cheap max over those bins.
"""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import av
import numpy as np

from app.config import Paths
from app.progress import CancelToken, ProgressFn, check, report
from app.video import cache, errors
from app.video.probe import open_input

BIN_SECONDS = 0.01
RATE = 48000  # assumed when a stream does not say its sample rate


def base_peaks(
    path: str | Path,
    paths: Paths | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Peak |sample| (0..1) per 10 ms bin over the whole file; empty if it has no audio."""
    source = Path(path)
    store = cache.folder(paths, source) / "peaks-10ms.npy" if paths is not None else None
    if store is not None and store.exists():
        try:
            return np.load(store)
        except (OSError, ValueError):
            store.unlink(missing_ok=True)
    peaks = _compute(source, progress, cancel)
    if store is not None:
        buffer = io.BytesIO()
        np.save(buffer, peaks)
        cache.write_atomic(store, buffer.getvalue())
    return peaks


SPLIT_SECONDS = 120.0  # longer tracks are decoded as two halves side by side


def _compute(source: Path, progress, cancel, split_after: float = SPLIT_SECONDS) -> np.ndarray:
    """Two decoders over the two halves of a long track (AAC decoding is one thread's
    work; the room's timeline waits for it): the halves meet at a frame boundary and
    the bin they share takes the louder of the two."""
    check(cancel)
    container = open_input(source)
    try:
        if not container.streams.audio:
            return np.zeros(0, np.float32)
        stream = container.streams.audio[0]
        duration = (
            float(stream.duration * stream.time_base)
            if stream.duration
            else ((container.duration or 0) / 1_000_000)
        )
    finally:
        container.close()
    if duration <= split_after:
        return _decode_part(source, None, None, duration, progress, cancel)[1]
    middle = duration / 2
    with ThreadPoolExecutor(2, thread_name_prefix="waveform") as pool:
        tail = pool.submit(_decode_part, source, middle, None, duration, None, cancel)
        head = _decode_part(source, None, middle, duration, progress, cancel)
        tail_first, tail_bins = tail.result()
    _, head_bins = head
    if not len(tail_bins):
        return head_bins
    out = np.zeros(max(len(head_bins), tail_first + len(tail_bins)), np.float32)
    out[: len(head_bins)] = head_bins
    shared = out[tail_first : tail_first + len(tail_bins)]
    np.maximum(shared, tail_bins, out=shared)
    return out


def _decode_part(source: Path, start, stop, duration, progress, cancel):
    """Bins for the frames from ``start`` (None: the beginning) up to the first frame at
    or after ``stop`` seconds: (index of the first bin, bins).

    The loop runs once per 1024-sample AAC frame (28 000 times for ten minutes), so it
    does no more than hand the frame's planes over: mixing to mono and the peaks are
    done with numpy a few seconds at a time (the per-frame version cost as much CPU as
    the decoding, and held the GIL the UI thread waits for).
    """
    container = open_input(source)
    try:
        stream = container.streams.audio[0]
        # Demux the audio alone: the demuxer then skips the video's bytes (most of the file)
        # instead of reading and dropping them.
        for other in container.streams:
            if other.index != stream.index:
                other.discard = av.stream.Discard.all
        rate = stream.codec_context.sample_rate or RATE
        tb = stream.time_base
        zero = stream.start_time or 0
        samples_per_tick = float(tb) * rate  # floats: a Fraction per frame costs 4 µs
        start_at = round(start * rate) if start is not None else None
        stop_at = round(stop * rate) if stop is not None else None
        if start is not None:
            # a second early: the decoder's first frames after a seek are not clean
            container.seek(zero + round(max(0.0, start - 1.0) / tb), stream=stream)
        binner: _Binner | None = None if start is not None else _Binner(rate, 0)
        frames = 0
        try:
            for frame in container.decode(stream):
                pts = frame.pts
                at = None if pts is None else round((pts - zero) * samples_per_tick)
                if stop_at is not None and at is not None and at >= stop_at:
                    break
                if binner is None:
                    if at is None or at < start_at:
                        continue
                    binner = _Binner(rate, at)
                binner.add(_planes(frame))
                frames += 1
                if frames % 256 == 0:
                    check(cancel)
                    if duration:
                        report(progress, binner.seconds() / (stop or duration), "")
        except av.FFmpegError:
            pass  # damaged tail: peaks for what could be decoded
    except av.FFmpegError as exc:
        raise errors.not_a_video(str(source), str(exc)) from None
    finally:
        container.close()
    report(progress, 1.0, "")
    if binner is None:
        return 0, np.zeros(0, np.float32)
    return binner.first_bin, binner.finish()


def _planes(frame: av.AudioFrame) -> list[np.ndarray]:
    """The frame's samples as one float array per channel, in -1..1.

    Planar float (what AAC, MP3 and Opus decoders give) is read straight from the
    planes, without a copy: a resampler per frame cost several times the decoding.
    """
    n = frame.samples
    if frame.format.name == "fltp":
        return [np.frombuffer(plane, np.float32, n) for plane in frame.planes]
    data = frame.to_ndarray()
    if not frame.format.is_planar:
        data = data.reshape(n, -1).T
    if data.dtype.kind == "i":
        data = data.astype(np.float32) / float(np.iinfo(data.dtype).max)
    elif data.dtype.kind == "u":  # 8-bit PCM is unsigned around 128
        data = (data.astype(np.float32) - 128.0) / 128.0
    return list(data.astype(np.float32, copy=False))


def _mix(frames: list[list[np.ndarray]]) -> np.ndarray:
    """Consecutive frames' channels as one mono track (the mean of the channels)."""
    channels = len(frames[0])
    if any(len(planes) != channels for planes in frames):  # the layout changed midway
        return np.concatenate([_mix([planes]) for planes in frames])
    mono = np.concatenate([planes[0] for planes in frames])
    for k in range(1, channels):
        mono += np.concatenate([planes[k] for planes in frames])
    if channels > 1:
        mono *= 1.0 / channels
    return mono


class _Binner:
    """Peak |sample| per BIN_SECONDS bin at the stream's own rate, a chunk at a time
    (a whole track of samples would be hundreds of MB for an hour)."""

    CHUNK_SECONDS = 4.0

    def __init__(self, rate: int, first_sample: int = 0) -> None:
        self.per_bin = rate * BIN_SECONDS  # may be fractional (22050 Hz)
        self.rate = rate
        self.pending: list[list[np.ndarray]] = []  # frames not binned yet, per channel
        self.carry = np.zeros(0, np.float32)  # |mono| samples of a bin not yet complete
        self.pending_len = 0  # samples in carry and pending
        self.base = first_sample  # sample index of carry's (or pending's) first sample
        self.done_bins = int(first_sample // self.per_bin)  # the bin it starts in
        self.first_bin = self.done_bins
        self.out: list[np.ndarray] = []

    def seconds(self) -> float:
        return (self.base + self.pending_len) / self.rate

    def add(self, planes: list[np.ndarray]) -> None:
        self.pending.append(planes)
        self.pending_len += len(planes[0])
        if self.pending_len >= self.CHUNK_SECONDS * self.rate:
            self._flush(final=False)

    def _edge(self, k: int) -> int:
        return int(k * self.per_bin)

    def _flush(self, final: bool) -> None:
        if not self.pending_len:
            return
        samples = np.abs(_mix(self.pending)) if self.pending else self.carry[:0]
        if len(self.carry):
            samples = np.concatenate([self.carry, samples])
        self.pending = []
        end = self.base + len(samples)
        last = self.done_bins
        while self._edge(last + 1) <= end:
            last += 1
        if final and self._edge(last) < end:
            last += 1  # a short last bin
        if last > self.done_bins:
            edges = np.array(
                [max(0, self._edge(k) - self.base) for k in range(self.done_bins, last)],
                np.int64,
            )
            stop = min(self._edge(last), end) - self.base
            self.out.append(np.maximum.reduceat(samples[:stop], edges))
            self.done_bins = last
        keep = samples[max(0, self._edge(last) - self.base) :]
        self.carry = keep if len(keep) and not final else self.carry[:0]
        self.pending_len = len(self.carry)
        self.base = max(self.base, self._edge(last)) if not final else end

    def finish(self) -> np.ndarray:
        self._flush(final=True)
        if not self.out:
            return np.zeros(0, np.float32)
        return np.concatenate(self.out).clip(0, 1).astype(np.float32)


def peaks(
    path: str | Path,
    columns: int,
    paths: Paths | None = None,
    *,
    start: float = 0.0,
    end: float | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """``columns`` peak values (0..1) for [start, end) seconds; zeros where there is no audio."""
    base = base_peaks(path, paths, progress, cancel)
    end = len(base) * BIN_SECONDS if end is None else end
    columns = max(1, columns)
    edges = np.linspace(start / BIN_SECONDS, end / BIN_SECONDS, columns + 1)
    out = np.zeros(columns, np.float32)
    for i in range(columns):
        lo = int(edges[i])
        hi = max(lo + 1, int(np.ceil(edges[i + 1])))
        window = base[lo : min(hi, len(base))]
        if window.size:
            out[i] = window.max()
    return out
