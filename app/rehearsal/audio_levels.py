"""Speaking or silent, from the recording's sound: RMS per 50 ms window against a threshold.

No speech recognition (nothing usable offline for Vietnamese): a window whose RMS is
above ``SILENCE_DBFS`` counts as sound; a run of quiet windows of at least
``MIN_SILENCE_S`` is a silence (shorter gaps are breaths between words). Speaking share
= the part of a time range that is not inside such a silence.

``app.video.waveform.base_peaks`` keeps the peak per 10 ms, which a single click would
fill; loudness needs the RMS, so the sound is decoded here (mono, 16 kHz) once per file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from app.video.probe import open_input

WINDOW_S = 0.05
SILENCE_DBFS = -40.0  # RMS below this (full scale = 0 dBFS) is silence
MIN_SILENCE_S = 0.5  # quiet shorter than this is a pause between words
RATE = 16000
_WINDOW = int(RATE * WINDOW_S)
_FLOOR_DB = -120.0


@dataclass(frozen=True)
class AudioLevels:
    """RMS level in dBFS of each 50 ms window from the start of the file."""

    db: np.ndarray

    @property
    def duration_s(self) -> float:
        return len(self.db) * WINDOW_S

    def silences(
        self, start_s: float = 0.0, end_s: float | None = None
    ) -> list[tuple[float, float]]:
        """(start, end) of each silence of at least ``MIN_SILENCE_S`` within [start, end)."""
        lo, hi = self._range(start_s, end_s)
        quiet = self.db[lo:hi] < SILENCE_DBFS
        runs: list[tuple[float, float]] = []
        index = 0
        while index < len(quiet):
            if not quiet[index]:
                index += 1
                continue
            begin = index
            while index < len(quiet) and quiet[index]:
                index += 1
            if (index - begin) * WINDOW_S >= MIN_SILENCE_S - 1e-9:
                runs.append(((lo + begin) * WINDOW_S, (lo + index) * WINDOW_S))
        return runs

    def speaking_share(self, start_s: float = 0.0, end_s: float | None = None) -> float:
        """Share (0..1) of the range not inside a silence; 0 for an empty range."""
        lo, hi = self._range(start_s, end_s)
        if hi <= lo:
            return 0.0
        silent = sum(end - start for start, end in self.silences(start_s, end_s))
        return max(0.0, 1.0 - silent / ((hi - lo) * WINDOW_S))

    def longest_silence(self, start_s: float = 0.0, end_s: float | None = None) -> float:
        return max((end - start for start, end in self.silences(start_s, end_s)), default=0.0)

    def _range(self, start_s: float, end_s: float | None) -> tuple[int, int]:
        lo = max(0, round(start_s / WINDOW_S))
        end = self.duration_s if end_s is None else min(end_s, self.duration_s)
        return lo, max(lo, round(end / WINDOW_S))


def analyse(path: str | Path) -> AudioLevels:
    """Levels of the file's first audio track (empty when it has none). A damaged tail
    (a take cut by a kill) gives the levels of what could be decoded."""
    container = open_input(path)
    chunks: list[np.ndarray] = []
    try:
        if not container.streams.audio:
            return AudioLevels(np.zeros(0, np.float32))
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        try:
            for frame in container.decode(container.streams.audio[0]):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
        except av.FFmpegError:
            pass
    finally:
        container.close()
    return levels_of(np.concatenate(chunks) if chunks else np.zeros(0, np.float32))


def levels_of(samples: np.ndarray) -> AudioLevels:
    """RMS dBFS per 50 ms window of mono float samples at 16 kHz (the last window padded)."""
    windows = -(-len(samples) // _WINDOW)
    padded = np.zeros(windows * _WINDOW, np.float64)
    padded[: len(samples)] = samples
    rms = np.sqrt(np.mean(np.square(padded.reshape(windows, _WINDOW)), axis=1))
    with np.errstate(divide="ignore"):
        db = np.where(rms > 0, 20 * np.log10(np.maximum(rms, 1e-12)), _FLOOR_DB)
    return AudioLevels(db.astype(np.float32))
