"""A crash-safe H.264 + AAC recording: fragmented MP4 written as it goes.

``movflags=frag_keyframe+empty_moov`` writes a self-contained fragment at every
keyframe (one per ``KEYFRAME_EVERY_S``), so a process killed, a power cut or a full
disk leaves a file that plays up to its last complete fragment. The encoder is tuned
for low latency (no B-frames, no look-ahead): frames leave it at once instead of
piling up in memory, which is also what a live camera needs.

The writer is fed frames with their time in seconds from the start of the take; any
source can use it (the file camera in ``recorder.py``, or frames the UI pulls from a
real camera).
"""

from __future__ import annotations

import contextlib
import errno
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.rehearsal import errors

X264_PRESET = "veryfast"
CRF = 23
KEYFRAME_EVERY_S = 1.0  # fragment length: at most this much is lost on a kill
VIDEO_TIME_BASE = Fraction(1, 90000)
AUDIO_FRAME_SAMPLES = 1024  # one AAC frame
AUDIO_BIT_RATE = 128_000
# avoid_negative_ts=disabled: otherwise the AAC priming (-1024 samples) shifts every video
# frame but the first by 21 ms, and players see a stutter at the start.
# flush_packets: each finished fragment goes to the OS at once instead of waiting in a
# 32 KB buffer, so a killed process leaves every complete fragment on disk.
MP4_OPTIONS = {
    "movflags": "frag_keyframe+empty_moov+default_base_moof",
    "avoid_negative_ts": "disabled",
    "flush_packets": "1",
}


class DiskFullWhileRecording(Exception):
    """Raised by ``RecordingWriter`` when the disk is full; what was written stays playable."""


def _is_disk_full(exc: BaseException) -> bool:
    return getattr(exc, "errno", None) == errno.ENOSPC or "No space left" in str(exc)


