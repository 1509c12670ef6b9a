"""A stock count ("kiểm kho: còn 40") as a movement that carries what this PC believed.

The movement is an ordinary insert-only ``adjusted`` movement of ``counted - believed``; its
note records both numbers so every PC can tell a count from a sale. Two counts of one variant
made from the same belief (neither PC had seen the other's count) would each remove the same
difference — doubled. Every PC that holds both settles them the same way, with no network
round trip: the later count wins and a compensating movement with an id derived from the
pair reverses the other (insert-only records are a union, so the copies made on several PCs
are one row); the pair is listed as a conflict. Choosing a value adds a resolution movement,
again with a derived id, so the choice is made once however many PCs make it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.catalog.stock import add_movement, on_hand
from app.store.base import utcnow
from app.store.models import StockMovement, SyncConflict, SyncFieldStamp
from app.sync.protocol import RECORD_FIELD
from app.sync.values import dumps

NOTE = "Kiểm kho: còn {counted} (máy ghi {believed})"
_NOTE = re.compile(r"^Kiểm kho: còn (-?\d+) \(máy ghi (-?\d+)\)$")
COUNT_FIELD = "stock_count"
WIRE = "stock_movement"


def record_count(session, variant_id: str, counted: int) -> str | None:
    believed = on_hand(session, [variant_id])[variant_id]
    if counted == believed:
        return None
    return add_movement(session, variant_id, "adjusted", counted - believed,
                        NOTE.format(counted=counted, believed=believed))  # fmt: skip


def parse_count(note: str) -> tuple[int, int] | None:
    match = _NOTE.match(note or "")
    return (int(match[1]), int(match[2])) if match else None


def _derived_id(prefix: str, loser_id: str, winner_id: str) -> str:
    return (
        prefix + hashlib.sha256(f"{loser_id}:{winner_id}".encode()).hexdigest()[: 32 - len(prefix)]
    )


@dataclass
class _Count:
    id: str
    counted: int
    believed: int
    quantity: int
    hlc: str


def settle_concurrent_counts(connection, variant_ids) -> int:
    """Run after pulled movements are stored (inside the page's transaction); returns new conflicts."""
    table = StockMovement.__table__
    stamps = SyncFieldStamp.__table__
    new = 0
    for variant_id in set(variant_ids):
        rows = connection.execute(
            select(table.c.id, table.c.note, table.c.quantity, stamps.c.hlc)
            .join(stamps, (stamps.c.table_name == WIRE) & (stamps.c.row_id == table.c.id) & (stamps.c.field == RECORD_FIELD))
            .where(table.c.variant_id == variant_id, table.c.kind == "adjusted")
        ).all()  # fmt: skip
        counts = []
        for row_id, note, quantity, hlc in rows:
            parsed = parse_count(note)
            if parsed:
                counts.append(_Count(row_id, parsed[0], parsed[1], quantity, hlc))
        by_belief: dict[int, list[_Count]] = {}
        for count in counts:
            by_belief.setdefault(count.believed, []).append(count)
        for group in by_belief.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda c: c.hlc)
            winner = group[-1]
            for loser in group[:-1]:
                new += _settle(connection, variant_id, winner, loser)
    return new


def _settle(connection, variant_id: str, winner: _Count, loser: _Count) -> int:
    table = StockMovement.__table__
    now = utcnow()
    connection.execute(sqlite_insert(table).on_conflict_do_nothing(index_elements=["id"]), [{
        "id": _derived_id("cnt", loser.id, winner.id), "variant_id": variant_id, "kind": "adjusted",
        "quantity": -loser.quantity, "note": "Bỏ lần kiểm kho trùng (hai máy kiểm cùng lúc)",
        "happened_at": now, "created_at": now, "updated_at": now, "deleted_at": None}])  # fmt: skip
    result = connection.execute(
        sqlite_insert(SyncConflict.__table__).on_conflict_do_nothing(),
        [{"hub_seq": None, "table_name": WIRE, "row_id": loser.id, "field": COUNT_FIELD,
          "winner_value_json": dumps(winner.counted), "winner_hlc": winner.hlc,
          "loser_value_json": dumps(loser.counted), "loser_hlc": loser.hlc, "resolved": False,
          "created_at": now}],
    ) if not _known(connection, loser.id) else None  # fmt: skip
    return 1 if result is not None else 0


def _known(connection, loser_id: str) -> bool:
    conflicts = SyncConflict.__table__
    return (
        connection.execute(
            select(conflicts.c.id).where(
                conflicts.c.row_id == loser_id, conflicts.c.field == COUNT_FIELD
            )
        ).first()
        is not None
    )


def resolution_id(conflict) -> str:
    return _derived_id("res", conflict.row_id, conflict.winner_hlc)


def resolve_count(session, conflict, keep: str) -> None:
    """Keep one count: the winner's is already in effect; keeping the other swaps the difference."""
    conflict.resolved = True
    if session.get(StockMovement, resolution_id(conflict)) is not None:
        return  # another PC chose already: its choice stands everywhere
    loser = session.get(StockMovement, conflict.row_id)
    winner_counted = int(conflict.winner_value_json)
    loser_counted = int(conflict.loser_value_json)
    quantity = 0 if keep == "winner" else loser_counted - winner_counted
    session.add(StockMovement(id=resolution_id(conflict), variant_id=loser.variant_id, kind="adjusted",
                              quantity=quantity, note="Đã chọn số kiểm kho"))  # fmt: skip
    session.flush()
