"""One practice take as a state machine, driven by a clock the caller passes in (``now_s``).

No Qt and no wall clock here: the UI passes its elapsed time (from the recorder or a
monotonic timer), the CLI its script times, tests any numbers they like. Every
product switch, flash sale, answered / shown / missed comment and the stop becomes a
``Marker``, kept in memory and handed at once to ``on_marker`` (``takes.MarkerWriter``
writes it in its own short transaction, so a kill mid-take keeps every marker so far).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.rehearsal.comments import DEFAULT_PACE_PER_MINUTE, Comment, CommentBank, CommentFeed
from app.rehearsal.plan_model import Block, Plan

AMBER_AT = 0.8  # share of the target after which the product timer turns amber
ANSWER_WINDOW_S = 20.0  # a comment not answered within this many seconds counts as missed


@dataclass(frozen=True)
class Marker:
    at_s: float
    kind: str  # next|previous|answer|flash_sale|comment_shown|comment_missed|stop|camera_lost
    block_id: str | None
    payload: dict = field(default_factory=dict)


@dataclass
class ShownComment:
    comment: Comment
    block_id: str
    shown_at: float
    answered_at: float | None = None
    missed_at: float | None = None

    @property
    def open(self) -> bool:
        """Still waiting for an answer."""
        return self.answered_at is None and self.missed_at is None


@dataclass(frozen=True)
class BlockClock:
    """This block's timer: elapsed (all visits so far) against its target."""

    block_id: str
    index: int
    elapsed_s: float
    target_s: float
    state: str  # green | amber | red

    @property
    def fraction(self) -> float:
        return self.elapsed_s / self.target_s if self.target_s > 0 else 0.0


@dataclass(frozen=True)
class CommentCounts:
    shown: int
    answered: int
    missed: int


def timer_state(elapsed_s: float, target_s: float) -> str:
    """green up to 80 % of the target, amber up to 100 %, red past it."""
    if target_s <= 0:
        return "green"
    if elapsed_s > target_s:
        return "red"
    if elapsed_s >= AMBER_AT * target_s:
        return "amber"
    return "green"


