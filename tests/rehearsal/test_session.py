"""The take state machine, driven by a made-up clock: timers, switches, comments, markers."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.rehearsal.comments import load_bank
from app.rehearsal.session import ANSWER_WINDOW_S, TakeSession, timer_state
from app.rehearsal.takes import MarkerWriter, start_take
from app.store.engine import session_scope
from app.store.models import TakeMarker


def test_timer_turns_amber_at_80_percent_and_red_past_the_target():
    assert timer_state(79.9, 100) == "green"
    assert timer_state(80, 100) == "amber"
    assert timer_state(100, 100) == "amber"
    assert timer_state(100.1, 100) == "red"


def test_switching_blocks_times_each_product_and_writes_markers(plan):
    take = TakeSession(plan)  # no comment bank: no comments
    take.start(0.0)
    assert take.current_block.kind == "opening"
    assert take.next(5.0) and take.next(12.0)  # opening 5 s, first product 7 s
    assert take.previous(14.0)  # back to the first product
    clock = take.block_clock(20.0)
    assert clock.block_id == plan.product_blocks[0].id and clock.elapsed_s == 13.0
    assert clock.target_s == 12 and clock.state == "red"
    assert take.block_clock(15.0).state == "green"  # 8 s of 12
    assert take.block_clock(17.0).state == "amber"  # 10 s of 12
    take.stop(20.0)
    spent = take.block_seconds(20.0)
    assert spent[plan.blocks[0].id] == 5.0
    assert spent[plan.product_blocks[0].id] == 13.0
    assert spent[plan.product_blocks[1].id] == 2.0
    assert [m.kind for m in take.markers] == ["next", "next", "previous", "stop"]
    assert take.markers[1].payload["from"] == plan.product_blocks[0].id
    assert take.total_elapsed(99.0) == 20.0
    assert not take.previous(25.0)  # stopped: nothing more happens


def test_cannot_go_before_the_first_or_past_the_last_block(plan):
    take = TakeSession(plan)
    take.start(0)
    assert not take.previous(1)
    for second in range(2, 2 + len(plan.blocks) - 1):
        assert take.next(second)
    assert not take.next(30)
    assert [m.kind for m in take.markers] == ["next"] * (len(plan.blocks) - 1)


def test_flash_sale_counts_down_on_product_blocks_only(plan):
    take = TakeSession(plan)
    take.start(0)
    assert not take.flash_sale(1)  # the opening has no product
    take.next(2)
    assert take.flash_sale(3)
    assert take.flash_sale_remaining(13) == plan.product_blocks[0].flash_sale_seconds - 10
    assert not take.flash_sale(14)  # already counting down
    take.next(20)
    assert take.flash_sale_remaining(21) is None
    assert take.flash_sales == [plan.product_blocks[0].id]


def test_comments_answered_oldest_first_missed_on_timeout_and_on_switch(plan):
    take = TakeSession(plan, bank=load_bank(), pace_per_minute=30, seed=4)
    take.start(0)
    take.next(1.0)
    shown = take.tick(9.0)
    assert len(shown) >= 2
    oldest = take.highlighted
    assert oldest is shown[0]
    answered = take.answer(9.5)
    assert answered is oldest and answered.answered_at == 9.5
    assert take.answer(9.6, comment_id="no-such-id") is None
    # Nobody answers for a while: comments older than the window are missed.
    take.tick(shown[1].shown_at + ANSWER_WINDOW_S + 0.1)
    assert shown[1].missed_at == shown[1].shown_at + ANSWER_WINDOW_S
    # Switching product: what is still open on the old one is missed at the switch.
    still_open = [c for c in take.comments if c.open]
    take.next(shown[1].shown_at + ANSWER_WINDOW_S + 1)
    assert still_open and all(c.missed_at is not None for c in still_open)
    take.tick(200)
    take.stop(200)
    counts = take.counts()
    assert counts.shown == counts.answered + counts.missed == len(take.comments)
    kinds = [m.kind for m in take.markers]
    assert kinds.count("comment_shown") == counts.shown
    assert kinds.count("comment_missed") == counts.missed
    assert kinds.count("answer") == counts.answered == 1


def test_markers_are_written_to_the_database_as_they_happen(plan, shop):
    take_id = start_take(shop.sessions, plan.id, source_kind="none")
    take = TakeSession(plan, on_marker=MarkerWriter(shop.sessions, take_id))
    take.start(0)
    take.next(3.25)

    def stored():
        with session_scope(shop.sessions) as session:
            rows = session.scalars(select(TakeMarker).where(TakeMarker.take_id == take_id))
            return [(r.at_s, r.kind, r.block_id, json.loads(r.payload)) for r in rows]

    assert stored() == [(3.25, "next", plan.blocks[1].id, {"index": 1, "from": plan.blocks[0].id})]
    take.flash_sale(4.0)
    assert [row[1] for row in stored()] == ["next", "flash_sale"]


def test_comment_pace_can_change_mid_take(plan):
    take = TakeSession(plan, bank=load_bank(), pace_per_minute=0, seed=1)
    take.start(0)
    take.next(1)
    assert take.tick(60) == []
    take.set_pace(60, 30)  # the trainer turns the slider up: ~one every 2 s
    arrived = take.tick(90)
    assert 10 <= len(arrived) <= 20 and all(c.shown_at > 60 for c in arrived)
    assert len({c.comment.id for c in take.comments}) == len(take.comments)
