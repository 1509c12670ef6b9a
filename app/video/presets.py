"""Export presets and platform rules, both kept as data files next to this module.

Platforms change their limits; edit ``platforms/<name>.json`` rather than code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.video import errors
from app.video.timecode import format_time

HERE = Path(__file__).resolve().parent
FITS = ("pad-blur", "pad-solid", "crop")
AUDIO_BITRATE = 128_000
# Room the MP4 boxes and rate-control overshoot need inside a platform's size limit.
SIZE_SAFETY = 0.90
MIN_VIDEO_BITRATE = 250_000


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    width: int | None  # None: keep the source's displayed size
    height: int | None


@dataclass(frozen=True)
class Platform:
    name: str
    label: str
    min_duration: float
    max_duration: float
    max_bytes: int
    preset: str  # the one the editor preselects; the seller's choice wins


@cache
def presets() -> dict[str, Preset]:
    data = json.loads((HERE / "presets.json").read_text(encoding="utf-8"))
    return {name: Preset(name, **fields) for name, fields in data.items()}


@cache
def platforms() -> dict[str, Platform]:
    found = {}
    for path in sorted((HERE / "platforms").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("source", None)
        found[data["name"]] = Platform(**data)
    return found


def get_preset(name: str) -> Preset:
    known = presets()
    if name not in known:
        raise errors.unknown_preset(name, ", ".join(known))
    return known[name]


def get_platform(name: str) -> Platform:
    known = platforms()
    if name not in known:
        raise errors.unknown_platform(name, ", ".join(known))
    return known[name]


@dataclass(frozen=True)
class Budget:
    """What the encoder may spend so the file fits the platform."""

    video_bitrate: int  # cap for x264's VBV (maxrate); the quality target stays CRF
    buffer_bits: int


def check_platform(platform: Platform, duration: float) -> list[str]:
    """Problems to tell the seller before any encoding starts (Vietnamese)."""
    problems = []
    if duration < platform.min_duration - 0.05:
        problems.append(
            f"video dài {format_time(duration)}, ngắn hơn mức tối thiểu "
            f"{platform.min_duration:g} giây"
        )
    if duration > platform.max_duration + 0.05:
        problems.append(
            f"video dài {format_time(duration)}, vượt quá {platform.max_duration:g} giây"
        )
    if not problems and budget_for(platform, duration) is None:
        problems.append(
            f"không thể nén {format_time(duration)} vào "
            f"{platform.max_bytes / 1_000_000:g} MB mà vẫn xem rõ"
        )
    return problems


def budget_for(platform: Platform, duration: float) -> Budget | None:
    """Bitrate cap so ``duration`` seconds fit the platform's size limit, or None."""
    total_bits = platform.max_bytes * 8 * SIZE_SAFETY
    seconds = max(duration, 0.1)
    # VBV guarantees rate * time + buffer bits at most; keep the buffer one second.
    video = int((total_bits / seconds - AUDIO_BITRATE) * seconds / (seconds + 1))
    if video < MIN_VIDEO_BITRATE:
        return None
    return Budget(video_bitrate=video, buffer_bits=video)
