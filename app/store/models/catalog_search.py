"""The FTS5 index over products' folded text, kept in step by triggers.

SQLite's tokenizer cannot fold ``đ``, so the index holds ``products.search_text``
(already folded in Python by ``app.text.fold``) and queries are folded the same
way. Triggers copy that column, so every writer (editor, import, sync) keeps the
index current. Alembic cannot describe virtual tables: the DDL lives here and in
revision 0002, and ``FTS_TABLES`` names every table the autogenerate comparison
must skip (the virtual table and the shadow tables FTS5 creates for it).

``products_order`` is a narrow (rowid, sort_key) copy of the live products, also
kept by triggers: sorting thousands of matches by name reads it instead of the
wide product rows.

The index is keyed by ``products.rowid``. Anything that may renumber rowids
(``VACUUM``, a batch migration that recreates ``products``) must be followed by
``REBUILD_PRODUCTS_FTS``.
"""

from __future__ import annotations

PRODUCTS_FTS = "products_fts"
PRODUCTS_ORDER = "products_order"
FTS_TABLES: tuple[str, ...] = (
    PRODUCTS_FTS,
    PRODUCTS_ORDER,
    *(f"{PRODUCTS_FTS}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")),
)

CREATE_PRODUCTS_FTS: tuple[str, ...] = tuple(
    statement.replace("{T}", PRODUCTS_FTS)
    for statement in (
        # External content keyed by products' rowid: a match is read from the doclists alone, and
        # joins back to products through the rowid b-tree. Only live (not deleted) rows are indexed.
        "CREATE VIRTUAL TABLE {T} USING fts5(search_text, content='products', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
        "CREATE TRIGGER {T}_ai AFTER INSERT ON products WHEN new.deleted_at IS NULL BEGIN "
        "INSERT INTO {T}(rowid, search_text) VALUES (new.rowid, new.search_text); END",
        "CREATE TRIGGER {T}_au AFTER UPDATE OF search_text, deleted_at ON products BEGIN "
        "INSERT INTO {T}({T}, rowid, search_text) "
        "SELECT 'delete', old.rowid, old.search_text WHERE old.deleted_at IS NULL; "
        "INSERT INTO {T}(rowid, search_text) "
        "SELECT new.rowid, new.search_text WHERE new.deleted_at IS NULL; END",
        "CREATE TRIGGER {T}_ad AFTER DELETE ON products WHEN old.deleted_at IS NULL BEGIN "
        "INSERT INTO {T}({T}, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END",
    )
)

CREATE_PRODUCTS_ORDER: tuple[str, ...] = (
    "CREATE TABLE products_order (rid INTEGER PRIMARY KEY, sort_key TEXT NOT NULL)",
    "CREATE TRIGGER products_order_ai AFTER INSERT ON products WHEN new.deleted_at IS NULL BEGIN INSERT INTO products_order(rid, sort_key) VALUES (new.rowid, new.sort_key); END",
    "CREATE TRIGGER products_order_au AFTER UPDATE OF sort_key, deleted_at ON products BEGIN DELETE FROM products_order WHERE rid = old.rowid; INSERT INTO products_order(rid, sort_key) SELECT new.rowid, new.sort_key WHERE new.deleted_at IS NULL; END",
    "CREATE TRIGGER products_order_ad AFTER DELETE ON products BEGIN DELETE FROM products_order WHERE rid = old.rowid; END",
)

DROP_PRODUCTS_ORDER: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS products_order_ai",
    "DROP TRIGGER IF EXISTS products_order_au",
    "DROP TRIGGER IF EXISTS products_order_ad",
    "DROP TABLE IF EXISTS products_order",
)

REBUILD_PRODUCTS_FTS: tuple[str, ...] = (
    f"INSERT INTO {PRODUCTS_FTS}({PRODUCTS_FTS}) VALUES ('delete-all')",
    f"INSERT INTO {PRODUCTS_FTS}(rowid, search_text) "
    "SELECT rowid, search_text FROM products WHERE deleted_at IS NULL",
    f"DELETE FROM {PRODUCTS_ORDER}",
    f"INSERT INTO {PRODUCTS_ORDER}(rid, sort_key) SELECT rowid, sort_key FROM products WHERE deleted_at IS NULL",
)

DROP_PRODUCTS_FTS: tuple[str, ...] = (
    f"DROP TRIGGER IF EXISTS {PRODUCTS_FTS}_ai",
    f"DROP TRIGGER IF EXISTS {PRODUCTS_FTS}_au",
    f"DROP TRIGGER IF EXISTS {PRODUCTS_FTS}_ad",
    f"DROP TABLE IF EXISTS {PRODUCTS_FTS}",
)