class RecordingWriter:
    """Encode video (optional) and audio (optional) into ``target`` as fragmented MP4."""

    def __init__(
        self,
        target: Path,
        *,
        width: int | None = None,
        height: int | None = None,
        fps: float | Fraction = 30,
        sample_rate: int | None = None,
        channels: int = 2,
        x264_preset: str = X264_PRESET,
        crf: int = CRF,
        rotation: int = 0,
    ) -> None:
        """``rotation``: the source's display rotation (phones store portrait video
        landscape with a rotation flag); copied so the recording shows the same way."""
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.video_frames = 0
        self.audio_samples = 0
        self.last_video_s = 0.0
        self._closed = False
        self._last_pts: int | None = None
        self._container = av.open(str(self.target), "w", format="mp4", options=dict(MP4_OPTIONS))
        self._video = self._audio = None
        self._resampler = None
        self._audio_start: int | None = None
        if width and height:
            rate = Fraction(fps).limit_denominator(1001)
            stream = self._container.add_stream("libx264", rate=rate)
            stream.width, stream.height = width - width % 2, height - height % 2
            stream.pix_fmt = "yuv420p"
            stream.time_base = VIDEO_TIME_BASE
            stream.codec_context.time_base = VIDEO_TIME_BASE
            keyint = max(1, round(float(rate) * KEYFRAME_EVERY_S))
            stream.options = {
                "preset": x264_preset,
                "crf": str(crf),
                "tune": "zerolatency",
                "x264-params": f"keyint={keyint}:min-keyint={keyint}:scenecut=0",
            }
            if rotation % 360:
                stream.set_display_rotation(rotation)
            self._video = stream
        if sample_rate:
            layout = "mono" if channels == 1 else "stereo"
            astream = self._container.add_stream("aac", rate=sample_rate)
            astream.layout = layout
            astream.bit_rate = AUDIO_BIT_RATE
            self._audio = astream
            self._resampler = av.AudioResampler(
                format="fltp", layout=layout, rate=sample_rate, frame_size=AUDIO_FRAME_SAMPLES
            )
        if self._video is None and self._audio is None:
            self._container.close()
            raise ValueError("a recording needs video or audio")

    @property
    def has_video(self) -> bool:
        return self._video is not None

    @property
    def has_audio(self) -> bool:
        return self._audio is not None

    @property
    def size(self) -> tuple[int, int]:
        return (self._video.width, self._video.height) if self._video is not None else (0, 0)

    @property
    def duration_s(self) -> float:
        """How much has been written (the longer of the two tracks)."""
        video = (
            self.last_video_s + (1.0 / float(self._video.average_rate or 30))
            if (self._video is not None and self.video_frames)
            else 0.0
        )
        audio = self.audio_samples / self._audio.rate if self._audio is not None else 0.0
        return max(video, audio)

    def write_video(self, frame: av.VideoFrame | np.ndarray, at_s: float) -> bool:
        """Encode one frame shown at ``at_s``; ``False`` if it lands on the previous one's
        time (a repeat), which is skipped. RGB ndarrays are accepted too."""
        if self._video is None or self._closed:
            return False
        pts = round(at_s / VIDEO_TIME_BASE)
        if self._last_pts is not None and pts <= self._last_pts:
            return False
        if isinstance(frame, np.ndarray):
            frame = av.VideoFrame.from_ndarray(frame, format="rgb24")
        width, height = self._video.width, self._video.height
        if frame.width != width or frame.height != height or frame.format.name != "yuv420p":
            frame = frame.reformat(width=width, height=height, format="yuv420p")
        frame.pts = pts
        frame.time_base = VIDEO_TIME_BASE
        self._mux(self._video.encode(frame))
        self._last_pts = pts
        self.video_frames += 1
        self.last_video_s = at_s
        return True

    def write_audio(self, frame: av.AudioFrame | np.ndarray, at_s: float, rate: int = 0) -> None:
        """Append audio; the first call's ``at_s`` places the track, later ones follow on.
        Planar float ndarrays (channels × samples) need ``rate``."""
        if self._audio is None or self._closed:
            return
        if isinstance(frame, np.ndarray):
            planes = np.atleast_2d(frame).astype(np.float32)
            layout = "mono" if planes.shape[0] == 1 else "stereo"
            frame = av.AudioFrame.from_ndarray(planes, format="fltp", layout=layout)
            frame.sample_rate = rate or self._audio.rate
        frame.pts = None
        if self._audio_start is None:
            self._audio_start = max(0, round(at_s * self._audio.rate))
        for out in self._resampler.resample(frame):
            self._encode_audio(out)

    def _encode_audio(self, frame: av.AudioFrame) -> None:
        frame.pts = self._audio_start + self.audio_samples
        frame.time_base = Fraction(1, self._audio.rate)
        self.audio_samples += frame.samples
        self._mux(self._audio.encode(frame))

    def _mux(self, packets) -> None:
        """Every write goes through here; a full disk becomes ``DiskFullWhileRecording``."""
        try:
            self._write_packets(packets)
        except (OSError, av.FFmpegError) as exc:
            if _is_disk_full(exc):
                raise DiskFullWhileRecording(str(exc)) from exc
            raise

    def _write_packets(self, packets) -> None:
        """The one call that touches the disk (tests make the disk "full" here)."""
        self._container.mux(packets)

    def close(self) -> None:
        """Flush the encoders and finish the file; after a full disk, finish what can be."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._resampler is not None and self._audio_start is not None:
                for out in self._resampler.resample(None):
                    self._encode_audio(out)
            for stream in (self._video, self._audio):
                if stream is not None:
                    self._mux(stream.encode(None))
        finally:
            try:
                self._container.close()
            except (OSError, av.FFmpegError) as exc:
                if not _is_disk_full(exc):
                    raise

    def abandon(self) -> None:
        """Close without flushing (after a disk-full error): the written fragments stay."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(OSError, av.FFmpegError):
            self._container.close()


def disk_full_error(path: Path):
    return errors.recording_stopped_disk_full(str(path))
