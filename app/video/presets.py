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
# Above any phone's bitrate: a budget this large is no limit (and x264 rejects huge VBV).
MAX_VIDEO_BITRATE = 40_000_000


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


@dataclass(frozen=True)
class Advice:
    """One broken platform rule, in plain Vietnamese, with the fix the dialog offers."""

    message: str
    trim_s: float | None = None  # cut this many seconds off to fit
    extend_s: float | None = None  # keep this many more seconds to fit


def _seconds(value: float) -> str:
    if abs(value - round(value)) < 0.05:
        return f"{round(value)}"
    return f"{value:.1f}".replace(".", ",")  # Vietnamese decimal comma


def platform_advice(platform: str | Platform | None, duration_s: float) -> list[Advice]:
    """What is wrong with ``duration_s`` seconds for ``platform`` and how to fix it.

    Empty for "original" (no platform) and for a length the platform accepts.
    """
    if platform in (None, "", "original"):
        return []
    spec = platform if isinstance(platform, Platform) else get_platform(platform)
    label = spec.label.split(" (")[0]
    if duration_s > spec.max_duration + 0.05:
        over = duration_s - spec.max_duration
        return [
            Advice(
                f"Dài quá {_seconds(over)} giây so với giới hạn {spec.max_duration:g} giây "
                f"của {label}: cắt bớt {_seconds(over)} giây",
                trim_s=round(over, 3),
            )
        ]
    if duration_s < spec.min_duration - 0.05:
        short = spec.min_duration - duration_s
        return [
            Advice(
                f"Ngắn hơn mức tối thiểu {spec.min_duration:g} giây của {label}: "
                f"giữ thêm {_seconds(short)} giây",
                extend_s=round(short, 3),
            )
        ]
    if budget_for(spec, duration_s) is None:
        return [
            Advice(
                f"Không nén được {format_time(duration_s)} vào "
                f"{spec.max_bytes / 1_000_000:g} MB của {label} mà vẫn xem rõ: cắt ngắn lại"
            )
        ]
    return []
