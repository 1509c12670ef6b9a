"""Catalog benchmark at commune-showcase size: 100 000 generated products.

    python tests/bench/bench_catalog.py [--products 100000] [--import-rows 10000]

Measured side by side with a reference in the same run:

* search, first page of 50 rows for 1–3 word type-ahead queries — FTS5 over the folded
  column vs the obvious SQL without an index: ``search_text LIKE '%word%'`` for each
  word (the same folded column, same filters, same ORDER BY and LIMIT, same results);
* catalog room open until the first rows are painted (offscreen) — the lazy model vs a
  QStringListModel holding every product's name (what a non-lazy list does);
* rows read from the database while paging through the list (lazy model) vs the
  catalog size (what a non-lazy list reads);
* process RSS with the room open vs the same process before the room was created;
* importing 10 000 ``.xlsx`` rows (read, check, write in one transaction) vs openpyxl
  only reading the same file in read-only mode.

Writes a Markdown table to stdout and tests/bench/results/catalog.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from app.catalog import search  # noqa: E402
from app.catalog.sorting import sort_key  # noqa: E402
from app.config import Paths  # noqa: E402
from app.store.engine import session_scope  # noqa: E402
from app.store.migrate import open_database  # noqa: E402
from app.store.models.catalog_common import new_id  # noqa: E402
from app.text import fold  # noqa: E402

RESULTS = ROOT / "tests" / "bench" / "results" / "catalog.md"
KINDS = [
    "Màn tuyn",
    "Màn khung",
    "Giỏ mây",
    "Làn mây",
    "Nón lá",
    "Hộp khảm trai",
    "Tranh khảm trai",
    "Đèn lồng",
    "Đèn mây",
    "Khay tre",
    "Chiếu cói",
    "Túi cói",
    "Bình gốm",
    "Khăn lụa",
    "Đũa tre",
    "Thảm đay",
]
QUALITIES = [
    "chống muỗi",
    "đan tay",
    "bài thơ",
    "cao cấp",
    "xuất khẩu",
    "Hội An",
    "Bát Tràng",
    "cổ điển",
    "mini",
    "trang trí",
    "quà tặng",
    "gia đình",
    "không khoan",
    "tự bung",
    "có nắp",
    "sơn mài",
]
COLOURS = ["trắng", "xanh dương", "hồng", "đỏ", "vàng", "nâu", "đen", "tím", "xanh lá", "be"]
QUERIES = [
    "den",
    "man",
    "gio may",
    "non la",
    "man tuyn",
    "chong muoi",
    "kham trai",
    "Đèn lồng",
    "tre",
    "gio may dan",
    "non la bai",
    "man tuyn xanh",
    "hop kham trai",
    "chieu coi",
    "binh gom bat",
    "túi cói",
    "qua tang",
    "den may tran",
    "khay tre",
    "lua",
]


def generate(paths: Paths, count: int, seed: int = 7) -> float:
    started = time.perf_counter()
    db = open_database(paths)
    rng = random.Random(seed)
    now = datetime.now(UTC).isoformat(sep=" ")
    products, variants, moves = [], [], []
    for n in range(count):
        name = f"{rng.choice(KINDS)} {rng.choice(QUALITIES)} {rng.choice(COLOURS)} mẫu {n}"
        product_id, price = new_id(), rng.randrange(20, 2000) * 1000
        skus = [f"SP{n:06d}-{k}" for k in range(3 if n % 10 == 0 else 1)]
        products.append(
            (
                product_id,
                name,
                "",
                "active",
                "",
                "cái",
                0,
                "",
                "",
                price,
                fold(f"{name} {' '.join(skus)}"),
                sort_key(name),
                now,
                now,
            )
        )
        for position, sku in enumerate(skus):
            variant_id = new_id()
            variants.append(
                (
                    variant_id,
                    product_id,
                    sku,
                    price + position * 10_000,
                    "",
                    "",
                    "",
                    position,
                    now,
                    now,
                )
            )
            if rng.random() < 0.5:
                moves.append(
                    (new_id(), variant_id, "received", rng.randrange(0, 40), "", now, now, now)
                )
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.executemany(
            "INSERT INTO products (id, name, description, status, tags, unit, show_in_showcase, option1_name, "
            "option2_name, price_from, search_text, sort_key, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            products,
        )
        cursor.executemany(
            "INSERT INTO variants (id, product_id, sku, price, barcode, option1, option2, position, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            variants,
        )
        cursor.executemany(
            "INSERT INTO stock_movements (id, variant_id, kind, quantity, note, happened_at, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?)",
            moves,
        )
        raw.commit()
        cursor.execute("ANALYZE")
    finally:
        raw.close()
    db.close()
    return time.perf_counter() - started


def like_reference(session, query_text: str, limit: int = 50) -> list[str]:
    from sqlalchemy import text

    words = search._WORD.findall(fold(query_text))
    where = " AND ".join(f"search_text LIKE :w{i}" for i in range(len(words))) or "1"
    params = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
    sql = f"SELECT id FROM products WHERE deleted_at IS NULL AND {where} ORDER BY sort_key, rowid LIMIT :limit"
    ids = [row[0] for row in session.execute(text(sql), {**params, "limit": limit})]
    return [row.id for row in search.rows_for(session, ids)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_search(paths: Paths, rounds: int) -> dict:
    db = open_database(paths)
    fts, ref, fts_cpu, ref_cpu, mismatches = [], [], [], [], 0
    with session_scope(db.sessions) as session:
        for q in QUERIES:  # warm the page cache for both, then measure
            search.fetch_rows(session, search.SearchQuery(q), limit=50)
            like_reference(session, q)
        for _ in range(rounds):
            for q in QUERIES:
                started, cpu = time.perf_counter(), time.process_time()
                got = [r.id for r in search.fetch_rows(session, search.SearchQuery(q), limit=50)]
                fts.append((time.perf_counter() - started) * 1000)
                fts_cpu.append((time.process_time() - cpu) * 1000)
                started, cpu = time.perf_counter(), time.process_time()
                expected = like_reference(session, q)
                ref.append((time.perf_counter() - started) * 1000)
                ref_cpu.append((time.process_time() - cpu) * 1000)
                mismatches += got != expected
    db.close()
    return {
        "fts": fts,
        "ref": ref,
        "fts_cpu": fts_cpu,
        "ref_cpu": ref_cpu,
        "mismatches": mismatches,
        "slowest": sorted(
            ((q, statistics.median(fts[i :: len(QUERIES)])) for i, q in enumerate(QUERIES)),
            key=lambda item: -item[1],
        )[:4],
    }


def bench_room(paths: Paths) -> dict:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QTableView

    from app.settings import Settings
    from app.ui.catalog.room import CatalogRoom
    from app.ui.context import AppContext
    from app.ui.workers.task_runner import TaskRunner

    app = QApplication.instance() or QApplication([])
    process = psutil.Process()
    db = open_database(paths)
    tasks = TaskRunner()
    context = AppContext(db, Settings(), tasks)
    app.processEvents()
    rss_before = process.memory_info().rss

    started = time.perf_counter()
    room = CatalogRoom(context)
    room.resize(1280, 720)
    room.show()
    while room.model.rowCount() == 0:
        app.processEvents()
    room.table.viewport().repaint()
    app.processEvents()
    open_ms = (time.perf_counter() - started) * 1000
    first_fetch = room.model.rows_fetched
    visible = room.table.rowAt(room.table.viewport().height() - 1) + 1 or room.model.rowCount()
    pages = 40
    for _ in range(pages):  # a seller paging down through the list
        bar = room.table.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
    rows_after_paging = room.model.rows_fetched
    shown_after_paging = room.table.rowAt(room.table.viewport().height() - 1) + 1
    rss_open = process.memory_info().rss
    total = room.model.total
    tasks.wait_idle()
    room.close()
    room.deleteLater()
    app.processEvents()

    # Reference: a non-lazy list, every product's name in a QStandardItemModel.
    started = time.perf_counter()
    with session_scope(db.sessions) as session:
        from sqlalchemy import text

        names = [
            row[0]
            for row in session.execute(
                text("SELECT name FROM products WHERE deleted_at IS NULL ORDER BY sort_key")
            )
        ]
    # (100 000 QStandardItem.setItem calls crash PySide6 6.12 on Python 3.11: a refcount bug)
    model = QStringListModel(names)
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 720)
    view.show()
    view.viewport().repaint()
    app.processEvents()
    reference_ms = (time.perf_counter() - started) * 1000
    rss_reference = process.memory_info().rss
    view.close()
    tasks.shutdown()
    db.close()
    return {
        "open_ms": open_ms,
        "reference_ms": reference_ms,
        "first_fetch": first_fetch,
        "visible": visible,
        "pages": pages,
        "rows_after_paging": rows_after_paging,
        "shown_after_paging": shown_after_paging,
        "total": total,
        "rss_before": rss_before,
        "rss_open": rss_open,
        "rss_reference": rss_reference,
    }


def bench_import(folder: Path, rows: int) -> dict:
    from openpyxl import Workbook, load_workbook

    from app.catalog.io.columns import guess_mapping
    from app.catalog.io.importer import apply_import, preview_import
    from app.catalog.io.tables import read_table

    path = folder / "import.xlsx"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(
        ["Tên sản phẩm", "Mã SKU", "Giá bán", "Tồn kho", "Kích thước", "Danh mục", "Mô tả"]
    )
    sizes = ["1m2×2m", "1m6×2m", "1m8×2m", "2m2×2m"]
    for n in range(rows):
        sheet.append(
            [
                f"Màn tuyn chống muỗi mẫu {n // 4}",
                f"MT-{n:06d}",
                150_000 + n,
                10 + n % 7,
                sizes[n % 4],
                "Màn tuyn",
                "Màn tuyn sợi mịn, giặt máy được.",
            ]
        )
    workbook.save(path)

    started = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    read_rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    reference_s = time.perf_counter() - started

    db = open_database(Paths(folder / "import-profile"))
    progress_calls = []
    started = time.perf_counter()
    table = read_table(path)
    with session_scope(db.sessions) as session:
        preview = preview_import(session, table, guess_mapping(table.headers))
    result = apply_import(db.sessions, preview, progress=lambda f, _t: progress_calls.append(f))
    import_s = time.perf_counter() - started
    db.close()
    return {
        "rows": rows,
        "read_rows": read_rows - 1,
        "import_s": import_s,
        "reference_s": reference_s,
        "created": result.created,
        "issues": len(preview.issues),
        "progress_calls": len(progress_calls),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-catalog-") as folder:
        paths = Paths(Path(folder) / "profile").ensure()
        generated_s = generate(paths, args.products)
        searched = bench_search(paths, args.rounds)
        room = bench_room(paths)
        imported = bench_import(Path(folder), args.import_rows)
    report = render(args, generated_s, searched, room, imported)
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    return 0


def render(args, generated_s, searched, room, imported) -> str:
    fts, ref = searched["fts"], searched["ref"]
    fts_cpu, ref_cpu = searched["fts_cpu"], searched["ref_cpu"]
    mb = 1024 * 1024
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    cores = os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        "# Catalog benchmark",
        "",
        f"`python tests/bench/bench_catalog.py` — {stamp}, {args.products:,} generated products "
        f"(generated in {generated_s:.1f} s), {cores} CPU cores shared with other work (load average "
        f"{load:.1f} at the end).",
        "",
        "## Search: first page (50 rows with SKU, stock, photo) for 1–3 word queries",
        "",
        f"{len(QUERIES)} queries × {args.rounds} rounds, page cache warm. Reference: the same folded column "
        "searched with `LIKE '%word%'` per word (no index), same filters, order and limit; "
        f"results differed in {searched['mismatches']} of {len(fts)} runs. Wall time suffers when other "
        "processes hold the cores; CPU time of this process is shown too.",
        "",
        "| Measure | FTS5 (app) | LIKE scan (reference) | Reference / app |",
        "|---|---:|---:|---:|",
        f"| p50 (ms) | {statistics.median(fts):.1f} | {statistics.median(ref):.1f} | "
        f"{statistics.median(ref) / statistics.median(fts):.1f}× |",
        f"| p95 (ms) | {percentile(fts, 0.95):.1f} | {percentile(ref, 0.95):.1f} | "
        f"{percentile(ref, 0.95) / percentile(fts, 0.95):.1f}× |",
        f"| max (ms) | {max(fts):.1f} | {max(ref):.1f} | |",
        f"| p50 CPU time of this process (ms) | {statistics.median(fts_cpu):.1f} | "
        f"{statistics.median(ref_cpu):.1f} | {statistics.median(ref_cpu) / max(0.1, statistics.median(fts_cpu)):.1f}× |",
        f"| p95 CPU time of this process (ms) | {percentile(fts_cpu, 0.95):.1f} | "
        f"{percentile(ref_cpu, 0.95):.1f} | {percentile(ref_cpu, 0.95) / max(0.1, percentile(fts_cpu, 0.95)):.1f}× |",
        "",
        "Slowest queries (median wall ms): "
        + ", ".join(f"`{q}` {ms:.1f}" for q, ms in searched["slowest"])
        + ".",
        "",
        "## Catalog room (offscreen)",
        "",
        "Reference: a non-lazy list — every product's name loaded into a QStringListModel shown in a QTableView.",
        "",
        "| Measure | Catalog room (lazy model) | Reference (all rows) | Reference / room |",
        "|---|---:|---:|---:|",
        f"| Open until first rows painted (ms) | {room['open_ms']:.0f} | {room['reference_ms']:.0f} | "
        f"{room['reference_ms'] / room['open_ms']:.1f}× |",
        f"| Rows read on open | {room['first_fetch']} (≈{room['visible']} visible) | {room['total']:,} | |",
        f"| Rows read after {room['pages']} page-downs | {room['rows_after_paging']} "
        f"(last visible row {room['shown_after_paging']}) | {room['total']:,} | |",
        f"| Process RSS (MB) | {room['rss_open'] / mb:.0f} (before the room: {room['rss_before'] / mb:.0f}) | "
        f"{room['rss_reference'] / mb:.0f} | |",
        "",
        f"## Import of {imported['rows']:,} `.xlsx` rows",
        "",
        "Reference: openpyxl only reading the same file (read-only mode), no checks and no writes.",
        "",
        "| Measure | Import (read + check + write, one transaction) | openpyxl read only | Import / reference |",
        "|---|---:|---:|---:|",
        f"| Time (s) | {imported['import_s']:.1f} | {imported['reference_s']:.1f} | "
        f"{imported['import_s'] / imported['reference_s']:.1f}× |",
        f"| Products created | {imported['created']:,} ({imported['issues']} row problems) | "
        f"{imported['read_rows']:,} rows read | |",
        f"| Progress reports | {imported['progress_calls']} | — | |",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
