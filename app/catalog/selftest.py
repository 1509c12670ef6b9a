"""Catalog part of ``main.py --self-test``: migrate, load the demo shop, search it."""

from __future__ import annotations

from app.config import Paths


def run(paths: Paths) -> dict:
    from app.catalog import search
    from app.catalog.demo import load_demo
    from app.catalog.products import product_count
    from app.store.engine import session_scope
    from app.store.media import MediaStore
    from app.store.migrate import open_database

    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            added = load_demo(session, MediaStore(paths))
        with session_scope(db.sessions) as session:
            hits = search.fetch_rows(session, search.SearchQuery("man tuyn"), limit=20)
            products = product_count(session)
        if not hits:
            raise RuntimeError("search for 'man tuyn' found nothing in the demo shop")
        from app.catalog.barcodes import code_for  # python-barcode made it into the bundle

        label_code, _note = code_for(hits[0].name, hits[0].sku, "", "auto")
        return {
            "products": products,
            "demo_added": added,
            "search_man_tuyn": len(hits),
            "label_code_modules": len(label_code.modules),
        }
    finally:
        db.close()
