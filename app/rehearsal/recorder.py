"""A video file played "as camera and microphone", recorded in real time.

For classes without webcams, for tests and benchmarks: ``FileCameraRecorder`` decodes
the file in its own thread, paced by the wall clock as a camera delivers frames, and
re-encodes it (``RecordingWriter``: H.264 + AAC, fragmented MP4) into a temporary file
in the media folder. The UI reads ``latest_frame()`` for the preview and
``audio_level()`` for the meter; ``elapsed_s()`` is the take's clock, so markers and the
recording share one time line. A video frame that comes too late (the PC is busy) is
dropped, as a camera would; sound is never dropped. At the end of the file it loops
(a camera never ends) or stops. A full disk stops the recording cleanly: what was
written stays playable and ``error`` holds the message for the user.
"""

from __future__ import annotations

import heapq
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.errors import UserFacingError
from app.rehearsal import errors
from app.rehearsal.recording_writer import (
    CRF,
    X264_PRESET,
    DiskFullWhileRecording,
    RecordingWriter,
)
from app.video.probe import open_input, probe, video_stream

log = logging.getLogger(__name__)

LATE_FRAME_S = 0.25  # a frame this far behind the clock is dropped (a camera buffers ~8)
SLEEP_SLICE_S = 0.02  # the pacing loop never sleeps longer, so stop() is quick
LOOKAHEAD_S = 1.5  # decoded ahead of the clock: covers loose sound/picture interleaving


@dataclass(frozen=True)
class RecorderStats:
    source_frames: int  # video frames the "camera" delivered
    written_frames: int  # frames encoded into the recording
    dropped_frames: int  # late frames skipped
    audio_s: float  # seconds of sound written
    loops: int  # times the file restarted from the beginning

    @property
    def written_share(self) -> float:
        return self.written_frames / self.source_frames if self.source_frames else 1.0


@dataclass(frozen=True)
class RecordingResult:
    path: Path  # the finished temporary file (move it into the media store)
    duration_s: float
    has_video: bool
    has_audio: bool
    stats: RecorderStats
    stopped_by: str  # stop | end_of_file | disk_full | camera_lost
    error: UserFacingError | None = None


