"""Apply one pulled page in one transaction: the hub's merge rule per field, tombstones,
insert-only records as a union, derived columns re-computed, the cursor saved with them.

Runs with ``session.info[APPLYING]`` so nothing here lands in the outbox. Rows arrive field
by field (a row may start with only some of its fields): a missing NOT NULL column gets a
placeholder until its own field arrives; foreign keys are checked at commit (deferred), so
a page may hold a stock movement before the variant it points at.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.store.base import Base, utcnow
from app.store.models.sync_client import SyncConflict, SyncFieldStamp
from app.sync.capture import APPLYING, write_stamps
from app.sync.declarations import declarations
from app.sync.device import load_clock, save_clock, set_state
from app.sync.hlc import HLC, ClockDriftError
from app.sync.lww import Incoming, Stored, decide
from app.sync.protocol import DELETED_FIELD, RECORD_FIELD
from app.sync.showcase_push import SHOWCASE_ONLY
from app.sync.sku_duplicates import make_room
from app.sync.stock_count import refresh as refresh_counts
from app.sync.values import dumps, from_wire, placeholder

CURSOR_KEY = "sync.cursor"
_STAMPS = SyncFieldStamp.__table__


def apply_page(session: Session, page: dict) -> tuple[int, int]:
    """Returns (changes that became current here, new conflict records)."""
    session.info[APPLYING] = True
    try:
        connection = session.connection()
        # The first write opens the transaction (pysqlite begins lazily); the pragma only
        # holds inside one: a child row may come before its parent in a page.
        set_state(connection, CURSOR_KEY, str(page["next_cursor"]))
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        clock = load_clock(connection)
        specs = declarations().by_wire
        changes = [c for c in page["changes"] if c["table"] in specs]
        stamps = _stamps_of(connection, changes)
        rows: dict[tuple[str, str], dict] = defaultdict(dict)  # (wire, row id) → column values
        records: dict[str, list[dict]] = defaultdict(list)
        new_stamps: dict[tuple[str, str, str], dict] = {}
        applied = 0
        for change in changes:
            _observe(clock, change["hlc"])
            spec = specs[change["table"]]
            if change["field"] == RECORD_FIELD:
                body = change["value"] if isinstance(change["value"], dict) else {}
                values = {
                    name: from_wire(spec.table.c[name], body.get(name)) for name in spec.fields
                }
                records[spec.wire].append({"id": change["row_id"], **values})
                new_stamps[(spec.wire, change["row_id"], RECORD_FIELD)] = {
                    "table_name": spec.wire, "row_id": change["row_id"], "field": RECORD_FIELD,
                    "hlc": change["hlc"], "value_json": "{}"}  # fmt: skip
                continue
            stamp_only = spec.wire == "product" and change["field"] in SHOWCASE_ONLY
            if (
                change["field"] != DELETED_FIELD
                and change["field"] not in spec.fields
                and not stamp_only
            ):
                continue  # a field this app does not keep
            key = (spec.wire, change["row_id"], change["field"])
            value_json = dumps(change["value"])
            outcome = decide(stamps.get(key), Incoming(change["field"], value_json, change["hlc"]))
            if not outcome.changed:
                continue
            stamps[key] = Stored(value_json, change["hlc"])
            new_stamps[key] = {"table_name": key[0], "row_id": key[1], "field": key[2],
                               "hlc": change["hlc"], "value_json": value_json}  # fmt: skip
            if (
                stamp_only
            ):  # the showcase's price…: kept as a stamp so the next one sent is an overwrite
                continue
            if change["field"] == DELETED_FIELD:
                rows[key[:2]]["deleted_at"] = utcnow() if change["value"] else None
            else:
                column = spec.table.c[change["field"]]
                rows[key[:2]][change["field"]] = from_wire(column, change["value"])
            applied += 1
        # One SKU created on two PCs: the later one is suffixed, not a failed page.
        suffixed = make_room(connection, rows, stamps, clock)
        for stamp in suffixed:
            new_stamps[(stamp["table_name"], stamp["row_id"], stamp["field"])] = stamp
        touched = _write_rows(connection, rows, records)
        if new_stamps:
            write_stamps(connection, list(new_stamps.values()))
        conflicts = _keep_conflicts(connection, page.get("conflicts", [])) + len(suffixed)
        # A count changes how every count of its variant adds up (app.sync.stock_count);
        # other movements only add to the sum.
        counted = [
            r["variant_id"] for r in records.get("stock_movement", []) if r.get("count_info")
        ]
        if counted:
            conflicts += refresh_counts(connection, counted)
        _observe(clock, None, page.get("hub_time_ms"))
        save_clock(connection, clock.now())
        if touched:
            # The catalog's batched re-derivation (a few queries per 500 products, not per product).
            from app.catalog.categories import _reindex_batch

            with session.no_autoflush:
                _reindex_batch(session, touched)
        return applied + sum(len(v) for v in records.values()), conflicts
    finally:
        session.info.pop(APPLYING, None)


def _observe(clock, stamp: str | None, hub_ms: int | None = None) -> None:
    try:
        if stamp is not None:
            clock.observe(HLC.parse(stamp))
        elif hub_ms is not None:
            clock.observe(HLC(int(hub_ms), 0, clock.device_id))
    except ClockDriftError:
        pass  # this PC's clock is behind: its own edits still order after what it saw, once caught up


def _stamps_of(connection, changes) -> dict[tuple[str, str, str], Stored]:
    wanted: dict[str, set[str]] = defaultdict(set)
    for change in changes:
        wanted[change["table"]].add(change["row_id"])
    found = {}
    for wire, ids in wanted.items():
        ids = list(ids)
        for start in range(0, len(ids), 500):
            query = select(_STAMPS).where(
                _STAMPS.c.table_name == wire, _STAMPS.c.row_id.in_(ids[start : start + 500])
            )
            for row in connection.execute(query):
                found[(wire, row.row_id, row.field)] = Stored(row.value_json, row.hlc)
    return found


def _write_rows(connection, rows, records) -> set[str]:
    """Insert new rows (placeholders for fields still to come), update existing ones."""
    specs = declarations().by_wire
    by_table: dict[str, dict[str, dict]] = defaultdict(dict)
    for (wire, row_id), values in rows.items():
        by_table[wire][row_id] = values
    touched_products: set[str] = set()
    for wire in _parents_first(by_table):
        table_rows = by_table[wire]
        table = specs[wire].table
        ids = list(table_rows)
        existing = set()
        for start in range(0, len(ids), 500):
            existing.update(connection.execute(
                select(table.c.id).where(table.c.id.in_(ids[start : start + 500]))).scalars())  # fmt: skip
        now = utcnow()
        fresh = []
        for row_id, values in table_rows.items():
            if row_id in existing:
                connection.execute(
                    update(table).where(table.c.id == row_id).values(**values, updated_at=now)
                )
                continue
            full = {"id": row_id, "created_at": now, "updated_at": now}
            for column in table.columns:
                if column.name not in full:
                    full[column.name] = values.get(column.name, _missing(column, row_id))
            fresh.append(full)
        _ensure_parents(connection, table, fresh)
        _insert_grouped(connection, table, fresh)
        touched_products.update(_products_of(connection, wire, ids))
    for wire, bodies in records.items():
        table = specs[wire].table
        now = utcnow()
        rows_ = [{**b, "created_at": now, "updated_at": now, "deleted_at": None} for b in bodies]
        _ensure_parents(connection, table, rows_)
        connection.execute(
            sqlite_insert(table).on_conflict_do_nothing(index_elements=["id"]), rows_
        )
    return touched_products


def _parents_first(by_table) -> list[str]:
    order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
    specs = declarations().by_wire
    return sorted(by_table, key=lambda wire: order.get(specs[wire].table.name, 0))


def _ensure_parents(connection, table, rows: list[dict]) -> None:
    """A pulled row may name a parent whose fields come on a later page (pages cut anywhere,
    and a parent edited later travels later): give the parent a placeholder row now, its
    fields fill in as they arrive, so the foreign key holds in every committed page."""
    for column in table.columns:
        for key in column.foreign_keys:
            parent = key.column.table
            if parent.name not in {s.table.name for s in declarations().by_wire.values()}:
                continue
            wanted = list({r[column.name] for r in rows if r.get(column.name)})
            found: set = set()
            for start in range(0, len(wanted), 500):
                found.update(connection.execute(select(key.column).where(
                    key.column.in_(wanted[start : start + 500]))).scalars())  # fmt: skip
            missing = [parent_id for parent_id in wanted if parent_id not in found]
            if not missing:
                continue
            now = utcnow()
            placeholders = []
            for parent_id in missing:
                row = {"id": parent_id, "created_at": now, "updated_at": now}
                for parent_column in parent.columns:
                    if parent_column.name not in row:
                        row[parent_column.name] = _missing(parent_column, parent_id)
                placeholders.append(row)
            _ensure_parents(connection, parent, placeholders)
            _insert_grouped(connection, parent, placeholders)


def _missing(column, row_id):
    if column.nullable:
        return None
    return placeholder(column, row_id)


def _insert_grouped(connection, table, rows: list[dict]) -> None:
    if rows:
        connection.execute(table.insert(), rows)


def _products_of(connection, wire: str, ids: list[str]) -> set[str]:
    spec = declarations().by_wire[wire]
    if spec.local == "products":
        return set(ids)
    if "product_id" in spec.table.c and spec.local in ("variants", "media_links"):
        found = set()
        for start in range(0, len(ids), 500):
            found.update(connection.execute(select(spec.table.c.product_id).where(
                spec.table.c.id.in_(ids[start : start + 500]))).scalars())  # fmt: skip
        return found
    return set()


def _keep_conflicts(connection, conflicts: list[dict]) -> int:
    specs = declarations().by_wire
    conflicts = [  # the showcase's copies (product price…) repeat a conflict already listed
        c for c in conflicts
        if c["table"] in specs and (c["field"] in specs[c["table"]].fields or c["field"] == DELETED_FIELD)
    ]  # fmt: skip
    if not conflicts:
        return 0
    statement = sqlite_insert(SyncConflict.__table__).on_conflict_do_nothing(
        index_elements=["hub_seq"]
    )
    result = connection.execute(statement, [
        {"hub_seq": c["seq"], "table_name": c["table"], "row_id": c["row_id"], "field": c["field"],
         "winner_value_json": dumps(c["winner_value"]), "winner_hlc": c["winner_hlc"],
         "loser_value_json": dumps(c["loser_value"]), "loser_hlc": c["loser_hlc"],
         "resolved": False, "created_at": utcnow()}
        for c in conflicts
    ])  # fmt: skip
    return max(result.rowcount or 0, 0)
