"""After a fast clock is fixed: move this PC's future stamps back so it syncs again and its
edits sort where they happened, not 10 minutes ahead of everybody else's.

A PC whose clock ran fast stamped its edits (and saved its HLC) in the future. The hub refuses
any stamp > 60 s ahead (``clock_ahead``) and the HLC never goes backwards, so fixing the date
alone changes nothing: the PC would stay refused until the hub's time caught up, and then its
edits would beat every edit made meanwhile on a correct PC. So, on ``clock_ahead``:

* the engine asks the hub's time; while this PC's wall clock is still fast, it only remembers by
  how much (``SKEW_KEY``) and tells the user (``errors.ClockAhead``);
* once the wall clock is right, ``restamp_future`` gives every pending stamp that is still in
  the future a new one, in one transaction: ``old − skew`` when the skew was measured (about
  when the edit was really made), capped at now; without a measure, just after everything this
  PC knew (the most it can claim). Order among this PC's own edits is kept, and each edit still
  sorts after the value it replaced (``seen_hlc``), so an edit is never silently dropped: a
  concurrent edit it now loses to is kept as a conflict record, as always. The local per-field
  stamps, local conflict records and the saved clock move with the outbox.

Nothing of a refused batch is on the hub, so the rows keep their batch id: the first answered
try applies them once.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from app.sync.device import CLOCK_KEY, delete_state, device_id, get_state, save_clock, set_state
from app.sync.hlc import HLC
from app.sync.protocol import DELETED_FIELD, RECORD_FIELD

SKEW_KEY = "sync.clock_skew_ms"
# A wall clock this close to the hub's is right (the hub allows 60 s; half leaves room for
# the PC's clock drifting again before its next sync).
SANE_MS = 30_000
_MAX_COUNTER = 0xFFFF


def note_hub_time(connection: Connection, hub_ms: int, wall_ms: int) -> int:
    """Remember how fast this PC's clock runs (the largest seen since the last repair); forget
    it once the clock is right and nothing stamped in the future is left. Returns the skew."""
    skew = wall_ms - hub_ms
    if skew > SANE_MS:
        known = recorded_skew(connection) or 0
        set_state(connection, SKEW_KEY, str(max(known, skew)))
    elif not _future_left(connection, max(hub_ms, wall_ms)):
        delete_state(connection, SKEW_KEY)
    return skew


def recorded_skew(connection: Connection) -> int | None:
    saved = get_state(connection, SKEW_KEY)
    return int(saved) if saved else None


def _future_left(connection: Connection, now_ms: int) -> bool:
    saved = get_state(connection, CLOCK_KEY)
    if saved and HLC.parse(saved).physical_ms > now_ms:
        return True
    top = connection.execute(text("SELECT MAX(hlc) FROM sync_outbox")).scalar()
    return bool(top) and HLC.parse(top).physical_ms > now_ms


def _after(stamp: HLC, device: str) -> HLC:
    if stamp.counter >= _MAX_COUNTER:
        return HLC(stamp.physical_ms + 1, 0, device)
    return HLC(stamp.physical_ms, stamp.counter + 1, device)


def restamp_future(connection: Connection, now_ms: int) -> int:
    """Re-stamp pending stamps later than ``now_ms`` (the right time, the clock is fixed).
    Returns how many distinct stamps moved."""
    device = device_id(connection)
    skew = recorded_skew(connection)
    rows = connection.execute(
        text("SELECT id, table_name, row_id, op, field, hlc, seen_hlc FROM sync_outbox")
    ).all()
    future = sorted({HLC.parse(r.hlc) for r in rows if HLC.parse(r.hlc).physical_ms > now_ms})
    if not future:
        _reset_clock(connection, device, now_ms)
        delete_state(connection, SKEW_KEY)
        return 0
    moving = {stamp.encode() for stamp in future}
    kept = [HLC.parse(r.hlc) for r in rows if r.hlc not in moving]
    floor = max(kept, default=None)  # this PC's own pending edits before the fast ones
    if skew is None:
        floor = max(filter(None, (floor, _known_top(connection, now_ms))), default=None)
    seen_by: dict[str, list[str]] = {}
    for r in rows:
        if r.hlc in moving and r.seen_hlc:
            seen_by.setdefault(r.hlc, []).append(r.seen_hlc)
    mapping: dict[str, str] = {}
    previous = floor
    for old in future:
        bound = previous
        for seen in seen_by.get(old.encode(), ()):
            seen_stamp = HLC.parse(mapping.get(seen, seen))
            bound = seen_stamp if bound is None or seen_stamp > bound else bound
        candidates = [] if bound is None else [_after(bound, device)]
        if skew is not None:  # about when the edit was really made, never later than now
            candidates.append(HLC(max(0, min(old.physical_ms - skew, now_ms)), 0, device))
        new = max(candidates, default=HLC(now_ms, 0, device))
        mapping[old.encode()] = new.encode()
        previous = new
    _apply(connection, rows, mapping)
    _reset_clock(connection, device, now_ms)
    delete_state(connection, SKEW_KEY)
    return len(mapping)


def _known_top(connection: Connection, now_ms: int) -> HLC | None:
    """The newest stamp this PC holds from the past (pulled, or its own already pushed)."""
    # Stamps sort as strings (fixed-width milliseconds first): below "<now + 1>-" is ≤ now.
    top = connection.execute(
        text("SELECT MAX(hlc) FROM sync_field_stamps WHERE hlc < :cut"),
        {"cut": f"{now_ms + 1:015d}-"},
    ).scalar()
    return HLC.parse(top) if top else None


def _stamp_field(op: str, field: str | None) -> str:
    if op == "insert":
        return RECORD_FIELD
    if op == "delete":
        return DELETED_FIELD
    return field or DELETED_FIELD


def _apply(connection: Connection, rows, mapping: dict[str, str]) -> None:
    outbox, stamps = [], []
    for r in rows:
        new_hlc = mapping.get(r.hlc, r.hlc)
        new_seen = mapping.get(r.seen_hlc, r.seen_hlc) if r.seen_hlc else None
        if new_hlc == r.hlc and new_seen == r.seen_hlc:
            continue
        outbox.append({"id": r.id, "hlc": new_hlc, "seen": new_seen})
        if new_hlc != r.hlc:
            stamps.append({"t": r.table_name, "r": r.row_id,
                           "f": _stamp_field(r.op, r.field), "old": r.hlc, "new": new_hlc})  # fmt: skip
    if outbox:
        connection.execute(
            text("UPDATE sync_outbox SET hlc = :hlc, seen_hlc = :seen WHERE id = :id"), outbox
        )
    if stamps:  # a field a pulled change overwrote since keeps the pulled stamp (hlc differs)
        connection.execute(
            text(
                "UPDATE sync_field_stamps SET hlc = :new WHERE table_name = :t AND row_id = :r "
                "AND field = :f AND hlc = :old"
            ),
            stamps,
        )
    pairs = [{"old": old, "new": new} for old, new in mapping.items()]
    for column in ("winner_hlc", "loser_hlc"):  # local conflicts (stock counts) name stamps
        connection.execute(
            text(
                f"UPDATE sync_conflicts SET {column} = :new "
                f"WHERE hub_seq IS NULL AND {column} = :old"
            ),
            pairs,
        )


def _reset_clock(connection: Connection, device: str, now_ms: int) -> None:
    """The saved clock: no earlier than any stamp this PC holds, but no longer in the future."""
    tops = [
        connection.execute(text(f"SELECT MAX(hlc) FROM {table}")).scalar()
        for table in ("sync_outbox", "sync_field_stamps")
    ]
    stamps = [HLC.parse(t) for t in tops if t]
    stamps.append(HLC(now_ms, 0, device))
    top = max(stamps)
    save_clock(connection, HLC(top.physical_ms, top.counter, device))
