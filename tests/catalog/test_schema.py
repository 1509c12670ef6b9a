"""Revision 0002 builds the catalog tables and the FTS index; the index follows every write."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from app.catalog import search
from app.catalog.indexing import rebuild_search_index
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import delete_product, save_product
from app.store.engine import session_scope
from app.store.migrate import alembic_config
from app.store.models import FTS_TABLES


def hits(database, typed):
    with session_scope(database.sessions) as session:
        return search.count(session, search.SearchQuery(typed))


def test_fts_table_is_named_for_the_autogenerate_check(database):
    tables = set(inspect(database.engine).get_table_names())
    assert {"products", "variants", "categories", "media_links", "stock_movements"} <= tables
    assert "products_fts" in FTS_TABLES
    assert {name for name in tables if name.startswith("products_")} <= set(FTS_TABLES)
    assert {"products_fts", "products_order"} <= set(FTS_TABLES)


def test_index_follows_insert_rename_delete_and_raw_sql_writes(database):
    with session_scope(database.sessions) as session:
        product_id = save_product(
            session, ProductData(name="Đèn lồng", variants=[VariantData(price=1)])
        )
    assert hits(database, "den") == 1
    with session_scope(database.sessions) as session:  # a writer that only sets columns (sync)
        session.execute(
            text("UPDATE products SET search_text = 'gio may' WHERE id = :i"), {"i": product_id}
        )
    assert (hits(database, "den"), hits(database, "gio")) == (0, 1)
    with session_scope(database.sessions) as session:
        delete_product(session, product_id)
    assert hits(database, "gio") == 0
    with session_scope(database.sessions) as session:
        session.execute(
            text("UPDATE products SET deleted_at = NULL WHERE id = :i"), {"i": product_id}
        )
    assert hits(database, "gio") == 1
    with session_scope(database.sessions) as session:
        rebuild_search_index(session)
        order = session.execute(text("SELECT COUNT(*) FROM products_order")).scalar()
    assert hits(database, "gio") == 1 and order == 1
    with session_scope(database.sessions) as session:
        session.execute(text("DELETE FROM variants"))
        session.execute(text("DELETE FROM products"))
        assert session.execute(text("SELECT COUNT(*) FROM products_order")).scalar() == 0


def test_downgrade_and_upgrade_again(database):
    config = alembic_config(database.paths.db_url)
    command.downgrade(config, "0001")
    assert "products_fts" not in inspect(database.engine).get_table_names()
    command.upgrade(config, "head")
    assert "products_fts" in inspect(database.engine).get_table_names()
