"""The demo shop is what a trainer shows first: every product must pass Shopee's and TikTok's checks."""

from __future__ import annotations

import pytest

from app.catalog.demo import DEMO, load_demo
from app.catalog.io.snapshot import load_snapshot
from app.catalog.marketplace_rules import check_catalog
from app.store.engine import session_scope
from app.store.media import MediaStore


@pytest.mark.parametrize("platform", ["shopee", "tiktok"])
def test_every_demo_product_passes_the_marketplace_rules(database, paths, platform):
    with session_scope(database.sessions) as session:
        load_demo(session, MediaStore(paths))
    with session_scope(database.sessions) as session:
        snapshots = load_snapshot(session)
    assert len(snapshots) == len(DEMO)
    violations = check_catalog(snapshots, platform, photos_prepared=True)
    assert not violations, [v.render() for v in violations]


def test_demo_names_are_descriptive_vietnamese_names():
    for product in DEMO:
        assert len(product.name) >= 25, product.name  # TikTok Shop's minimum
        assert product.name == product.name.strip() and "  " not in product.name
