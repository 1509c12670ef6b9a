"""Change capture: every edit of a synced table writes its per-field changes to the outbox
in the same transaction (``after_flush`` runs inside the flush's transaction, so a rollback
drops both; a commit keeps both).

Insert → every field that travels; update → the changed fields (attribute history);
``deleted_at`` set/cleared → ``_deleted`` true/false; insert-only tables → one ``insert``
record with the whole row. Each change carries ``seen_hlc``, the field's stamp on this PC
before the edit. Core ``INSERT`` statements run through the session (the spreadsheet
import's stock movements) are captured in ``do_orm_execute``. Changes applied from the
hub set ``session.info[APPLYING]`` and are not captured.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Insert, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.store.base import Base
from app.store.models.sync_client import SyncFieldStamp, SyncOutbox
from app.sync.declarations import TableSpec, declarations
from app.sync.device import load_clock, save_clock
from app.sync.protocol import DELETED_FIELD, RECORD_FIELD
from app.sync.values import dumps, to_wire

APPLYING = "sync_applying"  # session.info flag: rows come from the hub, not from a person
_STAMPS = SyncFieldStamp.__table__
_OUTBOX = SyncOutbox.__table__


def _spec_of(obj) -> TableSpec | None:
    table = getattr(type(obj), "__table__", None)
    if table is None or table.metadata is not Base.metadata:
        return None
    return declarations().by_local.get(table.name)


def _record_body(spec: TableSpec, values: dict) -> dict:
    return {name: to_wire(values.get(name)) for name in spec.fields}


class _Batch:
    """Changes of one flush: (spec, row_id, field, value, is_new_row)."""

    def __init__(self) -> None:
        self.sets: list[tuple[TableSpec, str, str, object]] = []
        self.records: list[tuple[TableSpec, str, dict]] = []

    def write(self, session: Session) -> None:
        if not self.sets and not self.records:
            return
        # Parents before children (products before their variants): pages pulled elsewhere
        # then rarely hold a row whose parent is only in the next page.
        order = _table_order()
        self.sets.sort(key=lambda item: order.get(item[0].local, 0))
        self.records.sort(key=lambda item: order.get(item[0].local, 0))
        connection = session.connection()
        clock = load_clock(connection)
        stamp = clock.now()
        hlc = stamp.encode()
        seen = _seen_stamps(connection, self.sets)
        outbox, stamps = [], []
        for spec, row_id, field, value in self.sets:
            value_json = dumps(value)
            op = "delete" if field == DELETED_FIELD and value is True else "set"
            outbox.append({"table_name": spec.wire, "row_id": row_id, "op": op,
                           "field": None if op == "delete" else field, "value_json": value_json,
                           "hlc": hlc, "seen_hlc": seen.get((spec.wire, row_id, field)),
                           "batch_id": None})  # fmt: skip
            stamps.append({"table_name": spec.wire, "row_id": row_id, "field": field,
                           "hlc": hlc, "value_json": value_json})  # fmt: skip
        for spec, row_id, body in self.records:
            outbox.append({"table_name": spec.wire, "row_id": row_id, "op": "insert",
                           "field": None, "value_json": dumps(body), "hlc": hlc,
                           "seen_hlc": None, "batch_id": None})  # fmt: skip
            # The record's stamp says which PC made it and when (stock counts need both).
            stamps.append({"table_name": spec.wire, "row_id": row_id, "field": RECORD_FIELD,
                           "hlc": hlc, "value_json": "{}"})  # fmt: skip
        connection.execute(_OUTBOX.insert(), outbox)
        if stamps:
            write_stamps(connection, stamps)
        save_clock(connection, stamp)


def _is_default(spec: TableSpec, name: str, value) -> bool:
    """A new row's field left at its column default is not sent: a PC that receives the row
    creates it with the same default (``app.sync.apply``), and a 5 000-product import sends
    half the changes."""
    column = spec.table.c[name]
    default = column.default
    if default is not None and default.is_scalar:
        return value == default.arg and type(value) is type(default.arg)
    return default is None and value is None and column.nullable


def _table_order() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}


def write_stamps(connection, stamps: list[dict]) -> None:
    statement = sqlite_insert(_STAMPS)
    statement = statement.on_conflict_do_update(
        index_elements=["table_name", "row_id", "field"],
        set_={"hlc": statement.excluded.hlc, "value_json": statement.excluded.value_json},
    )
    connection.execute(statement, stamps)


def _seen_stamps(connection, sets) -> dict[tuple[str, str, str], str]:
    wanted: dict[str, set[str]] = defaultdict(set)
    for spec, row_id, _field, _value in sets:
        wanted[spec.wire].add(row_id)
    found: dict[tuple[str, str, str], str] = {}
    for wire, row_ids in wanted.items():
        ids = list(row_ids)
        for start in range(0, len(ids), 500):
            rows = connection.execute(
                select(_STAMPS.c.row_id, _STAMPS.c.field, _STAMPS.c.hlc).where(
                    _STAMPS.c.table_name == wire, _STAMPS.c.row_id.in_(ids[start : start + 500])
                )
            )
            found.update({(wire, row_id, field): hlc for row_id, field, hlc in rows})
    return found


def after_flush(session: Session, _context) -> None:
    if session.info.get(APPLYING):
        return
    batch = _Batch()
    for obj in session.new:
        spec = _spec_of(obj)
        if spec is None:
            continue
        state = inspect(obj)
        values = {attr.key: attr.value for attr in state.attrs}
        if spec.insert_only:
            batch.records.append((spec, obj.id, _record_body(spec, values)))
            continue
        for name in spec.fields:
            if not _is_default(spec, name, values.get(name)):
                batch.sets.append((spec, obj.id, name, values.get(name)))
        if values.get("deleted_at") is not None:
            batch.sets.append((spec, obj.id, DELETED_FIELD, True))
    for obj in session.dirty:
        spec = _spec_of(obj)
        if spec is None or spec.insert_only or obj in session.new:
            continue
        state = inspect(obj)
        for name in (*spec.fields, "deleted_at"):
            history = state.attrs[name].history
            if not history.has_changes():
                continue
            now = history.added[0] if history.added else None
            if name == "deleted_at":
                was = history.deleted[0] if history.deleted else None
                if (was is None) != (now is None):
                    batch.sets.append((spec, obj.id, DELETED_FIELD, now is not None))
            else:
                batch.sets.append((spec, obj.id, name, now))
    for obj in session.deleted:
        spec = _spec_of(obj)
        if spec is not None and not spec.insert_only:
            batch.sets.append((spec, obj.id, DELETED_FIELD, True))
    _add_showcase_fields(session, batch)
    batch.write(session)


def _add_showcase_fields(session: Session, batch: _Batch) -> None:
    """The commune showcase reads a product's price, category and main photo (not stored here)."""
    from app.sync.showcase_push import changed_showcase_fields

    if not batch.sets:
        return
    products = declarations().by_local.get("products")
    if products is None:
        return
    touched = {getattr(obj, "product_id", None) for obj in session.dirty
               if getattr(type(obj), "__tablename__", "") in ("variants", "media_links")} - {None}  # fmt: skip
    for product_id, name, value in changed_showcase_fields(session, batch.sets, touched):
        batch.sets.append((products, product_id, name, value))


def do_orm_execute(state) -> None:
    """Core INSERTs through the session (bulk imports) are captured like ORM inserts."""
    if not state.is_insert or state.session.info.get(APPLYING):
        return
    statement = state.statement
    if not isinstance(statement, Insert):
        return
    spec = declarations().by_local.get(getattr(statement.table, "name", ""))
    if spec is None or statement.table.metadata is not Base.metadata:
        return
    params = state.parameters
    rows = params if isinstance(params, list) else [params]
    if not rows or not all(isinstance(row, dict) for row in rows):
        return
    batch = _Batch()
    for row in rows:
        for column in spec.table.columns:  # defaults now, so the record carries what is stored
            if column.name not in row and column.default is not None:
                default = column.default
                row[column.name] = default.arg(None) if default.is_callable else default.arg
        if spec.insert_only:
            batch.records.append((spec, row["id"], _record_body(spec, row)))
        else:
            for name in spec.fields:
                if not _is_default(spec, name, row.get(name)):
                    batch.sets.append((spec, row["id"], name, row.get(name)))
    batch.write(state.session)
