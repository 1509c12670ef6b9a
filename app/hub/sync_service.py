"""Push and pull against the hub's tables, one shop at a time.

A push takes the shop row's lock first (an UPDATE, which also makes SQLite take
its write lock up front), so a shop's sequence numbers are handed out and
committed in order: a pull that has seen seq N has seen everything before N.
"""

from __future__ import annotations

import json

from sqlalchemy import insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.hub import problems
from app.hub.models import Batch, ConflictRecord, Entry, Shop
from app.sync.hlc import HLC, MAX_DRIFT_MS
from app.sync.lww import Incoming, Stored, decide
from app.sync.protocol import (
    MAX_VALUE_BYTES,
    Conflict,
    PulledChange,
    PullResponse,
    PushRequest,
    PushResponse,
)

_KEY_CHUNK = 200  # stay far below bound-parameter limits


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def check_push(request: PushRequest, device_id: str, now_ms: int) -> None:
    """Refuse the whole batch before touching the database: nothing half-applied."""
    for change in request.changes:
        stamp = HLC.parse(change.hlc)
        if stamp.device_id != device_id:
            raise problems.wrong_device(change.hlc)
        ahead = stamp.physical_ms - now_ms
        if ahead > MAX_DRIFT_MS:
            raise problems.clock_ahead(ahead)
        if len(_dump(change.target_value).encode()) > MAX_VALUE_BYTES:
            raise problems.value_too_big(change.table, change.row_id)


def _lock_shop(session: Session, shop_id: str) -> int:
    return session.execute(
        update(Shop)
        .where(Shop.id == shop_id)
        .values(last_seq=Shop.last_seq)
        .returning(Shop.last_seq)
    ).scalar_one()


def _load_entries(session: Session, shop_id: str, keys: list[tuple[str, str, str]]) -> dict:
    # Fetch whole rows by (table, row id) and keep the wanted fields: one plain IN is far
    # cheaper for the planner than a tuple IN over three columns.
    wanted = set(keys)
    by_table: dict[str, list[str]] = {}
    for table_name, row_id, _ in keys:
        by_table.setdefault(table_name, []).append(row_id)
    found: dict[tuple[str, str, str], Stored] = {}
    for table_name, row_ids in by_table.items():
        unique = list(dict.fromkeys(row_ids))
        for start in range(0, len(unique), _KEY_CHUNK):
            rows = session.execute(
                select(Entry.row_id, Entry.field, Entry.value_json, Entry.hlc).where(
                    Entry.shop_id == shop_id,
                    Entry.table_name == table_name,
                    Entry.row_id.in_(unique[start : start + _KEY_CHUNK]),
                )
            )
            for row_id, field, value_json, hlc in rows:
                key = (table_name, row_id, field)
                if key in wanted:
                    found[key] = Stored(value_json, hlc)
    return found


_PG_UPSERT = text(
    """
    INSERT INTO hub_entries (shop_id, table_name, row_id, field, value_json, hlc, seq)
    SELECT :shop_id, t, r, f, v, h, s
    FROM unnest(CAST(:tables AS TEXT[]), CAST(:rows AS TEXT[]), CAST(:fields AS TEXT[]),
                CAST(:values AS TEXT[]), CAST(:hlcs AS TEXT[]), CAST(:seqs AS BIGINT[]))
         AS u(t, r, f, v, h, s)
    ON CONFLICT (shop_id, table_name, row_id, field)
    DO UPDATE SET value_json = EXCLUDED.value_json, hlc = EXCLUDED.hlc, seq = EXCLUDED.seq
    """
)


def _upsert_entries(session: Session, shop_id: str, rows: list[tuple]) -> None:
    """Write the batch's winners: INSERT ... ON CONFLICT DO UPDATE on both backends.

    PostgreSQL gets one statement with arrays (one plan, one round trip); SQLite is
    in-process, where an executemany of the same statement is just as cheap.
    """
    if session.get_bind().dialect.name == "postgresql":
        columns = list(zip(*rows, strict=True))
        session.execute(_PG_UPSERT, {
            "shop_id": shop_id, "tables": list(columns[0]), "rows": list(columns[1]),
            "fields": list(columns[2]), "values": list(columns[3]), "hlcs": list(columns[4]),
            "seqs": list(columns[5]),
        })  # fmt: skip
        return
    statement = sqlite_insert(Entry.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=["shop_id", "table_name", "row_id", "field"],
        set_={
            "value_json": statement.excluded.value_json,
            "hlc": statement.excluded.hlc,
            "seq": statement.excluded.seq,
        },
    )
    session.connection().execute(statement, [
        {"shop_id": shop_id, "table_name": t, "row_id": r, "field": f, "value_json": v, "hlc": h, "seq": q}
        for t, r, f, v, h, q in rows
    ])  # fmt: skip