class TakeSession:
    """start → next/previous/answer/flash_sale (any order) → stop.

    ``tick(now_s)`` drops the comments that are due and marks the unanswered old ones
    missed; call it often (the UI at each timer tick). Every action ticks first.
    """

    def __init__(
        self,
        plan: Plan,
        *,
        bank: CommentBank | None = None,
        pace_per_minute: float = DEFAULT_PACE_PER_MINUTE,
        seed: int = 0,
        on_marker: Callable[[Marker], None] | None = None,
        answer_window_s: float = ANSWER_WINDOW_S,
    ) -> None:
        if not plan.blocks:
            raise ValueError("a plan without blocks cannot be rehearsed")
        self.plan = plan
        self.bank = bank
        self.pace_per_minute = pace_per_minute
        self.seed = seed
        self.on_marker = on_marker
        self.answer_window_s = answer_window_s
        self.markers: list[Marker] = []
        self.comments: list[ShownComment] = []
        self.index = 0
        self.started_at: float | None = None
        self.stopped_at: float | None = None
        self._entered_at = 0.0
        self._spent: dict[str, float] = {b.id: 0.0 for b in plan.blocks}
        self._visits = 0
        self._feed: CommentFeed | None = None
        self._flash: tuple[str, float, float] | None = None  # block id, started, seconds
        self.flash_sales: list[str] = []  # block ids where a flash sale was run

    # ---- state ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.started_at is not None and self.stopped_at is None

    @property
    def current_block(self) -> Block:
        return self.plan.blocks[self.index]

    def total_elapsed(self, now_s: float) -> float:
        if self.started_at is None:
            return 0.0
        end = self.stopped_at if self.stopped_at is not None else now_s
        return max(0.0, end - self.started_at)

    def block_seconds(self, now_s: float) -> dict[str, float]:
        """Seconds spent per block id so far (the current visit included)."""
        spent = dict(self._spent)
        if self.running:
            spent[self.current_block.id] += max(0.0, now_s - self._entered_at)
        return spent

    def block_clock(self, now_s: float) -> BlockClock:
        block = self.current_block
        elapsed = self.block_seconds(now_s)[block.id]
        target = float(block.target_seconds)
        return BlockClock(block.id, self.index, elapsed, target, timer_state(elapsed, target))

    def flash_sale_remaining(self, now_s: float) -> float | None:
        """Seconds left on the current block's flash sale; ``None`` when none is running."""
        if self._flash is None or not self.running:
            return None
        block_id, started, seconds = self._flash
        if block_id != self.current_block.id:
            return None
        left = started + seconds - now_s
        return left if left > 0 else None

    @property
    def highlighted(self) -> ShownComment | None:
        """The oldest comment still waiting for an answer (what the answer key answers)."""
        return next((c for c in self.comments if c.open), None)

    def counts(self) -> CommentCounts:
        answered = sum(1 for c in self.comments if c.answered_at is not None)
        missed = sum(1 for c in self.comments if c.missed_at is not None)
        return CommentCounts(len(self.comments), answered, missed)

    # ---- actions ------------------------------------------------------------------------
    def start(self, now_s: float = 0.0) -> None:
        if self.started_at is not None:
            return
        self.started_at = now_s
        self._enter(0, now_s)

    def tick(self, now_s: float) -> list[ShownComment]:
        """New comments shown since the last call; old unanswered ones become missed."""
        if not self.running:
            return []
        for shown in self.comments:
            if shown.open and now_s - shown.shown_at >= self.answer_window_s:
                self._miss(shown, shown.shown_at + self.answer_window_s, "timeout")
        new: list[ShownComment] = []
        if self._feed is not None:
            for comment in self._feed.due(now_s):
                shown = ShownComment(comment, self.current_block.id, comment.at_s)
                self.comments.append(shown)
                new.append(shown)
                self._mark(
                    comment.at_s,
                    "comment_shown",
                    {"comment_id": comment.id, "kind": comment.kind, "text": comment.text},
                )
        return new

    def next(self, now_s: float) -> bool:
        """Go to the next block; ``False`` (and nothing written) on the last one."""
        return self._switch(now_s, self.index + 1, "next")

    def previous(self, now_s: float) -> bool:
        return self._switch(now_s, self.index - 1, "previous")

    def answer(self, now_s: float, comment_id: str | None = None) -> ShownComment | None:
        """Mark a comment answered (default: the highlighted one); ``None`` if none is open."""
        if not self.running:
            return None
        self.tick(now_s)
        if comment_id is None:
            target = self.highlighted
        else:
            target = next((c for c in self.comments if c.comment.id == comment_id and c.open), None)
        if target is None:
            return None
        target.answered_at = now_s
        self._mark(
            now_s,
            "answer",
            {"comment_id": target.comment.id, "after_s": round(now_s - target.shown_at, 3)},
        )
        return target

    def flash_sale(self, now_s: float) -> bool:
        """Start the current product's flash-sale countdown (product blocks only)."""
        if not self.running or not self.current_block.is_product:
            return False
        if self.flash_sale_remaining(now_s) is not None:
            return False  # already counting down
        self.tick(now_s)
        block = self.current_block
        seconds = float(block.flash_sale_seconds or 60)
        self._flash = (block.id, now_s, seconds)
        if block.id not in self.flash_sales:
            self.flash_sales.append(block.id)
        self._mark(now_s, "flash_sale", {"price": block.flash_sale_price, "seconds": seconds})
        return True

    def set_pace(self, now_s: float, pace_per_minute: float) -> None:
        """Change the comment pace; the current block's comments follow it from ``now_s``."""
        self.pace_per_minute = max(0.0, pace_per_minute)
        if self.running:
            self.tick(now_s)
            self._start_feed(now_s)

    def camera_lost(self, now_s: float, reason: str = "") -> None:
        """The camera (or the file standing in for it) stopped; the take goes on."""
        if self.running:
            self._mark(now_s, "camera_lost", {"reason": reason} if reason else {})

    def stop(self, now_s: float) -> None:
        """End the take: comments still open count as missed; writes the ``stop`` marker."""
        if not self.running:
            return
        self.tick(now_s)
        self._close_visit(now_s, "stop")
        self._mark(now_s, "stop", {"total_s": round(now_s - (self.started_at or 0.0), 3)})
        self.stopped_at = now_s

    # ---- inside ---------------------------------------------------------------------------
    def _switch(self, now_s: float, index: int, kind: str) -> bool:
        if not self.running or not 0 <= index < len(self.plan.blocks):
            return False
        self.tick(now_s)
        left = self.current_block.id
        self._close_visit(now_s, "switched")
        self._enter(index, now_s)
        # "from" lets the review rebuild the time line even if the plan is reordered later.
        self._mark(now_s, kind, {"index": index, "from": left})
        return True

    def _close_visit(self, now_s: float, why: str) -> None:
        block = self.current_block
        self._spent[block.id] += max(0.0, now_s - self._entered_at)
        for shown in self.comments:
            if shown.open and shown.block_id == block.id:
                self._miss(shown, now_s, why)

    def _enter(self, index: int, now_s: float) -> None:
        self.index = index
        self._entered_at = now_s
        self._start_feed(now_s)

    def _start_feed(self, now_s: float) -> None:
        self._visits += 1  # every feed gets its own id prefix: comment ids stay unique
        if self.bank is not None:
            self._feed = CommentFeed(
                self.current_block,
                self.bank,
                self.pace_per_minute,
                self.seed,
                start_s=now_s,
                id_prefix=f"v{self._visits}",
            )

    def _miss(self, shown: ShownComment, at_s: float, why: str) -> None:
        shown.missed_at = at_s
        self._mark(
            at_s, "comment_missed", {"comment_id": shown.comment.id, "why": why}, shown.block_id
        )

    def _mark(self, at_s: float, kind: str, payload: dict, block_id: str | None = None) -> Marker:
        marker = Marker(round(at_s, 3), kind, block_id or self.current_block.id, payload)
        self.markers.append(marker)
        if self.on_marker is not None:
            self.on_marker(marker)
        return marker
