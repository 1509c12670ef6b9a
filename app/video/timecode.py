"""Times as sellers type them (``12.5``, ``1:05.250``, ``1:02:03``) and segment lists."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.video import errors

_CLOCK = re.compile(r"^(?:(\d+):)?(\d+):(\d+(?:[.,]\d+)?)$")
_SECONDS = re.compile(r"^\d+(?:[.,]\d+)?$")
# Ends may stand a hair past the real duration because containers round it.
END_TOLERANCE = 0.05


def parse_time(text: str) -> float:
    """Seconds from ``12.5`` / ``12,5`` / ``mm:ss.mmm`` / ``hh:mm:ss.mmm``."""
    raw = text.strip()
    if _SECONDS.match(raw):
        return float(raw.replace(",", "."))
    match = _CLOCK.match(raw)
    if not match:
        raise errors.bad_time(text)
    hours, minutes, seconds = match.groups()
    secs = float(seconds.replace(",", "."))
    if secs >= 60 or (hours is not None and int(minutes) >= 60):
        raise errors.bad_time(text)
    return int(hours or 0) * 3600 + int(minutes) * 60 + secs


def format_time(seconds: float) -> str:
    millis = round(seconds * 1000)
    minutes, millis = divmod(millis, 60_000)
    return f"{minutes}:{millis / 1000:06.3f}"


def clock(seconds: float) -> str:
    """``mm:ss.mmm``, as the editor shows the playhead, segment ends and keyframes."""
    millis = round(max(seconds, 0.0) * 1000)
    minutes, millis = divmod(millis, 60_000)
    return f"{minutes:02d}:{millis // 1000:02d}.{millis % 1000:03d}"


@dataclass(frozen=True)
class Segment:
    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start

    def label(self) -> str:
        return f"{format_time(self.start)}–{format_time(self.end)}"


def parse_segment(text: str) -> Segment:
    """``START-END`` with either time form on each side."""
    parts = text.strip().split("-")
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        raise errors.bad_segment(text)
    try:
        return Segment(parse_time(parts[0]), parse_time(parts[1]))
    except errors.VideoError:
        raise errors.bad_segment(text) from None


def check_segments(segments: Sequence[Segment], duration: float) -> list[Segment]:
    """Segments as given (their order is the output order), ends clamped to the file.

    Overlaps are refused rather than merged: a seller who marked the same moment
    twice most likely mis-clicked, and silently merging would hide it.
    """
    if not segments:
        raise errors.no_segments()
    checked: list[Segment] = []
    for seg in segments:
        if not (math.isfinite(seg.start) and math.isfinite(seg.end)):
            raise errors.segment_empty(str(seg.start), str(seg.end))
        if seg.end <= seg.start:
            raise errors.segment_empty(format_time(seg.start), format_time(seg.end))
        if seg.start < 0 or seg.start >= duration or seg.end > duration + END_TOLERANCE:
            raise errors.segment_out_of_range(
                format_time(seg.start), format_time(seg.end), f"{duration:.3f}"
            )
        checked.append(Segment(seg.start, min(seg.end, duration)))
    ordered = sorted(checked, key=lambda s: s.start)
    for before, after in itertools.pairwise(ordered):
        if after.start < before.end - 1e-6:
            raise errors.segments_overlap(before.label(), after.label())
    return checked
