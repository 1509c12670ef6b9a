"""A light copy of a clip for preview on slow PCs: 540p H.264, short GOP, same sound.

Used by the preview only; exports always read the original. The proxy lives in the
profile's video cache (keyed like thumbnails, so copies of a clip share it) and is
written to a temp name and renamed when complete: a cancelled or failed build leaves
nothing a later ``proxy_for`` could mistake for a finished proxy.

A keyframe every 10 frames keeps a seek to any frame under ~10 decoded frames, which
is what makes scrubbing smooth where a phone's 1-2 s GOP at 1080p is not.
"""

from __future__ import annotations

import os
import tempfile
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.config import Paths
from app.progress import CancelToken, ProgressFn, check, report
from app.video import cache, errors
from app.video.probe import open_input, video_stream

HEIGHT = 540
GOP = 10
CRF = 28
NAME = f"proxy-{HEIGHT}p-g{GOP}.mp4"


def _target(path: Path, paths: Paths) -> Path:
    return cache.folder(paths, Path(path)) / NAME


def proxy_for(path: str | Path, paths: Paths) -> Path | None:
    """The finished proxy of ``path``, or None when there is none yet."""
    try:
        target = _target(Path(path), paths)
    except OSError:
        return None
    return target if target.is_file() and target.stat().st_size > 0 else None


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def build_proxy(
    path: str | Path,
    paths: Paths,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Encode the proxy (or return the existing one) and give its path."""
    source = Path(path)
    done = proxy_for(source, paths)
    if done is not None:
        return done
    target = _target(source, paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".proxy.", suffix=".mp4")
    os.close(handle)
    temp = Path(temp_name)
    try:
        _encode(source, temp, progress, cancel)
        os.replace(temp, target)
    except av.FFmpegError as exc:
        temp.unlink(missing_ok=True)
        raise errors.not_a_video(str(source), str(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _encode(source: Path, temp: Path, progress, cancel) -> None:
    container = open_input(source)
    try:
        stream = video_stream(container)
        if stream is None:
            raise errors.no_video_stream(str(source))
        stream.thread_type = "AUTO"
        audio = container.streams.audio[0] if container.streams.audio else None
        rate = stream.average_rate or Fraction(30)
        duration = (container.duration or 0) / 1_000_000 or 1.0
        first = next(container.decode(stream), None)
        if first is None:
            raise errors.no_video_stream(str(source))
        rotation = round(first.rotation) % 360
        container.seek(0)  # every stream must exist before the first packet is written
        with av.open(str(temp), "w", format="mp4") as out:
            video_out = _video_stream(out, first, rotation, rate)
            size = (
                (video_out.height, video_out.width)
                if rotation % 180
                else (
                    video_out.width,
                    video_out.height,
                )
            )
            audio_out = None
            if audio is not None and audio.codec_context.name == "aac":
                audio_out = out.add_stream_from_template(audio)  # copied: no quality lost
            streams = [stream] + ([audio] if audio_out is not None else [])
            for packet in container.demux(*streams):
                check(cancel)
                if packet.stream is audio:
                    if packet.dts is not None:
                        packet.stream = audio_out
                        out.mux(packet)
                    continue
                for frame in packet.decode():
                    small = frame.reformat(width=size[0], height=size[1], format="yuv420p")
                    if rotation:
                        # bake the phone's rotation in: the proxy plays upright everywhere
                        rgb = np.rot90(small.to_ndarray(format="rgb24"), k=rotation // 90)
                        small = av.VideoFrame.from_ndarray(
                            np.ascontiguousarray(rgb), format="rgb24"
                        ).reformat(format="yuv420p")
                    small.pts = frame.pts
                    small.time_base = frame.time_base
                    for encoded in video_out.encode(small):
                        out.mux(encoded)
                    if frame.time is not None:
                        report(progress, min(1.0, frame.time / duration), "")
            for encoded in video_out.encode(None):
                out.mux(encoded)
    finally:
        container.close()


def _video_stream(out, frame: av.VideoFrame, rotation: int, rate: Fraction):
    scale = HEIGHT / (frame.width if rotation % 180 else frame.height)
    width, height = _even(frame.width * scale), _even(frame.height * scale)
    if rotation % 180:
        width, height = height, width
    stream = out.add_stream("libx264", rate=rate)
    stream.width, stream.height = width, height
    stream.pix_fmt = "yuv420p"
    stream.time_base = frame.time_base
    stream.codec_context.time_base = frame.time_base
    stream.codec_context.gop_size = GOP
    stream.options = {"preset": "ultrafast", "crf": str(CRF), "tune": "fastdecode"}
    stream.thread_type = "AUTO"
    return stream
