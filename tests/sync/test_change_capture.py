"""Change capture: an edit and its change records commit or roll back together."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import delete_product, load_product, save_product
from app.catalog.stock import add_movement
from app.store.engine import session_scope
from app.store.models import Product, SyncFieldStamp, SyncOutbox
from app.sync.apply import apply_page
from app.sync.device import restamp


def _outbox(db) -> list[SyncOutbox]:
    with session_scope(db.sessions) as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.id)))


def _new_product(db, price=100_000) -> str:
    with session_scope(db.sessions) as session:
        return save_product(
            session, ProductData(name="Nón lá Huế", variants=[VariantData(sku="NL-1", price=price)])
        )


def test_an_insert_records_every_field_that_travels_and_no_derived_column(database):
    product_id = _new_product(database)
    rows = _outbox(database)
    product_fields = {r.field for r in rows if r.table_name == "product"}
    assert "name" in product_fields
    # Fields left at their column default are not sent: the receiving PC applies the same default.
    assert not product_fields & {"description", "show_in_showcase", "weight_g"}
    assert not product_fields & {
        "search_text",
        "sort_key",
        "price_from",
        "created_at",
        "updated_at",
    }
    name = next(r for r in rows if r.field == "name")
    assert (name.row_id, json.loads(name.value_json), name.op) == (product_id, "Nón lá Huế", "set")
    assert {r.table_name for r in rows} == {"product", "variant"}


def test_an_update_records_only_the_changed_field_with_the_stamp_it_saw(database):
    product_id = _new_product(database)
    before = {r.field: r.hlc for r in _outbox(database) if r.table_name == "variant"}
    with session_scope(database.sessions) as session:
        data = load_product(session, product_id)
        data.variants[0].price = 120_000
        save_product(session, data)
    last = _outbox(database)[-1]
    assert (last.table_name, last.field, json.loads(last.value_json)) == (
        "variant",
        "price",
        120_000,
    )
    assert last.seen_hlc == before["price"] and last.hlc > before["price"]
    assert sum(1 for r in _outbox(database) if (r.table_name, r.field) == ("variant", "price")) == 2
    # The commune showcase reads the product's price: it follows, sent only when it changed.
    showcase = [
        json.loads(r.value_json)
        for r in _outbox(database)
        if (r.table_name, r.field) == ("product", "price")
    ]
    assert showcase == [100_000, 120_000]


def test_a_rolled_back_edit_leaves_no_change_record(database):
    _new_product(database)
    count = len(_outbox(database))
    with pytest.raises(RuntimeError), session_scope(database.sessions) as session:
        save_product(session, ProductData(name="Chiếu cói", variants=[VariantData(sku="CC-1")]))
        session.flush()
        raise RuntimeError("power cut")
    assert len(_outbox(database)) == count
    with session_scope(database.sessions) as session:
        assert session.scalar(select(func.count()).select_from(Product)) == 1


def test_delete_and_undelete_travel_as_a_tombstone_field(database):
    product_id = _new_product(database)
    with session_scope(database.sessions) as session:
        delete_product(session, product_id)
    deleted = [r for r in _outbox(database) if r.op == "delete"]
    assert {r.table_name for r in deleted} == {"product", "variant"}
    with session_scope(database.sessions) as session:
        session.get(Product, product_id).deleted_at = None
    last = _outbox(database)[-1]
    assert (last.op, last.field, last.value_json) == ("set", "_deleted", "false")


def test_stock_movements_are_insert_only_records_even_from_a_bulk_insert(database):
    _new_product(database)
    with session_scope(database.sessions) as session:
        variant_id = session.scalar(
            select(SyncOutbox.row_id).where(SyncOutbox.table_name == "variant")
        )
        add_movement(session, variant_id, "sold", 1)
    from sqlalchemy import insert

    from app.store.models import StockMovement

    with session_scope(database.sessions) as session:
        session.execute(
            insert(StockMovement), [{"variant_id": variant_id, "kind": "received", "quantity": 5}]
        )
    records = [r for r in _outbox(database) if r.op == "insert"]
    assert [json.loads(r.value_json)["quantity"] for r in records] == [-1, 5]
    assert all(r.field is None and r.table_name == "stock_movement" for r in records)


def test_changes_applied_from_the_hub_are_not_sent_back(database):
    count = len(_outbox(database))
    stamp = "001795914890122-0000-otherpc"
    page = {"changes": [
        {"seq": 1, "table": "product", "row_id": "p" * 32, "field": "name", "value": "Lụa Vạn Phúc", "hlc": stamp},
        {"seq": 2, "table": "variant", "row_id": "v" * 32, "field": "product_id", "value": "p" * 32, "hlc": stamp},
        {"seq": 3, "table": "variant", "row_id": "v" * 32, "field": "sku", "value": "LVP-1", "hlc": stamp},
    ], "conflicts": [], "next_cursor": 3, "has_more": False, "hub_time_ms": 1795914890122}  # fmt: skip
    with session_scope(database.sessions) as session:
        apply_page(session, page)
    assert len(_outbox(database)) == count
    with session_scope(database.sessions) as session:
        product = session.get(Product, "p" * 32)
        assert product.name == "Lụa Vạn Phúc" and "lua van phuc" in product.search_text
        assert session.get(SyncFieldStamp, ("product", "p" * 32, "name")).hlc == stamp


def test_sign_in_restamps_edits_made_before_it(database):
    _new_product(database)
    with session_scope(database.sessions) as session:
        restamp(session.connection(), "hub-device-7")
    assert all(r.hlc.endswith("-hub-device-7") for r in _outbox(database))
