"""SIGKILL ``python main.py sync now`` at random moments, 50 times, on the PC pushing a big
outbox and on the PC pulling it: after every kill the database passes ``PRAGMA
integrity_check``, and after a full sync every PC holds exactly what a PC that never crashed
pulls (no product, price or stock movement lost or counted twice)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PASSWORD = "mat-khau-rat-dai"
ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


def _snapshot(data_dir: Path) -> dict:
    """What a user checks: every SKU's product name, price, deletion and stock on hand."""
    with sqlite3.connect(data_dir / "studio.sqlite3") as conn:
        rows = conn.execute(
            "SELECT v.sku, p.name, v.price, p.deleted_at IS NOT NULL, "
            "(SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m "
            " WHERE m.variant_id = v.id AND m.deleted_at IS NULL) "
            "FROM variants v JOIN products p ON p.id = v.product_id ORDER BY v.sku"
        ).fetchall()
    return {sku: rest for sku, *rest in rows}


def _integrity(data_dir: Path) -> str:
    with sqlite3.connect(data_dir / "studio.sqlite3") as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _import(profile, tmp_path, start: int, count: int) -> None:
    lines = ["Tên sản phẩm,SKU,Giá,Tồn kho"]
    lines += [f"Khăn lụa Vạn Phúc {i},KL-{i:05d},{80_000 + i},{i % 9}" for i in range(start, start + count)]  # fmt: skip
    csv = tmp_path / f"batch-{start}.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    profile.run("catalog", "import", str(csv))


def _kill_sync_after(data_dir: Path, delay_s: float) -> int | None:
    """Start a real ``sync now`` and SIGKILL it after ``delay_s`` (None: it finished first)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "sync", "now", "--json"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        return process.wait(timeout=delay_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return None


@pytest.mark.slow
def test_sigkill_while_syncing_never_corrupts_or_doubles(
    sync_hub, make_profile, shop_login, tmp_path
):
    rng = random.Random(int(os.environ.get("CRASH_SEED", "11")))
    a, b = make_profile("pc-a"), make_profile("pc-b")
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Lụa Vạn Phúc",
          "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=PASSWORD + "\n")  # fmt: skip
    imported, killed = 0, 0
    for round_ in range(KILLS):
        if round_ % 10 == 0:  # keep A's outbox big: more products, some edits and sales
            _import(a, tmp_path, imported, 120)
            imported += 120
            a.run("catalog", "edit", f"KL-{rng.randrange(imported):05d}", "--price", str(round_))
            a.run("catalog", "stock", f"KL-{rng.randrange(imported):05d}", "-1", "--reason", "sold")
        profile = a if round_ % 2 == 0 else b
        if _kill_sync_after(profile.data_dir, rng.uniform(0.3, 2.5)) is None:
            killed += 1
        assert _integrity(profile.data_dir) == "ok", f"after kill {round_}"
    assert killed >= KILLS // 2  # most runs really were cut mid-way

    for profile in (a, b, a, b):
        profile.sync()
    assert a.json("sync", "status", "--json")["pending_changes"] == 0
    fresh = make_profile("pc-never-crashed")
    fresh.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
              stdin=PASSWORD + "\n")  # fmt: skip
    fresh.sync()
    truth = _snapshot(a.data_dir)
    assert len(truth) == imported
    assert _snapshot(b.data_dir) == truth
    assert _snapshot(fresh.data_dir) == truth
    for profile in (a, b, fresh):
        assert _integrity(profile.data_dir) == "ok"
