"""Lossless cut: every segment is stream-copied from the keyframe at or before its start.

With B-frames the copy stops at the first packet shown at or after the segment end,
so every frame written can be decoded (no frame refers to one left out); the end
actually used may then be a frame or two earlier than asked, and is reported.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import av

from app.progress import CancelToken, ProgressFn, report
from app.video.muxer import CopyMuxer
from app.video.probe import MediaInfo
from app.video.source import AudioSource, VideoSource
from app.video.splice import VideoItem, splice_segment
from app.video.timecode import Segment


def _copy_items(packets: Iterator[av.Packet], end: int, offset: int) -> Iterator[VideoItem]:
    for packet in packets:
        if packet.pts >= end:
            return
        dts = packet.dts if packet.dts is not None else packet.pts
        yield packet.pts + offset, dts + offset, packet


def cut_lossless(
    info: MediaInfo,
    source: Path,
    temp_target: Path,
    segments: list[Segment],
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[Segment]:
    """Write the segments to ``temp_target``; return the source times actually used."""
    src = VideoSource(source)
    audio = AudioSource(source, float(src.zero * src.tb)) if info.has_audio else None
    mux = CopyMuxer(temp_target, src.stream, audio.stream if audio else None, info.rotation)
    used: list[Segment] = []
    total = sum(s.duration for s in segments) or 1.0
    done = 0.0
    try:
        out = 0
        for seg in segments:
            report(progress, done / total, seg.label())
            keyframe, rest = src.seek_keyframe(src.ticks(seg.start))
            start = keyframe.pts
            offset = out - start
            items = _copy_items(itertools.chain([keyframe], rest), src.ticks(seg.end), offset)
            result = splice_segment(
                mux,
                items,
                src.frame_ticks,
                out,
                audio,
                lambda start=start, seg=seg: (src.seconds(start), seg.end),
                cancel,
                lambda seconds, seg=seg: report(progress, seconds / total, seg.label()),
            )
            used.append(Segment(src.seconds(start), src.seconds(result.video_end - offset)))
            out = result.video_end
            done += seg.duration
    finally:
        mux.close()
        src.close()
        if audio is not None:
            audio.close()
    report(progress, 1.0, "")
    return used
