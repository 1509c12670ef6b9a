"""Smart cut: frame-accurate segment starts while most of the video is stream-copied.

For each segment: re-encode from the cut frame up to the next keyframe, copy from
that keyframe on, and (when B-frames made the copy stop a frame or two early)
re-encode the last few frames too. The re-encoded pieces are H.264 with the
source's size, profile and pixel format, no B-frames, and their own parameter-set
id (see ``h264.py``), so decoders never mix up the two encoders' settings.
Audio is copied as in the lossless mode, starting at the first frame kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import av

from app.progress import CancelToken, ProgressFn, report
from app.video import h264
from app.video.muxer import CopyMuxer
from app.video.probe import MediaInfo
from app.video.source import AudioSource, VideoSource
from app.video.splice import VideoItem, splice_segment
from app.video.timecode import Segment

PROFILES = {
    "high": "high",
    "main": "main",
    "baseline": "baseline",
    "constrained baseline": "baseline",
}


# The re-encoded pieces are short (up to one GOP per join): x264's fastest preset at
# a low CRF keeps them as sharp as the copied frames (PSNR > 50 dB on the benchmark
# clip) for a few hundred kB more, and the cut quick.


class SmartCutUnsupported(Exception):
    """The source cannot be spliced safely; the caller re-encodes everything instead."""


class _Encoder:
    """Makes libx264 pieces that fit between the source's own frames."""

    def __init__(self, src: VideoSource, preset: str, crf: int, ps_id: int, length_size: int):
        ctx = src.stream.codec_context
        self.width, self.height, self.pix_fmt = ctx.width, ctx.height, ctx.pix_fmt
        self.tb: Fraction = src.tb
        self.rate = src.stream.average_rate or src.stream.guessed_rate or Fraction(30)
        self.options = {
            "preset": preset,
            "crf": str(crf),
            "profile": PROFILES[(ctx.profile or "high").lower()],
            "x264-params": f"sps-id={ps_id}:bframes=0:scenecut=0",
        }
        self.length_size = length_size

    def _context(self) -> av.VideoCodecContext:
        ctx = av.CodecContext.create("libx264", "w")
        ctx.width, ctx.height, ctx.pix_fmt = self.width, self.height, self.pix_fmt
        ctx.time_base = self.tb
        ctx.framerate = self.rate
        ctx.options = dict(self.options)
        return ctx

    def parameter_sets(self) -> list[bytes]:
        ctx = self._context()
        frame = av.VideoFrame(self.width, self.height, self.pix_fmt)
        for plane in frame.planes:
            plane.update(bytes(plane.buffer_size))
        frame.pts, frame.time_base = 0, self.tb
        packets = ctx.encode(frame) + ctx.encode(None)
        return [
            u
            for u in h264.split_annexb(bytes(packets[0]))
            if h264.nal_type(u) in (h264.NAL_SPS, h264.NAL_PPS)
        ]

    def encode(self, frames: Iterator[av.VideoFrame]) -> Iterator[av.Packet]:
        ctx = self._context()
        for frame in frames:
            frame.pict_type = av.video.frame.PictureType.NONE
            yield from map(self._repack, ctx.encode(frame))
        yield from map(self._repack, ctx.encode(None))

    def _repack(self, packet: av.Packet) -> av.Packet:
        data = h264.to_length_prefixed(h264.split_annexb(bytes(packet)), self.length_size)
        out = av.Packet(data)
        out.pts, out.dts = packet.pts, packet.pts
        out.duration = packet.duration
        out.is_keyframe = packet.is_keyframe
        return out


def _next_keyframe(src: VideoSource, start: int, end: int) -> tuple[int | None, int]:
    """The keyframe at ``start`` or the first one after it (None if not before ``end``),
    and that keyframe's reorder delay (pts - dts), which the re-encoded frames copy."""
    first, rest = src.seek_keyframe(start)
    delay = first.pts - first.dts if first.dts is not None else 0
    if first.pts == start:
        return start, delay
    for packet in rest:
        if packet.is_keyframe and packet.pts > start:
            if packet.pts >= end:
                break
            return packet.pts, packet.pts - (packet.dts if packet.dts is not None else packet.pts)
        if packet.dts is not None and packet.dts >= end:
            break
    return None, delay


