"""Spreadsheet import: encodings, headers, per-row problems, all-or-nothing, re-import by SKU."""

from __future__ import annotations

import unicodedata

import pytest
from openpyxl import Workbook

from app.catalog import search
from app.catalog.io.columns import guess_mapping
from app.catalog.io.importer import apply_import, preview_import
from app.catalog.io.tables import read_table
from app.catalog.products import load_product, product_count
from app.catalog.stock import on_hand
from app.errors import UserFacingError
from app.progress import Cancelled, CancelToken
from app.store.engine import session_scope

VI_ROWS = [
    ["Tên sản phẩm", "Mã SKU", "Giá bán", "Tồn kho", "Kích thước", "Danh mục"],
    ["Màn tuyn chống muỗi", "MT-16", "150.000", "12", "1m6", "Màn"],
    ["Màn tuyn chống muỗi", "MT-18", "170k", "8", "1m8", "Màn"],
    ["Nón lá Huế", "NL-01", "1,5tr", "3", "", "Nón"],
]


TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_form(text: str) -> str:
    """How Windows-1258 spells Vietnamese: ê, ơ, ă... precomposed, tone marks combining."""
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in decomposed if m in TONE_MARKS)
        shape = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONE_MARKS))
        out.append(shape + tones)
    return "".join(out)


def write_csv(path, rows, encoding, newline="\r\n"):
    text = newline.join(",".join(row) for row in rows) + newline
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def preview(database, path):
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    with session_scope(database.sessions) as session:
        return preview_import(session, table, mapping)


def import_file(database, path, **kwargs):
    return apply_import(database.sessions, preview(database, path), **kwargs)


