"""``catalog edit|stock|photo|delete|show``: one-line edits for scripts, checked the way a
script reads them back (``show --json``), and seen by sync's change capture."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PIL import Image

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run(data_dir: Path, *argv: str, expect: int = 0) -> str:
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--data-dir", str(data_dir), *argv])
    assert code == expect, f"{argv} → {code}\n{out.getvalue()}\n{err.getvalue()}"
    return out.getvalue() + err.getvalue()


def show(data_dir: Path, sku: str) -> dict:
    return json.loads(run(data_dir, "catalog", "show", sku, "--json").strip().splitlines()[-1])


def pending(data_dir: Path) -> int:
    status = run(data_dir, "sync", "status", "--json").strip().splitlines()[-1]
    return json.loads(status)["pending_changes"]


@pytest.fixture
def shop(tmp_path) -> Path:
    data = tmp_path / "profile"
    csv = tmp_path / "shop.csv"
    csv.write_text(
        "Tên sản phẩm,SKU,Giá,Tồn kho\nGiỏ mây đan tay,GM-01,150000,4\nNón lá,NL-02,90000,2\n",
        encoding="utf-8",
    )
    run(data, "catalog", "import", str(csv))
    return data


def test_show_json_has_the_fields_scripts_read(shop):
    view = show(shop, "GM-01")
    assert {"sku", "name", "price", "stock", "photos", "showcase", "variants"} <= set(view)
    assert (view["sku"], view["name"], view["price"], view["stock"]) == (
        "GM-01", "Giỏ mây đan tay", 150000, 4
    )  # fmt: skip
    assert view["photos"] == [] and isinstance(view["showcase"], bool)
    assert [(v["sku"], v["price"], v["stock"]) for v in view["variants"]] == [("GM-01", 150000, 4)]


def test_edit_changes_only_what_was_given_and_is_captured_for_sync(shop):
    before = pending(shop)
    run(shop, "catalog", "edit", "GM-01", "--price", "175000", "--showcase", "yes")
    view = show(shop, "GM-01")
    assert view["price"] == 175000 and view["showcase"] is True
    assert view["name"] == "Giỏ mây đan tay"  # untouched
    assert pending(shop) > before

    run(shop, "catalog", "edit", "GM-01", "--name", "Giỏ mây cỡ lớn", "--description",
        "Mây rừng, đan tay", "--showcase", "no")  # fmt: skip
    view = show(shop, "GM-01")
    assert (view["name"], view["description"], view["showcase"]) == (
        "Giỏ mây cỡ lớn", "Mây rừng, đan tay", False
    )  # fmt: skip
    assert view["price"] == 175000
    assert show(shop, "NL-02")["price"] == 90000  # the other product is left alone


def test_stock_movements_add_up_and_may_go_negative(shop):
    run(shop, "catalog", "stock", "NL-02", "-1", "--reason", "sold")
    run(shop, "catalog", "stock", "NL-02", "5", "--reason", "received")
    run(shop, "catalog", "stock", "NL-02", "1", "--reason", "returned")
    assert show(shop, "NL-02")["stock"] == 7
    run(shop, "catalog", "stock", "NL-02", "-8", "--reason", "sold")
    view = show(shop, "NL-02")
    assert view["stock"] == -1 and view["negative_stock"] is True


def test_photos_are_listed_by_sha256_in_order(shop, tmp_path):
    hashes = []
    for name, color in (("a.jpg", (200, 30, 30)), ("b.jpg", (30, 200, 30))):
        path = tmp_path / name
        Image.new("RGB", (320, 240), color).save(path, "JPEG", quality=90)
        hashes.append(hashlib.sha256(path.read_bytes()).hexdigest())
    run(shop, "catalog", "photo", "GM-01", str(tmp_path / "a.jpg"), str(tmp_path / "b.jpg"))
    assert show(shop, "GM-01")["photos"] == hashes
    not_a_photo = tmp_path / "ghi-chu.jpg"
    not_a_photo.write_text("không phải ảnh", encoding="utf-8")
    run(shop, "catalog", "photo", "GM-01", str(not_a_photo), expect=2)
    assert show(shop, "GM-01")["photos"] == hashes


def test_delete_hides_the_product_and_unknown_sku_says_so(shop):
    run(shop, "catalog", "delete", "NL-02")
    message = run(shop, "catalog", "show", "NL-02", "--json", expect=2)
    assert "NL-02" in message and "SKU" in message
    assert show(shop, "GM-01")["name"] == "Giỏ mây đan tay"


def test_unknown_sku_exits_2_with_a_vietnamese_line(shop):
    for argv in (("edit", "KHONG-CO", "--price", "1"), ("stock", "KHONG-CO", "-1"),
                 ("delete", "KHONG-CO")):  # fmt: skip
        assert "KHONG-CO" in run(shop, "catalog", *argv, expect=2)
    done = subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(shop), "catalog", "show", "KHONG-CO"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "Không có sản phẩm nào mang mã SKU KHONG-CO" in done.stderr
    assert "Traceback" not in done.stderr
