"""``main.py --self-test`` hook: an edit is captured into the outbox in its own transaction and
a rolled-back edit leaves nothing (no network; the profile is left as it was)."""

from __future__ import annotations

import time

from app.config import Paths


def run(paths: Paths) -> dict:
    from sqlalchemy import func, select

    from app.catalog.product_data import ProductData, VariantData
    from app.catalog.products import save_product
    from app.store.migrate import open_database
    from app.store.models import SyncOutbox
    from app.sync.declarations import declarations

    began = time.perf_counter()
    db = open_database(paths)
    try:
        session = db.sessions()
        try:
            count = lambda: session.scalar(select(func.count()).select_from(SyncOutbox))  # noqa: E731
            before = count()
            with session.begin_nested():
                save_product(
                    session,
                    ProductData(
                        name="Tự kiểm tra đồng bộ", variants=[VariantData(sku="SELFTEST-SYNC-1")]
                    ),
                )
            captured = count() - before
            if captured <= 0:
                raise RuntimeError("an edit was saved without its change record")
            nested = session.begin_nested()
            save_product(
                session, ProductData(name="Huỷ", variants=[VariantData(sku="SELFTEST-SYNC-2")])
            )
            nested.rollback()
            if count() != before + captured:
                raise RuntimeError("a rolled-back edit left change records")
        finally:
            session.rollback()  # leave the profile as it was
            session.close()
    finally:
        db.close()
    return {"captured": captured, "tables": len(declarations().by_local),
            "seconds": round(time.perf_counter() - began, 3)}  # fmt: skip
