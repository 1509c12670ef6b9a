"""One SKU created on two PCs (offline, the same new code for two different products).

The hub keeps both rows (it has no idea a SKU must be unique); this PC's ``variants.sku`` is
unique, so applying the second would fail and stop every later sync. Instead, while a page is
applied, the variant whose SKU was set *later* (by its stamp; every PC compares the same
stamps, so every PC picks the same one) gets its SKU suffixed with a piece of its own id
(``GM-1`` → ``GM-1-b1c4``). The suffix is an ordinary edit that travels, so every PC and the
hub end with the same codes, and the PCs that met the clash list a conflict ("hai máy cùng
tạo mã …") for the owner to settle: keep it so, or give this product the code back and suffix
the other one. Both products are kept either way.
"""

from __future__ import annotations

import json

from sqlalchemy import select, update

from app.store.base import utcnow
from app.store.models import SyncConflict, SyncFieldStamp, SyncOutbox, Variant
from app.sync.lww import Stored
from app.sync.values import dumps

FIELD = "duplicate_sku"  # the conflict's field: the room labels it "hai máy cùng tạo mã SKU"
WIRE, COLUMN = "variant", "sku"
_VARIANTS = Variant.__table__
_STAMPS = SyncFieldStamp.__table__


def suffixed(sku: str, row_id: str, taken) -> str:
    """``sku-<id piece>``: the same on every PC (the piece is the row's own id), within 64
    characters, longer only when that code is taken too."""
    for size in (4, 6, 8, 12, 32):
        piece = row_id[:size]
        candidate = f"{sku[: 63 - len(piece)]}-{piece}"
        if not taken(candidate):
            return candidate
    return row_id[:64]


def make_room(connection, rows: dict, stamps: dict, clock) -> list[dict]:
    """Before a page's rows are written: give every SKU in it exactly one holder.

    ``rows`` maps (wire, row id) → column values to write (changed in place), ``stamps`` the
    merged field stamps. Returns the stamps of the suffixes made here (to store with the page)."""
    incoming = {rid: values[COLUMN] for (wire, rid), values in rows.items()
                if wire == WIRE and values.get(COLUMN) is not None}  # fmt: skip
    if not incoming:
        return []
    codes = sorted(set(incoming.values()))
    held = {}
    for start in range(0, len(codes), 500):
        held.update(connection.execute(select(_VARIANTS.c.id, _VARIANTS.c.sku).where(
            _VARIANTS.c.sku.in_(codes[start : start + 500]))).all())  # fmt: skip
    existing = set(held)
    ids = list(incoming)
    for start in range(0, len(ids), 500):
        existing.update(connection.execute(select(_VARIANTS.c.id).where(
            _VARIANTS.c.id.in_(ids[start : start + 500]))).scalars())  # fmt: skip
    final = {**held, **incoming}  # what each row would hold after the page
    groups: dict[str, list[str]] = {}
    for rid, code in final.items():
        groups.setdefault(code, []).append(rid)
    clashes = {code: rids for code, rids in groups.items() if len(rids) > 1}
    made = _settle_clashes(connection, rows, stamps, clock, clashes, set(final.values()))
    if held:
        # Rows already here that change SKU in this page step aside first (their own id is a
        # unique stand-in): the page's updates, made one by one, never meet a code on its way
        # out (two products swapping codes).
        moving = [rid for (wire, rid), values in rows.items()
                  if wire == WIRE and COLUMN in values and rid in existing]  # fmt: skip
        for rid in moving:
            connection.execute(update(_VARIANTS).where(_VARIANTS.c.id == rid).values(sku=rid[:64]))
    return made