class FileCameraRecorder:
    """Play ``source`` in real time as the camera + microphone and record it to ``target``."""

    def __init__(
        self,
        source: Path,
        target: Path,
        *,
        at_end: str = "loop",
        x264_preset: str = X264_PRESET,
        crf: int = CRF,
        max_height: int | None = None,
        record: bool = True,
        on_stopped: Callable[[RecordingResult], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if at_end not in ("loop", "stop"):
            raise ValueError("at_end must be 'loop' or 'stop'")
        self.source = Path(source)
        self.target = Path(target)
        self.at_end = at_end
        self.x264_preset = x264_preset
        self.crf = crf
        self.max_height = max_height
        self.record = record
        self.on_stopped = on_stopped
        self.clock = clock
        self.error: UserFacingError | None = None
        self.stopped_by = ""
        self.result: RecordingResult | None = None
        self._stop = threading.Event()
        self._finished = threading.Event()
        self._lock = threading.Lock()
        self._latest: av.VideoFrame | None = None
        self._level = 0.0
        self._t0: float | None = None
        self._thread: threading.Thread | None = None
        self._input = None
        self._writer: RecordingWriter | None = None
        self._source_frames = self._written = self._dropped = self._loops = 0
        self.rotation = 0  # the source's display rotation (counter-clockwise degrees)

    # ---- public ---------------------------------------------------------------------------
    def start(self) -> None:
        """Open the file and the recording (errors raise here), then run in a thread."""
        if not self.source.is_file():
            raise errors.camera_file_missing(str(self.source))
        self.rotation = probe(self.source, scan=False).rotation  # reads one frame at most
        self._input = open_input(self.source)
        self._vstream = video_stream(self._input)
        self._astream = self._input.streams.audio[0] if self._input.streams.audio else None
        if self._vstream is not None:
            self._vstream.thread_type = "AUTO"  # decode on every core, as ffmpeg does
        try:
            self._writer = self._open_writer() if self.record else None
        except BaseException:
            self._input.close()
            raise
        self._t0 = self.clock()
        self._thread = threading.Thread(target=self._run, name="file-camera", daemon=True)
        self._thread.start()

    def elapsed_s(self) -> float:
        """Seconds since the recording began: the take's clock."""
        return 0.0 if self._t0 is None else self.clock() - self._t0

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._finished.is_set()

    @property
    def finished(self) -> threading.Event:
        """Set when the recording ended, by ``stop()`` or by itself (end of file, full disk)."""
        return self._finished

    @property
    def has_video(self) -> bool:
        return self._writer.has_video if self._writer else self._vstream is not None

    @property
    def has_audio(self) -> bool:
        return self._writer.has_audio if self._writer else self._astream is not None

    def latest_frame(self, max_width: int | None = None) -> np.ndarray | None:
        """The last frame shown, as an RGB array (converted here, in the caller's thread)."""
        with self._lock:
            frame = self._latest
        if frame is None:
            return None
        turned = self.rotation % 180 != 0
        shown_width = frame.height if turned else frame.width
        if max_width and shown_width > max_width:
            scale = max_width / shown_width
            width = round(frame.width * scale / 2) * 2
            height = round(frame.height * scale / 2) * 2
            rgb = frame.to_ndarray(format="rgb24", width=width, height=height)
        else:
            rgb = frame.to_ndarray(format="rgb24")
        if self.rotation % 360:
            # FFmpeg's display matrix angle is counter-clockwise, like np.rot90.
            rgb = np.ascontiguousarray(np.rot90(rgb, k=(self.rotation // 90) % 4))
        return rgb

    def audio_level(self) -> float:
        """RMS of the latest sound (0..1, full scale = 1) for the microphone meter."""
        return self._level

    def stats(self) -> RecorderStats:
        audio = (
            self._writer.audio_samples / self._astream.rate
            if self._writer and self._astream
            else 0.0
        )
        return RecorderStats(self._source_frames, self._written, self._dropped, audio, self._loops)

    def stop(self, timeout: float = 30.0) -> RecordingResult:
        """Stop, finish the file and return what was recorded (idempotent)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self.result is None:  # never started, or the thread did not finish in time
            self._finish("stop")
        return self.result

    # ---- the thread ---------------------------------------------------------------------------
    def _open_writer(self) -> RecordingWriter:
        width = height = None
        fps: Fraction | float = 30
        if self._vstream is not None:
            ctx = self._vstream.codec_context
            width, height = ctx.width, ctx.height
            if self.max_height and height > self.max_height:
                width, height = round(width * self.max_height / height), self.max_height
            fps = self._vstream.average_rate or self._vstream.guessed_rate or 30
        rate = self._astream.codec_context.sample_rate if self._astream is not None else None
        channels = min(2, self._astream.codec_context.channels or 2) if self._astream else 2
        return RecordingWriter(
            self.target,
            width=width,
            height=height,
            fps=fps,
            sample_rate=rate,
            channels=channels,
            x264_preset=self.x264_preset,
            crf=self.crf,
            rotation=self.rotation,
        )

    _vstream = None
    _astream = None

    def _run(self) -> None:
        reason = "stop"
        try:
            reason = self._play()
        except DiskFullWhileRecording as exc:
            log.info("recording stopped, disk full: %s", exc)
            self.error = errors.recording_stopped_disk_full(str(self.target))
            reason = "disk_full"
        except av.FFmpegError as exc:  # the "camera" file broke mid-way
            log.info("file camera lost: %s", exc)
            self.error = errors.camera_lost()
            reason = "camera_lost"
        except BaseException:
            log.exception("file camera recorder failed")
            reason = "camera_lost"
            self.error = errors.camera_lost()
        finally:
            self._finish(reason)

    def _play(self) -> str:
        """Decode a little ahead (files interleave sound and picture loosely, up to a second
        apart) and release each frame when the clock reaches its time."""
        streams = [s for s in (self._vstream, self._astream) if s is not None]
        offset = 0.0  # seconds added to the file's times after each loop
        while not self._stop.is_set():
            zero = _start_time(self._vstream or self._astream)
            pending: list[tuple[float, int, av.VideoFrame | av.AudioFrame]] = []
            order = 0
            last_end = 0.0
            for frame in self._input.decode(*streams):
                if frame.time is None:
                    continue
                at = offset + frame.time - zero
                order += 1
                heapq.heappush(pending, (at, order, frame))
                if isinstance(frame, av.VideoFrame) or self._vstream is None:
                    # the picture sets the loop length (sound is written sample by sample)
                    last_end = max(last_end, at + _frame_length(frame, self._vstream))
                if at - pending[0][0] < LOOKAHEAD_S:
                    continue
                if not self._release(pending, at - LOOKAHEAD_S):
                    return "stop"
            if not self._release(pending, float("inf")):
                return "stop"
            if self.at_end == "stop" or order == 0:
                return "end_of_file"
            self._input.seek(0)
            offset = last_end
            self._loops += 1
        return "stop"

    def _release(self, pending: list, until: float) -> bool:
        """Hand over the buffered frames due up to ``until``, each at its time."""
        while pending and pending[0][0] <= until:
            at, _, frame = heapq.heappop(pending)
            if not self._wait_until(at):
                return False
            if isinstance(frame, av.VideoFrame):
                self._on_video(frame, at)
            else:
                self._on_audio(frame, at)
        return True

    def _wait_until(self, at: float) -> bool:
        """Sleep until the clock reaches ``at``; ``False`` when asked to stop."""
        while True:
            if self._stop.is_set():
                return False
            ahead = at - self.elapsed_s()
            if ahead <= 0:
                return True
            time.sleep(min(ahead, SLEEP_SLICE_S))

    def _on_video(self, frame: av.VideoFrame, at: float) -> None:
        self._source_frames += 1
        if self.elapsed_s() - at > LATE_FRAME_S:
            self._dropped += 1
        elif self._writer is not None and self._writer.write_video(frame, at):
            self._written += 1
        # Shown only once the writer is done with it: PyAV keeps one scaler per frame, and
        # the preview's conversion running beside the writer's on the same frame hangs or
        # crashes inside swscale.
        with self._lock:
            self._latest = frame

    def _on_audio(self, frame: av.AudioFrame, at: float) -> None:
        samples = frame.to_ndarray()
        if samples.dtype.kind in "iu":
            samples = samples / float(np.iinfo(samples.dtype).max)
        self._level = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
        if self._writer is not None:
            self._writer.write_audio(frame, at)

    def _finish(self, reason: str) -> None:
        with self._lock:
            if self.result is not None:
                return
            writer, self._writer = self._writer, None
        if writer is not None:
            try:
                if reason == "disk_full":
                    writer.abandon()
                else:
                    writer.close()
            except DiskFullWhileRecording:
                self.error = errors.recording_stopped_disk_full(str(self.target))
                reason = "disk_full"
                writer.abandon()
            except Exception:  # the fragments written so far still play: keep them
                log.exception("could not finish the recording %s", self.target)
                writer.abandon()
        if self._input is not None:
            self._input.close()
        self.stopped_by = self.stopped_by or reason
        self.result = RecordingResult(
            path=self.target,
            duration_s=writer.duration_s if writer is not None else self.elapsed_s(),
            has_video=writer.has_video if writer is not None else False,
            has_audio=writer.has_audio if writer is not None else False,
            stats=RecorderStats(
                self._source_frames,
                self._written,
                self._dropped,
                (writer.audio_samples / self._astream.rate) if writer and self._astream else 0.0,
                self._loops,
            ),
            stopped_by=self.stopped_by,
            error=self.error,
        )
        self._finished.set()
        if self.on_stopped is not None:
            self.on_stopped(self.result)


def _start_time(stream) -> float:
    """The file's zero: the first video frame (the picture the seller sees first)."""
    if stream is not None and stream.start_time is not None:
        return float(stream.start_time * stream.time_base)
    return 0.0


def _frame_length(frame, vstream) -> float:
    if isinstance(frame, av.AudioFrame):
        return frame.samples / frame.sample_rate
    return 1.0 / float(vstream.average_rate or 30) if vstream is not None else 0.0
