"""Sync media upload benchmark on loopback: N photos (≈ 300 KB each, generated noise JPEGs)
sent by the sync client (``transfer_media``: one ``has``, then the photos eight to a request,
``PUT …/blobs/upload?blobs=H:S,…``, each hash-checked and recorded by the hub, a few requests
in flight) against ``curl`` sending THE SAME FILES to the same hub process in the same run, one
curl process reusing one connection:

- **curl plain**: ``curl -T photo URL`` per photo — the bytes only; the hub stores them as an
  unfinished upload (no hash check, no database row). This is the issue's reference.
- **curl + size**: the same PUT with ``&size=N``, so the hub checks the hash and records the
  blob — exactly the requests the client makes, one after another.
- **curl + size ×3**: the same with ``--parallel --parallel-max 3``: one completing request
  per photo, three in flight (how the client sent photos before it grouped them).

Every sender's photos are checked on the hub afterwards (``has``: none missing), the client's
too: its figure can't come from photos it only believes it sent.

    python tests/bench/bench_sync_media.py [--photos 200] [--photo-kb 300] [--rounds 3] [--no-ui]

Each round uploads to fresh shops; the senders' order rotates between rounds (the first one
may meet a colder hub). Reports wall, sender CPU and hub CPU (median of rounds) and the load
average; writes tests/bench/results/sync-media.md. Pass: client throughput ≥ 80 % of curl
plain's, both as medians of the same rounds.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import psutil
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.config import Paths  # noqa: E402
from app.store.migrate import open_database  # noqa: E402
from app.sync import media_transfer  # noqa: E402
from app.sync.http import HubClient  # noqa: E402

PASSWORD = "mat-khau-rat-dai"


def _hub_helpers():
    spec = importlib.util.spec_from_file_location("hub_helpers", ROOT / "tests/hub/conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["hub_helpers"] = module
    spec.loader.exec_module(module)
    return module


def _cli(data_dir: Path, *argv: str, stdin: str = "") -> str:
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    old, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--data-dir", str(data_dir), *argv])
    finally:
        sys.stdin = old
    if code != 0:
        raise SystemExit(f"{argv}: {code}\n{err.getvalue()}")
    return out.getvalue()


def make_photos(folder: Path, count: int, kb: int = 300) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    base = int(520 * (kb / 250) ** 0.5)  # noise at quality 90: a 520 px square ≈ 250 KB
    for n in range(count):
        side = base + (n % 7)  # sizes differ a little
        image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        path = folder / f"anh-{n:03d}.jpg"
        image.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def prepare_profile(hub_url: str, work: Path, photos: list[Path]) -> tuple[Path, str]:
    """A PC signed in to a new shop, one product holding ``photos`` (none sent yet)."""
    data = work / f"pc-{uuid.uuid4().hex[:6]}"
    sheet = work / "shop.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["Tên sản phẩm", "SKU", "Giá", "Tồn kho"], ["Giỏ", "G-1", 1, 1]]
        )
    _cli(data, "catalog", "import", str(sheet))
    _cli(data, "catalog", "photo", "G-1", *map(str, photos))
    login = f"bench-{uuid.uuid4().hex[:8]}"
    _cli(data, "sync", "signup", hub_url, "--shop", login, "--name", "Bench", "--password-stdin",
         stdin=PASSWORD + "\n")  # fmt: skip
    return data, login


def client_round(hub_url: str, work: Path, photos: list[Path], hub_proc) -> dict:
    data, login = prepare_profile(hub_url, work, photos)
    db = open_database(Paths(data))
    with HubClient(hub_url) as anon:
        answer = anon.sign_in(login, PASSWORD, "bench")
    client = HubClient(hub_url, answer["token"], answer["shop_id"])
    try:
        hub_cpu0, cpu0, t0 = _cpu(hub_proc), time.process_time(), time.perf_counter()
        uploaded, _ = media_transfer.transfer_media(db, client)
        wall = time.perf_counter() - t0
        cpu, hub_cpu = time.process_time() - cpu0, _cpu(hub_proc) - hub_cpu0
        digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in photos]
        assert client.blobs_missing(digests) == [], "the client left photos off the hub"
    finally:
        client.close()
        db.close()
    assert uploaded == len(photos), uploaded
    return {"wall": wall, "cpu": cpu, "hub_cpu": hub_cpu}


def curl_round(hub_url: str, work: Path, photos: list[Path], hub_proc, *, complete: bool,
               parallel: int = 1) -> dict:  # fmt: skip
    """One curl process, ``-T`` per photo over one reused connection (``parallel`` > 1: that
    many at once); ``complete``: with ``&size=N`` so the hub finishes each blob."""
    login = f"curl-{uuid.uuid4().hex[:8]}"
    with HubClient(hub_url) as anon:
        anon.create_shop(login, PASSWORD, "Curl")
        answer = anon.sign_in(login, PASSWORD, "curl")
    base = f"{hub_url}/v1/shops/{answer['shop_id']}/blobs"
    command = ["curl", "-sS", "--fail", "-H", f"Authorization: Bearer {answer['token']}",
               "-H", "Content-Type: application/octet-stream"]  # fmt: skip
    if parallel > 1:
        command += ["--parallel", "--parallel-max", str(parallel), "--no-progress-meter"]
    digests = []
    for path in photos:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        digests.append(digest)
        tail = f"&size={path.stat().st_size}" if complete else ""
        command += ["-T", str(path), f"{base}/{digest}/upload?offset=0{tail}"]
    hub_cpu0, t0 = _cpu(hub_proc), time.perf_counter()
    before = os.times()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    hub_cpu = _cpu(hub_proc) - hub_cpu0
    with HubClient(hub_url, answer["token"], answer["shop_id"]) as client:
        if complete:
            assert client.blobs_missing(digests) == [], "curl left blobs unfinished"
        else:  # every byte is on the hub, unfinished (what a plain upload is)
            assert all(client.upload_status(d)["received"] > 0 for d in digests[:5])
    return {"wall": wall, "cpu": cpu, "hub_cpu": hub_cpu}


SENDERS = ("client", "curl plain", "curl + size", "curl + size ×3")


def photo_rounds(hub_url: str, work: Path, photos: list[Path], hub_proc, rounds: int) -> dict:
    """{sender: [run, ...]}: every sender once per round, the order rotated each round."""
    runs: dict[str, list[dict]] = {who: [] for who in SENDERS}
    for round_no in range(rounds):
        shift = round_no % len(SENDERS)
        order = SENDERS[shift:] + SENDERS[:shift]
        for who in order:
            if who == "client":
                runs[who].append(client_round(hub_url, work, photos, hub_proc))
            else:
                runs[who].append(curl_round(hub_url, work, photos, hub_proc,
                                            complete=who.startswith("curl + size"),
                                            parallel=3 if who.endswith("×3") else 1))  # fmt: skip
    return runs


def median_of(runs: dict, who: str, key: str) -> float:
    return statistics.median(r[key] for r in runs[who])


def photo_table(runs: dict, megabytes: float) -> tuple[list[str], float]:
    """Markdown rows (wall, MB/s, CPU, ratio to curl plain) and the client / curl plain ratio."""
    reference = median_of(runs, "curl plain", "wall")
    lines = ["| sender | wall s (median) | walls | MB/s | sender CPU s | hub CPU s | throughput / curl plain |",
             "|---|---:|---|---:|---:|---:|---:|"]  # fmt: skip
    for who in SENDERS:
        wall = median_of(runs, who, "wall")
        walls = " ".join(f"{r['wall']:.2f}" for r in runs[who])
        lines.append(f"| {who} | {wall:.2f} | {walls} | {megabytes / wall:.1f} | "
                     f"{median_of(runs, who, 'cpu'):.2f} | {median_of(runs, who, 'hub_cpu'):.2f} | "
                     f"{reference / wall:.2f} |")  # fmt: skip
    return lines, reference / median_of(runs, "client", "wall")


def ui_round(hub_url: str, work: Path, photos: list[Path]) -> dict:
    """The photos sync from the sync room (background worker) while keys are typed into the
    catalog editor's name box every 30 ms; a 5 ms timer records how long the UI thread was
    busy between its ticks."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from app.store.engine import session_scope
    from app.store.models import Product
    from app.ui.application import Studio, freeze_startup_objects, make_qapplication

    data, _login = prepare_profile(hub_url, work, photos)
    app = make_qapplication([])
    studio = Studio(app, Paths(data))
    studio.open_database()
    window = studio.show_window()
    window.resize(1366, 728)
    freeze_startup_objects()  # as run_gui does once the window is up
    window.show_room("sync")
    room = window.rooms["sync"]
    window.show_room("catalog")
    catalog = window.rooms["catalog"]
    with session_scope(studio.db.sessions) as session:
        product_id = session.scalars(select(Product.id)).first()
    catalog.open_product(product_id)
    name_box = catalog.editor.name
    for _ in range(20):
        app.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(5)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    probe.timeout.connect(tick)
    typed = {"n": 0}

    def type_one() -> None:
        QTest.keyClick(name_box, "abcdefghik"[typed["n"] % 10])
        typed["n"] += 1

    typer = QTimer()
    typer.setInterval(30)
    typer.timeout.connect(type_one)
    cpu0, t0 = time.process_time(), time.perf_counter()
    clock.start()
    probe.start()
    typer.start()
    room.sync_now()
    started = room._syncing
    deadline = time.perf_counter() + 300
    while time.perf_counter() < deadline:
        app.processEvents()
        started = started or room._syncing
        if started and not room._syncing:
            break
        time.sleep(0.001)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    probe.stop()
    typer.stop()
    studio.tasks.wait_idle()
    pending = len(media_transfer.pending_uploads(studio.db))  # 0: the sync really sent them
    window.close()
    studio.shutdown()
    ordered = sorted(gaps)
    return {"wall": wall, "cpu": cpu, "keys": typed["n"], "ticks": len(gaps),
            "max_gap": ordered[-1] if ordered else 0.0,
            "p99_gap": ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0,
            "over_50": sum(g > 50 for g in gaps), "pending_after": pending}  # fmt: skip


