"""One export as the room's dialog (and ``EditorRoom.export_to``) asks for it.

``run_export`` turns the project's choices into the engine's ``cut_video`` calls: one
file with every segment, or one file per segment ("xuất mỗi đoạn thành một video
riêng", used for a rehearsal take split per product). The engine writes each file to a
temp name and renames it when complete, so a cancel or a full disk leaves no half file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.progress import CancelToken, ProgressFn, check
from app.video.cut import CutResult, ExportOptions, cut_video
from app.video.exact import EncodeSettings
from app.video.overlay import OverlayText
from app.video.presets import get_platform
from app.video.stickers import Sticker
from app.video.timecode import Segment

ORIGINAL = "original"  # "Chất lượng gốc": no platform rules, the source's own frame


@dataclass(frozen=True)
class ExportRequest:
    source: Path
    segments: Sequence[tuple[float, float]]
    target: Path  # a file, or a folder when each_segment
    platform: str | None = "shopee"
    mode: str = "exact"
    fit: str = "pad-blur"
    center: tuple[float, float] = (0.5, 0.5)
    title: str = ""
    price: int | None = None
    stickers: Sequence[Sticker] = ()
    each_segment: bool = False
    segment_names: Sequence[str] = ()
    encode: EncodeSettings = field(default_factory=EncodeSettings)

    def has_text(self) -> bool:
        return bool(self.title.strip() or self.price is not None or self.stickers)


def slug(text: str) -> str:
    """File-name-safe ASCII: "Giỏ tre đan" → "Gio-tre-dan"."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "video"


def default_file_name(sku: str | None, platform: str | None, day: date | None = None) -> str:
    day = day or date.today()
    return f"{slug(sku or 'video')}-{slug(platform or ORIGINAL)}-{day:%Y%m%d}.mp4"


def _options(request: ExportRequest) -> ExportOptions:
    platform = request.platform if request.platform not in (None, ORIGINAL) else None
    preset = get_platform(platform).preset if platform else "original"
    overlay = OverlayText(request.title, request.price) if request.title or request.price else None
    return ExportOptions(
        mode="exact" if request.has_text() else request.mode,
        preset=preset,
        fit=request.fit,
        center=request.center,
        overlay=overlay,
        stickers=tuple(request.stickers),
        platform=platform,
        encode=request.encode,
    )


def targets(request: ExportRequest) -> list[Path]:
    if not request.each_segment:
        return [Path(request.target)]
    folder = Path(request.target)
    names = list(request.segment_names)
    out = []
    for index in range(len(request.segments)):
        name = names[index] if index < len(names) and names[index] else f"doan-{index + 1}"
        out.append(folder / f"{index + 1:02d}-{slug(name)}.mp4")
    return out


def run_export(
    request: ExportRequest,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[CutResult]:
    options = _options(request)
    pieces = [Segment(float(a), float(b)) for a, b in request.segments]
    jobs = [(t, [p]) for t, p in zip(targets(request), pieces, strict=False)]
    if not request.each_segment:
        jobs = [(Path(request.target), pieces)]
    results = []
    for number, (target, segments) in enumerate(jobs):

        def scaled(fraction: float, text: str, number=number) -> None:
            if progress is not None:
                progress((number + fraction) / len(jobs), text)

        check(cancel)
        target.parent.mkdir(parents=True, exist_ok=True)
        result = cut_video(request.source, target, segments, options, scaled, cancel)
        if request.has_text() and request.mode != "exact":
            result.notes.insert(
                0, "Chữ trên video chỉ vẽ được khi mã hoá lại: đã dùng chế độ đầy đủ."
            )
        results.append(result)
    return results
