"""Marketplace rules come from JSON, every violation is listed by product, layouts follow the JSON."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.catalog.io.marketplace_export import RulesViolated, export_marketplace
from app.catalog.io.snapshot import load_snapshot
from app.catalog.marketplace_rules import check_catalog, load_platform, platforms
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import save_product
from app.store.engine import session_scope
from app.store.models import MediaLink


@pytest.fixture
def catalog(database):
    with session_scope(database.sessions) as session:
        good = save_product(
            session,
            ProductData(
                name="Màn tuyn chống muỗi cao cấp loại tốt",
                weight_g=800,
                status="active",
                variants=[VariantData(sku="MT-1", price=150_000)],
            ),
        )
        bad = save_product(
            session,
            ProductData(
                name="Nón lá",
                status="active",
                option1_name="Quai",
                variants=[
                    VariantData(sku="N" * 55, price=200_000_000, option1="Đỏ"),
                    VariantData(sku="NL-2", price=0, option1="Xanh"),
                ],
            ),
        )
        for product_id in (good, bad):
            session.add(
                MediaLink(
                    product_id=product_id,
                    sha256="a" * 64,
                    file_name="anh.jpg",
                    size_bytes=3 * 1024 * 1024,
                    width=1200,
                    height=1200,
                    is_main=True,
                )
            )
        session.add(
            MediaLink(
                product_id=bad,
                kind="video",
                sha256="b" * 64,
                file_name="clip.mp4",
                size_bytes=40 * 1024 * 1024,
                duration_ms=75_000,
            )
        )
    with session_scope(database.sessions) as session:
        return load_snapshot(session), good, bad


def test_both_platforms_ship_as_data():
    assert {"shopee", "tiktok"} <= set(platforms())
    assert load_platform("tiktok")["rules"]["name_length"] == {"min": 25, "max": 255}


def test_tiktok_violations_are_listed_per_product(catalog):
    snapshots, _good, bad = catalog
    violations = check_catalog(snapshots, "tiktok")
    assert {v.product_id for v in violations} == {bad}
    texts = [v.render() for v in violations]
    assert all(text.startswith("Nón lá: ") for text in texts)
    joined = "\n".join(texts)
    assert "cần ít nhất 25" in joined  # name 6 chars
    assert "dài hơn 50" in joined  # SKU length
    assert "cao hơn mức tối đa 180.000.000 ₫" in joined
    assert "thấp hơn mức tối thiểu 1 ₫" in joined
    assert "cân nặng" in joined
    assert "75 giây" in joined and "40 MB" in joined


def test_shopee_photo_limit_is_two_megabytes(catalog):
    snapshots, good, _ = catalog
    messages = [v.render() for v in check_catalog(snapshots, "shopee") if v.product_id == good]
    assert any("3.0 MB" in m and "tối đa 2 MB" in m for m in messages)
    prepared = [
        v for v in check_catalog(snapshots, "shopee", photos_prepared=True) if v.product_id == good
    ]
    assert prepared == []


def test_export_refuses_while_rules_are_broken_and_can_skip_those_products(catalog, tmp_path):
    snapshots, _good, bad = catalog
    out = tmp_path / "tiktok.xlsx"
    with pytest.raises(RulesViolated) as caught:
        export_marketplace(snapshots, "tiktok", out)
    assert not out.exists() and {v.product_id for v in caught.value.violations} == {bad}
    result = export_marketplace(snapshots, "tiktok", out, skip_invalid=True)
    assert result.written_products == 1
    sheet = load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = [column["header"] for column in load_platform("tiktok")["columns"]]
    assert list(rows[0]) == headers
    record = dict(zip(headers, rows[1], strict=True))
    assert record["Product Name"] == "Màn tuyn chống muỗi cao cấp loại tốt"
    assert record["Seller SKU"] == "MT-1" and record["Retail Price (Local Currency)"] == 150_000
    assert record["Package Weight(kg)"] == 0.8 and record["Main Product Image"] == "anh.jpg"


def test_each_broken_rule_is_listed_once_per_product(database):
    with session_scope(database.sessions) as session:
        product = save_product(
            session,
            ProductData(
                name="Nón lá",
                status="active",
                variants=[VariantData(sku="NL-1", price=90_000)],
            ),
        )
        for _ in range(2):  # the same small photo twice under one name, as phones name them
            session.add(
                MediaLink(
                    product_id=product,
                    sha256="c" * 64,
                    file_name="IMG_0001.jpg",
                    size_bytes=10_000,
                    width=200,
                    height=200,
                )
            )
    with session_scope(database.sessions) as session:
        snapshots = load_snapshot(session)
    for platform in ("shopee", "tiktok"):
        texts = [v.render() for v in check_catalog(snapshots, platform)]
        assert len(texts) == len(set(texts)), texts
    tiktok = [v.render() for v in check_catalog(snapshots, "tiktok")]
    assert sum("IMG_0001.jpg" in t and "nhỏ quá" in t for t in tiktok) == 1, tiktok


def test_a_product_without_photos_is_told_once(database):
    with session_scope(database.sessions) as session:
        save_product(
            session,
            ProductData(name="Giỏ mây", variants=[VariantData(sku="GM-1", price=90_000)]),
        )
    with session_scope(database.sessions) as session:
        snapshots = load_snapshot(session)
    for platform in ("shopee", "tiktok"):
        texts = [v.render() for v in check_catalog(snapshots, platform)]
        assert sum("cần ít nhất 1 ảnh" in t for t in texts) == 1, texts
