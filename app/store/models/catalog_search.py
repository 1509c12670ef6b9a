"""The FTS5 index over products' folded text, kept in step by triggers.

SQLite's tokenizer cannot fold ``đ``, so the index holds ``products.search_text``
(already folded in Python by ``app.text.fold``) and queries are folded the same
way. Triggers copy that column, so every writer (editor, import, sync) keeps the
index current. Alembic cannot describe virtual tables: the DDL lives here and in
revision 0002, and ``FTS_TABLES`` names every table the autogenerate comparison
must skip (the virtual table and the shadow tables FTS5 creates for it).
"""

from __future__ import annotations

PRODUCTS_FTS = "products_fts"
FTS_TABLES: tuple[str, ...] = (
    PRODUCTS_FTS,
    *(f"{PRODUCTS_FTS}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")),
)

CREATE_PRODUCTS_FTS: tuple[str, ...] = (
    # prefix='1 2 3': type-ahead queries ("d", "de", "den") read a ready prefix index
    f"CREATE VIRTUAL TABLE {PRODUCTS_FTS} USING fts5("
    "product_id UNINDEXED, search_text, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    f"CREATE TRIGGER {PRODUCTS_FTS}_ai AFTER INSERT ON products BEGIN "
    f"INSERT INTO {PRODUCTS_FTS}(product_id, search_text) "
    "SELECT new.id, new.search_text WHERE new.deleted_at IS NULL; END",
    f"CREATE TRIGGER {PRODUCTS_FTS}_au AFTER UPDATE OF search_text, deleted_at ON products BEGIN "
    f"DELETE FROM {PRODUCTS_FTS} WHERE product_id = old.id; "
    f"INSERT INTO {PRODUCTS_FTS}(product_id, search_text) "
    "SELECT new.id, new.search_text WHERE new.deleted_at IS NULL; END",
    f"CREATE TRIGGER {PRODUCTS_FTS}_ad AFTER DELETE ON products BEGIN "
    f"DELETE FROM {PRODUCTS_FTS} WHERE product_id = old.id; END",
)

DROP_PRODUCTS_FTS: tuple[str, ...] = (
    f"DROP TRIGGER IF EXISTS {PRODUCTS_FTS}_ai",
    f"DROP TRIGGER IF EXISTS {PRODUCTS_FTS}_au",
    f"DROP TRIGGER IF EXISTS {PRODUCTS_FTS}_ad",
    f"DROP TABLE IF EXISTS {PRODUCTS_FTS}",
)
