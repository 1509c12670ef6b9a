"""``app.sync.clock_fix.restamp_future`` on random outboxes: the future stamps come back to the
present, this PC's own order is kept, every edit still sorts after the value it replaced, the
local field stamps follow the outbox, and the saved clock is no longer ahead."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.store.engine import session_scope
from app.sync.clock_fix import SKEW_KEY, restamp_future
from app.sync.device import CLOCK_KEY, DEVICE_KEY, get_state, set_state
from app.sync.hlc import HLC

NOW = 1_790_000_000_000
DEVICE = "pc-nhanh"
OTHER = "pc-dung"


@st.composite
def outboxes(draw):
    """(edits as (stamp, seen stamp or None), remembered skew or None)."""
    skew = draw(st.one_of(st.none(), st.integers(31_000, 3_600_000)))
    physical = NOW - draw(st.integers(0, 600_000))
    edits = []
    for _ in range(draw(st.integers(1, 12))):
        physical += draw(st.sampled_from([0, 1, 500, 60_000, 700_000]))
        counter = draw(st.integers(0, 3))
        stamp = HLC(physical, counter, DEVICE)
        seen = None
        if draw(st.booleans()):  # another PC's value, seen before this edit (so older)
            seen = HLC(max(0, physical - draw(st.integers(1, 2_000_000))), 0, OTHER)
        edits.append((stamp, seen))
    edits.sort(key=lambda e: e[0])  # this PC stamps its edits in order
    return edits, skew


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(case=outboxes())
def test_restamped_outbox_is_in_the_present_in_order_and_after_what_it_saw(database, case):
    edits, skew = case
    with session_scope(database.sessions) as session:
        c = session.connection()
        c.execute(text("DELETE FROM sync_outbox"))
        c.execute(text("DELETE FROM sync_field_stamps"))
        set_state(c, DEVICE_KEY, DEVICE)
        set_state(c, CLOCK_KEY, edits[-1][0].encode())
        if skew is not None:
            set_state(c, SKEW_KEY, str(skew))
        for index, (stamp, seen) in enumerate(edits):
            row = {"r": f"row{index}", "h": stamp.encode(), "s": seen.encode() if seen else None}
            c.execute(text(
                "INSERT INTO sync_outbox (table_name, row_id, op, field, value_json, hlc, seen_hlc)"
                " VALUES ('product', :r, 'set', 'name', '\"x\"', :h, :s)"), row)  # fmt: skip
            c.execute(text(
                "INSERT INTO sync_field_stamps (table_name, row_id, field, hlc, value_json)"
                " VALUES ('product', :r, 'name', :h, '\"x\"')"), row)  # fmt: skip
        restamp_future(c, NOW)
    with database.engine.connect() as c:
        rows = c.execute(text(
            "SELECT o.row_id, o.hlc, o.seen_hlc, s.hlc FROM sync_outbox o JOIN sync_field_stamps s"
            " ON s.row_id = o.row_id ORDER BY o.id")).all()  # fmt: skip
        clock = HLC.parse(get_state(c, CLOCK_KEY))
        assert get_state(c, SKEW_KEY) is None  # used once
    new = [HLC.parse(hlc) for _r, hlc, _s, _f in rows]
    for (old, _seen), stamp in zip(edits, new, strict=True):
        if old.physical_ms <= NOW:
            assert stamp == old  # stamps from the present stay as they were
    for (old_a, _), (old_b, _), a, b in zip(edits, edits[1:], new, new[1:], strict=False):
        assert (a < b) if old_a < old_b else (a == b)  # this PC's order, equal stays equal
    for (_row, hlc, seen, field_hlc), stamp in zip(rows, new, strict=True):
        assert field_hlc == hlc  # the local stamp follows the outbox
        if seen:
            assert stamp > HLC.parse(seen)  # still replaces the value it was made over
        assert stamp.device_id == DEVICE
    ahead = [s for s, (old, seen) in zip(new, edits, strict=True) if s.physical_ms > NOW]
    for stamp in ahead:  # only where an edit had to sort after a seen stamp of about now
        assert stamp.physical_ms <= max(
            [NOW] + [seen.physical_ms + 1 for _o, seen in edits if seen is not None]
        )
    assert clock >= max(new) and clock.physical_ms <= max(NOW, max(new).physical_ms)
