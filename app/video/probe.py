"""What is in a video file: streams, displayed size, rotation, frame rate, keyframes.

Keyframe times come from packet flags (demuxing only); the single decoded frame is
there to read the display-matrix rotation, which PyAV exposes on frames, not streams.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from pathlib import Path

import av

from app.progress import CancelToken, check
from app.video import errors

# Times are seconds from the first video frame (the "zero" sellers see in the editor).


@dataclass(frozen=True)
class MediaInfo:
    path: str
    container: str
    size_bytes: int
    duration: float
    has_video: bool
    video_codec: str | None = None
    width: int = 0  # as displayed, rotation applied
    height: int = 0
    coded_width: int = 0
    coded_height: int = 0
    rotation: int = 0  # counter-clockwise degrees, as FFmpeg's display matrix says
    fps: float = 0.0
    vfr: bool = False
    frame_count: int = 0
    b_frames: bool = False  # decode order differs from display order
    video_bit_rate: int = 0
    pix_fmt: str | None = None
    keyframes: tuple[float, ...] = ()
    has_audio: bool = False
    audio_codec: str | None = None
    sample_rate: int = 0
    channels: int = 0
    audio_bit_rate: int = 0
    scanned: bool = field(default=False, repr=False)  # keyframes/vfr filled in

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("scanned")
        data["keyframe_count"] = len(self.keyframes)
        data["keyframes"] = [round(t, 3) for t in self.keyframes]
        return data


def open_input(path: str | Path) -> av.container.InputContainer:
    """Open for reading, turning every way a file can be wrong into one clear error."""
    source = Path(path)
    if not source.exists():
        raise errors.not_found(str(source))
    if source.is_dir():
        raise errors.not_a_video(str(source))
    if source.stat().st_size == 0:
        raise errors.empty_file(str(source))
    try:
        return av.open(str(source), "r")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise errors.not_a_video(str(source), str(exc)) from None


def video_stream(container: av.container.InputContainer) -> av.VideoStream | None:
    for stream in container.streams.video:
        if not stream.disposition & av.stream.Disposition.attached_pic:
            return stream
    return None


def probe(path: str | Path, *, scan: bool = True, cancel: CancelToken | None = None) -> MediaInfo:
    """Describe ``path``; ``scan=False`` skips the packet walk (no keyframes/VFR) for speed:
    the editor shows the first frame with that and scans in the background (``cancel``
    stops the walk)."""
    source = Path(path)
    container = open_input(source)
    try:
        return _probe(container, source, scan, cancel)
    except errors.VideoError:
        raise
    except (av.FFmpegError, ValueError, IndexError, ZeroDivisionError) as exc:
        raise errors.not_a_video(str(source), str(exc)) from None
    finally:
        container.close()


def _probe(container, source: Path, scan: bool, cancel: CancelToken | None) -> MediaInfo:
    vstream = video_stream(container)
    astream = container.streams.audio[0] if container.streams.audio else None
    if vstream is None and astream is None:
        raise errors.not_a_video(str(source), "no audio or video stream")
    info: dict = {
        "path": str(source),
        "container": container.format.name,
        "size_bytes": source.stat().st_size,
        "duration": (container.duration or 0) / 1_000_000,
        "has_video": vstream is not None,
    }
    if astream is not None:
        ctx = astream.codec_context
        info.update(
            has_audio=True,
            audio_codec=ctx.name,
            sample_rate=ctx.sample_rate or 0,
            channels=ctx.channels or 0,
            audio_bit_rate=ctx.bit_rate or 0,
        )
        if vstream is None and astream.duration:
            info["duration"] = float(astream.duration * astream.time_base)
    if vstream is not None:
        info.update(_describe_video(container, vstream))
        if scan:
            info.update(_scan_packets(container, vstream, cancel))
    if info["duration"] <= 0:
        raise errors.not_a_video(str(source), "no duration")
    return MediaInfo(**info)


def _describe_video(container, vstream) -> dict:
    ctx = vstream.codec_context
    rotation = _rotation(container, vstream)
    width, height = ctx.width, ctx.height
    if rotation % 180:
        width, height = height, width
    rate = vstream.average_rate or vstream.guessed_rate or Fraction(0)
    stream_duration = float(vstream.duration * vstream.time_base) if vstream.duration else 0.0
    return {
        "video_codec": ctx.name,
        "width": width,
        "height": height,
        "coded_width": ctx.width,
        "coded_height": ctx.height,
        "rotation": rotation,
        "fps": round(float(rate), 3),
        "frame_count": vstream.frames or 0,
        "video_bit_rate": ctx.bit_rate or vstream.bit_rate or 0,
        "pix_fmt": ctx.pix_fmt,
        "duration": stream_duration or (container.duration or 0) / 1_000_000,
    }


def _rotation(container, vstream) -> int:
    container.seek(0)
    for frame in container.decode(vstream):
        return round(frame.rotation) % 360
    raise errors.not_a_video(str(container.name), "no decodable video frame")


def _scan_packets(container, vstream, cancel: CancelToken | None = None) -> dict:
    """Walk the video packets (no decoding): keyframes, frame count, VFR, B-frames."""
    for other in container.streams:  # the demuxer then skips the other streams' bytes
        if other.index != vstream.index:
            other.discard = av.stream.Discard.all
    container.seek(0)
    tb = vstream.time_base
    pts_list: list[int] = []
    key_pts: list[int] = []
    reordered = False
    last_pts = None
    total_bytes = 0
    try:
        for packet in container.demux(vstream):
            if packet.pts is None:
                continue
            if len(pts_list) % 2048 == 0:
                check(cancel)
            pts_list.append(packet.pts)
            total_bytes += packet.size
            if packet.is_keyframe:
                key_pts.append(packet.pts)
            if last_pts is not None and packet.pts < last_pts:
                reordered = True
            last_pts = packet.pts
    except av.FFmpegError:
        pass  # a truncated tail: describe what could be read
    if not pts_list:
        raise errors.not_a_video(str(container.name), "no video packets")
    pts_list.sort()
    zero = pts_list[0]
    deltas = [b - a for a, b in itertools.pairwise(pts_list) if b > a]
    vfr = False
    fps = 0.0
    duration = 0.0
    if deltas:
        typical = statistics.median(deltas)
        slack = max(1.5, 0.05 * typical)
        vfr = any(abs(d - typical) > slack for d in deltas)
        duration = float((pts_list[-1] - zero + typical) * tb)
        fps = len(pts_list) / duration if vfr else float(1 / (typical * tb))
    return {
        "keyframes": tuple(float((p - zero) * tb) for p in sorted(key_pts)),
        "frame_count": len(pts_list),
        "vfr": vfr,
        "fps": round(fps, 3),
        "b_frames": reordered,
        "video_bit_rate": int(total_bytes * 8 / duration) if duration else 0,
        "duration": duration,
        "scanned": True,
    }
