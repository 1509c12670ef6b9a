"""Re-encoded audio for the exact mode: decoded per segment, cut at the sample,
joined without clicks (a few-millisecond fade on each side of every join), padded
with silence where the source audio is short, and kept on the video's clock."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.video.probe import open_input

FADE_SECONDS = 0.004
AAC_FRAME = 1024


class AudioTrack:
    def __init__(
        self,
        source: Path,
        zero_seconds: float,
        out: av.container.OutputContainer,
        bit_rate: int = 128_000,
    ) -> None:
        self.container = open_input(source)
        self.stream = self.container.streams.audio[0]
        self.zero = zero_seconds
        in_rate = self.stream.codec_context.sample_rate or 48000
        self.rate = in_rate if in_rate in (44100, 48000) else 48000
        self.layout = "mono" if (self.stream.codec_context.channels or 2) == 1 else "stereo"
        self.channels = 1 if self.layout == "mono" else 2
        self.out_stream = out.add_stream("aac", rate=self.rate)
        self.out_stream.layout = self.layout
        self.out_stream.bit_rate = bit_rate
        self.out = out
        self.written = 0  # samples handed to the encoder
        self.pending = np.zeros((self.channels, 0), np.float32)
        self.source: Iterator[np.ndarray] | None = None
        self.segment_samples = 0

    # -- one segment -------------------------------------------------------
    def start_segment(self, start: float, end: float) -> None:
        self.source = self._decode(start, end)
        self.segment_samples = 0

    def _decode(self, start: float, end: float) -> Iterator[np.ndarray]:
        """Float samples of [start, end) source seconds, sample-exact."""
        resampler = av.AudioResampler(format="fltp", layout=self.layout, rate=self.rate)
        tb = self.stream.time_base
        self.container.seek(max(0, round((self.zero + start - 0.5) / tb)), stream=self.stream)
        first = round(start * self.rate)
        last = round(end * self.rate)
        position = None  # sample index (source time) of the next sample out of the resampler
        try:
            decoded = self.container.decode(self.stream)
            for frame in _with_flush(decoded):
                for out in resampler.resample(frame):
                    if position is None:
                        if out.pts is None:
                            continue
                        position = round((float(out.pts * out.time_base) - self.zero) * self.rate)
                    samples = out.to_ndarray().reshape(self.channels, -1)
                    lo, hi = position, position + samples.shape[1]
                    position = hi
                    if hi <= first:
                        continue
                    if lo >= last:
                        return
                    yield samples[:, max(0, first - lo) : samples.shape[1] - max(0, hi - last)]
        except av.FFmpegError:
            return  # damaged audio: the rest of the segment becomes silence

    def fill_until(self, out_seconds: float) -> None:
        """Encode the segment's audio up to ``out_seconds`` of output time."""
        target = round(out_seconds * self.rate)
        while self.written + self.pending.shape[1] < target + AAC_FRAME and self.source:
            chunk = next(self.source, None)
            if chunk is None:
                self.source = None
                break
            self._take(chunk)
        # Hold back the last few ms: they may still get the fade-out at the join.
        self._encode_ready(upto=target - round(FADE_SECONDS * self.rate))

    def end_segment(self, out_seconds: float) -> None:
        """Close the segment exactly at the video's end, fading out into the join."""
        target = round(out_seconds * self.rate)
        while self.source and self.written + self.pending.shape[1] < target:
            chunk = next(self.source, None)
            if chunk is None:
                break
            self._take(chunk)
        self.source = None
        have = self.written + self.pending.shape[1]
        if have < target:
            silence = np.zeros((self.channels, target - have), np.float32)
            self.pending = np.concatenate([self.pending, silence], axis=1)
        elif have > target:
            self.pending = self.pending[:, : self.pending.shape[1] - (have - target)]
        fade = min(self.pending.shape[1], round(FADE_SECONDS * self.rate))
        if fade:
            self.pending[:, -fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)
        self._encode_ready(upto=target)

    def _take(self, chunk: np.ndarray) -> None:
        chunk = np.array(chunk, dtype=np.float32, copy=True)
        if self.segment_samples == 0 and chunk.shape[1]:
            fade = min(chunk.shape[1], round(FADE_SECONDS * self.rate))
            chunk[:, :fade] *= np.linspace(0.0, 1.0, fade, dtype=np.float32)
        self.segment_samples += chunk.shape[1]
        self.pending = np.concatenate([self.pending, chunk], axis=1)

    # -- encoder -----------------------------------------------------------
    def _encode_ready(self, upto: int | None = None) -> None:
        """Encode whole AAC frames ending at or before sample ``upto`` (None: everything)."""
        while self.pending.shape[1] and (
            upto is None
            or (self.pending.shape[1] >= AAC_FRAME and self.written + AAC_FRAME <= upto)
        ):
            size = min(AAC_FRAME, self.pending.shape[1])
            block, self.pending = self.pending[:, :size], self.pending[:, size:]
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(block), format="fltp", layout=self.layout
            )
            frame.sample_rate = self.rate
            frame.pts = self.written
            frame.time_base = Fraction(1, self.rate)
            self.written += size
            self.out.mux(self.out_stream.encode(frame))

    def finish(self) -> None:
        self._encode_ready(None)
        self.out.mux(self.out_stream.encode(None))

    def close(self) -> None:
        self.container.close()


def _with_flush(frames):
    yield from frames
    yield None
