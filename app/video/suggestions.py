"""Suggested cut points for "Gợi ý đoạn cắt": silent stretches and scene changes.

Silences come from the 10 ms waveform peaks (a stretch quieter than ``threshold`` for at
least ``min_length`` seconds); scene changes from differences between neighbouring
low-resolution filmstrip thumbnails. Both are cheap once the timeline has its data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.config import Paths
from app.progress import CancelToken, ProgressFn
from app.video.waveform import BIN_SECONDS

SCENE_SAMPLES_PER_SECOND = 2  # a cut between two samples is found at the later one
MAX_SCENE_SAMPLES = 600


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


def thumb_changes(
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


def scene_changes(
    path: str | Path,
    paths: Paths | None = None,
    *,
    sensitivity: float = 0.35,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[float]:
    """Times (seconds) where the picture changes a lot, from a small exact filmstrip.

    ``sensitivity`` 0..1: higher finds more (softer) changes. The strip is cached like
    the timeline's, so asking again costs nothing.
    """
    from app.video.probe import probe
    from app.video.thumbnails import filmstrip

    duration = probe(path, scan=False).duration
    count = max(2, min(MAX_SCENE_SAMPLES, round(duration * SCENE_SAMPLES_PER_SECOND)))
    thumbs = filmstrip(path, count, paths, height=36, progress=progress, cancel=cancel)
    # 0.35 → a mean change of ~42/255 between neighbours; 1.0 → any visible change
    threshold = 8.0 + (1.0 - min(max(sensitivity, 0.0), 1.0)) * 52.0
    return thumb_changes(thumbs, duration, threshold)


def suggest_segments(
    silent: list, duration: float, min_keep_s: float = 1.0
) -> list[tuple[float, float]]:
    """The speaking parts between ``silent`` stretches (``Silence`` or ``(start, end)``),
    each at least ``min_keep_s`` long: what "turn into segments" keeps."""
    keep, t = [], 0.0
    spans = sorted(
        (s.start, s.end) if isinstance(s, Silence) else (float(s[0]), float(s[1])) for s in silent
    )
    for start, end in spans:
        if start - t >= min_keep_s:
            keep.append((round(t, 3), round(start, 3)))
        t = max(t, end)
    if duration - t >= min_keep_s:
        keep.append((round(t, 3), round(duration, 3)))
    return keep


@dataclass(frozen=True)
class Suggested:
    """What one run of "Gợi ý đoạn cắt" found: silences and scene changes to show as
    markers, and the speaking parts a click keeps."""

    silences: list[Silence]
    scenes: list[float]
    keep: list[tuple[float, float]]
    threshold: float
    min_length: float


def suggest(
    peaks: np.ndarray,
    duration: float,
    thumbs: list[np.ndarray] | None = None,
    *,
    threshold: float = 0.05,
    min_length: float = 0.6,
) -> Suggested:
    """Silences (quieter than ``threshold`` for ``min_length`` s or more), scene changes
    from the timeline's filmstrip, and the parts between silences. Pure NumPy: cheap, but
    the room still runs it off the GUI thread (an hour of peaks is 360 000 bins)."""
    found = silences(peaks, threshold, min_length)
    scenes = thumb_changes(thumbs, duration) if thumbs else []
    keep = speech_segments(peaks, duration, threshold=threshold, min_length=min_length)
    return Suggested(found, scenes, keep, threshold, min_length)
