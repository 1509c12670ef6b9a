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
from dataclasses import dataclass, field, replace
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


def stickers_per_clip(
    stickers: Sequence[Sticker], segments: Sequence[Segment]
) -> list[tuple[Sticker, ...]]:
    """Sticker times are on the whole export's clock (the segments end to end). A clip of
    one segment has its own clock from 0: each sticker keeps the part of its time that
    falls in that segment's stretch of the whole, shifted to the clip's start, so a
    sticker placed on segment 2 shows in clip 2 (and one spanning a cut shows in both)."""
    out: list[tuple[Sticker, ...]] = []
    offset = 0.0
    for seg in segments:
        length = seg.duration
        kept = []
        for sticker in stickers:
            start = max(sticker.start, offset) - offset
            end = min(sticker.end, offset + length) - offset
            if end - start > 1e-3:
                kept.append(replace(sticker, start=round(start, 3), end=round(end, 3)))
        out.append(tuple(kept))
        offset += length
    return out


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


def modes_explained() -> dict[str, tuple[str, str]]:
    """Each mode's plain name and one sentence on what it does and when to use it."""
    # imported here: the export process (``export_process``) never needs Qt
    from PySide6.QtCore import QCoreApplication

    return {
        "lossless": (
            QCoreApplication.translate("ExportModes", "Nhanh"),
            QCoreApplication.translate(
                "ExportModes",
                "Chép nguyên hình, xong trong vài giây; điểm cắt nhảy về khung khoá gần nhất.",
            ),
        ),
        "smart": (
            QCoreApplication.translate("ExportModes", "Chính xác"),
            QCoreApplication.translate(
                "ExportModes",
                "Cắt đúng khung hình, chỉ mã hoá lại quanh chỗ cắt; nhanh mà không lệch.",
            ),
        ),
        "exact": (
            QCoreApplication.translate("ExportModes", "Đầy đủ"),
            QCoreApplication.translate(
                "ExportModes",
                "Mã hoá lại toàn bộ: cần khi thêm chữ, đổi khổ 9:16 hay giới hạn dung lượng.",
            ),
        ),
    }


def _free_name(folder: Path, stem: str, taken: set[Path]) -> Path:
    """``stem.mp4`` in ``folder``, or ``stem-2.mp4``… when a file (or an earlier clip of
    this export) already has the name: an export never overwrites a clip silently."""
    candidate, extra = folder / f"{stem}.mp4", 1
    while candidate.exists() or candidate in taken:
        extra += 1
        candidate = folder / f"{stem}-{extra}.mp4"
    return candidate


def targets(request: ExportRequest) -> list[Path]:
    """The file(s) the request writes. Per segment: ``<name>-<n>.mp4`` where name is the
    segment's name (a product, for a rehearsal take) or the chosen file's name."""
    target = Path(request.target)
    if not request.each_segment:
        return [target]
    if target.suffix.lower() == ".mp4":
        folder, base = target.parent, target.stem
    else:
        folder, base = target, "video"
    names = list(request.segment_names or ())
    out: list[Path] = []
    for index in range(len(request.segments)):
        name = names[index] if index < len(names) and str(names[index]).strip() else base
        out.append(_free_name(folder, f"{slug(str(name))}-{index + 1}", set(out)))
    return out


def run_export(
    request: ExportRequest,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[CutResult]:
    options = _options(request)
    pieces = [Segment(float(a), float(b)) for a, b in request.segments]
    if request.each_segment:
        per_clip = stickers_per_clip(request.stickers, pieces)
        jobs = [
            (t, [p], replace(options, stickers=s))
            for t, p, s in zip(targets(request), pieces, per_clip, strict=True)
        ]
    else:
        jobs = [(Path(request.target), pieces, options)]
    results = []
    for number, (target, segments, clip_options) in enumerate(jobs):

        def scaled(fraction: float, text: str, number=number) -> None:
            if progress is not None:
                progress((number + fraction) / len(jobs), text)

        check(cancel)
        target.parent.mkdir(parents=True, exist_ok=True)
        result = cut_video(request.source, target, segments, clip_options, scaled, cancel)
        if request.has_text() and request.mode != "exact":
            result.notes.insert(
                0, "Chữ trên video chỉ vẽ được khi mã hoá lại: đã dùng chế độ đầy đủ."
            )
        results.append(result)
    return results
