"""Search finds products the way Vietnamese sellers type, and filters/sorts like the list does."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import text

from app.catalog import search
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import delete_product, ensure_category, save_product
from app.catalog.search import SearchQuery
from app.catalog.sorting import sort_key
from app.catalog.stock import add_movement
from app.store.engine import session_scope

NAMES = [
    ("Đèn lồng tre", 120_000),
    ("Màn tuyn chống muỗi 1m6", 150_000),
    ("Màn tuyn chống muỗi 1m8", 180_000),
    ("Giỏ mây đan tay", 95_000),
    ("Nón lá bài thơ", 60_000),
    ("Hộp khảm trai", 450_000),
    ("Dao cau", 30_000),
]


@pytest.fixture
def shop(database):
    ids = {}
    with session_scope(database.sessions) as session:
        hats = ensure_category(session, "Nón")
        for name, price in NAMES:
            data = ProductData(name=name, status="active", variants=[VariantData(price=price)])
            if name.startswith("Nón"):
                data.category_id = hats
                data.status = "draft"
            ids[name] = save_product(session, data)
    return database, ids, hats


def names(database, query: SearchQuery) -> list[str]:
    with session_scope(database.sessions) as session:
        return [row.name for row in search.fetch_rows(session, query, limit=100)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("den", ["Đèn lồng tre"]),
        ("Đèn", ["Đèn lồng tre"]),
        ("DEN", ["Đèn lồng tre"]),
        ("man tuyn", ["Màn tuyn chống muỗi 1m6", "Màn tuyn chống muỗi 1m8"]),
        ("chong muoi", ["Màn tuyn chống muỗi 1m6", "Màn tuyn chống muỗi 1m8"]),
        ("chống muỗi 1m8", ["Màn tuyn chống muỗi 1m8"]),
        ("kham", ["Hộp khảm trai"]),
        ("gio m", ["Giỏ mây đan tay"]),
        ("mây", ["Giỏ mây đan tay"]),
    ],
)
def test_accent_and_case_blind_prefix_search(shop, typed, expected):
    database, _, _ = shop
    assert names(database, SearchQuery(typed)) == expected


def test_decomposed_input_from_windows_keyboard_finds_the_same(shop):
    database, _, _ = shop
    typed = unicodedata.normalize("NFD", "chống muỗi")
    assert typed != "chống muỗi"
    assert len(names(database, SearchQuery(typed))) == 2


def test_query_punctuation_cannot_break_fts(shop):
    database, _, _ = shop
    assert names(database, SearchQuery('"den* (:^')) == ["Đèn lồng tre"]
    assert names(database, SearchQuery("zzz")) == []


def test_name_sort_is_vietnamese_dictionary_order(shop):
    database, _, _ = shop
    listed = names(database, SearchQuery())
    # D before Đ, G, H; Màn before Nón (đ is its own letter after d)
    assert listed.index("Dao cau") < listed.index("Đèn lồng tre") < listed.index("Giỏ mây đan tay")
    assert listed == sorted(listed, key=sort_key)


def test_price_sort_and_descending(shop):
    database, _, _ = shop
    cheapest_first = names(database, SearchQuery(sort="price"))
    assert cheapest_first[0] == "Dao cau" and cheapest_first[-1] == "Hộp khảm trai"
    assert names(database, SearchQuery(sort="price", descending=True))[0] == "Hộp khảm trai"


def test_filters_by_category_status_and_low_stock(shop):
    database, ids, hats = shop
    assert names(database, SearchQuery(category_id=hats)) == ["Nón lá bài thơ"]
    assert "Nón lá bài thơ" not in names(database, SearchQuery(status="active"))
    with session_scope(database.sessions) as session:
        for name in NAMES:
            row = search.rows_for(session, [ids[name[0]]])[0]
            variant_id = session.execute(
                text("SELECT id FROM variants WHERE sku = :s"), {"s": row.sku}
            ).scalar()
            add_movement(session, variant_id, "received", 2 if name[0].startswith("Dao") else 50)
    assert names(database, SearchQuery(low_stock=True)) == ["Dao cau"]


def test_deleted_and_renamed_products_leave_the_index(shop):
    database, ids, _ = shop
    with session_scope(database.sessions) as session:
        delete_product(session, ids["Đèn lồng tre"])
        data = ProductData(
            id=ids["Dao cau"],
            name="Kéo cắt mây",
            status="active",
            variants=[VariantData(price=30_000)],
        )
        save_product(session, data)
    assert names(database, SearchQuery("den")) == []
    assert names(database, SearchQuery("dao")) == []
    assert names(database, SearchQuery("keo cat")) == ["Kéo cắt mây"]
    with session_scope(database.sessions) as session:
        assert search.count(session, SearchQuery("man")) == 2


def test_broad_query_plan_gives_the_same_page(shop, monkeypatch):
    database, _, _ = shop
    for query in (
        SearchQuery("m"),
        SearchQuery("m", descending=True),
        SearchQuery("m", status="active"),
    ):
        expected = names(database, query)
        monkeypatch.setattr(search, "BROAD_MATCHES", 0)  # force the name-index walk
        assert names(database, query) == expected
        monkeypatch.setattr(search, "BROAD_MATCHES", 20_000)


def test_list_row_shows_the_first_variants_sku_and_counts(database):
    with session_scope(database.sessions) as session:
        save_product(
            session,
            ProductData(
                name="Giỏ mây",
                option1_name="Cỡ",
                variants=[
                    VariantData(sku="Z-NHO", price=90_000, option1="Nhỏ"),
                    VariantData(sku="A-LON", price=120_000, option1="Lớn"),
                ],
            ),
        )
        row = search.fetch_rows(session, SearchQuery("gio"))[0]
    assert (row.sku, row.variant_count, row.price_from) == ("Z-NHO", 2, 90_000)
