"""Audio waveform for the editor's timeline: peaks per pixel column, for any zoom.

The whole track is decoded once into peak values per 10 ms (mono, absolute) and
cached; any window and column count is then a cheap max over those bins.
"""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np

from app.config import Paths
from app.progress import CancelToken, ProgressFn, check, report
from app.video import cache, errors
from app.video.probe import open_input

BIN_SECONDS = 0.01
RATE = 16000
BIN = int(RATE * BIN_SECONDS)


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


def _compute(source: Path, progress, cancel) -> np.ndarray:
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
        resampler = av.AudioResampler(format="fltp", layout="mono", rate=RATE)
        chunks: list[np.ndarray] = []
        done = 0
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray()[0])
                    done += out.samples
                if len(chunks) % 64 == 0:
                    check(cancel)
                    if duration:
                        report(progress, done / RATE / duration, "")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray()[0])
        except av.FFmpegError:
            pass  # damaged tail: peaks for what could be decoded
    except av.FFmpegError as exc:
        raise errors.not_a_video(str(source), str(exc)) from None
    finally:
        container.close()
    samples = np.abs(np.concatenate(chunks)) if chunks else np.zeros(0, np.float32)
    bins = -(-len(samples) // BIN)
    padded = np.zeros(bins * BIN, np.float32)
    padded[: len(samples)] = samples
    report(progress, 1.0, "")
    return padded.reshape(bins, BIN).max(axis=1).clip(0, 1).astype(np.float32)


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
