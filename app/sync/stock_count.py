"""Stock counts ("kiểm kho: còn 40") that add up the same on every PC.

A count is an insert-only ``adjusted`` movement like any other (its quantity, counted minus
what the PC showed, keeps the ledger right on the PC that made it) and it carries, in
``count_info``, what it was made from:

- ``counted`` and ``believed``: the number found and the number the PC showed;
- ``seen_total``: the sum of this variant's *ordinary* movements (every movement that is not
  a count: sales, receipts, returns, corrections) the PC held when the person counted;
- ``supersedes``: the counts of this variant the PC held that no other count had superseded
  (the latest ones it saw; earlier ones are reached through them);
- ``hlc``: the PC's clock, which orders counts that raced.

On-hand is a function of the set of synced movements, so every PC derives the same number
whatever order the movements arrived in: the **current count** is the latest (by ``hlc``) of
the counts no other count supersedes, and on-hand = its ``counted`` + the ordinary movements
it had not seen (all ordinary movements − its ``seen_total``). A count it saw is inside its
number (a count that saw an earlier one simply supersedes it); a count that raced it (neither
saw the other) is left out, not added twice, and listed as a conflict when it would give
another on-hand. Settling that conflict is a new count that saw both, carrying the chosen
number: it supersedes them on every PC.

The ledger stays a plain sum (the catalog, exports and reports add movements up): one local
movement per variant, id ``cnt…`` and never sent, holds the difference between that on-hand
and the sum of the synced movements. It is recomputed from scratch whenever a count is made
or arrives, so it never depends on what a PC saw in between.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from app.store.base import utcnow
from app.store.models import StockMovement, SyncConflict
from app.store.models.catalog_common import new_id
from app.sync.device import load_clock, save_clock
from app.sync.values import dumps

NOTE = "Kiểm kho: còn {counted} (máy ghi {believed})"
CHOSEN_NOTE = "Chọn số kiểm kho: còn {counted} (máy ghi {believed})"
CORRECTION_NOTE = "Theo lần kiểm kho mới nhất (lần kiểm cùng lúc trên máy khác không cộng thêm)"
COUNT_FIELD = "stock_count"
CONFLICT_TABLE = "variant"  # a count conflict is about a variant's stock: the room names it
CORRECTION_PREFIX = "cnt"  # local movement ids; new_id() is hex, so no synced id starts so
_TABLE = StockMovement.__table__


@dataclass(frozen=True)
class Count:
    id: str
    counted: int
    seen_total: int
    supersedes: tuple[str, ...]
    hlc: str
    happened_at: object

    @property
    def level(self) -> int:
        """On-hand = level + all ordinary movements (the ones it saw are in seen_total)."""
        return self.counted - self.seen_total


@dataclass
class CountState:
    variant_id: str
    ordinary_total: int  # synced movements that are not counts
    synced_total: int  # every synced movement, counts included
    current: Count | None
    racing: list[Count]  # counts nobody superseded that lost to ``current`` (newest first)

    @property
    def on_hand(self) -> int:
        if self.current is None:
            return self.synced_total
        return self.current.level + self.ordinary_total

    @property
    def correction(self) -> int:
        return self.on_hand - self.synced_total


def correction_id(variant_id: str) -> str:
    digest = hashlib.sha256(variant_id.encode()).hexdigest()
    return CORRECTION_PREFIX + digest[: 32 - len(CORRECTION_PREFIX)]


def _parse(row) -> Count | None:
    try:
        info = json.loads(row.count_info)
        return Count(row.id, int(info["counted"]), int(info["seen_total"]),
                     tuple(info.get("supersedes") or ()), str(info["hlc"]), row.happened_at)  # fmt: skip
    except (TypeError, ValueError, KeyError):
        return None  # not a count this version understands: an ordinary movement


def load_state(connection, variant_id: str) -> CountState:
    rows = connection.execute(
        select(_TABLE.c.id, _TABLE.c.quantity, _TABLE.c.count_info, _TABLE.c.happened_at).where(
            _TABLE.c.variant_id == variant_id,
            _TABLE.c.deleted_at.is_(None),
            _TABLE.c.id != correction_id(variant_id),
        )
    ).all()
    ordinary = synced = 0
    counts: list[Count] = []
    for row in rows:
        synced += row.quantity
        count = _parse(row) if row.count_info else None
        if count is None:
            ordinary += row.quantity
        else:
            counts.append(count)
    superseded = {sid for count in counts for sid in count.supersedes}
    latest = sorted((c for c in counts if c.id not in superseded), key=lambda c: (c.hlc, c.id))
    current = latest[-1] if latest else None
    return CountState(variant_id, ordinary, synced, current, latest[:-1][::-1])


def refresh(connection, variant_ids) -> int:
    """Re-derive each variant's correction row and list new races; returns new conflicts.

    Runs in the caller's transaction (a pulled page, a count, a settled conflict) through the
    connection, not the ORM session, so the correction row is never captured for sending."""
    new = 0
    for variant_id in sorted(set(variant_ids)):
        state = load_state(connection, variant_id)
        _write_correction(connection, state)
        new += _list_races(connection, state)
    return new


def _write_correction(connection, state: CountState) -> None:
    row_id = correction_id(state.variant_id)
    if state.correction == 0:
        connection.execute(delete(_TABLE).where(_TABLE.c.id == row_id))
        return
    now = utcnow()
    values = {"quantity": state.correction, "happened_at": state.current.happened_at or now,
              "updated_at": now}  # fmt: skip
    if connection.execute(update(_TABLE).where(_TABLE.c.id == row_id).values(**values)).rowcount:
        return
    connection.execute(_TABLE.insert(), [{
        "id": row_id, "variant_id": state.variant_id, "kind": "adjusted", "note": CORRECTION_NOTE,
        "count_info": None, "created_at": now, "deleted_at": None, **values}])  # fmt: skip


def _list_races(connection, state: CountState) -> int:
    """A count that raced the current one and would give another on-hand is a conflict."""
    conflicts = SyncConflict.__table__
    new = 0
    for loser in state.racing:
        if loser.level == state.current.level:
            continue  # same stock either way (two PCs found the same): nothing to settle
        known = connection.execute(select(conflicts.c.id).where(
            conflicts.c.table_name == CONFLICT_TABLE, conflicts.c.row_id == state.variant_id,
            conflicts.c.field == COUNT_FIELD, conflicts.c.winner_hlc == state.current.hlc,
            conflicts.c.loser_hlc == loser.hlc)).first()  # fmt: skip
        if known is not None:
            continue
        connection.execute(conflicts.insert(), [{
            "hub_seq": None, "table_name": CONFLICT_TABLE, "row_id": state.variant_id,
            "field": COUNT_FIELD, "winner_value_json": dumps(state.current.counted),
            "winner_hlc": state.current.hlc, "loser_value_json": dumps(loser.counted),
            "loser_hlc": loser.hlc, "resolved": False, "created_at": utcnow()}])  # fmt: skip
        new += 1
    return new


def is_open(session, conflict) -> bool:
    """Open while both counts are still the latest ones: any count that saw them (a later
    count, or the choice made on any PC) settles it everywhere."""
    if conflict.resolved:
        return False
    state = load_state(session.connection(), conflict.row_id)
    return (
        state.current is not None
        and state.current.hlc == conflict.winner_hlc
        and any(count.hlc == conflict.loser_hlc for count in state.racing)
    )


def record_count(session, variant_id: str, counted: int) -> str | None:
    """A person found ``counted`` on the shelf: a count movement, or None when the PC
    already shows that and no race waits to be settled."""
    session.flush()
    connection = session.connection()
    refresh(connection, [variant_id])
    state = load_state(connection, variant_id)
    if counted == state.on_hand and not state.racing:
        return None
    return _add_count(session, state, counted, NOTE)


def count_values(connection, variant_id: str, counted: int, note: str = NOTE) -> dict | None:
    """A count as column values (quantity, note, count_info) for a bulk insert, e.g. the
    spreadsheet import's "Tồn kho" for a product already here; None when nothing changes."""
    state = load_state(connection, variant_id)
    if counted == state.on_hand and not state.racing:
        return None
    return _count_values(connection, state, counted, note)


