"""Fields of ``product`` the hub's commune showcase reads but this PC does not store as such
(``price``, ``category`` as text, ``main_photo``): recomputed with
``app.catalog.sync_fields.showcase_fields`` whenever a product, its variants, photos or
category change, and sent only when they differ from what was last sent."""

from __future__ import annotations

from sqlalchemy import select

from app.store.models.sync_client import SyncFieldStamp

SHOWCASE_ONLY = ("price", "category", "main_photo")  # the rest travel as ordinary columns


def product_ids_of(sets, records) -> set[str]:
    ids: set[str] = set()
    for spec, row_id, field, value in sets:
        if spec.local == "products":
            ids.add(row_id)
        elif spec.local in ("variants", "media_links") and field == "product_id" and value:
            ids.add(value)
    return ids


def changed_showcase_fields(session, sets, touched_rows) -> list[tuple[str, str, object]]:
    """(product id, field, value) for showcase fields whose value changed."""
    from app.catalog.sync_fields import showcase_fields

    ids = product_ids_of(sets, ()) | touched_rows
    if not ids:
        return []
    stamps = SyncFieldStamp.__table__
    from app.sync.values import dumps

    known = {
        (row.row_id, row.field): row.value_json
        for row in session.connection().execute(
            select(stamps.c.row_id, stamps.c.field, stamps.c.value_json).where(
                stamps.c.table_name == "product", stamps.c.row_id.in_(list(ids)),
                stamps.c.field.in_(SHOWCASE_ONLY))
        )
    }  # fmt: skip
    out = []
    with session.no_autoflush:
        for product_id in ids:
            fields = showcase_fields(session, product_id)
            for name in SHOWCASE_ONLY:
                if name in fields and known.get((product_id, name)) != dumps(fields[name]):
                    out.append((product_id, name, fields[name]))
    return out