def found(database, query):
    with session_scope(database.sessions) as session:
        return [
            (row.name, row.price_from)
            for row in search.fetch_rows(session, search.SearchQuery(query))
        ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1258"])
def test_csv_in_each_vietnamese_encoding_imports_the_same(database, tmp_path, encoding):
    rows = [["Tên sản phẩm", "Giá bán"], ["Đèn lồng tre", "120000"], ["Giỏ mây đan", "95.000"]]
    if encoding == "cp1258":  # Windows-1258 carries tone marks as combining characters
        rows = [[cp1258_form(cell) for cell in row] for row in rows]
        assert "\u0300" in rows[1][0]  # the grave of "Đèn" really is a separate mark
    path = write_csv(tmp_path / "hang.csv", rows, encoding)
    table = read_table(path)
    assert table.headers == ["Tên sản phẩm", "Giá bán"]
    assert table.rows[0][0] == "Đèn lồng tre"  # NFC, whatever the file carried
    result = import_file(database, path)
    assert result.created == 2
    assert found(database, "den") == [("Đèn lồng tre", 120_000)]


def test_xlsx_with_vietnamese_headers_groups_variants_and_sets_stock(database, tmp_path):
    path = write_xlsx(tmp_path / "hang.xlsx", VI_ROWS)
    prev = preview(database, path)
    assert not prev.issues and prev.to_create == 2
    import_file(database, path)
    assert found(database, "man tuyn") == [("Màn tuyn chống muỗi", 150_000)]
    assert found(database, "non") == [("Nón lá Huế", 1_500_000)]
    with session_scope(database.sessions) as session:
        product = search.fetch_rows(session, search.SearchQuery("man tuyn"))[0]
        data = load_product(session, product.id)
        assert [v.sku for v in data.variants] == ["MT-16", "MT-18"]
        assert on_hand(session, [v.id for v in data.variants]) == {
            data.variants[0].id: 12,
            data.variants[1].id: 8,
        }


def test_english_headers_are_recognised(database, tmp_path):
    path = write_csv(
        tmp_path / "en.csv",
        [["Product Name", "SKU", "Price", "Stock"], ["Rattan basket", "RB-1", "85000", "4"]],
        "utf-8",
    )
    assert import_file(database, path).created == 1
    assert found(database, "rattan") == [("Rattan basket", 85_000)]


def test_missing_required_column_is_refused_by_name(database, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Tên sản phẩm", "Mô tả"], ["Nón lá", "đẹp"]], "utf-8")
    with pytest.raises(UserFacingError) as caught:
        preview(database, path)
    assert "Giá bán" in str(caught.value)


def test_bad_prices_and_duplicate_skus_are_listed_per_row(database, tmp_path):
    rows = [
        ["Tên sản phẩm", "SKU", "Giá"],
        ["Nón lá", "NL-1", "abc"],
        ["Nón lá xanh", "NL-2", "-5000"],
        ["Giỏ mây", "GM-1", "90000"],
        ["Giỏ mây to", "GM-1", "120000"],
        ["", "X-1", "5000"],
    ]
    prev = preview(database, write_csv(tmp_path / "bad.csv", rows, "utf-8"))
    by_row = {issue.row: issue.message.render() for issue in prev.issues}
    assert set(by_row) == {2, 3, 5, 6}
    assert "abc" in by_row[2] and "-5000" in by_row[3]
    assert "trùng với dòng 4" in by_row[5]
    assert "thiếu tên" in by_row[6]


def test_all_or_nothing_writes_nothing_when_a_row_is_bad(database, tmp_path):
    rows = [["Tên sản phẩm", "Giá"], ["Nón lá", "50000"], ["Giỏ mây", "giá liên hệ"]]
    path = write_csv(tmp_path / "mixed.csv", rows, "utf-8")
    with pytest.raises(UserFacingError):
        import_file(database, path)
    with session_scope(database.sessions) as session:
        assert product_count(session) == 0
    result = import_file(database, path, skip_bad_rows=True)
    assert result.created == 1 and result.skipped_rows == [3]


def test_reimport_updates_by_sku_instead_of_duplicating(database, tmp_path):
    path = write_xlsx(tmp_path / "hang.xlsx", VI_ROWS)
    import_file(database, path)
    changed = [row[:] for row in VI_ROWS]
    changed[1][2] = "155000"
    changed[1][3] = "20"
    second = import_file(database, write_xlsx(tmp_path / "hang2.xlsx", changed))
    assert second.created == 0 and second.updated == 2
    with session_scope(database.sessions) as session:
        assert product_count(session) == 2
        product = search.fetch_rows(session, search.SearchQuery("man tuyn"))[0]
        data = load_product(session, product.id)
        assert data.variants[0].price == 155_000
        assert on_hand(session, [data.variants[0].id])[data.variants[0].id] == 20


def test_cancel_leaves_the_catalog_untouched(database, tmp_path):
    rows = [["Tên sản phẩm", "Giá"]] + [[f"Sản phẩm {n}", "1000"] for n in range(120)]
    prev = preview(database, write_csv(tmp_path / "many.csv", rows, "utf-8"))
    token = CancelToken()
    seen = []

    def progress(fraction, _text):
        seen.append(fraction)
        if fraction > 0.3:
            token.cancel()

    with pytest.raises(Cancelled):
        apply_import(database.sessions, prev, progress=progress, cancel=token)
    with session_scope(database.sessions) as session:
        assert product_count(session) == 0


@pytest.mark.parametrize("content", [b"PK\x03\x04 half a zip", b"", b"\x00\x01\x02"])
def test_broken_spreadsheet_gives_a_clear_message(tmp_path, content):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserFacingError) as caught:
        read_table(path)
    assert "hong.xlsx" in str(caught.value)


def test_two_products_with_the_same_name_survive_export_and_reimport(database, tmp_path):
    from app.catalog.io.exporter import export_catalog
    from app.catalog.io.snapshot import load_snapshot
    from app.catalog.product_data import ProductData, VariantData
    from app.catalog.products import save_product

    with session_scope(database.sessions) as session:
        for sku in ("NL-A", "NL-B"):
            save_product(
                session, ProductData(name="Nón lá", variants=[VariantData(sku=sku, price=50_000)])
            )
        snapshots = load_snapshot(session)
    path = export_catalog(snapshots, tmp_path / "all.csv")
    result = import_file(database, path)
    assert (result.created, result.updated) == (0, 2)
    with session_scope(database.sessions) as session:
        assert product_count(session) == 2
