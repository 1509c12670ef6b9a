"""Hybrid logical clock: a total order that survives encoding and never runs backwards."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sync.hlc import HLC, Clock, ClockDriftError, check_not_ahead

devices = st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True)
stamps = st.builds(HLC, st.integers(0, 10**15 - 1), st.integers(0, 0xFFFF), devices)


@given(stamps)
def test_encoding_round_trips(stamp):
    assert HLC.parse(stamp.encode()) == stamp


@given(stamps, stamps)
def test_encoded_strings_sort_like_the_stamps(a, b):
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())


@given(st.lists(stamps, min_size=2, max_size=20))
def test_the_order_is_total(many):
    ordered = sorted(many)
    assert all(x <= y for x, y in itertools.pairwise(ordered))
    assert sorted(set(many)) == sorted(set(many), key=HLC.encode)


@given(st.lists(st.integers(0, 5_000), min_size=1, max_size=60))
def test_now_is_strictly_increasing_even_when_the_wall_clock_jumps_back(walls):
    readings = iter(walls)
    clock = Clock("pc1", wall=lambda: next(readings))
    issued = [clock.now() for _ in walls]
    assert all(a < b for a, b in itertools.pairwise(issued))


@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(0, 2_000), st.integers(0, 100)),
        min_size=1,
        max_size=40,
    )
)
def test_observed_events_are_ordered_before_later_local_ones(steps):
    wall = {"now": 1_000}
    clock = Clock("pc1", wall=lambda: wall["now"])
    last = None
    for is_receive, remote_ms, advance in steps:
        wall["now"] += advance
        if is_receive:
            remote = HLC(remote_ms, 3, "pc2")
            stamp = clock.observe(remote)
            assert stamp > remote
        else:
            stamp = clock.now()
        assert last is None or stamp > last
        assert stamp.physical_ms >= wall["now"]  # stays close to (never behind) wall time
        last = stamp


def test_a_remote_clock_far_ahead_is_refused():
    clock = Clock("pc1", wall=lambda: 1_000_000)
    with pytest.raises(ClockDriftError) as caught:
        clock.observe(HLC(1_000_000 + 61_000, 0, "fast-pc"))
    assert caught.value.ahead_ms == 61_000
    clock.observe(HLC(1_000_000 + 59_000, 0, "slightly-fast-pc"))  # within the 60 s bound
    check_not_ahead(HLC(1_060_000, 0, "pc"), 1_000_000)
    with pytest.raises(ClockDriftError):
        check_not_ahead(HLC(1_060_001, 0, "pc"), 1_000_000)


def test_counter_overflow_borrows_the_next_millisecond():
    clock = Clock("pc1", wall=lambda: 5, last=HLC(5, 0xFFFF, "pc1"))
    assert clock.now() == HLC(6, 0, "pc1")


@pytest.mark.parametrize("text", ["", "1-0-a", "000000000000001-00000-a", "000000000000001-0000-a/b",
                                  "000000000000001-0000-" + "a" * 65, "000000000000001-GGGG-a"])  # fmt: skip
def test_malformed_stamps_are_rejected(text):
    with pytest.raises(ValueError):
        HLC.parse(text)
