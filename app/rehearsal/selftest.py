"""``main.py --self-test`` hook: a plan from a demo product (or one of its own), a 2-second file-camera take
(real time, real H.264/AAC recording), its review."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.config import Paths

TAKE_SECONDS = 2.0
SKU = "SELFTEST-REHEARSAL"


def run(paths: Paths) -> dict:
    from sqlalchemy import select

    from app.catalog.product_data import ProductData, VariantData
    from app.catalog.products import save_product, taken_skus
    from app.rehearsal.live_take import LiveTake
    from app.rehearsal.plans import create_plan, load_plan
    from app.rehearsal.review import review_take
    from app.store.engine import session_scope
    from app.store.migrate import open_database
    from app.store.models import Variant
    from app.video.synth import make_clip

    began = time.perf_counter()
    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            # The demo shop's first product when the catalog self-test has loaded it.
            sku = session.scalars(
                select(Variant.sku).where(Variant.deleted_at.is_(None)).order_by(Variant.sku)
            ).first()
            if sku is None and SKU not in taken_skus(session):
                sku = SKU
                variants = [VariantData(sku=SKU, price=120_000, option1="1m6×2m")]
                data = ProductData(
                    name="Màn tuyn tự kiểm tra",
                    description="Sản phẩm mẫu của lần tự kiểm tra.",
                    status="active",
                    option1_name="Kích thước",
                    variants=variants,
                )
                save_product(session, data)
            plan_id = create_plan(session, "Tự kiểm tra", [sku or SKU], minutes_each=1)
        with session_scope(db.sessions) as session:
            plan = load_plan(session, plan_id)
        with tempfile.TemporaryDirectory(prefix="lns-rehearsal-") as folder:
            camera = make_clip(Path(folder) / "camera.mp4", duration=3.0, width=160, height=120)
            take = LiveTake(db, plan, camera_file=camera, pace_per_minute=60, at_end="stop")
            take.start()
            while take.now() < TAKE_SECONDS / 2:
                take.tick()
                time.sleep(0.02)
            take.next()
            while take.now() < TAKE_SECONDS:
                take.tick()
                time.sleep(0.02)
            saved = take.stop()
        review = review_take(db.sessions, paths, saved.id)
        product = review.products[0]
        if saved.recording is None or not saved.recording.is_file():
            raise RuntimeError("rehearsal self-test: no recording was stored")
        if abs(review.duration_s - TAKE_SECONDS) > 0.5 or product.seconds <= 0.5:
            raise RuntimeError(f"rehearsal self-test: unexpected review {review.to_json()}")
        if not product.speaking_share:
            raise RuntimeError("rehearsal self-test: the recording has no sound")
        return {
            "ok": True,
            "take_seconds": round(review.duration_s, 2),
            "product_seconds": round(product.seconds, 2),
            "seconds": round(time.perf_counter() - began, 2),
        }
    finally:
        db.close()
