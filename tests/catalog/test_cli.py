"""The catalog command line, run the way a trainer would: ``python main.py --data-dir ... catalog ...``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir), "catalog", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_demo_search_export_and_reimport(tmp_path):
    data = tmp_path / "profile"
    assert cli(data, "demo").returncode == 0
    found = cli(data, "search", "man tuyn", "--json")
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)
    assert rows and all({"sku", "name", "price"} <= set(row) for row in rows)
    assert any(row["name"].startswith("Màn tuyn") for row in rows)
    assert all(isinstance(row["price"], int) for row in rows)
    accented = json.loads(cli(data, "search", "Đèn", "--json").stdout)
    assert {row["name"] for row in accented} == {
        row["name"] for row in json.loads(cli(data, "search", "den", "--json").stdout)
    }

    sheet = tmp_path / "hang.xlsx"
    exported = cli(data, "export", "--format", "xlsx", "-o", str(sheet))
    assert exported.returncode == 0, exported.stderr
    assert len(list(load_workbook(sheet, read_only=True).active.iter_rows())) > 14

    again = cli(data, "import", str(sheet))
    assert again.returncode == 0, again.stderr
    assert "0 mới" in again.stdout  # everything matched by SKU

    shopee = cli(data, "export", "--format", "shopee", "-o", str(tmp_path / "shopee.xlsx"))
    assert shopee.returncode == 0, shopee.stderr

    # the demo shop passes TikTok's checks too (names ≥ 25 characters)
    tiktok = cli(data, "export", "--format", "tiktok", "-o", str(tmp_path / "tiktok.xlsx"))
    assert tiktok.returncode == 0 and (tmp_path / "tiktok.xlsx").exists(), tiktok.stderr


def test_bad_file_gives_one_clear_line_and_dry_run_writes_nothing(tmp_path):
    data = tmp_path / "profile"
    bad = tmp_path / "hang.csv"
    bad.write_text("Tên sản phẩm,Giá bán\nNón lá,abc\nGiỏ mây,90000\n", encoding="utf-8")
    dry = cli(data, "import", str(bad), "--dry-run")
    assert dry.returncode == 1
    assert "Dòng 2" in dry.stderr and "abc" in dry.stderr
    assert json.loads(cli(data, "search", "gio", "--json").stdout) == []

    refused = cli(data, "import", str(bad))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "chưa nhập gì" in refused.stderr

    missing = cli(data, "import", str(tmp_path / "khong-co.xlsx"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "khong-co.xlsx" in missing.stderr
