"""Sync client benchmark on loopback with the SQLite hub (a real ``main.py hub`` process).

    python tests/bench/bench_sync.py [--products 5000] [--photos 200] [--photo-kb 300]

1. First sync of a shop of N products to a new PC, against importing the same rows from a
   spreadsheet on the first PC (same run): goal ≤ 20 s and ≤ 3× the import.
2. One edit on PC A visible on PC B after ``sync now`` on A then B: goal ≤ 1 s.
3. Photos uploaded through the client (has → upload status → chunk → complete, one blob at a
   time) against ``curl`` PUTting the same bytes to the same chunk endpoint (one process,
   one connection): goal ≥ 80 % of curl's throughput.
Wall and CPU time (this process; curl's from its rusage) and the load average are printed
and written to tests/bench/results/sync.md.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

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

        # Photos: the client's path against curl on the same endpoint.
        from app.store.media import MediaStore

        store = MediaStore(a.paths)
        size = args.photo_kb * 1024
        ours = [store.put_bytes(os.urandom(size)).sha256 for _ in range(args.photos)]
        theirs_dir = tmp / "curl"
        theirs_dir.mkdir()
        theirs = []
        for _ in range(args.photos):
            data = os.urandom(size)
            sha = hashlib.sha256(data).hexdigest()
            (theirs_dir / sha).write_bytes(data)
            theirs.append(sha)
        engine = SyncEngine(a)
        from app.store.models import MediaLink, Product

        with session_scope(a.sessions) as session:  # the photos belong to a product, as in the app
            product_id = session.scalars(select(Product.id).limit(1)).first()
            session.add_all(
                MediaLink(product_id=product_id, sha256=sha, size_bytes=size) for sha in ours
            )
        from app.sync.media_transfer import transfer_media

        with engine.client() as client, Timer() as upload:
            sent, _ = transfer_media(a, client)
        assert sent == len(ours)
        from app.sync.engine import connection_of

        settings = connection_of(a)
        command = ["curl", "-s", "-o", "/dev/null", "-H", f"Authorization: Bearer {settings.token}",
                   "-H", "Content-Type: application/octet-stream"]  # fmt: skip
        for sha in theirs:
            command += [
                "-T",
                str(theirs_dir / sha),
                f"{hub.base_url}/v1/shops/{settings.shop_id}/blobs/{sha}/upload?offset=0",
            ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True)
        curl_wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        curl_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        megabytes = args.photos * size / 1e6
        share = (megabytes / upload.wall) / (megabytes / curl_wall)
        rows.append((f"Upload {args.photos} photos × {args.photo_kb} KB (client)", upload,
                     f"{megabytes / upload.wall:.0f} MB/s = {share:.0%} of curl; goal ≥ 80 % — {'ok' if share >= 0.8 else 'MISSED'}"))  # fmt: skip
        curl = Timer()
        curl.wall, curl.cpu = curl_wall, curl_cpu
        rows.append(
            ("Same bytes with curl -T (one process)", curl, f"{megabytes / curl_wall:.0f} MB/s")
        )
        a.close()
        b.close()
    finally:
        cleanup()
    load = os.getloadavg()
    lines = ["# Sync client benchmark", "",
             f"`python tests/bench/bench_sync.py --products {args.products} --photos {args.photos} --photo-kb {args.photo_kb}` "
             f"— SQLite hub on loopback, {os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", "",
             "| What | Wall | CPU (this process) | Result |", "|---|---:|---:|---|"]  # fmt: skip
    for what, timer, note in rows:
        lines.append(f"| {what} | {timer.wall:.2f} s | {timer.cpu:.2f} s | {note} |")
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