def cut_smart(
    info: MediaInfo,
    source: Path,
    temp_target: Path,
    segments: list[Segment],
    *,
    encoder_preset: str = "ultrafast",
    crf: int = 17,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[Segment]:
    if info.video_codec != "h264" or info.pix_fmt not in ("yuv420p", "yuvj420p"):
        raise SmartCutUnsupported(f"{info.video_codec}/{info.pix_fmt}")
    src = VideoSource(source)
    dec = VideoSource(source)
    dec.stream.codec_context.thread_type = "AUTO"
    audio = AudioSource(source, float(src.zero * src.tb)) if info.has_audio else None
    mux = None
    try:
        try:
            config = h264.AvcConfig.parse(bytes(src.stream.codec_context.extradata or b""))
        except ValueError as exc:
            raise SmartCutUnsupported("no avcC") from exc
        if (src.stream.codec_context.profile or "high").lower() not in PROFILES:
            raise SmartCutUnsupported(str(src.stream.codec_context.profile))
        ps_id = min(set(range(32)) - config.used_ids())
        encoder = _Encoder(src, encoder_preset, crf, ps_id, config.length_size)
        config.add(encoder.parameter_sets())
        mux = CopyMuxer(
            temp_target,
            src.stream,
            audio.stream if audio else None,
            info.rotation,
            video_extradata=config.build(),
        )
        used: list[Segment] = []
        total = sum(s.duration for s in segments) or 1.0
        done = 0.0
        out = 0
        for seg in segments:
            report(progress, done / total, seg.label())
            state: dict[str, int] = {}
            items = _segment_items(src, dec, encoder, seg, out, state, cancel)
            result = splice_segment(
                mux,
                items,
                src.frame_ticks,
                out,
                audio,
                lambda state=state, seg=seg: (
                    src.seconds(state.get("first", src.ticks(seg.start))),
                    seg.end,
                ),
                cancel,
                lambda seconds, seg=seg: report(progress, seconds / total, seg.label()),
            )
            first = state.get("first", src.ticks(seg.start))
            used.append(
                Segment(
                    src.seconds(first),
                    src.seconds(first) + float((result.video_end - out) * src.tb),
                )
            )
            out = result.video_end
            done += seg.duration
    finally:
        if mux is not None:
            mux.close()
        src.close()
        dec.close()
        if audio is not None:
            audio.close()
    report(progress, 1.0, "")
    return used


def _segment_items(
    src, dec, encoder: _Encoder, seg: Segment, out: int, state: dict, cancel
) -> Iterator[VideoItem]:
    start, end = src.ticks(seg.start), src.ticks(seg.end)
    keyframe, delay = _next_keyframe(src, start, end)
    # Source packets keep their dts offset (B-frame delay); re-encoded ones use the same.
    copy_until = keyframe if keyframe is not None else end
    last_shown = None
    if copy_until > start:
        frames = dec.decode_ahead(start, copy_until, cancel)
        for packet in encoder.encode(frames):
            if "first" not in state:
                state["first"] = packet.pts
            offset = out - state["first"]
            last_shown = packet.pts + (packet.duration or src.frame_ticks)
            yield packet.pts + offset, packet.pts + offset - delay, packet
    if copy_until >= end:
        return
    for packet in src.packets_from(copy_until):
        if packet.pts >= end:
            break
        if "first" not in state:
            state["first"] = packet.pts
        offset = out - state["first"]
        dts = packet.dts if packet.dts is not None else packet.pts
        # The muxer rewrites the packet's timestamps once it is yielded: read them first.
        # Frames left out by the B-frame stop rule all come after the latest copied one.
        last_shown = packet.pts + 1 if last_shown is None else max(last_shown, packet.pts + 1)
        yield packet.pts + offset, dts + offset, packet
    if last_shown is not None and last_shown < end:
        offset = out - state["first"]
        for packet in encoder.encode(dec.decode_ahead(last_shown, end, cancel)):
            yield packet.pts + offset, packet.pts + offset - delay, packet
