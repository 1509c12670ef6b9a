"""Type-ahead product search the way Vietnamese sellers type: no accents, any case, prefixes.

The query is folded exactly like ``products.search_text`` (``app.text.fold``), cut
into words, and each word becomes an FTS5 prefix term: ``man tuyn`` →
``"man"* "tuyn"*``, which finds ``Màn tuyn``; ``den`` finds ``Đèn``. Results
come a page at a time for the lazy list in the UI.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.catalog.list_rows import ProductRow, SearchQuery  # re-exported: the types live there
from app.catalog.stock import LOW_STOCK
from app.store.models.catalog_search import PRODUCTS_FTS, PRODUCTS_ORDER
from app.text import fold

_WORD = re.compile(r"[^\W_]+")
BROAD_MATCHES = 20_000  # above this many matches, walk the name index instead of sorting them
BROAD_WORD_LENGTH = (
    3  # only a query with a shorter word can match that much: skip counting otherwise
)
SORTS = {
    "name": "p.sort_key {dir}, p.rowid {dir}",  # rowid breaks ties, as the name index does
    "price": "p.price_from IS NULL, p.price_from {dir}, p.sort_key",
    "updated": "p.updated_at {dir}, p.id",
}


def match_expression(query_text: str) -> str:
    """FTS5 MATCH text: every folded word as a quoted prefix term (quotes make it injection-safe)."""
    words = _WORD.findall(fold(query_text))
    return " ".join(f'"{word}"*' for word in words)


def _where(query: SearchQuery) -> tuple[str, str, dict]:
    """(FROM clause, WHERE clause, parameters) for a query."""
    params: dict = {}
    source = "products p"
    conditions = ["p.deleted_at IS NULL"]
    expression = match_expression(query.text)
    if expression:
        # FTS first, then join by rowid: reads doclists only, never the FTS content
        source = (
            f"(SELECT rowid AS r FROM {PRODUCTS_FTS} WHERE {PRODUCTS_FTS} MATCH :match) f "
            "JOIN products p ON p.rowid = f.r"
        )
        params["match"] = expression
    if query.category_id:
        conditions.append("p.category_id = :category_id")
        params["category_id"] = query.category_id
    if query.status:
        conditions.append("p.status = :status")
        params["status"] = query.status
    if query.low_stock:
        conditions.append(
            "p.id IN (SELECT v.product_id FROM variants v LEFT JOIN "
            "(SELECT variant_id, SUM(quantity) AS q FROM stock_movements "
            " WHERE deleted_at IS NULL GROUP BY variant_id) s ON s.variant_id = v.id "
            "WHERE v.deleted_at IS NULL AND COALESCE(s.q, 0) <= :low)"
        )
        params["low"] = LOW_STOCK
    return source, " AND ".join(conditions), params


def count(session: Session, query: SearchQuery) -> int:
    expression = match_expression(query.text)
    if expression and not (query.category_id or query.status or query.low_stock):
        return _fts_count(session, expression)  # the index holds live rows only: exact, no join
    source, where, params = _where(query)
    return int(
        session.execute(text(f"SELECT COUNT(*) FROM {source} WHERE {where}"), params).scalar() or 0
    )


def _fts_count(session: Session, expression: str) -> int:
    sql = f"SELECT COUNT(*) FROM {PRODUCTS_FTS} WHERE {PRODUCTS_FTS} MATCH :match"
    return int(session.execute(text(sql), {"match": expression}).scalar() or 0)


def search_ids(session: Session, query: SearchQuery, limit: int = 50, offset: int = 0) -> list[str]:
    source, where, params = _where(query)
    direction = "DESC" if query.descending else "ASC"
    order = SORTS.get(query.sort, SORTS["name"]).format(dir=direction)
    sql = f"SELECT p.id FROM {source} WHERE {where} ORDER BY {order} LIMIT :limit OFFSET :offset"
    expression = params.get("match")
    if expression and query.sort == "name":
        matches = f"SELECT rowid FROM {PRODUCTS_FTS} WHERE {PRODUCTS_FTS} MATCH :match"
        filtered = bool(query.category_id or query.status or query.low_stock)
        short = any(len(word) < BROAD_WORD_LENGTH for word in _WORD.findall(fold(query.text)))
        if short and _fts_count(session, expression) > BROAD_MATCHES:
            # A broad prefix ("d", "man") matches a large share of the catalog: walking the
            # name index and keeping rows the index matched finds a page after a few hundred
            # entries, instead of sorting every match. (The FTS index holds live rows only.)
            conditions = where.replace("p.deleted_at IS NULL", "1")
            sql = (
                f"SELECT p.id FROM products p INDEXED BY ix_products_sort_key WHERE p.rowid IN ({matches}) "
                f"AND {conditions} ORDER BY p.sort_key {direction}, p.rowid {direction} "
                "LIMIT :limit OFFSET :offset"
            )
        elif not filtered:
            # Sort the matches on the narrow (rowid, sort_key) table, then read just one page of products.
            sql = (
                f"SELECT p.id FROM (SELECT o.rid, o.sort_key FROM ({matches}) f "
                f"JOIN {PRODUCTS_ORDER} o ON o.rid = f.rowid "
                f"ORDER BY o.sort_key {direction}, o.rid {direction} LIMIT :limit OFFSET :offset) page "
                f"JOIN products p ON p.rowid = page.rid ORDER BY page.sort_key {direction}, page.rid {direction}"
            )
    return [
        row[0] for row in session.execute(text(sql), {**params, "limit": limit, "offset": offset})
    ]


def fetch_rows(
    session: Session, query: SearchQuery, limit: int = 50, offset: int = 0
) -> list[ProductRow]:
    """One page of list rows, with first SKU, variant count, on-hand and main photo."""
    ids = search_ids(session, query, limit, offset)
    return rows_for(session, ids)


def rows_for(session: Session, ids: list[str]) -> list[ProductRow]:
    if not ids:
        return []
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": value for n, value in enumerate(ids)}
    base = {
        row.id: row
        for row in session.execute(
            text(
                f"SELECT id, name, status, price_from, updated_at FROM products WHERE id IN ({marks})"
            ),
            params,
        )
    }
    variants = session.execute(
        text(
            "SELECT v.product_id, MIN(printf('%08d', v.position) || v.sku) AS sku, COUNT(*) AS n, "
            "COALESCE(SUM((SELECT SUM(quantity) FROM stock_movements s "
            "  WHERE s.variant_id = v.id AND s.deleted_at IS NULL)), 0) AS on_hand "
            f"FROM variants v WHERE v.deleted_at IS NULL AND v.product_id IN ({marks}) "
            "GROUP BY v.product_id"
        ),
        params,
    )
    per_product = {row.product_id: row for row in variants}
    photos = session.execute(
        text(
            "SELECT product_id, sha256 FROM media_links WHERE deleted_at IS NULL AND kind = 'photo' "
            f"AND variant_id IS NULL AND product_id IN ({marks}) ORDER BY is_main ASC, position DESC"
        ),
        params,
    )
    main_photo = {product_id: sha for product_id, sha in photos}  # last write wins: the main one
    rows: list[ProductRow] = []
    for product_id in ids:
        row = base.get(product_id)
        if row is None:
            continue
        extra = per_product.get(product_id)
        rows.append(
            ProductRow(
                row.id,
                row.name,
                row.status,
                row.price_from,
                row.updated_at,
                extra.sku[8:] if extra else "",  # the first variant's SKU (position-prefixed above)
                extra.n if extra else 0,
                int(extra.on_hand) if extra else 0,
                main_photo.get(product_id),
            )
        )
    return rows
