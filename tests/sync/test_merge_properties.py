"""The hub's merge rule: the same winner in any arrival order, and no edit silently dropped."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from app.sync.hlc import HLC
from app.sync.lww import Incoming, Stored, decide

edits = st.lists(
    st.tuples(
        st.integers(0, 50),  # physical ms: small range so ties on time are common
        st.integers(0, 3),  # counter
        st.sampled_from(["pc-a", "pc-b", "pc-c"]),
        st.one_of(st.integers(0, 3), st.sampled_from(["Nón", "Nón lá", None])),
    ),
    min_size=1,
    max_size=12,
    unique_by=lambda e: (e[0], e[1], e[2]),  # one device never reuses a stamp
)


def _incoming(edit) -> Incoming:
    ms, counter, device, value = edit
    return Incoming("price", json.dumps(value), HLC(ms, counter, device).encode())


def _apply_all(changes: list[Incoming]) -> tuple[Stored | None, list[Stored]]:
    current, losers = None, []
    for change in changes:
        outcome = decide(current, change)
        current = outcome.winner
        if outcome.loser is not None:
            losers.append(outcome.loser)
    return current, losers


@given(edits, st.randoms())
def test_every_arrival_order_gives_the_same_winner(raw, rng):
    changes = [_incoming(e) for e in raw]
    shuffled = changes[:]
    rng.shuffle(shuffled)
    first, _ = _apply_all(changes)
    second, _ = _apply_all(shuffled)
    assert first == second
    top = max(changes, key=lambda c: HLC.parse(c.hlc))
    assert first == Stored(top.value_json, top.hlc)


@given(edits, st.randoms())
def test_concurrent_edits_from_different_devices_all_survive(raw, rng):
    # One edit per device, none having seen another: every value is the winner or a conflict.
    changes = [
        Incoming("price", json.dumps(value), HLC(ms, counter, f"pc-{index}").encode())
        for index, (ms, counter, _device, value) in enumerate(raw)
    ]
    rng.shuffle(changes)
    winner, losers = _apply_all(changes)
    kept = {winner.value_json} | {loser.value_json for loser in losers}
    assert {c.value_json for c in changes} <= kept


def test_a_device_overwriting_its_own_value_is_no_conflict():
    first = Incoming("name", '"Nón"', HLC(10, 0, "pc-a").encode())
    later = Incoming("name", '"Nón lá"', HLC(11, 0, "pc-a").encode())
    outcome = decide(decide(None, first).winner, later)
    assert outcome.changed and outcome.loser is None


def test_an_edit_that_saw_the_stored_value_is_an_overwrite_not_a_conflict():
    stored = Stored('"Nón"', HLC(10, 0, "pc-a").encode())
    edit = Incoming("name", '"Nón lá"', HLC(11, 0, "pc-b").encode(), seen_hlc=stored.hlc)
    outcome = decide(stored, edit)
    assert outcome.changed and outcome.loser is None


def test_insert_only_records_are_a_union():
    first = Incoming("*", '{"delta": 5}', HLC(10, 0, "pc-a").encode())
    again = Incoming("*", '{"delta": 5}', HLC(20, 0, "pc-a").encode())
    stored = decide(None, first).winner
    outcome = decide(stored, again)
    assert not outcome.changed and outcome.loser is None and outcome.winner == stored


def test_equal_stamps_on_different_devices_are_ordered_by_device():
    a = Incoming("name", '"A"', HLC(10, 0, "pc-a").encode())
    b = Incoming("name", '"B"', HLC(10, 0, "pc-b").encode())
    assert decide(decide(None, a).winner, b).winner.value_json == '"B"'
    assert decide(decide(None, b).winner, a).winner.value_json == '"B"'