def _count_values(connection, state: CountState, counted: int, note: str) -> dict:
    clock = load_clock(connection)
    stamp = clock.now()
    save_clock(connection, stamp)
    latest = [state.current, *state.racing] if state.current is not None else []
    believed = state.on_hand
    info = {"counted": counted, "believed": believed, "seen_total": state.ordinary_total,
            "supersedes": sorted(c.id for c in latest), "hlc": stamp.encode()}  # fmt: skip
    return {"quantity": counted - believed, "count_info": dumps(info),
            "note": note.format(counted=counted, believed=believed)}  # fmt: skip


def _add_count(session, state: CountState, counted: int, note: str) -> str:
    connection = session.connection()
    values = _count_values(connection, state, counted, note)
    movement = StockMovement(id=new_id(), variant_id=state.variant_id, kind="adjusted", **values)
    session.add(movement)  # through the session: captured and sent like any movement
    session.flush()
    refresh(connection, [state.variant_id])
    return movement.id


def resolve_count(session, conflict, keep: str) -> None:
    """Keep one of two raced counts: a new count that saw both, at the chosen count's level
    (its number plus what happened since it). Two PCs making the same choice give the same
    on-hand, so their two choices do not conflict again."""
    state = load_state(session.connection(), conflict.row_id)
    chosen = state.current
    if keep != "winner":
        chosen = next((c for c in state.racing if c.hlc == conflict.loser_hlc), chosen)
    conflict.resolved = True
    if chosen is None:
        return
    _add_count(session, state, chosen.level + state.ordinary_total, CHOSEN_NOTE)
