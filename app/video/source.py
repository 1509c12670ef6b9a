"""Reading a source video for copying: keyframe seeks and packets in stream ticks.

Times in seconds are measured from the first video frame; ``ticks`` are the video
stream's time base units as stored in the file.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import av

from app.progress import CancelToken, check
from app.video import errors
from app.video.prefetch import prefetch
from app.video.probe import open_input, video_stream


class VideoSource:
    def __init__(self, path: Path) -> None:
        self.container = open_input(path)
        stream = video_stream(self.container)
        if stream is None:
            self.container.close()
            raise errors.no_video_stream(str(path))
        self.stream: av.VideoStream = stream
        self.tb: Fraction = stream.time_base
        self.zero: int = stream.start_time or 0
        rate = stream.average_rate or stream.guessed_rate or Fraction(30)
        self.frame_ticks: int = max(1, round(1 / (rate * self.tb)))
        self._ahead: list[Iterator[av.VideoFrame]] = []

    def ticks(self, seconds: float) -> int:
        return self.zero + round(seconds / self.tb)

    def seconds(self, ticks: int) -> float:
        return float((ticks - self.zero) * self.tb)

    def seek_keyframe(self, target: int) -> tuple[av.Packet, Iterator[av.Packet]]:
        """The keyframe packet at or before ``target`` and the packets after it.

        The demuxer seeks by decode time, so with B-frames it can land on a keyframe
        shown just after the target; step back until the keyframe is not late.
        """
        seek_to = target
        step = self.frame_ticks * 30
        for _ in range(12):
            self.container.seek(max(seek_to, self.zero), stream=self.stream, backward=True)
            packets = self._packets()
            first = next((p for p in packets if p.is_keyframe), None)
            if first is None:
                break
            if first.pts <= target or seek_to <= self.zero:
                return self._latest_keyframe(first, packets, target)
            seek_to = min(seek_to, first.pts) - step
            step *= 2
        raise errors.not_a_video(self.container.name, "no keyframe before the cut point")

    @staticmethod
    def _latest_keyframe(first, packets, target):
        """Walk on to the last keyframe shown at or before ``target``.

        The MP4 index is searched by decode time, which with B-frames (and more so
        with variable frame rate) can land one GOP early.
        """
        buffered = [first]
        for packet in packets:
            buffered.append(packet)
            if packet.is_keyframe and packet.pts <= target:
                buffered = [packet]
            if (packet.dts if packet.dts is not None else packet.pts) > target:
                break
        return buffered[0], itertools.chain(buffered[1:], packets)

    def _packets(self) -> Iterator[av.Packet]:
        try:
            for packet in self.container.demux(self.stream):
                if packet.pts is not None and packet.size:
                    yield packet
        except av.FFmpegError:
            return  # a damaged tail ends the stream; what came before is kept

    def packets_from(self, target: int) -> Iterator[av.Packet]:
        first, rest = self.seek_keyframe(target)
        yield first
        yield from rest

    def decode_range(
        self, start: int, end: int, cancel: CancelToken | None = None
    ) -> Iterator[av.VideoFrame]:
        """Decoded frames shown in [start, end) ticks, in display order.

        A damaged packet is skipped (the decoder conceals what depends on it) rather
        than ending the range, and the decoder is always drained at the end.
        """
        ctx = self.stream.codec_context
        ctx.flush_buffers()
        try:
            for packet in itertools.chain(self.packets_from(start), [None]):
                check(cancel)
                if packet is not None:
                    # Frames before the cut that nothing refers to need not be decoded.
                    ctx.skip_frame = "NONREF" if packet.pts < start else "DEFAULT"
                try:
                    frames = ctx.decode(packet)
                except av.FFmpegError:
                    continue
                for frame in frames:
                    if frame.pts is None or frame.pts < start:
                        continue
                    if frame.pts >= end:
                        return
                    yield frame
        finally:
            ctx.skip_frame = "DEFAULT"
            ctx.flush_buffers()

    def decode_ahead(
        self, start: int, end: int, cancel: CancelToken | None = None, transform=None
    ) -> Iterator:
        """:meth:`decode_range` (with ``transform`` applied to each frame) running one
        step ahead in a helper thread."""
        decoded = self.decode_range(start, end, cancel)
        frames = prefetch(decoded if transform is None else _mapped(decoded, transform))
        self._ahead = [f for f in self._ahead if f.gi_frame is not None]  # drop finished
        self._ahead.append(frames)
        return frames

    def close(self) -> None:
        # Stop helper threads first: closing the container under a running demux crashes.
        for frames in self._ahead:
            frames.close()
        self._ahead.clear()
        self.container.close()


def _mapped(items: Iterator, transform) -> Iterator:
    try:
        for item in items:
            yield transform(item)
    finally:
        items.close()  # type: ignore[attr-defined]  # in this thread, before the source closes


class AudioSource:
    """Audio packets laid end to end on a continuous output clock counted in samples.

    The clock counts samples, not source ticks: Matroska stores AAC packets as
    21 ms (1/1000 s ticks) when they hold 21.33 ms, and adding those up would let
    the sound drift 1.6 % behind the picture.
    """

    def __init__(self, path: Path, video_zero_seconds: float) -> None:
        self.container = open_input(path)
        self.stream: av.AudioStream = self.container.streams.audio[0]
        self.tb: Fraction = self.stream.time_base
        self.tb_seconds = float(self.tb)
        ctx = self.stream.codec_context
        self.rate: int = ctx.sample_rate or round(1 / self.tb)
        self.out_tb = Fraction(1, self.rate)
        self.frame_samples: int = ctx.frame_size or 0
        self.zero_seconds = video_zero_seconds
        self.clock = 0  # next output pts, in samples

    def clock_seconds(self) -> float:
        return self.clock / self.rate

    def samples_in(self, packet: av.Packet) -> int:
        if self.frame_samples:
            return self.frame_samples
        return round((packet.duration or 0) * self.tb_seconds * self.rate)

    def packets(self, start: float, end: float) -> Iterator[av.Packet]:
        """Packets whose middle falls in [start, end) seconds of the source."""
        seek_seconds = max(0.0, self.zero_seconds + start - 1.0)
        self.container.seek(round(seek_seconds / self.tb), stream=self.stream, backward=True)
        try:
            for packet in self.container.demux(self.stream):
                if packet.pts is None or not packet.size:
                    continue
                begin = packet.pts * self.tb_seconds - self.zero_seconds
                middle = begin + (packet.duration or 0) * self.tb_seconds / 2
                if middle < start:
                    continue
                if middle >= end:
                    return
                yield packet
        except av.FFmpegError:
            return

    def close(self) -> None:
        self.container.close()
