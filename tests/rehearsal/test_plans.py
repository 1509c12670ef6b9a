"""Runs of show built from the demo shop: prefilled script, order codes, editing, a deleted
product, and how the tables travel in sync."""

from __future__ import annotations

import importlib

import pytest
from rehearsal_testdata import LANTERN, NET, TRAY

from app.catalog.products import delete_product
from app.rehearsal import plans
from app.rehearsal.errors import PlanNotFound, ProductNotFound
from app.store.engine import session_scope
from app.sync.synced_tables import SYNC_DECLARATION_MODULES


def _create(db, products, **options) -> plans.Plan:
    with session_scope(db.sessions) as session:
        plan_id = plans.create_plan(session, "Phiên thử", products, **options)
    with session_scope(db.sessions) as session:
        return plans.load_plan(session, plan_id)


def test_plan_has_opening_products_in_order_and_closing_with_codes(shop):
    plan = _create(shop, [NET, LANTERN, TRAY], minutes_each=2.5)
    assert [b.kind for b in plan.blocks] == ["opening", "product", "product", "product", "closing"]
    products = plan.product_blocks
    assert [b.sku for b in products] == [NET, LANTERN, TRAY]
    assert [b.order_code for b in products] == ["A1", "A2", "A3"]
    assert all(b.target_seconds == 150 for b in products)
    assert "Màn tuyn chống muỗi cao cấp" in plan.opening_text
    assert plan.blocks[0].script_text() == plan.opening_text


def test_script_is_prefilled_from_name_variants_price_and_description(shop):
    net = _create(shop, [NET]).product_blocks[0]
    headings = [p.heading for p in net.talking_points]
    assert headings == ["giới thiệu", "cho xem sản phẩm", "giá và khuyến mãi", "kêu gọi đặt hàng"]
    intro, show, price, call = (p.text for p in net.talking_points)
    assert "Màn tuyn chống muỗi cao cấp" in intro and "giặt máy được" in intro
    assert "1m2×2m" in show and "Xanh dương" in show
    assert "120.000 ₫" in price  # the lowest price among the sizes
    assert "A1" in call and "A1 1m2×2m" in call
    assert plans.order_examples(net)[:2] == ["A1 1m2×2m", "A1 1m6×2m"]
    assert "KÊU GỌI ĐẶT HÀNG" in net.script_text()


def test_products_by_id_and_case_blind_sku(shop):
    first = _create(shop, [TRAY.lower()]).product_blocks[0]
    again = _create(shop, [first.product_id]).product_blocks[0]
    assert again.product_id == first.product_id


def test_unknown_sku_is_a_plain_error_and_creates_nothing(shop):
    with pytest.raises(ProductNotFound) as caught, session_scope(shop.sessions) as session:
        plans.create_plan(session, "Phiên lỗi", [LANTERN, "KHONG-CO"])
    assert "KHONG-CO" in str(caught.value)
    with session_scope(shop.sessions) as session:
        assert plans.list_plans(session) == []


def test_add_remove_reorder_and_list(shop):
    plan = _create(shop, [NET, LANTERN])
    with session_scope(shop.sessions) as session:
        added = plans.add_product_block(session, plan.id, TRAY)
        plans.remove_block(session, plan.product_blocks[0].id)
    with session_scope(shop.sessions) as session:
        after = plans.load_plan(session, plan.id)
    assert [b.sku for b in after.product_blocks] == [LANTERN, TRAY]
    assert after.blocks[-1].kind == "closing" and after.blocks[0].kind == "opening"
    assert after.block(added).order_code == "A3"  # the next free code when it was added
    with session_scope(shop.sessions) as session:
        plans.move_block(session, added, 1)
    with session_scope(shop.sessions) as session:
        moved = plans.load_plan(session, plan.id)
        summaries = plans.list_plans(session)
    assert [b.sku for b in moved.product_blocks] == [TRAY, LANTERN]
    assert [b.position for b in moved.blocks] == list(range(len(moved.blocks)))
    assert [(s.name, s.product_count) for s in summaries] == [("Phiên thử", 2)]


def test_block_edits_are_kept(shop):
    block = _create(shop, [LANTERN]).product_blocks[0]
    points = [plans.TalkingPoint("giới thiệu", "Đèn lồng đỏ rực cho Tết")]
    with session_scope(shop.sessions) as session:
        plans.update_block(
            session, block.id, talking_points=points, target_seconds=90, flash_sale_price=79_000
        )
    with session_scope(shop.sessions) as session:
        edited = plans.load_plan(session, block.plan_id).block(block.id)
    assert edited.talking_points == points
    assert (edited.target_seconds, edited.flash_sale_price) == (90, 79_000)


def test_deleted_product_keeps_a_readable_block_that_says_it_is_gone(shop):
    plan = _create(shop, [LANTERN, TRAY])
    lantern = plan.product_blocks[0]
    with session_scope(shop.sessions) as session:
        delete_product(session, lantern.product_id)
    with session_scope(shop.sessions) as session:
        reloaded = plans.load_plan(session, plan.id)
    gone = reloaded.product_blocks[0]
    assert gone.product_gone and not reloaded.product_blocks[1].product_gone
    assert gone.product.name == "Đèn lồng tre Hội An" and gone.sku == LANTERN
    assert gone.product.price == 90_000
    assert "sản phẩm đã bị xoá" in gone.title
    assert gone.talking_points == lantern.talking_points


def test_missing_plan_is_a_plain_error(shop):
    with pytest.raises(PlanNotFound), session_scope(shop.sessions) as session:
        plans.load_plan(session, "0" * 32)


def test_plans_travel_in_sync_and_takes_stay_local():
    assert "app.rehearsal.sync_fields" in SYNC_DECLARATION_MODULES
    declared = importlib.import_module("app.rehearsal.sync_fields")
    assert declared.WIRE_TABLES == {"show_plans": "show_plan", "show_blocks": "show_block"}
    assert "rehearsal_takes" not in declared.WIRE_TABLES