def _cpu(proc) -> float:
    times = proc.cpu_times()
    return times.user + times.system


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        load = os.getloadavg()
        return f"load average: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--photo-kb", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-ui", dest="ui", action="store_false", help="skip the typing test")
    args = parser.parse_args()
    if shutil.which("curl") is None:
        raise SystemExit("needs curl")
    helpers = _hub_helpers()
    work = Path(tempfile.mkdtemp(prefix="bench-sync-media-"))
    hub, cleanup = helpers.start_hub(work, "sqlite")
    hub_proc = psutil.Process(hub.process.pid)
    try:
        photos = make_photos(work / "photos", args.photos, args.photo_kb)
        total = sum(p.stat().st_size for p in photos)
        load_before = uptime()
        runs = photo_rounds(hub.base_url, work, photos, hub_proc, args.rounds)
        load_after = uptime()
        ui = ui_round(hub.base_url, work, photos) if args.ui else None
    finally:
        cleanup()
        shutil.rmtree(work, ignore_errors=True)

    mb = total / 1e6
    rows, ratio = photo_table(runs, mb)
    table = [
        f"Sync media upload, {args.photos} photos, {mb:.1f} MB total (mean {total / args.photos / 1e3:.0f} KB), "
        f"SQLite hub on 127.0.0.1, {args.rounds} rounds (order rotated), medians; {os.cpu_count()} CPUs.",
        "",
        *rows,
        "",
        f"client / curl plain throughput: **{ratio:.2f}** (target ≥ 0.80) — {'ok' if ratio >= 0.8 else 'MISSED'}.",
        "",
        f"`uptime` before: {load_before}  ",
        f"`uptime` after: {load_after}",
        "",
    ]
    ui_ok = True
    if ui is not None:
        ui_ok = ui["max_gap"] <= 50 and ui["pending_after"] == 0
        table += [
            "Syncing the same photos from the sync room (background worker) while a key is typed "
            "into the catalog editor every 30 ms (offscreen Qt; 5 ms timer records the UI "
            "thread's gaps):",
            "",
            "| wall s | CPU s (process) | keys typed | longest gap ms | p99 gap ms | gaps > 50 ms "
            "| photos still waiting |",
            "|---|---|---|---|---|---|---|",
            f"| {ui['wall']:.2f} | {ui['cpu']:.2f} | {ui['keys']} | {ui['max_gap']:.1f} | "
            f"{ui['p99_gap']:.1f} | {ui['over_50']} | {ui['pending_after']} |",
            "",
            f"UI goal (no gap > 50 ms): {'ok' if ui_ok else 'MISSED'}.",
            "",
        ]
    text = "\n".join(table)
    print(text)
    out = ROOT / "tests/bench/results/sync-media.md"
    out.write_text("# Sync media benchmark\n\n    python tests/bench/bench_sync_media.py "
                   f"--photos {args.photos} --photo-kb {args.photo_kb} --rounds {args.rounds}"
                   f"{'' if args.ui else ' --no-ui'}\n\n{text}", encoding="utf-8")  # fmt: skip
    return 0 if ratio >= 0.8 and ui_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
