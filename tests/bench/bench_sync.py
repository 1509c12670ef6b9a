"""Sync client benchmark on loopback with the SQLite hub (a real ``main.py hub`` process).

    python tests/bench/bench_sync.py [--products 5000] [--photos 200] [--photo-kb 300]

1. First sync of a shop of N products to a new PC, against importing the same rows from a
   spreadsheet on the first PC (same run): goal ≤ 20 s and ≤ 3× the import.
2. One edit on PC A visible on PC B after ``sync now`` on A then B: goal ≤ 1 s.
3. Photos uploaded through the client (``transfer_media``: one ``has``, then photos up to
   eight to a request, ``PUT …/blobs/upload?blobs=H:S,…``, a few requests in flight) against ``curl -T`` of THE SAME FILES to the
   same hub (one process, one connection), in rotating order over ``--rounds`` rounds, each
   to a fresh shop: goal ≥ 80 % of plain curl's throughput (medians). The rounds are
   ``bench_sync_media.photo_rounds``, so both benchmarks measure one thing the same way.
Wall and CPU time (this process; curl's from its rusage; the hub's from psutil) and
``uptime`` are printed and written to tests/bench/results/sync.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


from app.config import Paths  # noqa: E402
from app.store.engine import session_scope  # noqa: E402
from app.store.migrate import open_database  # noqa: E402
from app.sync import account  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402

RESULTS = ROOT / "tests" / "bench" / "results" / "sync.md"
PASSWORD = "bench-password-1"


def _hub_helpers():
    spec = importlib.util.spec_from_file_location(
        "hub_helpers_bench", ROOT / "tests" / "hub" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["hub_helpers_bench"] = module
    spec.loader.exec_module(module)
    return module


class Timer:
    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def _sheet(path: Path, products: int) -> None:
    lines = ["Tên sản phẩm,SKU,Giá,Tồn kho,Mô tả"]
    for i in range(products):
        lines.append(
            f"Giỏ mây đan tay số {i},GM-{i:05d},{100000 + i},{i % 50},Mây rừng đan tay ở làng nghề Phú Vinh số {i}"
        )
    path.write_text("\n".join(lines), encoding="utf-8")


def _import(db, sheet: Path) -> None:
    from app.catalog.io.columns import guess_mapping
    from app.catalog.io.importer import apply_import, preview_import
    from app.catalog.io.tables import read_table

    table = read_table(sheet)
    with session_scope(db.sessions) as session:
        preview = preview_import(session, table, guess_mapping(table.headers))
    apply_import(db.sessions, preview)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--photo-kb", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3, help="photo upload rounds")
    args = parser.parse_args()
    helpers = _hub_helpers()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    hub, cleanup = helpers.start_hub(tmp, "sqlite")
    rows = []
    try:
        a = open_database(Paths(tmp / "pc-a").ensure())
        sheet = tmp / "shop.csv"
        _sheet(sheet, args.products)
        with Timer() as importing:
            _import(a, sheet)
        account.sign_up(a, hub.base_url, "bench-shop", PASSWORD, "Bench", "PC A")
        with Timer() as pushing:
            first_push = SyncEngine(a).sync_once()
        b = open_database(Paths(tmp / "pc-b").ensure())
        account.sign_in(b, hub.base_url, "bench-shop", PASSWORD, "PC B")
        with Timer() as first_sync:
            report = SyncEngine(b).sync_once()
        ratio = first_sync.wall / importing.wall
        rows.append(
            (
                f"Import {args.products} products from a spreadsheet (PC A, capture on)",
                importing,
                "",
            )
        )
        rows.append((f"Push them to the hub ({first_push.pushed} changes)", pushing, ""))
        rows.append((f"First sync to a new PC ({report.pulled} changes)", first_sync,
                     f"{ratio:.2f}× import; goal ≤ 20 s and ≤ 3× — {'ok' if first_sync.wall <= 20 and ratio <= 3 else 'MISSED'}"))  # fmt: skip

        from app.catalog.products import load_product, save_product
        from app.sync.catalog_cli import _variant

        with Timer() as one_edit:
            with session_scope(a.sessions) as session:
                variant = _variant(session, "GM-00042")
                data = load_product(session, variant.product_id)
                data.name = "Giỏ mây đã sửa"
                save_product(session, data)
            SyncEngine(a).sync_once()
            got = SyncEngine(b).sync_once()
        assert got.pulled >= 1
        rows.append(("One edit A → B (edit, sync now on A, sync now on B)", one_edit,
                     f"goal ≤ 1 s — {'ok' if one_edit.wall <= 1 else 'MISSED'}"))  # fmt: skip

        # Photos: the client against curl on the same files, same hub, same rounds.
        import psutil

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import bench_sync_media as media

        photos = media.make_photos(tmp / "photos", args.photos, args.photo_kb)
        megabytes = sum(p.stat().st_size for p in photos) / 1e6
        load_before = media.uptime()
        runs = media.photo_rounds(hub.base_url, tmp, photos, psutil.Process(hub.process.pid),
                                  args.rounds)  # fmt: skip
        photo_lines, share = media.photo_table(runs, megabytes)
        load_after = media.uptime()
        for who in media.SENDERS:
            timer = Timer()
            timer.wall = media.median_of(runs, who, "wall")
            timer.cpu = media.median_of(runs, who, "cpu")
            if who == "client":
                note = (f"{megabytes / timer.wall:.1f} MB/s = {share:.0%} of curl plain; "
                        f"goal ≥ 80 % — {'ok' if share >= 0.8 else 'MISSED'}")  # fmt: skip
            else:
                note = f"{megabytes / timer.wall:.1f} MB/s"
            rows.append((f"{args.photos} photos, {megabytes:.1f} MB: {who}", timer, note))
        a.close()
        b.close()
    finally:
        cleanup()
    lines = ["# Sync client benchmark", "",
             f"`python tests/bench/bench_sync.py --products {args.products} --photos {args.photos} "
             f"--photo-kb {args.photo_kb} --rounds {args.rounds}` — SQLite hub on loopback, "
             f"{os.cpu_count()} CPUs", "",
             "| What | Wall | CPU (the sender's process) | Result |", "|---|---:|---:|---|"]  # fmt: skip
    for what, timer, note in rows:
        lines.append(f"| {what} | {timer.wall:.2f} s | {timer.cpu:.2f} s | {note} |")
    lines += ["", "Photo rounds in detail (medians; hub CPU from the hub process; "
              "curl plain leaves the bytes unfinished on the hub, curl + size makes the "
              "client's requests one after another):", "", *photo_lines, "",
              f"`uptime` before the photo rounds: {load_before}  ",
              f"`uptime` after: {load_after}"]  # fmt: skip
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
