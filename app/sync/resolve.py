"""Settling a conflict: the kept value becomes a new local edit with ``seen_hlc`` = the
winner's stamp, so it travels like any edit and every PC converges on it."""

from __future__ import annotations

import json

from sqlalchemy import update

from app.store.base import utcnow
from app.store.models.sync_client import SyncConflict, SyncOutbox
from app.sync import errors
from app.sync.capture import APPLYING, write_stamps
from app.sync.declarations import declarations
from app.sync.device import load_clock, save_clock
from app.sync.protocol import DELETED_FIELD
from app.sync.values import dumps, from_wire


class NoSuchConflict(errors.SyncError):
    def __init__(self, conflict_id: int) -> None:
        from app.i18n import QT_TRANSLATE_NOOP, Message

        super().__init__(Message("sync", QT_TRANSLATE_NOOP(
            "sync", "Không tìm thấy xung đột số %1 (có thể đã được giải quyết)."), (str(conflict_id),)))  # fmt: skip


def resolve(session, conflict_id: int, keep: str) -> None:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved:
        raise NoSuchConflict(conflict_id)
    from app.sync.local_conflicts import settle

    if settle(session, conflict, keep):  # raced stock counts, one SKU made on two PCs
        return
    value = json.loads(
        conflict.winner_value_json if keep == "winner" else conflict.loser_value_json
    )
    spec = declarations().by_wire[conflict.table_name]
    connection = session.connection()
    session.info[APPLYING] = True  # the edit is recorded below, with its own seen_hlc
    try:
        if conflict.field == DELETED_FIELD:
            values = {"deleted_at": utcnow() if value else None}
        else:
            values = {conflict.field: from_wire(spec.table.c[conflict.field], value)}
        connection.execute(
            update(spec.table)
            .where(spec.table.c.id == conflict.row_id)
            .values(**values, updated_at=utcnow())
        )
        clock = load_clock(connection)
        stamp = clock.now().encode()
        deleting = conflict.field == DELETED_FIELD and value is True
        connection.execute(SyncOutbox.__table__.insert(), [{
            "table_name": conflict.table_name, "row_id": conflict.row_id,
            "op": "delete" if deleting else "set", "field": None if deleting else conflict.field,
            "value_json": dumps(value), "hlc": stamp, "seen_hlc": conflict.winner_hlc, "batch_id": None}])  # fmt: skip
        write_stamps(connection, [{"table_name": conflict.table_name, "row_id": conflict.row_id,
                                   "field": conflict.field, "hlc": stamp, "value_json": dumps(value)}])  # fmt: skip
        save_clock(connection, clock.now())
        conflict.resolved = True
        if spec.local == "products" or "product_id" in spec.table.c:
            from app.catalog.indexing import reindex_products

            product_id = conflict.row_id if spec.local == "products" else None
            if product_id:
                reindex_products(session, [product_id])
        session.flush()
    finally:
        session.info.pop(APPLYING, None)
