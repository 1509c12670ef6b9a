"""Generated media for the video tests (made once per session) and decoding helpers."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import SimpleNamespace

import av
import numpy as np
import pytest

from app.video.synth import BEEP_HZ, read_frame_number

FPS = 30


@pytest.fixture(scope="session")
def media(tmp_path_factory) -> SimpleNamespace:
    from app.video.synth import make_clip

    folder = tmp_path_factory.mktemp("media")
    plain = make_clip(folder / "plain.mp4", duration=6.0)  # keyframe every 0.5 s, B-frames
    phone = make_clip(folder / "phone.mp4", duration=3.0, bframes=0, gop=30)  # Android-like
    rotated = make_clip(folder / "rotated.mp4", duration=2.0, rotation=90)
    vfr = make_clip(folder / "vfr.mp4", duration=3.0, vfr=True)
    silent = make_clip(folder / "silent.mp4", duration=2.0, audio=False)
    audio_only = make_clip(folder / "audio_only.m4a", duration=1.0, video=False)
    empty = folder / "empty.mp4"
    empty.write_bytes(b"")
    truncated = folder / "truncated.mp4"
    truncated.write_bytes(plain.read_bytes()[: plain.stat().st_size // 2])
    text = folder / "notes.mp4"
    text.write_text("đây không phải video\n", encoding="utf-8")
    return SimpleNamespace(
        plain=plain,
        phone=phone,
        rotated=rotated,
        vfr=vfr,
        silent=silent,
        audio_only=audio_only,
        empty=empty,
        truncated=truncated,
        text=text,
        folder=folder,
    )


@pytest.fixture(scope="session")
def hevc_clip(media) -> Path:
    if "libx265" not in av.codecs_available:
        pytest.skip("no HEVC encoder in this FFmpeg build")
    from app.video.synth import make_clip

    return make_clip(media.folder / "iphone.mov", duration=2.0, codec="libx265", gop=15)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def decoded_frames(path: Path) -> list[tuple[float, int, np.ndarray]]:
    """(seconds, source frame number shown, gray pixels) for every frame."""
    with av.open(str(path)) as container:
        out = []
        for frame in container.decode(video=0):
            gray = frame.to_ndarray(format="gray")
            out.append((float(frame.pts * frame.time_base), read_frame_number(gray), gray))
        return out


def decoded_audio(path: Path) -> tuple[float, int, np.ndarray]:
    """(first timestamp, sample rate, first channel as float)."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        first = None
        chunks = []
        for frame in container.decode(stream):
            if first is None:
                first = float(frame.pts * frame.time_base)
            chunks.append(frame.to_ndarray()[0].astype(np.float32))
        return first, stream.rate, np.concatenate(chunks)


def beep_onsets(samples: np.ndarray, rate: int) -> np.ndarray:
    """Times where the 1760 Hz beep starts (the synth clip beeps every 0.5 s)."""
    t = np.arange(len(samples)) / rate
    mixed = samples * np.exp(-2j * np.pi * BEEP_HZ * t)
    width = int(rate * 0.0025)
    envelope = np.abs(np.convolve(mixed, np.ones(width) / width, "same"))
    loud = envelope > 0.07
    return (np.flatnonzero(loud[1:] & ~loud[:-1]) + 1) / rate


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return 99.0 if mse == 0 else 10 * np.log10(255**2 / mse)


def source_frame(path: Path, number: int) -> np.ndarray:
    for _, shown, gray in decoded_frames(path):
        if shown == number:
            return gray
    raise AssertionError(f"frame {number} not in {path}")


@pytest.fixture
def helpers() -> SimpleNamespace:
    return SimpleNamespace(
        frames=decoded_frames,
        audio=decoded_audio,
        onsets=beep_onsets,
        psnr=psnr,
        source_frame=source_frame,
        file_hash=file_hash,
        fps=FPS,
    )
