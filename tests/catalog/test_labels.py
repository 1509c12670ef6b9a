"""Barcode labels: the PDF has the pages it should, and every label's bars scan back
(rasterized with QtPdf, decoded with zxing-cpp) as that product's code; bad input refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from barcode import EAN13

from app.catalog.barcodes import BadBarcode, ean13_is_valid
from app.catalog.label_paint import LabelTooSmall
from app.catalog.labels import (
    get_layout,
    label_items,
    layouts,
    page_count,
    parse_requests,
    write_labels_pdf,
)
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import save_product
from app.errors import UserFacingError
from app.store.engine import session_scope

MAIN = Path(__file__).resolve().parents[2] / "main.py"
GOOD_EAN = EAN13("893456789012").get_fullcode()  # a real check digit, from the library
BAD_EAN = GOOD_EAN[:-1] + str((int(GOOD_EAN[-1]) + 1) % 10)
RENDER_DPI = 300


@pytest.fixture
def shop(database, qapp):  # qapp first: a QApplication, not the CLI's bare QGuiApplication
    products = [
        ("Nón lá bài thơ Huế", "NON-1", 60_000, GOOD_EAN),
        ("Giỏ mây đan tay", "GIO-1", 95_000, ""),
        ("Màn tuyn chống muỗi", "MAN-1M6X2", 150_000, "SHOP-0042"),  # the shop's own code
        ("Đèn lồng tre", "DEN-1", 120_000, BAD_EAN),  # a typing slip in the check digit
    ]
    with session_scope(database.sessions) as session:
        for name, sku, price, code in products:
            save_product(
                session,
                ProductData(name=name, variants=[VariantData(sku=sku, price=price, barcode=code)]),
            )
    return database


def items_for(database, requests, mode="auto"):
    with session_scope(database.sessions) as session:
        return label_items(session, requests, mode)


def decode_pdf(path: Path, layout) -> list[list[tuple[str, str]]]:
    """Per page, per label cell: (format, text) of each code zxing finds in that cell."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    k = RENDER_DPI / 25.4
    pages = []
    for page in range(document.pageCount()):
        rendered = document.render(page, QSize(round(210 * k), round(297 * k)))
        paper = QImage(rendered.size(), QImage.Format.Format_RGB32)  # PDF pages render transparent
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        gray = paper.convertToFormat(QImage.Format.Format_Grayscale8)
        pixels = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), -1)
        cells = []
        for slot in range(layout.per_page):
            x, y = layout.cell(slot)
            crop = pixels[
                round(y * k) : round((y + layout.height) * k),
                round(x * k) : round((x + layout.width) * k),
            ]
            found = zxingcpp.read_barcodes(np.ascontiguousarray(crop))
            cells.append([(result.format.name, result.text) for result in found])
        pages.append(cells)
    document.close()
    return pages


def test_labels_decode_back_as_each_products_code(shop, tmp_path):
    layout = get_layout("a4-65")
    requests = [("NON-1", 3), ("GIO-1", 60), ("MAN-1M6X2", 2), ("DEN-1", 1)]
    items, notes = items_for(shop, requests)
    assert len(items) == 66
    target = tmp_path / "tem.pdf"
    assert write_labels_pdf(items, layout, target) == 2 == page_count(66, layout)
    pages = decode_pdf(target, layout)
    assert len(pages) == 2
    expected = (
        [("EAN13", GOOD_EAN)] * 3
        + [("Code128", "GIO-1")] * 60
        + [("Code128", "SHOP-0042")] * 2
        + [("Code128", "DEN-1")]  # wrong EAN check digit: the SKU instead, with a note
    )
    decoded = [cell for page in pages for cell in page][: len(expected)]
    assert [cell[0] if len(cell) == 1 else cell for cell in decoded] == expected
    assert all(cell == [] for cell in pages[1][1:])  # 66 labels: one on the second sheet
    assert [n.render() for n in notes] == [
        f"\u201cĐèn lồng tre\u201d: mã vạch {BAD_EAN} sai số kiểm tra (chữ số cuối) của EAN-13; "
        "tem in mã Code 128 của SKU DEN-1. Hãy sửa mã vạch nếu muốn in EAN-13."
    ]


@pytest.mark.parametrize("name", ["a4-24", "a4-21", "a4-40"])
def test_other_sheets_scan_too_and_skip_leaves_used_labels_empty(shop, tmp_path, name):
    layout = get_layout(name)
    items, _ = items_for(shop, [("NON-1", 1), ("MAN-1M6X2", 1)])
    target = tmp_path / f"{name}.pdf"
    assert write_labels_pdf(items, layout, target, skip=2) == 1
    cells = decode_pdf(target, layout)[0]
    assert cells[:4] == [[], [], [("EAN13", GOOD_EAN)], [("Code128", "SHOP-0042")]]
    assert all(cell == [] for cell in cells[4:])


