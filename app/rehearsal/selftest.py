"""``main.py --self-test`` hook: a plan from a demo product, a 2-second file-camera take
(real time, real H.264/AAC recording), its review."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.config import Paths

TAKE_SECONDS = 2.0


def run(paths: Paths) -> dict:
    from app.catalog.demo import DEMO, _variants
    from app.catalog.product_data import ProductData
    from app.catalog.products import save_product, taken_skus
    from app.rehearsal.live_take import LiveTake
    from app.rehearsal.plans import create_plan, load_plan
    from app.rehearsal.review import review_take
    from app.store.engine import session_scope
    from app.store.migrate import open_database
    from app.video.synth import make_clip

    began = time.perf_counter()
    db = open_database(paths)
    try:
        item = DEMO[0]
        sku = _variants(item)[0].sku
        with session_scope(db.sessions) as session:
            if sku.upper() not in taken_skus(session):  # the catalog self-test may have added it
                data = ProductData(
                    name=item.name,
                    description=item.description,
                    status="active",
                    option1_name=item.option1_name,
                    option2_name=item.option2_name,
                    variants=_variants(item),
                )
                save_product(session, data)
            plan_id = create_plan(session, "Tự kiểm tra", [sku], minutes_each=1)
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
