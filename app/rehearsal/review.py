"""Figures of one take, read back from its markers and its recording's sound.

The time line is rebuilt from the markers alone (start on the first block, each
``next``/``previous`` switches, ``stop`` or the end of the recording ends), so a take
cut short by a kill is reviewed the same way as a finished one. Speaking share and
the longest silence come from ``audio_levels`` within each block's own time ranges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Paths
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.rehearsal import audio_levels, plans
from app.rehearsal.audio_levels import MIN_SILENCE_S, SILENCE_DBFS, AudioLevels
from app.rehearsal.plan_model import Block, Plan
from app.rehearsal.session import CommentCounts, Marker
from app.rehearsal.takes import Take, load_take, previous_take
from app.store.engine import session_scope
from app.store.models import ShowBlock, ShowPlan
from app.video import errors as video_errors

CTX = "rehearsal"
SWITCHES = ("next", "previous")


@dataclass(frozen=True)
class BlockReview:
    block_id: str
    kind: str  # opening | product | closing
    title: str
    product_id: str | None
    sku: str
    name: str
    product_gone: bool
    order_code: str
    seconds: float
    target_seconds: int
    ranges: tuple[tuple[float, float], ...]  # each visit (start_s, end_s) in the take
    speaking_share: float | None  # None: no sound recorded
    longest_silence_s: float | None
    comments_shown: int
    comments_answered: int
    comments_missed: int
    flash_sale: bool

    @property
    def over_target_s(self) -> float:
        return self.seconds - self.target_seconds

    @property
    def longest_visit(self) -> tuple[float, float] | None:
        return max(self.ranges, key=lambda r: r[1] - r[0], default=None)


@dataclass(frozen=True)
class Chapter:
    """A point to jump to in the playback view."""

    at_s: float
    kind: str  # a marker kind
    title: str
    block_id: str | None


@dataclass(frozen=True)
class TakeReview:
    take_id: str
    plan_id: str
    plan_name: str
    started_at: datetime
    duration_s: float
    status: str
    recording: Path | None
    blocks: list[BlockReview]
    comments: CommentCounts
    flash_sale: bool
    speaking_share: float | None
    longest_silence_s: float | None
    chapters: list[Chapter] = field(default_factory=list)
    silence_threshold_dbfs: float = SILENCE_DBFS
    min_silence_s: float = MIN_SILENCE_S

    @property
    def products(self) -> list[BlockReview]:
        return [b for b in self.blocks if b.kind == "product"]

    def segments(self) -> list[tuple[float, float, str, str | None]]:
        """For the editor: (start_s, end_s, label, product_id) — one per product block that
        was on screen (its longest visit), in time order."""
        out = []
        for block in self.products:
            visit = block.longest_visit
            if visit is not None and visit[1] - visit[0] > 0.05:
                label = f"{block.order_code} {block.name}".strip()
                out.append((round(visit[0], 3), round(visit[1], 3), label, block.product_id))
        return sorted(out)

    def to_json(self) -> dict:
        """The ``rehearsal report --json`` shape (keys checked by outside scripts)."""
        return {
            "take_id": self.take_id,
            "plan_id": self.plan_id,
            "duration_s": round(self.duration_s, 2),
            "recording": str(self.recording) if self.recording else None,
            "products": [
                {
                    "sku": b.sku,
                    "name": b.name,
                    "seconds": round(float(b.seconds), 2),
                    "target_seconds": b.target_seconds,
                    "speaking_share": _round(b.speaking_share, 3),
                    "longest_silence_s": _round(b.longest_silence_s, 2),
                }
                for b in self.products
            ],
            "comments": {
                "shown": self.comments.shown,
                "answered": self.comments.answered,
                "missed": self.comments.missed,
            },
            "flash_sale": self.flash_sale,
        }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


@dataclass(frozen=True)
class Comparison:
    previous_take_id: str
    seconds_faster: float  # previous duration − this one (positive: faster now)
    answered_more: int
    missed_fewer: int
    messages: tuple[Message, ...]

    def text(self, translate=None) -> str:
        """“nhanh hơn 40 s, trả lời thêm 3 câu”"""
        return ", ".join(m.render(translate) for m in self.messages)


# ---- building the review -----------------------------------------------------------------


def review_take(
    sessions: sessionmaker[Session],
    paths: Paths,
    take_id: str,
    *,
    levels: AudioLevels | None = None,
) -> TakeReview:
    """Figures for one take (raises ``TakeNotFound``); reads the recording's sound once."""
    take = load_take(sessions, paths, take_id)
    with session_scope(sessions) as session:
        plan, blocks = _plan_and_blocks(session, take.plan_id)
    if levels is None:
        levels = _levels(take.recording)
    return build_review(take, plan, blocks, levels)