def test_code128_mode_prints_skus_and_ean13_mode_refuses_by_name(shop, tmp_path):
    items, _ = items_for(shop, [("NON-1", 1), ("DEN-1", 1)], mode="code128")
    assert [item.code.text for item in items] == ["NON-1", "DEN-1"]
    with pytest.raises(BadBarcode) as caught:
        items_for(shop, [("NON-1", 1), ("DEN-1", 1), ("GIO-1", 1)], mode="ean13")
    assert "Đèn lồng tre" in str(caught.value) and BAD_EAN in str(caught.value)
    assert "Giỏ mây đan tay" in caught.value.detail  # every refused product is listed
    assert not ean13_is_valid(BAD_EAN) and ean13_is_valid(GOOD_EAN)


def test_unknown_sku_layout_and_counts_are_named(shop):
    with pytest.raises(UserFacingError) as caught:
        items_for(shop, [("NON-1", 1), ("KHONG-CO", 2)])
    assert "KHONG-CO" in str(caught.value)
    with pytest.raises(UserFacingError) as caught:
        items_for(shop, [("NON-1", 0)])
    assert "NON-1" in str(caught.value)
    with pytest.raises(UserFacingError) as caught:
        get_layout("a4-99")
    message = str(caught.value)
    assert "a4-99" in message and all(name in message for name in layouts())
    assert "38,1×21,2" in message


def test_count_suffix_and_skus_that_end_like_one(shop):
    with session_scope(shop.sessions) as session:
        assert parse_requests(session, ["NON-1x3", "GIO-1", "MAN-1M6X2", "MAN-1M6X2x4"]) == [
            ("NON-1", 3),
            ("GIO-1", 1),
            ("MAN-1M6X2", 1),  # a real SKU ending in X2 is not "MAN-1M6, two labels"
            ("MAN-1M6X2", 4),
        ]


def test_a_failed_write_leaves_the_old_file_and_no_parts(shop, tmp_path, monkeypatch):
    layout = get_layout("a4-65")
    items, _ = items_for(shop, [("NON-1", 2)])
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "tem.pdf"
    target.write_bytes(b"the user's earlier labels")

    def broken(*_args, **_kwargs):
        raise RuntimeError("painting failed half-way")

    monkeypatch.setattr("app.catalog.labels.paint_page", broken)
    with pytest.raises(RuntimeError):
        write_labels_pdf(items, layout, target)
    assert target.read_bytes() == b"the user's earlier labels"
    assert sorted(p.name for p in folder.iterdir()) == ["tem.pdf"]


def test_a_code_too_long_for_small_labels_is_refused_by_name(shop, tmp_path):
    with session_scope(shop.sessions) as session:
        save_product(
            session,
            ProductData(
                name="Bộ khay khảm trai",
                variants=[VariantData(sku="KHAY-KHAM-TRAI-CO-LON-MAU-NAU-DAM", price=1)],
            ),
        )
    items, _ = items_for(shop, [("KHAY-KHAM-TRAI-CO-LON-MAU-NAU-DAM", 1)])
    with pytest.raises(LabelTooSmall) as caught:
        write_labels_pdf(items, get_layout("a4-65"), tmp_path / "x.pdf")
    assert "Bộ khay khảm trai" in str(caught.value)
    assert not (tmp_path / "x.pdf").exists()
    assert write_labels_pdf(items, get_layout("a4-24"), tmp_path / "x.pdf") == 1  # wider labels


def test_command_line(shop, tmp_path):
    def cli(*args):
        return subprocess.run(
            [sys.executable, str(MAIN), "--data-dir", str(shop.paths.data_dir), "catalog", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    shop.close()
    out = tmp_path / "tem.pdf"
    made = cli("labels", "NON-1x2", "DEN-1", "-o", str(out), "--layout", "a4-24")
    assert made.returncode == 0, made.stderr
    assert "3 tem" in made.stdout and "1 trang" in made.stdout
    assert "DEN-1" in made.stderr  # the check-digit note
    assert [cell for cell in decode_pdf(out, get_layout("a4-24"))[0] if cell] == [
        [("EAN13", GOOD_EAN)],
        [("EAN13", GOOD_EAN)],
        [("Code128", "DEN-1")],
    ]
    bad = cli("labels", "NON-1", "-o", str(tmp_path / "b.pdf"), "--layout", "a4-99")
    assert bad.returncode == 2 and "a4-65" in bad.stderr and not (tmp_path / "b.pdf").exists()
    refused = cli("labels", "DEN-1", "-o", str(tmp_path / "c.pdf"), "--code", "ean13")
    assert refused.returncode == 2 and "Đèn lồng tre" in refused.stderr


def test_a_long_name_keeps_its_options_in_view(qapp):
    from PySide6.QtGui import QFontMetricsF

    from app.catalog.label_paint import _font, fit_lines

    metrics = QFontMetricsF(_font(30))
    name = "Màn tuyn chống muỗi cao cấp · 1m2×2m · Trắng"
    one = fit_lines(name, metrics, 400, 1)
    assert len(one) == 1 and one[0].startswith("Màn") and one[0].endswith("Trắng") and "…" in one[0]
    assert metrics.horizontalAdvance(one[0]) <= 400
    two = fit_lines(name, metrics, 400, 2)
    assert " ".join(two) == name  # two lines hold it whole
