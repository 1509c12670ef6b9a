"""One entry point for every export: check the request, pick the mode, write safely.

``cut_video`` checks everything it can before writing a byte (segments inside the
file, platform limits), writes to a temp file next to the target, and renames it
only when the whole export succeeded.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import av

from app.progress import CancelToken, ProgressFn, check
from app.video import errors
from app.video.exact import EncodeSettings, export_exact
from app.video.framing import Framer
from app.video.lossless import cut_lossless
from app.video.output import atomic_target, write_error
from app.video.overlay import OverlayText, render_band
from app.video.presets import (
    FITS,
    MAX_VIDEO_BITRATE,
    SIZE_SAFETY,
    budget_for,
    check_platform,
    get_platform,
    get_preset,
)
from app.video.probe import MediaInfo, probe
from app.video.smart import SmartCutUnsupported, cut_smart
from app.video.stickers import Sticker, render_stickers
from app.video.timecode import Segment, check_segments, format_time

MODES = ("lossless", "smart", "exact")
WRITE_ERRNOS = {errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS, errno.EDQUOT}
# What an MP4 can carry when packets are copied as they are.
MP4_VIDEO = {"h264", "hevc", "mpeg4", "av1", "vp9"}
MP4_AUDIO = {"aac", "mp3", "ac3", "eac3", "alac", "opus", "flac"}


@dataclass(frozen=True)
class ExportOptions:
    mode: str = "exact"
    preset: str = "original"
    fit: str = "pad-blur"
    center: tuple[float, float] = (0.5, 0.5)  # crop centre, fractions of width/height
    pad_rgb: tuple[int, int, int] = (0, 0, 0)
    overlay: OverlayText | None = None
    stickers: tuple[Sticker, ...] = ()  # timed on the output; drawn in exact mode only
    platform: str | None = None
    encode: EncodeSettings = field(default_factory=EncodeSettings)


@dataclass
class CutResult:
    output: str
    mode: str  # the mode actually used
    requested: list[Segment]
    used: list[Segment]  # source times actually written (keyframe-snapped in lossless)
    notes: list[str] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return sum(s.duration for s in self.used)

    def to_json(self) -> dict:
        return {
            "output": self.output,
            "mode": self.mode,
            "duration": round(self.duration, 3),
            "segments": [
                {
                    "requested": [round(r.start, 3), round(r.end, 3)],
                    "used": [round(u.start, 3), round(u.end, 3)],
                }
                for r, u in zip(self.requested, self.used, strict=False)
            ],
            "notes": self.notes,
        }


def _needs_pixels(options: ExportOptions, info: MediaInfo) -> str | None:
    if options.preset != "original":
        return f"Mẫu xuất {options.preset}"
    if options.overlay is not None and options.overlay.lines():
        return "Dòng chữ tiêu đề/giá"
    if any(s.text.strip() for s in options.stickers):
        return "Chữ dán trên video"
    return None


def cut_video(
    source: str | Path,
    target: str | Path,
    segments: Sequence[Segment],
    options: ExportOptions = ExportOptions(),
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> CutResult:
    source, target = Path(source), Path(target)
    if options.mode not in MODES:
        raise ValueError(f"unknown mode {options.mode!r}")
    if options.fit not in FITS:
        raise ValueError(f"unknown fit {options.fit!r}")
    info = probe(source, scan=False)
    if not info.has_video:
        raise errors.no_video_stream(str(source))
    checked = check_segments(list(segments), info.duration)
    preset = get_preset(options.preset)
    notes: list[str] = []
    mode = options.mode
    settings = options.encode
    if options.platform:
        platform = get_platform(options.platform)
        total = sum(s.duration for s in checked)
        problems = check_platform(platform, total)
        if problems:
            raise errors.platform_rules_broken(platform.label, "; ".join(problems))
        budget = budget_for(platform, total)
        # A limit above any phone's bitrate (Zalo's 1 GB) is no limit: no bitrate cap (x264
        # rejects a huge one), and a copy may stay a copy when that share of the source fits.
        copied = info.size_bytes * total / max(info.duration, 0.1)
        if budget.video_bitrate >= MAX_VIDEO_BITRATE and (
            mode == "exact" or copied <= platform.max_bytes * SIZE_SAFETY
        ):
            budget = None
        if mode != "exact" and budget is not None:
            notes.append(
                "Giới hạn dung lượng của nền tảng cần mã hoá lại: đã dùng chế độ chính xác."
            )
            mode = "exact"
        if budget is not None:
            settings = replace(
                settings, max_bitrate=budget.video_bitrate, buffer_bits=budget.buffer_bits
            )
    reason = _needs_pixels(options, info)
    if reason and mode == "lossless":
        raise errors.needs_reencode(reason)
    if reason and mode == "smart":
        notes.append(f"{reason} cần mã hoá lại mọi khung hình: đã dùng chế độ chính xác.")
        mode = "exact"
    if mode != "exact" and (
        info.video_codec not in MP4_VIDEO or (info.has_audio and info.audio_codec not in MP4_AUDIO)
    ):
        notes.append(
            f"{info.video_codec}/{info.audio_codec} không chép thẳng vào MP4 được: "
            "đã dùng chế độ chính xác."
        )
        mode = "exact"
    check(cancel)
    try:
        return _write(
            source, target, info, checked, preset, mode, settings, options, notes, progress, cancel
        )
    except av.FFmpegError as exc:
        # errno-carrying failures come from writing; anything else from the source
        if isinstance(exc, OSError) and exc.errno in WRITE_ERRNOS:
            raise write_error(target, exc) from None
        raise errors.not_a_video(str(source), str(exc)) from None


def _snapped_overlaps(used: list[Segment]) -> list[str]:
    """Keyframe snapping can make a segment start inside the one before it: say so."""
    notes = []
    for index, seg in enumerate(used):
        for other in used[:index]:
            if seg.start < other.end - 1e-3 and other.start < seg.end - 1e-3:
                notes.append(
                    f"Đoạn {seg.label()} phải bắt đầu từ khung khoá nên lặp lại một phần "
                    f"đoạn {other.label()}. Dùng chế độ chính xác hoặc thông minh để tránh."
                )
    return notes


def _write(
    source, target, info, checked, preset, mode, settings, options, notes, progress, cancel
) -> CutResult:
    with atomic_target(source, target) as temp:
        if mode == "smart":
            try:
                used = cut_smart(info, source, temp, checked, progress=progress, cancel=cancel)
            except SmartCutUnsupported as exc:
                notes.append(
                    f"Cắt thông minh không ghép được video này ({exc}): đã dùng chế độ chính xác."
                )
                mode = "exact"
        if mode == "lossless":
            used = cut_lossless(info, source, temp, checked, progress, cancel)
            notes.extend(_snapped_overlaps(used))
        elif mode == "exact":
            framer = Framer(
                info.width,
                info.height,
                info.rotation,
                preset,
                options.fit,
                options.center,
                options.pad_rgb,
            )
            if options.overlay is not None:
                framer.band = render_band(options.overlay, framer.out_width, framer.out_height)
            if options.stickers:
                framer.stickers = render_stickers(
                    options.stickers,
                    framer.out_width,
                    framer.out_height,
                    framer.band.y if framer.band is not None else None,
                )
            used = export_exact(info, source, temp, checked, framer, settings, progress, cancel)
        if not any(u.duration > 0 for u in used):
            # every segment fell between two frames: an empty video is no use to anyone
            first = checked[0]
            raise errors.segment_empty(format_time(first.start), format_time(first.end))
    return CutResult(str(target), mode, checked, used, notes)