def _levels(recording: Path | None) -> AudioLevels | None:
    if recording is None or not recording.is_file():
        return None
    try:
        found = audio_levels.analyse(recording)
    except video_errors.VideoError:
        return None
    return found if found.duration_s > 0 else None


def _plan_and_blocks(session: Session, plan_id: str) -> tuple[Plan, dict[str, Block]]:
    """The plan (even if deleted since) and every block it ever had, live ones in order."""
    row = session.get(ShowPlan, plan_id)
    plan = plans.Plan(plan_id, row.name if row else "", "", "", "", [])
    if row is not None:
        plan.opening_text, plan.closing_text = row.opening_text, row.closing_text
    rows = session.scalars(
        select(ShowBlock)
        .where(ShowBlock.plan_id == plan_id)
        .order_by(ShowBlock.deleted_at.is_not(None), ShowBlock.position)
    ).all()
    blocks = {r.id: plans.block_from_row(session, r, plan) for r in rows}
    plan.blocks = [blocks[r.id] for r in rows if r.deleted_at is None]
    return plan, blocks


def build_review(
    take: Take, plan: Plan, blocks: dict[str, Block], levels: AudioLevels | None
) -> TakeReview:
    markers = list(take.markers)
    end = _end_of(take, markers)
    visits = _visits(markers, plan, end)
    ranges: dict[str, list[tuple[float, float]]] = {}
    for block_id, start, stop in visits:
        ranges.setdefault(block_id, []).append((start, stop))
    order = [b.id for b in plan.blocks] + [
        i for i in ranges if i not in {b.id for b in plan.blocks}
    ]
    reviews = []
    for block_id in order:
        block = blocks.get(block_id)
        if block is None:
            continue
        reviews.append(_block_review(block, ranges.get(block_id, []), markers, levels))
    counts = _counts(markers)
    chapters = _chapters(markers, blocks, visits)
    return TakeReview(
        take_id=take.id,
        plan_id=take.plan_id,
        plan_name=plan.name,
        started_at=take.started_at,
        duration_s=end,
        status=take.status,
        recording=take.recording if take.recording and take.recording.is_file() else None,
        blocks=reviews,
        comments=counts,
        flash_sale=any(m.kind == "flash_sale" for m in markers),
        speaking_share=levels.speaking_share(0, end) if levels else None,
        longest_silence_s=levels.longest_silence(0, end) if levels else None,
        chapters=chapters,
    )


def _end_of(take: Take, markers: list[Marker]) -> float:
    stop = next((m.at_s for m in markers if m.kind == "stop"), None)
    if stop is not None:
        return stop
    return max(take.duration_s, max((m.at_s for m in markers), default=0.0))


def _visits(markers: list[Marker], plan: Plan, end: float) -> list[tuple[str, float, float]]:
    """(block id, start, end) of each stay on a block, in time order."""
    switches = [m for m in markers if m.kind in SWITCHES and m.at_s <= end]
    if switches and switches[0].payload.get("from"):
        current = switches[0].payload["from"]
    else:
        stop = next((m for m in markers if m.kind == "stop"), None)
        if stop is not None and not switches:
            current = stop.block_id
        else:
            current = plan.blocks[0].id if plan.blocks else None
    visits = []
    since = 0.0
    for marker in switches:
        if current is not None and marker.at_s > since:
            visits.append((current, since, marker.at_s))
        current, since = marker.block_id, marker.at_s
    if current is not None and end > since:
        visits.append((current, since, end))
    return visits