def push(
    session: Session, shop_id: str, device_id: str, request: PushRequest, now_ms: int
) -> PushResponse:
    last_seq = _lock_shop(session, shop_id)
    previous = session.get(Batch, (shop_id, request.batch_id))
    if previous is not None:
        replay = PushResponse.model_validate_json(previous.response_json)
        return replay.model_copy(update={"duplicate": True, "hub_time_ms": now_ms})

    keys = list(dict.fromkeys((c.table, c.row_id, c.target_field) for c in request.changes))
    current = _load_entries(session, shop_id, keys)
    written: dict[
        tuple[str, str, str], tuple
    ] = {}  # a key changed twice in one batch is written once
    records: list[dict] = []
    for change in request.changes:
        key = (change.table, change.row_id, change.target_field)
        incoming = Incoming(
            change.target_field, _dump(change.target_value), change.hlc, change.seen_hlc
        )
        outcome = decide(current.get(key), incoming)
        if outcome.changed:
            last_seq += 1
            current[key] = outcome.winner
            written[key] = (*key, outcome.winner.value_json, outcome.winner.hlc, last_seq)
        if outcome.loser is not None:
            last_seq += 1
            records.append({
                "shop_id": shop_id, "seq": last_seq, "table_name": key[0], "row_id": key[1],
                "field": key[2], "winner_json": outcome.winner.value_json,
                "winner_hlc": outcome.winner.hlc, "loser_json": outcome.loser.value_json,
                "loser_hlc": outcome.loser.hlc,
            })  # fmt: skip
    if written:
        _upsert_entries(session, shop_id, list(written.values()))
    if records:
        session.execute(insert(ConflictRecord), records)
    session.execute(update(Shop).where(Shop.id == shop_id).values(last_seq=last_seq))
    response = PushResponse(
        batch_id=request.batch_id, duplicate=False, accepted=len(request.changes),
        applied=sum(1 for _ in written), conflicts=[_conflict(ConflictRecord(**r)) for r in records],
        cursor=last_seq, hub_time_ms=now_ms,
    )  # fmt: skip
    session.execute(
        insert(Batch).values(
            shop_id=shop_id,
            batch_id=request.batch_id,
            device_id=device_id,
            response_json=response.model_dump_json(),
            created_ms=now_ms,
        )
    )
    return response


def _conflict(record: ConflictRecord) -> Conflict:
    return Conflict(
        seq=record.seq, table=record.table_name, row_id=record.row_id, field=record.field,
        winner_value=json.loads(record.winner_json), winner_hlc=record.winner_hlc,
        loser_value=json.loads(record.loser_json), loser_hlc=record.loser_hlc,
    )  # fmt: skip


def pull(session: Session, shop_id: str, cursor: int, limit: int, now_ms: int) -> PullResponse:
    # Read the head first and never look past it: everything up to the head is
    # committed (the head moves in the same transaction as its rows), so paging
    # up to it can never skip a sequence number that commits later.
    head = session.execute(select(Shop.last_seq).where(Shop.id == shop_id)).scalar_one()
    entries = session.scalars(
        select(Entry)
        .where(Entry.shop_id == shop_id, Entry.seq > cursor, Entry.seq <= head)
        .order_by(Entry.seq)
        .limit(limit)
    ).all()
    records = session.scalars(
        select(ConflictRecord)
        .where(
            ConflictRecord.shop_id == shop_id,
            ConflictRecord.seq > cursor,
            ConflictRecord.seq <= head,
        )
        .order_by(ConflictRecord.seq)
        .limit(limit)
    ).all()
    # Both lists share the shop's sequence: keep the first `limit` items of their union.
    merged = sorted(
        [(e.seq, e) for e in entries] + [(r.seq, r) for r in records], key=lambda p: p[0]
    )
    page = merged[:limit]
    changes = [
        PulledChange(seq=e.seq, table=e.table_name, row_id=e.row_id, field=e.field,
                     value=json.loads(e.value_json), hlc=e.hlc)
        for _, e in page if isinstance(e, Entry)
    ]  # fmt: skip
    conflicts = [_conflict(r) for _, r in page if isinstance(r, ConflictRecord)]
    has_more = len(merged) > limit or len(entries) == limit or len(records) == limit
    next_cursor = page[-1][0] if has_more else head
    return PullResponse(changes=changes, conflicts=conflicts, next_cursor=next_cursor,
                        has_more=has_more, hub_time_ms=now_ms)  # fmt: skip