def _settle_clashes(connection, rows, stamps, clock, clashes, taken_now: set) -> list[dict]:
    if not clashes:
        return []
    _load_stamps(connection, stamps, [rid for rids in clashes.values() for rid in rids])

    def taken(code: str) -> bool:
        if code in taken_now:
            return True
        return connection.execute(select(_VARIANTS.c.id).where(_VARIANTS.c.sku == code)).first() is not None  # fmt: skip

    made = []
    for code, rids in sorted(clashes.items()):
        order = sorted(rids, key=lambda rid: (_stamp_of(stamps, rid).hlc, rid))
        for loser in order[1:]:
            new_code = suffixed(code, loser, taken)
            taken_now.add(new_code)
            made.append(_suffix(connection, rows, stamps, clock, loser, code, new_code))
    return made


def _stamp_of(stamps: dict, rid: str) -> Stored:
    # A SKU without a stamp is a placeholder (the row's id) or older than sync: first.
    return stamps.get((WIRE, rid, COLUMN)) or Stored("null", "")


def _load_stamps(connection, stamps: dict, rids: list[str]) -> None:
    wanted = [rid for rid in rids if (WIRE, rid, COLUMN) not in stamps]
    for start in range(0, len(wanted), 500):
        for row in connection.execute(select(_STAMPS).where(
                _STAMPS.c.table_name == WIRE, _STAMPS.c.field == COLUMN,
                _STAMPS.c.row_id.in_(wanted[start : start + 500]))):  # fmt: skip
            stamps[(WIRE, row.row_id, COLUMN)] = Stored(row.value_json, row.hlc)


def _suffix(connection, rows, stamps, clock, loser: str, code: str, new_code: str) -> dict:
    """The loser's new code: written with the page, sent like an edit, listed as a conflict."""
    was = _stamp_of(stamps, loser)
    stamp = clock.now().encode()
    value_json = dumps(new_code)
    rows.setdefault((WIRE, loser), {})[COLUMN] = new_code
    stamps[(WIRE, loser, COLUMN)] = Stored(value_json, stamp)
    connection.execute(SyncOutbox.__table__.insert(), [{
        "table_name": WIRE, "row_id": loser, "op": "set", "field": COLUMN,
        "value_json": value_json, "hlc": stamp, "seen_hlc": was.hlc or None, "batch_id": None}])  # fmt: skip
    known = connection.execute(select(SyncConflict.id).where(
        SyncConflict.row_id == loser, SyncConflict.field == FIELD,
        SyncConflict.loser_value_json == dumps(code))).first()  # fmt: skip
    if known is None:
        connection.execute(SyncConflict.__table__.insert(), [{
            "hub_seq": None, "table_name": WIRE, "row_id": loser, "field": FIELD,
            "winner_value_json": value_json, "winner_hlc": stamp,
            "loser_value_json": dumps(code), "loser_hlc": was.hlc or stamp,
            "resolved": False, "created_at": utcnow()}])  # fmt: skip
    return {"table_name": WIRE, "row_id": loser, "field": COLUMN, "hlc": stamp,
            "value_json": value_json}  # fmt: skip


def is_open(session, conflict) -> bool:
    """Open while the product still carries the suffixed code (a rename anywhere settles it)."""
    if conflict.resolved:
        return False
    stamp = session.get(SyncFieldStamp, (WIRE, conflict.row_id, COLUMN))
    return stamp is not None and stamp.value_json == conflict.winner_value_json


def resolve(session, conflict, keep: str) -> None:
    """``winner``: keep the suffixed code. ``loser``: this product gets its code back and the
    other holder is suffixed instead (two ordinary edits, sent like any edit)."""
    conflict.resolved = True
    if keep == "winner":
        return
    variant = session.get(Variant, conflict.row_id)
    if variant is None:
        return
    code = json.loads(conflict.loser_value_json)
    holder = session.scalar(select(Variant).where(Variant.sku == code, Variant.id != variant.id))
    if holder is not None:

        def taken(candidate: str) -> bool:
            return session.scalar(select(Variant.id).where(Variant.sku == candidate)) is not None

        holder.sku = suffixed(code, holder.id, taken)
        session.flush()
    variant.sku = code
    session.flush()
    from app.catalog.indexing import reindex_products

    reindex_products(session, {variant.product_id, *([holder.product_id] if holder else [])})
    session.flush()
