"""Lay one segment's video packets and the matching audio packets into the output.

Audio packets are copied too; they follow a continuous clock and are re-aligned to
the video at every segment start, so A/V sync stays within half an audio packet
(~11 ms for AAC at 48 kHz) and the audio track has no holes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import av

from app.progress import CancelToken, check
from app.video.muxer import CopyMuxer
from app.video.source import AudioSource

# (output pts, output dts, packet) in video ticks
VideoItem = tuple[int, int, av.Packet]


@dataclass
class SpliceResult:
    video_end: int  # output ticks just after the last frame written


def splice_segment(
    mux: CopyMuxer,
    video_items: Iterator[VideoItem],
    frame_ticks: int,
    out_start: int,
    audio: AudioSource | None,
    audio_window: Callable[[], tuple[float, float]],
    cancel: CancelToken | None,
    on_written: Callable[[float], None] | None = None,
) -> SpliceResult:
    """``audio_window`` gives the source seconds the audio should cover; it is asked
    after the first video packet is known, which fixes where the segment really starts."""
    vtb = float(mux.vtb)  # floats: Fraction arithmetic per packet costs more than the copy
    video_end = out_start
    out_start_seconds = out_start * vtb
    v_item = next(video_items, None)
    audio_items: Iterator[av.Packet] = iter(())
    if audio is not None:
        audio_start, audio_end = audio_window()
        # After a join the audio may run a little ahead of the video: skip that much.
        ahead = max(0.0, audio.clock_seconds() - out_start_seconds)
        audio_items = audio.packets(audio_start + ahead, audio_end + 1.0)
    a_packet = next(audio_items, None)
    count = 0
    while v_item is not None or a_packet is not None:
        if v_item is not None and (a_packet is None or v_item[0] * vtb <= audio.clock_seconds()):
            pts, dts, packet = v_item
            video_end = max(video_end, pts + (packet.duration or frame_ticks))
            mux.write_video(packet, pts, dts)
            count += 1
            if count % 16 == 0:
                check(cancel)
                if on_written is not None:
                    on_written(pts * vtb)  # seconds of output written so far
            v_item = next(video_items, None)
            continue
        assert audio is not None and a_packet is not None
        duration = audio.samples_in(a_packet)
        half = duration / audio.rate / 2
        if v_item is None and audio.clock_seconds() + half >= video_end * vtb:
            break
        mux.write_audio(a_packet, audio.clock)
        audio.clock += duration
        a_packet = next(audio_items, None)
    return SpliceResult(video_end)
