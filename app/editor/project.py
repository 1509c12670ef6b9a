"""One editing project: the kept segments of a source video, text on it, export settings.

Segments are kept in output order (the list beside the timeline reorders them). Every
edit clamps to the source's length and keeps segments at least one frame long, so the
room can never hand the engine a segment it would refuse.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, replace

from app.video.stickers import MAX_STICKERS, POSITIONS, Sticker

MIN_LENGTH = 1 / 30  # one frame at 30 fps: shorter segments are dropped
# "Gợi ý đoạn cắt" settings: quieter than this share of full scale is silence, and a
# silence must last at least this long (seconds) to be suggested as a cut
SILENCE_THRESHOLD = 0.05
SILENCE_MIN_LENGTH = 0.6
THRESHOLD_RANGE = (0.005, 0.5)
MIN_LENGTH_RANGE = (0.1, 10.0)
MODES = ("lossless", "smart", "exact")
FITS = ("pad-blur", "pad-solid", "crop")
ORIGINAL = "original"  # "Chất lượng gốc": the only platform a stream copy can serve


def keyframe_at_or_before(keyframes, t: float) -> float:
    """Where a lossless (stream-copy) cut asked to start at ``t`` really starts: the last
    keyframe shown at or before it (the engine's ``seek_keyframe`` picks the same)."""
    index = bisect_right(keyframes, t + 1e-6) - 1
    return float(keyframes[index]) if index >= 0 else 0.0


def _within(value, bounds: tuple[float, float], default: float) -> float:
    """A stored number kept inside ``bounds``; anything unreadable gives ``default``."""
    if not isinstance(value, int | float) or value != value:  # NaN too
        return default
    return min(max(float(value), bounds[0]), bounds[1])


@dataclass(frozen=True)
class Piece:
    """A kept stretch of the source: [start, end) seconds, optional name/product."""

    start: float
    end: float
    label: str = ""
    product_id: str | None = None

    @property
    def duration(self) -> float:
        return self.end - self.start

    def contains(self, t: float) -> bool:
        return self.start <= t < self.end


@dataclass
class Project:
    source: str
    duration: float
    segments: list[Piece] = field(default_factory=list)
    stickers: list[Sticker] = field(default_factory=list)
    title: str = ""
    price: int | None = None
    product_id: str | None = None
    platform: str | None = "shopee"
    mode: str = "exact"
    fit: str = "pad-blur"
    center: tuple[float, float] = (0.5, 0.5)
    accepted: list[tuple[float, float]] = field(default_factory=list)  # suggestions taken
    silence_threshold: float = SILENCE_THRESHOLD
    silence_min_length: float = SILENCE_MIN_LENGTH
    project_id: str | None = None  # database row id once saved
    # stickers that opening had to move inside the exported video (``settle``), for the
    # room to tell the seller once; not stored, not part of an undo step
    moved_on_open: list[int] = field(default_factory=list, compare=False, repr=False)
    segments_cut_on_open: int = field(default=0, compare=False, repr=False)

    # --- queries -------------------------------------------------------------------
    def total(self) -> float:
        return sum(s.duration for s in self.segments)

    def index_at(self, t: float) -> int | None:
        for index, seg in enumerate(self.segments):
            if seg.contains(t):
                return index
        return None

    def pairs(self) -> list[tuple[float, float]]:
        return [(s.start, s.end) for s in self.segments]

    def clamp(self, t: float) -> float:
        return min(max(0.0, t), self.duration)

    def output_length(self) -> float:
        """Length of the exported video: the kept segments end to end (0 with none kept,
        as the export refuses to write a video without a segment)."""
        return self.total()

    def output_time(self, t: float, *, at_end: bool = False) -> float | None:
        """Where source time ``t`` lands in the export (None: not in a kept segment, or
        nothing kept). Segments are [start, end); ``at_end`` also takes a segment's own
        out point (start, end], for setting where something stops."""
        before = 0.0
        for seg in self.segments:
            inside = seg.start < t <= seg.end if at_end else seg.contains(t)
            if inside:
                return before + t - seg.start
            before += seg.duration
        return None

    def has_text(self) -> bool:
        """Title, price or a sticker: burnt in, so only an exact export can carry them."""
        return bool(self.title.strip() or self.price is not None or self.stickers)

    def export_is_exact(self) -> bool:
        """The export re-encodes whatever mode was picked when there is text on the video
        or a platform frame to fit (the dialog switches to exact, the engine refuses a
        copy): the same rule as ``ExportDialog.update_state`` / ``cut._needs_pixels``."""
        return self.has_text() or self.platform not in (None, ORIGINAL)

    def fit_stickers(self) -> list[int]:
        """Keep every sticker inside the exported video after a segment change: one that
        now ends past the end moves earlier, keeping its length when it can. Returns the
        indexes of the stickers moved. With no segment kept there is no video to fit into
        (nothing can be exported): the stickers wait as they are."""
        limit = self.output_length()
        if limit < MIN_LENGTH:
            return []
        moved = []
        for index, sticker in enumerate(self.stickers):
            if sticker.end <= limit + 1e-6:
                continue
            length = min(sticker.end - sticker.start, limit)
            start = max(0.0, limit - max(length, MIN_LENGTH))
            self.stickers[index] = replace(sticker, start=round(start, 3), end=round(limit, 3))
            moved.append(index)
        return moved

    def settle(self) -> list[int]:
        """What opening a stored project does before anyone sees it: segments kept inside
        the source (the file at a remembered path may now be a shorter clip) and at least
        one frame long, then the stickers fitted into the exported video (a project saved
        before stickers were fitted, or merged from another machine, may hold stickers past
        its end). Returns the indexes of the stickers moved, also kept in
        ``moved_on_open``; how many segments were shortened or dropped is kept in
        ``segments_cut_on_open`` (the room says so: the next save stores the change)."""
        kept, cut = [], 0
        for seg in self.segments:
            start, end = self.clamp(seg.start), self.clamp(seg.end)
            if end - start >= MIN_LENGTH:
                kept.append(replace(seg, start=start, end=end))
            if end - start < MIN_LENGTH or (start, end) != (seg.start, seg.end):
                cut += 1
        self.segments, self.segments_cut_on_open = kept, cut
        self.moved_on_open = self.fit_stickers()
        return self.moved_on_open

    def lossless_starts(self, keyframes) -> list[float | None]:
        """For "Nhanh" (lossless) export: per segment, the keyframe its copy will really
        start at when that is earlier than the in point; None where the cut is exact, or
        for other modes, or when the export will re-encode anyway (text, a platform
        frame), or when the keyframes are not known yet."""
        if self.mode != "lossless" or self.export_is_exact() or not keyframes:
            return [None] * len(self.segments)
        out: list[float | None] = []
        for seg in self.segments:
            key = keyframe_at_or_before(keyframes, seg.start)
            out.append(key if seg.start - key > 1e-3 else None)
        return out

    # --- edits (each returns nothing; the room snapshots before/after for undo) ------
    def add_segment(self, start: float, end: float, label: str = "", product_id=None) -> int:
        start, end = sorted((self.clamp(start), self.clamp(end)))
        if end - start < MIN_LENGTH:
            raise ValueError("segment shorter than one frame")
        self.segments.append(Piece(start, end, label, product_id))
        return len(self.segments) - 1

    def set_in(self, t: float) -> int:
        """I: the in point of the segment under ``t``; a new segment there if none."""
        t = self.clamp(t)
        index = self.index_at(t)
        if index is None:
            following = [s.start for s in self.segments if s.start > t]
            end = min(following, default=self.duration)
            if end - t < MIN_LENGTH:
                raise ValueError("no room for a segment here")
            self.segments.append(Piece(t, end))
            self.segments.sort(key=lambda s: s.start)
            return self.index_at(t) or 0
        seg = self.segments[index]
        self.segments[index] = replace(seg, start=t)
        return index

    def set_out(self, t: float) -> int:
        """O: the out point of the segment under ``t`` (or the last one that starts before)."""
        t = self.clamp(t)
        index = self.index_at(t - 1e-6)
        if index is None:
            before = [i for i, s in enumerate(self.segments) if s.start < t]
            if not before:
                self.segments.append(Piece(0.0, t))
                return len(self.segments) - 1
            index = max(before, key=lambda i: self.segments[i].start)
        seg = self.segments[index]
        if t - seg.start < MIN_LENGTH:
            raise ValueError("out point before the in point")
        self.segments[index] = replace(seg, end=t)
        return index

    def set_edge(self, index: int, *, start: float | None = None, end: float | None = None) -> None:
        seg = self.segments[index]
        new_start = seg.start if start is None else self.clamp(start)
        new_end = seg.end if end is None else self.clamp(end)
        if new_end - new_start < MIN_LENGTH:
            return
        self.segments[index] = replace(seg, start=new_start, end=new_end)

    def split_at(self, t: float) -> bool:
        index = self.index_at(t)
        if index is None:
            return False
        seg = self.segments[index]
        if t - seg.start < MIN_LENGTH or seg.end - t < MIN_LENGTH:
            return False
        self.segments[index : index + 1] = [replace(seg, end=t), replace(seg, start=t)]
        return True

    def delete(self, index: int) -> None:
        del self.segments[index]

    def move(self, index: int, delta: int) -> int:
        target = index + delta
        if not 0 <= target < len(self.segments):
            return index
        self.segments.insert(target, self.segments.pop(index))
        return target

    def add_sticker(self, sticker: Sticker) -> None:
        if len(self.stickers) >= MAX_STICKERS:
            raise ValueError(f"at most {MAX_STICKERS} stickers")
        self.stickers.append(sticker)

    def set_sticker(
        self,
        index: int,
        *,
        text: str | None = None,
        start: float | None = None,
        end: float | None = None,
        position: str | None = None,
    ) -> None:
        """Change one sticker; its times stay inside the exported video and at least one
        frame apart (moving the start past the end pushes the end along)."""
        old = self.stickers[index]
        if (start is not None or end is not None) and not self.segments:
            raise ValueError("sticker times are on the exported video: keep a segment first")
        limit = max(self.output_length(), MIN_LENGTH)
        new_start = old.start if start is None else min(max(0.0, start), limit - MIN_LENGTH)
        new_end = old.end if end is None else min(max(0.0, end), limit)
        if end is not None and new_end - new_start < MIN_LENGTH:
            new_start = max(0.0, new_end - MIN_LENGTH)  # the end was moved: the start gives way
        new_end = min(max(new_end, new_start + MIN_LENGTH), limit)
        new_text = old.text if text is None else text.strip()
        if not new_text:
            raise ValueError("a sticker needs text")
        self.stickers[index] = Sticker(
            new_text,
            round(new_start, 3),
            round(new_end, 3),
            position if position in POSITIONS else old.position,
        )

    def delete_sticker(self, index: int) -> None:
        del self.stickers[index]

    # --- persistence ---------------------------------------------------------------
    def segments_json(self) -> str:
        return json.dumps([asdict(s) for s in self.segments], ensure_ascii=False)

    def stickers_json(self) -> str:
        return json.dumps([asdict(s) for s in self.stickers], ensure_ascii=False)

    def settings_json(self) -> str:
        return json.dumps(
            {
                "platform": self.platform,
                "mode": self.mode,
                "fit": self.fit,
                "center": list(self.center),
                "price": self.price,
                "accepted": [list(a) for a in self.accepted],
                "silence_threshold": self.silence_threshold,
                "silence_min_length": self.silence_min_length,
            },
            ensure_ascii=False,
        )

    def restore(self, segments: str, stickers: str, settings: str) -> None:
        """Fill from stored JSON; anything unreadable is skipped, not fatal."""
        try:
            self.segments = [
                Piece(float(d["start"]), float(d["end"]), d.get("label", ""), d.get("product_id"))
                for d in json.loads(segments or "[]")
            ]
        except (ValueError, KeyError, TypeError):
            self.segments = []
        try:
            self.stickers = [
                Sticker(
                    str(d["text"]),
                    float(d["start"]),
                    float(d["end"]),
                    d.get("position", "top") if d.get("position") in POSITIONS else "top",
                )
                for d in json.loads(stickers or "[]")
            ][:MAX_STICKERS]
        except (ValueError, KeyError, TypeError):
            self.stickers = []
        try:
            data = json.loads(settings or "{}")
        except ValueError:
            data = {}
        self.platform = data.get("platform", self.platform)
        self.mode = data.get("mode", self.mode) if data.get("mode") in MODES else self.mode
        self.fit = data.get("fit", self.fit) if data.get("fit") in FITS else self.fit
        center = data.get("center")
        if isinstance(center, list) and len(center) == 2:
            self.center = (float(center[0]), float(center[1]))
        price = data.get("price")
        self.price = int(price) if isinstance(price, int | float) else None
        self.accepted = [tuple(a) for a in data.get("accepted", []) if len(a) == 2]
        self.silence_threshold = _within(
            data.get("silence_threshold"), THRESHOLD_RANGE, SILENCE_THRESHOLD
        )
        self.silence_min_length = _within(
            data.get("silence_min_length"), MIN_LENGTH_RANGE, SILENCE_MIN_LENGTH
        )

    def snapshot(self) -> dict:
        """Everything an undo step restores."""
        return {
            "segments": list(self.segments),
            "stickers": list(self.stickers),
            "title": self.title,
            "price": self.price,
            "accepted": list(self.accepted),
            "fit": self.fit,
            "center": self.center,
        }

    def apply_snapshot(self, state: dict) -> None:
        self.segments = list(state["segments"])
        self.stickers = list(state["stickers"])
        self.title = state["title"]
        self.price = state["price"]
        self.accepted = list(state.get("accepted", self.accepted))
        self.fit = state.get("fit", self.fit)
        self.center = state.get("center", self.center)
