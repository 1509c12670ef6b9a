"""Bug D, without a hub: the on-hand a PC derives from counts and movements depends only on
which movements it holds, never on the order they arrived in (each arrival re-derives, as a
pulled page does), and the raced counts it lists are the same too."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, event, select, text

from app.store.base import Base, utcnow
from app.store.models import StockMovement, SyncConflict
from app.sync import stock_count
from app.sync.values import dumps

VARIANT = "v" * 32


def _database():
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _r: conn.execute("PRAGMA foreign_keys=OFF"))
    Base.metadata.create_all(engine)
    return engine


@st.composite
def histories(draw):
    """Movements in the order they were made: sales/receipts, and counts that saw (superseded)
    some of the counts made before them, as a PC that had received those would."""
    rows, counts = [], []
    for index in range(draw(st.integers(1, 9))):
        mid = f"{index:032x}"
        if draw(st.booleans()):
            rows.append(
                {"id": mid, "quantity": draw(st.integers(-3, 5).filter(bool)), "info": None}
            )
            continue
        seen = draw(st.lists(st.sampled_from(counts), unique=True)) if counts else []
        counted, seen_total = draw(st.integers(0, 10)), draw(st.integers(-5, 15))
        info = {"counted": counted, "believed": 0, "seen_total": seen_total, "supersedes": seen,
                "hlc": f"{draw(st.integers(0, 30)):015d}-{index:04x}-pc{draw(st.integers(0, 2))}"}  # fmt: skip
        rows.append({"id": mid, "quantity": draw(st.integers(-5, 5)), "info": info})
        counts.append(mid)
    return rows


def _arrive(engine, rows) -> tuple[dict, set]:
    with engine.begin() as connection:
        for row in rows:
            now = utcnow()
            connection.execute(StockMovement.__table__.insert(), [{
                "id": row["id"], "variant_id": VARIANT, "kind": "adjusted",
                "quantity": row["quantity"], "note": "",
                "count_info": dumps(row["info"]) if row["info"] else None,
                "happened_at": now, "created_at": now, "updated_at": now}])  # fmt: skip
            if row["info"]:
                stock_count.refresh(connection, [VARIANT])
        total = connection.execute(text("SELECT SUM(quantity) FROM stock_movements")).scalar()
        derived = connection.execute(select(StockMovement.quantity).where(
            StockMovement.id == stock_count.correction_id(VARIANT))).scalar()  # fmt: skip
        state = stock_count.load_state(connection, VARIANT)
        listed = set()
        for conflict in connection.execute(select(SyncConflict.__table__)).all():
            if (
                state.current is not None
                and conflict.winner_hlc == state.current.hlc
                and any(c.hlc == conflict.loser_hlc for c in state.racing)
            ):
                listed.add((json.loads(conflict.winner_value_json), conflict.loser_hlc))
    return {"on_hand": total, "derived": derived or 0}, listed


@settings(max_examples=60, deadline=None)
@given(history=histories(), order=st.randoms(use_true_random=False))
def test_same_movements_any_arrival_order_same_stock_and_same_races(history, order):
    shuffled = list(history)
    order.shuffle(shuffled)
    first, first_races = _arrive(_database(), history)
    second, second_races = _arrive(_database(), shuffled)
    assert first == second
    assert first_races == second_races

    # ...and it is the rule the module states: the latest count nobody superseded, plus the
    # ordinary movements it had not seen; a raced count is listed when it disagrees.
    counts = [r for r in history if r["info"]]
    superseded = {sid for r in counts for sid in r["info"]["supersedes"]}
    latest = sorted((r for r in counts if r["id"] not in superseded),
                    key=lambda r: (r["info"]["hlc"], r["id"]))  # fmt: skip
    ordinary = sum(r["quantity"] for r in history if not r["info"])
    if latest:
        winner = latest[-1]["info"]
        assert first["on_hand"] == winner["counted"] - winner["seen_total"] + ordinary
        level = winner["counted"] - winner["seen_total"]
        disagree = {r["info"]["hlc"] for r in latest[:-1]
                    if r["info"]["counted"] - r["info"]["seen_total"] != level}  # fmt: skip
        assert {hlc for _w, hlc in first_races} == disagree
    else:
        assert first["on_hand"] == sum(r["quantity"] for r in history) and not first_races
