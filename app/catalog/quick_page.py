"""The catalog's first page read with the standard ``sqlite3`` module, before SQLAlchemy loads.

At start-up, importing SQLAlchemy (and checking migrations) takes most of a
second on an old PC. An up-to-date profile can show its first rows sooner: this
reads them read-only (``mode=ro``, so nothing is created, locked for writing or
migrated) with the same query and order as the list's first page
(``app.catalog.search.fetch_rows`` with the default ``SearchQuery``). Anything
unexpected — no file, an older or newer schema, a damaged file — returns None
and the normal path (backup, migrate, open) runs as before; a test checks the
rows equal what the lazy list shows once the database is open.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.catalog.list_rows import ProductRow
from app.store.backup import read_only_uri
from app.store.revisions import quick_revisions

log = logging.getLogger(__name__)

# The default list order (search.SORTS["name"], ascending) over live products.
_FIRST_IDS = (
    "SELECT p.id FROM products p WHERE p.deleted_at IS NULL "
    "ORDER BY p.sort_key ASC, p.rowid ASC LIMIT ?"
)
_COUNT = "SELECT COUNT(*) FROM products p WHERE p.deleted_at IS NULL"
# The same three reads as search.rows_for, with '?' marks.
_BASE = "SELECT id, name, status, price_from, updated_at FROM products WHERE id IN ({marks})"
_VARIANTS = (
    "SELECT v.product_id, MIN(printf('%08d', v.position) || v.sku) AS sku, COUNT(*) AS n, "
    "COALESCE(SUM((SELECT SUM(quantity) FROM stock_movements s "
    "  WHERE s.variant_id = v.id AND s.deleted_at IS NULL)), 0) AS on_hand "
    "FROM variants v WHERE v.deleted_at IS NULL AND v.product_id IN ({marks}) "
    "GROUP BY v.product_id"
)
_PHOTOS = (
    "SELECT product_id, sha256 FROM media_links WHERE deleted_at IS NULL AND kind = 'photo' "
    "AND variant_id IS NULL AND product_id IN ({marks}) ORDER BY is_main ASC, position DESC"
)


@dataclass(frozen=True)
class QuickPage:
    rows: list[ProductRow]
    total: int  # live products: the list's count for the default query


def read_first_page(db_path: Path, limit: int) -> QuickPage | None:
    """The first ``limit`` rows of the default list, or None when the quick read can't be trusted."""
    try:
        if not db_path.is_file() or db_path.stat().st_size == 0:
            return None
        head, _known = quick_revisions()
        connection = sqlite3.connect(read_only_uri(db_path), uri=True)
        try:
            return _read(connection, head, limit)
        finally:
            connection.close()
    except Exception:
        log.debug("quick first page skipped", exc_info=True)
        return None


def _read(connection: sqlite3.Connection, head: str, limit: int) -> QuickPage | None:
    version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if version != [(head,)]:
        return None  # older (to be migrated) or newer (to be refused): not ours to read
    total = int(connection.execute(_COUNT).fetchone()[0])
    ids = [row[0] for row in connection.execute(_FIRST_IDS, (limit,))]
    return QuickPage(_rows_for(connection, ids), total)


def _rows_for(connection: sqlite3.Connection, ids: list[str]) -> list[ProductRow]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    base = {row[0]: row for row in connection.execute(_BASE.format(marks=marks), ids)}
    per_product = {row[0]: row for row in connection.execute(_VARIANTS.format(marks=marks), ids)}
    # last write wins: the main photo (ordered last)
    main_photo = dict(connection.execute(_PHOTOS.format(marks=marks), ids).fetchall())
    rows: list[ProductRow] = []
    for product_id in ids:
        row = base.get(product_id)
        if row is None:
            continue
        extra = per_product.get(product_id)
        rows.append(
            ProductRow(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                extra[1][8:] if extra else "",  # the first variant's SKU (position-prefixed)
                extra[2] if extra else 0,
                int(extra[3]) if extra else 0,
                main_photo.get(product_id),
            )
        )
    return rows