def _block_review(
    block: Block,
    ranges: list[tuple[float, float]],
    markers: list[Marker],
    levels: AudioLevels | None,
) -> BlockReview:
    mine = [m for m in markers if m.block_id == block.id]
    seconds = sum(b - a for a, b in ranges)
    share = silence = None
    if levels is not None and ranges:
        spoken = sum(levels.speaking_share(a, b) * (b - a) for a, b in ranges)
        share = spoken / seconds if seconds else 0.0
        silence = max(levels.longest_silence(a, b) for a, b in ranges)
    elif levels is not None:
        share, silence = 0.0, 0.0
    card = block.product
    return BlockReview(
        block_id=block.id,
        kind=block.kind,
        title=block.title,
        product_id=block.product_id,
        sku=card.sku if card else "",
        name=card.name if card else block.title,
        product_gone=block.product_gone,
        order_code=block.order_code,
        seconds=seconds,
        target_seconds=block.target_seconds,
        ranges=tuple(ranges),
        speaking_share=share,
        longest_silence_s=silence,
        comments_shown=sum(1 for m in mine if m.kind == "comment_shown"),
        comments_answered=sum(1 for m in mine if m.kind == "answer"),
        comments_missed=sum(1 for m in mine if m.kind == "comment_missed"),
        flash_sale=any(m.kind == "flash_sale" for m in mine),
    )


def _counts(markers: list[Marker]) -> CommentCounts:
    shown = sum(1 for m in markers if m.kind == "comment_shown")
    answered = sum(1 for m in markers if m.kind == "answer")
    missed = sum(1 for m in markers if m.kind == "comment_missed")
    return CommentCounts(shown, answered, missed)


def _chapters(
    markers: list[Marker], blocks: dict[str, Block], visits: list[tuple[str, float, float]]
) -> list[Chapter]:
    chapters = [
        Chapter(start, "block", blocks[block_id].title if block_id in blocks else "", block_id)
        for block_id, start, _ in visits
    ]
    for marker in markers:
        if marker.kind in ("flash_sale", "answer", "camera_lost", "stop"):
            chapters.append(Chapter(marker.at_s, marker.kind, "", marker.block_id))
    return sorted(chapters, key=lambda c: c.at_s)


# ---- comparison ----------------------------------------------------------------------------


def compare(current: TakeReview, previous: TakeReview) -> Comparison:
    faster = previous.duration_s - current.duration_s
    answered = current.comments.answered - previous.comments.answered
    missed_fewer = previous.comments.missed - current.comments.missed
    messages = []
    seconds = str(round(abs(faster)))
    if faster >= 1:
        messages.append(Message(CTX, QT_TRANSLATE_NOOP("rehearsal", "nhanh hơn %1 s"), (seconds,)))
    elif faster <= -1:
        messages.append(Message(CTX, QT_TRANSLATE_NOOP("rehearsal", "chậm hơn %1 s"), (seconds,)))
    else:
        messages.append(Message(CTX, QT_TRANSLATE_NOOP("rehearsal", "thời gian như lần trước")))
    if answered > 0:
        text = QT_TRANSLATE_NOOP("rehearsal", "trả lời thêm %1 câu")
        messages.append(Message(CTX, text, (str(answered),)))
    elif answered < 0:
        text = QT_TRANSLATE_NOOP("rehearsal", "trả lời ít hơn %1 câu")
        messages.append(Message(CTX, text, (str(-answered),)))
    else:
        messages.append(
            Message(CTX, QT_TRANSLATE_NOOP("rehearsal", "trả lời số câu như lần trước"))
        )
    return Comparison(previous.take_id, faster, answered, missed_fewer, tuple(messages))


def compare_with_previous(
    sessions: sessionmaker[Session], paths: Paths, review: TakeReview
) -> Comparison | None:
    """Against the take of the same plan just before this one; ``None`` for a first take."""
    take = load_take(sessions, paths, review.take_id)
    before = previous_take(sessions, take)
    if before is None:
        return None
    with session_scope(sessions) as session:
        plan, blocks = _plan_and_blocks(session, before.plan_id)
    # Sound is not needed for the comparison (durations and answers only).
    return compare(review, build_review(before, plan, blocks, None))
