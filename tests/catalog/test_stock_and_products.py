"""Stock is a ledger (on-hand = sum of movements); products keep unique SKUs; deletes are soft."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.catalog.product_data import ProductData, VariantData, validate
from app.catalog.products import delete_product, load_product, save_product
from app.catalog.stock import add_movement, history, on_hand, product_on_hand
from app.errors import UserFacingError
from app.store.engine import session_scope
from app.store.models import Product, StockMovement


def net(**changes) -> ProductData:
    data = ProductData(
        name="Màn tuyn chống muỗi",
        option1_name="Kích thước",
        option2_name="Màu",
        variants=[
            VariantData(price=150_000, option1="1m6×2m", option2="Trắng"),
            VariantData(price=170_000, option1="1m8×2m", option2="Trắng"),
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_ledger_sums_movements_with_their_signs(database):
    with session_scope(database.sessions) as session:
        product_id = save_product(session, net())
        first, second = (v.id for v in load_product(session, product_id).variants)
        add_movement(session, first, "received", 20, "Nhập từ xưởng")
        add_movement(session, first, "sold", 3)  # typed as 3, taken out
        add_movement(session, first, "returned", 1)
        add_movement(session, first, "adjusted", -2, "Kiểm kho thiếu")
        add_movement(session, second, "received", 5)
    with session_scope(database.sessions) as session:
        assert on_hand(session, [first, second]) == {first: 16, second: 5}
        assert product_on_hand(session, product_id) == 21
        kinds = [m.kind for m in history(session, product_id)]
        assert sorted(kinds) == ["adjusted", "received", "received", "returned", "sold"]
        quantities = session.scalars(
            select(StockMovement.quantity).where(StockMovement.variant_id == first)
        )
        assert sorted(quantities) == [-3, -2, 1, 20]


def test_zero_quantity_movement_is_refused(database):
    with session_scope(database.sessions) as session:
        variant = load_product(session, save_product(session, net())).variants[0].id
        with pytest.raises(UserFacingError):
            add_movement(session, variant, "received", 0)


def test_blank_skus_are_generated_readable_and_unique(database):
    with session_scope(database.sessions) as session:
        one = load_product(session, save_product(session, net()))
        two = load_product(session, save_product(session, net()))
    skus = [v.sku for v in one.variants + two.variants]
    assert skus[0] == "MTCM-1M62M-TRANG"
    assert len(set(skus)) == 4 and all(len(s) <= 50 and s.isascii() for s in skus)


def test_sku_of_another_product_is_refused(database):
    with session_scope(database.sessions) as session:
        save_product(session, net(variants=[VariantData(sku="MT-1", price=1)]))
    with session_scope(database.sessions) as session, pytest.raises(UserFacingError):
        save_product(session, ProductData(name="Nón", variants=[VariantData(sku="mt-1", price=1)]))


def test_validation_lists_every_problem_by_field():
    data = net(name=" ", weight_g=-1)
    data.variants[0].sale_price = 200_000
    data.variants[1].option1 = "1m6×2m"
    data.variants[1].sku = data.variants[0].sku = "A"
    fields = {error.field for error in validate(data)}
    assert fields == {
        "name",
        "weight_g",
        "variants[0].sale_price",
        "variants[1].sku",
        "variants[1].option1",
    }


def test_delete_is_soft_and_removed_variants_become_tombstones(database):
    with session_scope(database.sessions) as session:
        product_id = save_product(session, net())
        data = load_product(session, product_id)
        dropped = data.variants.pop()
        save_product(session, data)
        assert [v.sku for v in load_product(session, product_id).variants] == [data.variants[0].sku]
        delete_product(session, product_id)
        assert load_product(session, product_id) is None
        row = session.get(Product, product_id)
        assert row is not None and row.deleted_at is not None and len(row.id) == 32
    # a deleted product's SKU can be used again
    with session_scope(database.sessions) as session:
        save_product(
            session, ProductData(name="Màn mới", variants=[VariantData(sku=dropped.sku, price=1)])
        )


def test_showcase_fields_match_what_the_hub_reads(database):
    from app.catalog.products import ensure_category
    from app.catalog.sync_fields import WIRE_TABLES, showcase_fields
    from app.store.models import MediaLink

    with session_scope(database.sessions) as session:
        data = net(show_in_showcase=True, category_id=ensure_category(session, "Màn tuyn"))
        product_id = save_product(session, data)
        session.add(MediaLink(product_id=product_id, sha256="c" * 64, is_main=True))
    with session_scope(database.sessions) as session:
        fields = showcase_fields(session, product_id)
    assert fields == {
        "name": "Màn tuyn chống muỗi",
        "description": "",
        "price": 150_000,
        "category": "Màn tuyn",
        "main_photo": "c" * 64,
        "show_in_showcase": True,
    }
    assert (
        WIRE_TABLES["products"] == "product" and WIRE_TABLES["stock_movements"] == "stock_movement"
    )
