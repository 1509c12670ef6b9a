"""Filmstrip thumbnails for any zoom window of a clip, cached on disk.

By default each thumbnail is the keyframe at or before its slot (one seek and one
decoded frame each, no decoding of the frames between): right for a timeline strip.
``exact=True`` decodes forward to the frame at the slot's time.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import av
import cv2
import numpy as np

from app.config import Paths
from app.progress import CancelToken, ProgressFn, check, report
from app.video import cache, errors
from app.video.probe import open_input, video_stream

WORKERS = 2


def _slot_times(start: float, end: float, count: int) -> list[float]:
    step = (end - start) / count
    return [start + step * (i + 0.5) for i in range(count)]


def _scaled(frame: av.VideoFrame, height: int) -> np.ndarray:
    """Asks swscale for the thumbnail size directly (no full-size RGB picture), then
    turns it upright by the frame's own display matrix."""
    rotation = round(frame.rotation) % 360
    width = max(2, round(frame.width * height / frame.height))
    if rotation % 180:
        width, height = height, max(2, round(frame.height * height / frame.width))
    rgb = frame.reformat(
        width=width, height=height, format="rgb24", interpolation="BILINEAR"
    ).to_ndarray()
    if rotation % 360:
        rgb = np.ascontiguousarray(np.rot90(rgb, k=(rotation // 90) % 4))
    return rgb


def filmstrip(
    path: str | Path,
    count: int,
    paths: Paths | None = None,
    *,
    start: float = 0.0,
    end: float | None = None,
    height: int = 90,
    exact: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    on_thumb: Callable[[int, np.ndarray], None] | None = None,
) -> list[np.ndarray]:
    """``count`` RGB thumbnails ``height`` pixels high covering [start, end) seconds.

    ``on_thumb(slot, rgb)`` is called (from a decoding thread) as each one is ready, so a
    timeline can paint them as they come; a cached strip is just returned.
    """
    source = Path(path)
    count = max(1, min(count, 1000))
    container = open_input(source)
    try:
        stream = video_stream(container)
        if stream is None:
            raise errors.no_video_stream(str(source))
        duration = (
            float(stream.duration * stream.time_base)
            if stream.duration
            else ((container.duration or 0) / 1_000_000)
        )
        end = duration if end is None else min(end, duration)
        if end <= start:
            raise errors.segment_empty(f"{start:.3f}", f"{end:.3f}")
        store = None
        if paths is not None:
            name = f"thumbs-{start:.3f}-{end:.3f}-{count}-{height}-{int(exact)}.npz"
            store = cache.folder(paths, source) / name
            if store.exists():
                try:
                    with np.load(store) as data:
                        return [data[f"t{i}"] for i in range(count)]
                except (OSError, ValueError, KeyError):
                    store.unlink(missing_ok=True)
    except av.FFmpegError as exc:
        raise errors.not_a_video(str(source), str(exc)) from None
    finally:
        container.close()
    frames = _grab_parallel(
        source, _slot_times(start, end, count), height, exact, progress, cancel, on_thumb
    )
    if store is not None:
        buffer = io.BytesIO()
        np.savez(buffer, **{f"t{i}": f for i, f in enumerate(frames)})
        cache.write_atomic(store, buffer.getvalue())
    return frames


def _grab_parallel(source, times, height, exact, progress, cancel, on_thumb=None):
    """Split the slots over two readers: decoding one keyframe is single-threaded work.
    Reader ``w`` takes slots w, w+2, w+4…, so the strip fills from the left."""
    workers = WORKERS if len(times) >= 8 else 1
    done = [0]
    lock = threading.Lock()

    def ticker(worker: int):
        def tick(position: int, picture: np.ndarray) -> None:
            if on_thumb is not None:
                on_thumb(worker + position * workers, picture)
            with lock:
                done[0] += 1
                report(progress, done[0] / len(times), "")

        return tick

    jobs = [times[i::workers] for i in range(workers)]
    with ThreadPoolExecutor(workers) as pool:
        parts = list(
            pool.map(
                lambda w: _grab(source, jobs[w], height, exact, ticker(w), cancel),
                range(workers),
            )
        )
    out: list = [None] * len(times)
    for worker, part in enumerate(parts):
        out[worker::workers] = part
    return out


def _grab(source, times, height, exact, tick, cancel) -> list[np.ndarray]:
    container = open_input(source)
    try:
        stream = video_stream(container)
        return _grab_from(container, stream, times, height, exact, tick, cancel)
    except av.FFmpegError as exc:
        raise errors.not_a_video(str(source), str(exc)) from None
    finally:
        container.close()


def _grab_from(container, stream, times, height, exact, tick, cancel):
    tb = stream.time_base
    zero = stream.start_time or 0
    ctx = stream.codec_context
    if not exact:
        ctx.skip_frame = "NONKEY"  # never spend time on frames between keyframes
    by_keyframe: dict[int, np.ndarray] = {}
    out: list[np.ndarray] = []
    for seconds in times:
        check(cancel)
        target = zero + round(seconds / tb)
        container.seek(target, stream=stream, backward=True)
        ctx.flush_buffers()
        picture = None
        for packet in container.demux(stream):
            if packet.pts is None and packet.size == 0:
                break
            if not exact:
                if packet.pts in by_keyframe:
                    picture = by_keyframe[packet.pts]
                    break
                frames = ctx.decode(packet) + ctx.decode(None)
                ctx.flush_buffers()
                if frames:
                    picture = _scaled(frames[0], height)
                    by_keyframe[packet.pts] = picture
                    break
                continue
            frames = ctx.decode(packet)
            found = next((f for f in frames if f.pts is not None and f.pts >= target), None)
            if found is not None:
                picture = _scaled(found, height)
                break
        if picture is None:
            picture = out[-1] if out else np.zeros((height, height * 16 // 9, 3), np.uint8)
        tick(len(out), picture)
        out.append(picture)
    return out


def write_filmstrip(path, folder: Path, count: int, paths: Paths | None, **kwargs) -> list[Path]:
    """Save the filmstrip as ``thumb_000.jpg``... in ``folder`` (created if missing)."""
    thumbs = filmstrip(path, count, paths, **kwargs)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.cannot_write(str(folder), str(exc)) from None
    files = []
    for index, rgb in enumerate(thumbs):
        ok, data = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
        if not ok:
            raise errors.cannot_write(str(folder))
        target = folder / f"thumb_{index:03d}.jpg"
        try:
            target.write_bytes(data.tobytes())  # cv2.imwrite cannot open non-ASCII paths on Windows
        except OSError as exc:
            raise errors.cannot_write(str(target), str(exc)) from None
        files.append(target)
    (folder / "filmstrip.json").write_text(
        json.dumps({"count": len(files), "files": [f.name for f in files]}), encoding="utf-8"
    )
    return files
