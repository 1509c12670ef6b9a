"""Categories can be renamed, merged and deleted; each change can be undone and redone;
search follows the category's name (it is part of every product's search text)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.catalog import search
from app.catalog.categories import (
    UNCATEGORIZED,
    category_overview,
    delete_category,
    merge_category,
    redo_change,
    rename_category,
    undo_change,
)
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import ensure_category, list_categories, save_product
from app.catalog.search import SearchQuery
from app.errors import UserFacingError
from app.store.engine import session_scope
from app.store.models import Category, Product


@pytest.fixture
def shop(database):
    with session_scope(database.sessions) as session:
        hats = ensure_category(session, "Nón")
        baskets = ensure_category(session, "Giỏ mây")
        nets = ensure_category(session, "Màn")
        ids = {}
        for name, category in (
            ("Nón lá bài thơ", hats),
            ("Nón quai thao", hats),
            ("Giỏ đan tay", baskets),
            ("Màn tuyn 1m6", nets),
        ):
            data = ProductData(name=name, category_id=category, variants=[VariantData(price=1000)])
            ids[name] = save_product(session, data)
    return database, {"hats": hats, "baskets": baskets, "nets": nets}, ids


def found(database, text: str, category_id: str | None = None) -> list[str]:
    with session_scope(database.sessions) as session:
        rows = search.fetch_rows(session, SearchQuery(text, category_id=category_id), limit=50)
        return sorted(row.name for row in rows)


def category_of(database, product_id: str) -> str | None:
    with session_scope(database.sessions) as session:
        product = session.get(Product, product_id)
        category = session.get(Category, product.category_id) if product.category_id else None
        return category.name if category else None


def test_overview_counts_live_products_per_category(shop):
    database, _, _ = shop
    with session_scope(database.sessions) as session:
        overview = {info.name: info.product_count for info in category_overview(session)}
    assert overview == {"Giỏ mây": 1, "Màn": 1, "Nón": 2}


def test_rename_changes_search_and_undo_restores_it(shop):
    database, cats, ids = shop
    assert found(database, "non la") == ["Nón lá bài thơ"]
    with session_scope(database.sessions) as session:
        change = rename_category(session, cats["hats"], "  Nón  lá ")
    assert change.new_name == "Nón lá"
    # the new category name is searchable: "non la" now also finds the other hat
    assert found(database, "non la") == ["Nón lá bài thơ", "Nón quai thao"]
    with session_scope(database.sessions) as session:
        undo_change(session, change)
    assert found(database, "non la") == ["Nón lá bài thơ"]
    assert category_of(database, ids["Nón quai thao"]) == "Nón"
    with session_scope(database.sessions) as session:
        redo_change(session, change)
    assert category_of(database, ids["Nón quai thao"]) == "Nón lá"


def test_rename_to_a_name_in_use_points_to_merge(shop):
    database, cats, _ = shop
    with session_scope(database.sessions) as session, pytest.raises(UserFacingError) as caught:
        rename_category(session, cats["hats"], "giỏ MÂY")
    assert "Giỏ mây" in str(caught.value) and "Gộp vào" in str(caught.value)
    with session_scope(database.sessions) as session, pytest.raises(UserFacingError):
        rename_category(session, cats["hats"], "   ")
    with session_scope(database.sessions) as session:  # a change of case alone is a rename
        rename_category(session, cats["hats"], "NÓN")
    assert category_of(database, shop[2]["Nón lá bài thơ"]) == "NÓN"


def test_merge_moves_products_deletes_source_and_undo_brings_it_back(shop):
    database, cats, ids = shop
    with session_scope(database.sessions) as session:
        change = merge_category(session, cats["baskets"], cats["hats"])
    assert category_of(database, ids["Giỏ đan tay"]) == "Nón"
    assert found(database, "", category_id=cats["hats"]) == [
        "Giỏ đan tay",
        "Nón lá bài thơ",
        "Nón quai thao",
    ]
    assert found(database, "gio may") == []  # the old category name is gone from search text
    with session_scope(database.sessions) as session:
        assert [name for _, name in list_categories(session)] == ["Màn", "Nón"]
        deleted = session.get(Category, cats["baskets"])
        assert deleted.deleted_at is not None  # a tombstone for sync, not a missing row
        undo_change(session, change)
    assert category_of(database, ids["Giỏ đan tay"]) == "Giỏ mây"
    assert found(database, "gio may") == ["Giỏ đan tay"]
    assert found(database, "", category_id=cats["hats"]) == ["Nón lá bài thơ", "Nón quai thao"]


def test_merge_into_itself_or_a_deleted_category_is_refused(shop):
    database, cats, _ = shop
    with session_scope(database.sessions) as session, pytest.raises(UserFacingError):
        merge_category(session, cats["hats"], cats["hats"])
    with session_scope(database.sessions) as session:
        delete_category(session, cats["nets"])
    with session_scope(database.sessions) as session, pytest.raises(UserFacingError) as caught:
        merge_category(session, cats["hats"], cats["nets"])
    assert "không còn" in str(caught.value)


def test_delete_moves_products_to_uncategorized_and_undo_restores(shop):
    database, cats, ids = shop
    with session_scope(database.sessions) as session:
        change = delete_category(session, cats["hats"])
    assert category_of(database, ids["Nón lá bài thơ"]) == UNCATEGORIZED
    assert category_of(database, ids["Nón quai thao"]) == UNCATEGORIZED
    assert found(database, "chua phan loai") == ["Nón lá bài thơ", "Nón quai thao"]
    with session_scope(database.sessions) as session:
        names = [name for _, name in list_categories(session)]
        assert names == ["Chưa phân loại", "Giỏ mây", "Màn"]
        undo_change(session, change)
        # the "Chưa phân loại" this delete created goes away again when it is empty
        assert [name for _, name in list_categories(session)] == ["Giỏ mây", "Màn", "Nón"]
    assert category_of(database, ids["Nón lá bài thơ"]) == "Nón"
    assert found(database, "chua phan loai") == []


def test_second_delete_reuses_uncategorized_and_it_cannot_be_deleted_while_full(shop):
    database, cats, _ = shop
    with session_scope(database.sessions) as session:
        delete_category(session, cats["hats"])
        delete_category(session, cats["nets"])
        uncategorized = [c for c in category_overview(session) if c.name == UNCATEGORIZED]
        assert len(uncategorized) == 1 and uncategorized[0].product_count == 3
    with session_scope(database.sessions) as session, pytest.raises(UserFacingError) as caught:
        delete_category(session, uncategorized[0].id)
    assert UNCATEGORIZED in str(caught.value)


def test_undo_leaves_a_product_moved_since_where_the_user_put_it(shop):
    database, cats, ids = shop
    with session_scope(database.sessions) as session:
        change = merge_category(session, cats["baskets"], cats["hats"])
        product = session.get(Product, ids["Giỏ đan tay"])
        product.category_id = cats["nets"]  # the seller moved it by hand afterwards
    with session_scope(database.sessions) as session:
        undo_change(session, change)
    assert category_of(database, ids["Giỏ đan tay"]) == "Màn"


def test_moves_bump_updated_at_so_sync_sends_them(shop):
    database, cats, ids = shop
    with session_scope(database.sessions) as session:
        before = session.get(Product, ids["Giỏ đan tay"]).updated_at
        merge_category(session, cats["baskets"], cats["hats"])
    with session_scope(database.sessions) as session:
        after = session.scalar(select(Product.updated_at).where(Product.id == ids["Giỏ đan tay"]))
    assert after > before
