"""Suggested cut points for "Gợi ý đoạn cắt": silent stretches and scene changes.

Silences come from the 10 ms waveform peaks (a stretch quieter than ``threshold`` for at
least ``min_length`` seconds); scene changes from differences between neighbouring
low-resolution filmstrip thumbnails. Both are cheap once the timeline has its data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.video.waveform import BIN_SECONDS


@dataclass(frozen=True)
class Silence:
    start: float
    end: float


def silences(peaks: np.ndarray, threshold: float = 0.05, min_length: float = 0.6) -> list[Silence]:
    quiet = np.asarray(peaks) < threshold
    out: list[Silence] = []
    if not quiet.size:
        return out
    edges = np.diff(np.concatenate(([0], quiet.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    for a, b in zip(starts, ends, strict=True):
        if (b - a) * BIN_SECONDS >= min_length:
            out.append(Silence(round(a * BIN_SECONDS, 3), round(b * BIN_SECONDS, 3)))
    return out


def scene_changes(
    thumbs: list[np.ndarray], duration: float, threshold: float = 40.0
) -> list[float]:
    """Times where a thumbnail differs from the previous one by more than ``threshold``
    (mean absolute difference of 0..255 pixels)."""
    times = []
    slot = duration / max(1, len(thumbs))
    for i in range(1, len(thumbs)):
        a, b = thumbs[i - 1], thumbs[i]
        if a is None or b is None or a.shape != b.shape:
            continue
        if float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean()) > threshold:
            times.append(round(i * slot, 3))
    return times


def speech_segments(peaks: np.ndarray, duration: float, **kwargs) -> list[tuple[float, float]]:
    """The stretches between silences: what a "keep the talking" click turns into segments."""
    keep, t = [], 0.0
    for s in silences(peaks, **kwargs):
        if s.start - t > 0.3:
            keep.append((t, s.start))
        t = s.end
    if duration - t > 0.3:
        keep.append((t, duration))
    return keep
