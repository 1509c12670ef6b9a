"""The exact frame at a time, for the editor's paused preview and frame stepping.

A decoder stays open; a request decodes forward from the keyframe before it and keeps
the whole group of pictures (scaled to the preview size), so stepping back inside the
GOP and forward to the next frames is a lookup. Rotation is applied so phone clips are
upright. Frame numbers count from the first video frame at the stream's frame rate.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from app.video import errors
from app.video.probe import open_input, video_stream

KEEP_BEFORE = 15  # frames before the asked one kept ready for stepping back
MAX_CACHED = 240  # frames kept (about two GOPs of a phone clip)


@dataclass(frozen=True)
class ShownFrame:
    rgb: np.ndarray  # upright, preview-sized
    time: float  # seconds from the first frame
    number: int  # frame number from 0


class FrameReader:
    def __init__(self, path: str | Path, max_height: int = 720) -> None:
        self.path = Path(path)
        self.max_height = max_height
        self._lock = threading.Lock()
        self.container = open_input(self.path)
        stream = video_stream(self.container)
        if stream is None:
            self.container.close()
            raise errors.no_video_stream(str(self.path))
        self.stream = stream
        stream.thread_type = "AUTO"
        self.tb: Fraction = stream.time_base
        self.zero = stream.start_time or 0
        rate = stream.average_rate or stream.guessed_rate or Fraction(30)
        self.fps = float(rate)
        self.rotation: int | None = None
        self._times: list[float] = []  # sorted times of cached frames
        self._frames: dict[float, ShownFrame] = {}

    def frame_time(self, number: int) -> float:
        return number / self.fps

    def number_at(self, t: float) -> int:
        return max(0, round(t * self.fps))

    def _cached(self, t: float) -> ShownFrame | None:
        """The cached frame shown at ``t`` if the frames around it are cached."""
        i = bisect.bisect_right(self._times, t + 1e-6) - 1
        if i < 0 or i + 1 >= len(self._times):
            return None
        if self._times[i + 1] - self._times[i] > 2.5 / self.fps:
            return None  # a gap: the frames between were never decoded
        return self._frames[self._times[i]]

    def frame_at(self, t: float) -> ShownFrame:
        """The frame on screen at ``t`` seconds (the last one starting at or before it)."""
        with self._lock:
            hit = self._cached(t)
            if hit is not None:
                return hit
            return self._decode(max(0.0, t))

    def _decode(self, t: float) -> ShownFrame:
        target = self.zero + round(t / self.tb)
        try:
            self.container.seek(max(self.zero, target), stream=self.stream, backward=True)
            self.stream.codec_context.flush_buffers()
            best: ShownFrame | None = None
            # Frames more than KEEP_BEFORE before t are decoded (they must be) but not
            # converted to RGB: conversion costs more than decoding, and a step back
            # rarely goes that far before the next seek refills the cache.
            skip_before = target - round(KEEP_BEFORE / self.fps / self.tb)
            skipped = None
            for frame in self.container.decode(self.stream):
                if frame.pts is None:
                    continue
                if frame.pts < skip_before:
                    skipped = frame
                    continue
                shown = self._keep(frame)
                if frame.pts <= target:
                    best = shown
                elif best is None:
                    best = shown  # seek landed after t (first frame starts late)
                if frame.pts > target and shown.time > t + 8 / self.fps:
                    break
        except av.FFmpegError as exc:
            raise errors.not_a_video(str(self.path), str(exc)) from None
        if best is None and skipped is not None:
            best = self._keep(skipped)  # a long gap before t (variable frame rate)
        if best is None:
            raise errors.not_a_video(str(self.path), "no frame decoded")
        return best

    def _keep(self, frame: av.VideoFrame) -> ShownFrame:
        if self.rotation is None:
            self.rotation = round(frame.rotation) % 360
        height = frame.height if self.rotation % 180 == 0 else frame.width
        scale = min(1.0, self.max_height / max(1, height))
        width = max(2, round(frame.width * scale) // 2 * 2)
        rows = max(2, round(frame.height * scale) // 2 * 2)
        rgb = np.ascontiguousarray(frame.to_ndarray(format="rgb24", width=width, height=rows))
        if self.rotation:
            rgb = np.ascontiguousarray(np.rot90(rgb, k=(self.rotation // 90) % 4))
        time = float((frame.pts - self.zero) * self.tb)
        shown = ShownFrame(rgb, time, self.number_at(time))
        if time not in self._frames:
            bisect.insort(self._times, time)
        self._frames[time] = shown
        while len(self._times) > MAX_CACHED:
            # drop the frame farthest from the one just decoded
            far = (
                self._times[0]
                if abs(self._times[0] - time) > abs(self._times[-1] - time)
                else self._times[-1]
            )
            self._times.remove(far)
            del self._frames[far]
        return shown

    def close(self) -> None:
        with self._lock:
            self.container.close()


def to_preview(rgb: np.ndarray, width: int, height: int) -> np.ndarray:
    """Fit ``rgb`` into width×height keeping its shape (for thumbnails)."""
    h, w = rgb.shape[:2]
    scale = min(width / w, height / h)
    return cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))))
