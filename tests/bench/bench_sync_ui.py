"""Syncing while the user types: the UI thread must never stall > 50 ms.

    python tests/bench/bench_sync_ui.py [--products 2000] [--edits 1000] [--photos 30]
                                        [--conflicts 50] [--rounds 3] [--why]

PC A (a plain profile) and PC B (the window) share a shop on a real ``main.py hub`` process
(SQLite, loopback). Before each round A edits ``--edits`` prices and adds ``--photos``
photos; B edits ``--conflicts`` of the same prices and adds photos of its own; then B's
sync room (built, hidden: the seller is in the catalog) syncs — push, pull of A's edits,
photos both ways, the status-bar figures after it, the catalog list re-read — while a key
is typed into the catalog editor's name box every 30 ms. A 5 ms precise timer records the
UI thread's gaps, and for each gap the time the UI thread was runnable but had no core
(Linux schedstat): a gap less that wait is what this process did to itself (its own work,
its waits for the GIL), the figure that does not depend on other processes' load.

References in the same run: the same typing with no sync (what the machine itself costs),
and, alternating with the measured rounds, the sync run in the window's own process
(``work.sync_here``) as it was before ``app.sync.sync_process``. Wall and CPU time of this
process, the load average and the gaps are written to tests/bench/results/sync-ui.md; the
long gaps and when they fell (before/after the sync's end) are printed. On a shared,
loaded machine run it as ``nice -n -15 python …`` (root) so other jobs do not preempt it.
``--why`` (slower: profile hooks) adds what the UI thread ran in each gap > 30 ms, the UI
thread's calls using > ``BENCH_SLOW_MS`` (8) ms CPU, and the garbage collections and
GIL-holding C calls of the other threads of this process during each gap.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gc
import importlib.util
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.config import Paths  # noqa: E402
from app.store.engine import session_scope  # noqa: E402
from app.store.migrate import open_database  # noqa: E402
from app.sync import account  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402

RESULTS = ROOT / "tests" / "bench" / "results" / "sync-ui.md"
BEFORE = "typing + sync in the window's process (before)"
PASSWORD = "bench-password-1"
SLOW_MS = float(os.environ.get("BENCH_SLOW_MS", "8"))


def _hub_helpers():
    spec = importlib.util.spec_from_file_location(
        "hub_helpers_bench_ui", ROOT / "tests" / "hub" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["hub_helpers_bench_ui"] = module
    spec.loader.exec_module(module)
    return module


def _import(db, sheet: Path, products: int) -> None:
    from app.catalog.io.columns import guess_mapping
    from app.catalog.io.importer import apply_import, preview_import
    from app.catalog.io.tables import read_table

    lines = ["Tên sản phẩm,SKU,Giá,Tồn kho,Mô tả"]
    lines += [f"Giỏ mây số {i},GM-{i:05d},{100000 + i},{i % 50},Mây rừng đan tay {i}"
              for i in range(products)]  # fmt: skip
    sheet.write_text("\n".join(lines), encoding="utf-8")
    table = read_table(sheet)
    with session_scope(db.sessions) as session:
        preview = preview_import(session, table, guess_mapping(table.headers))
    apply_import(db.sessions, preview)


def _edit_prices(db, count: int, bump: int) -> None:
    from sqlalchemy import select

    from app.store.models import Variant

    with session_scope(db.sessions) as session:
        for variant in session.scalars(select(Variant).order_by(Variant.sku).limit(count)):
            variant.price = variant.price + bump


def _add_photos(db, folder: Path, count: int, seed: int) -> None:
    """``count`` photos (≈ 60 KB JPEG each) on the first products, one per product."""
    import io
    import random

    from PIL import Image
    from sqlalchemy import select

    from app.catalog.photos import import_photos
    from app.store.media import MediaStore
    from app.store.models import Product

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    with session_scope(db.sessions) as session:
        ids = session.scalars(select(Product.id).order_by(Product.id).limit(count)).all()
        for index, product_id in enumerate(ids):
            path = folder / f"anh-{seed}-{index}.jpg"
            image = Image.effect_noise((320, 240), 40 + rng.random() * 40).convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=90)
            path.write_bytes(buffer.getvalue())
            import_photos(session, MediaStore(db.paths), product_id, [path])


class Sampler(threading.Thread):
    """Every ms, where the UI thread is (its innermost app frames)."""

    def __init__(self, main_id: int) -> None:
        super().__init__(daemon=True)
        self.main_id = main_id
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.001):
            frames = sys._current_frames()
            frame = frames.get(self.main_id)
            if frame is None:
                continue
            walked = list(traceback.walk_stack(frame))
            stack = [f"{Path(f.f_code.co_filename).name}:{line} {f.f_code.co_name}"
                     for f, line in walked if "/app/" in f.f_code.co_filename][:4]  # fmt: skip
            top = walked[0][0].f_code.co_name if walked else "?"
            others = sorted(
                f"{Path(f.f_code.co_filename).name}:{f.f_lineno} {f.f_code.co_name}"
                for ident, f in frames.items() if ident not in (self.main_id, self.ident)
                and "/app/" in f.f_code.co_filename
            )  # fmt: skip
            self.samples.append((time.perf_counter(), (f"[{top}]", *stack, "|", *others)))


class SlowCalls:
    """Calls on the UI thread (app code, or C functions it calls) that used > SLOW_MS of its
    CPU (waiting for the GIL or a core does not count: that is contention, not work)."""

    def __init__(self) -> None:
        self.starts: dict[int, float] = {}
        self.found: collections.Counter = collections.Counter()

    def hook(self, frame, event, arg) -> None:
        if event in ("call", "c_call"):
            self.starts[id(frame) if event == "call" else id(arg)] = time.thread_time()
        elif event in ("return", "c_return", "c_exception"):
            key = id(frame) if event == "return" else id(arg)
            start = self.starts.pop(key, None)
            if start is None:
                return
            took = (time.thread_time() - start) * 1000  # CPU of the UI thread, not waiting
            code = frame.f_code
            if took > SLOW_MS and "/app/" in code.co_filename:
                what = getattr(arg, "__qualname__", "") if event != "return" else ""
                where = f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}"
                self.found[f"{where} {what}".strip()] = max(
                    self.found[f"{where} {what}".strip()], round(took)
                )


class GilHolders:
    """What other threads did while the UI thread waited (``--why``): every garbage collection
    (``gc.callbacks``: generation, duration, thread) and every C call on a task-runner thread
    that used > HOLD_MS of its thread's CPU with no Python code inside it (``json.loads``,
    ``bytes.join``, a sqlite3 call…), so each gap can be matched with the long call or
    collection inside it. Such a call holds the GIL unless it releases it (sqlite3's step,
    hashlib's update and socket calls do; json, joins and pickling don't); waiting on a lock
    or a pipe uses no CPU and is not listed."""

    HOLD_MS = 2.0

    def __init__(self) -> None:
        self.events: list[tuple[float, float, str]] = []  # (start, end, what)
        self._gc_start: dict[int, float] = {}
        self._open: dict[int, list[list]] = collections.defaultdict(list)  # per thread

    def _gc(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._gc_start[ident] = time.perf_counter()
            return
        start = self._gc_start.pop(ident, None)
        if start is None:
            return
        end = time.perf_counter()
        where = "UI" if ident == threading.main_thread().ident else "worker"
        self.events.append((start, end, f"gc gen{info['generation']} on {where} "
                                        f"(collected {info['collected']})"))  # fmt: skip

    def _hook(self, frame, event, arg) -> None:
        stack = self._open[threading.get_ident()]
        if event == "c_call":
            stack.append([time.perf_counter(), time.thread_time(), True])
        elif event == "call":
            if stack:
                stack[-1][2] = False  # Python ran inside: it gave the GIL up every ms
        elif event in ("c_return", "c_exception") and stack:
            wall0, cpu0, pure = stack.pop()
            if not pure and stack:
                stack[-1][2] = False
            cpu = (time.thread_time() - cpu0) * 1000
            if pure and cpu > self.HOLD_MS:
                name = getattr(arg, "__qualname__", repr(arg))
                module = (
                    getattr(arg, "__module__", None)
                    or type(getattr(arg, "__self__", None)).__name__
                )
                where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
                outer = frame
                while outer is not None and "/app/" not in outer.f_code.co_filename:
                    outer = outer.f_back
                if outer is not None and outer is not frame:
                    where += f" < {Path(outer.f_code.co_filename).name}:{outer.f_lineno}"
                self.events.append(
                    (wall0, time.perf_counter(), f"C {module}.{name} cpu {cpu:.0f} ms at {where}")
                )

    def start(self) -> None:
        from app.ui.workers import task_runner

        gc.callbacks.append(self._gc)
        job_run = task_runner._Job.run
        hook = self._hook

        def run(job) -> None:  # the profile hook is per thread: set it on the worker
            sys.setprofile(hook)
            try:
                job_run(job)
            finally:
                sys.setprofile(None)

        self._restore = (task_runner._Job, job_run)
        task_runner._Job.run = run

    def stop(self) -> None:
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)
        cls, job_run = self._restore
        cls.run = job_run

    def inside(self, end: float, gap_ms: float) -> list[str]:
        begin = end - gap_ms / 1000
        return [f"{(e - s) * 1000:6.1f} ms {what}" for s, e, what in self.events
                if s < end and e > begin and (e - s) * 1000 > 1.0]  # fmt: skip


class RunQueue:
    """Time the UI thread spent runnable but waiting for a core (Linux schedstat, 2nd field):
    on a loaded machine that is other processes' doing. A gap less that wait is what this
    process did to itself: the UI thread's own work and its waits for the GIL."""

    def __init__(self) -> None:
        self.fd = None
        with contextlib.suppress(OSError):
            path = f"/proc/self/task/{threading.get_native_id()}/schedstat"
            self.fd = os.open(path, os.O_RDONLY)
        self.last = self._read()

    def _read(self) -> int:
        if self.fd is None:
            return 0
        return int(os.pread(self.fd, 100, 0).split()[1])

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)

    def waited_ms(self) -> float:
        now = self._read()
        waited, self.last = (now - self.last) / 1e6, now
        return waited


def ui_round(studio, window, app, *, sync: bool, why: bool, in_process: bool = False) -> dict:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    room = window.rooms["sync"]
    catalog = window.rooms["catalog"]
    name_box = catalog.editor.name
    for _ in range(20):
        app.processEvents()
    gaps: list[tuple[float, float]] = []  # (end time, gap ms)
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(5)

    queued = RunQueue()
    waits: list[float] = []  # per gap: ms the UI thread was runnable but had no core

    def tick() -> None:
        gaps.append((time.perf_counter(), clock.nsecsElapsed() / 1e6))
        clock.restart()
        waits.append(queued.waited_ms())

    probe.timeout.connect(tick)
    typed = {"n": 0}

    def type_one() -> None:
        QTest.keyClick(name_box, "abcdefghik"[typed["n"] % 10])
        typed["n"] += 1

    typer = QTimer()
    typer.setInterval(30)
    typer.timeout.connect(type_one)
    from app.ui.sync import work

    child_sync = work.sync
    if in_process:  # the reference: the sync in the window's own process, as it was
        work.sync = work.sync_here
    sampler = Sampler(threading.get_ident())
    slow = SlowCalls()
    holders = GilHolders()
    if why:
        sampler.start()
        holders.start()
        sys.setprofile(slow.hook)
    cpu0, t0 = time.process_time(), time.perf_counter()
    clock.start()
    probe.start()
    typer.start()
    if sync:
        room.sync_now()
    started = room._syncing
    deadline = time.perf_counter() + (300 if sync else 3)
    settle = synced_at = None
    while time.perf_counter() < deadline:
        app.processEvents()
        started = started or room._syncing
        if sync and started and not room._syncing and settle is None:
            synced_at = time.perf_counter()
            settle = synced_at + 1.0  # the status refresh and its answer come after
        if settle is not None and time.perf_counter() > settle:
            break
        time.sleep(0.001)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    probe.stop()
    typer.stop()
    sampler.stop.set()
    sys.setprofile(None)
    if why:
        holders.stop()
    work.sync = child_sync
    queued.close()
    studio.tasks.wait_idle()
    values = sorted(g for _t, g in gaps)
    own = sorted(max(0.0, g - w) for (_t, g), w in zip(gaps, waits, strict=True))
    culprits: collections.Counter = collections.Counter()
    held: list[str] = []
    for (end, gap), waited in zip(gaps, waits, strict=True):
        if gap > 30:
            when = f"{end - synced_at:+.2f} s from the sync's end" if synced_at else ""
            held.append(f"gap {gap:.1f} ms ({gap - waited:.1f} less queueing, {when}): "
                        + ("; ".join(holders.inside(end, gap)) or "-"))  # fmt: skip
            inside = [s for t, s in sampler.samples if end - gap / 1000 <= t <= end]
            for stack in set(inside):
                culprits[stack] += 1
    return {"wall": wall, "cpu": cpu, "keys": typed["n"],
            "max_gap": values[-1] if values else 0.0, "max_own": own[-1] if own else 0.0,
            "p99_gap": values[int(0.99 * (len(values) - 1))] if values else 0.0,
            "over_50": sum(g > 50 for g in values), "culprits": culprits,
            "slow": slow.found, "held": held,
            "gc": [(e - s) * 1000 for s, e, what in holders.events if what.startswith("gc")]}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each kind")
    parser.add_argument("--photos", type=int, default=30, help="photos each way per round")
    parser.add_argument("--conflicts", type=int, default=50, help="prices edited on both PCs")
    parser.add_argument("--why", action="store_true", help="print what the UI thread ran in gaps")
    args = parser.parse_args()
    helpers = _hub_helpers()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-ui-"))
    hub, cleanup = helpers.start_hub(tmp, "sqlite")
    from app.ui.application import Studio, freeze_startup_objects, make_qapplication

    try:
        a = open_database(Paths(tmp / "pc-a").ensure())
        _import(a, tmp / "shop.csv", args.products)
        account.sign_up(a, hub.base_url, "bench-ui-shop", PASSWORD, "Bench", "PC A")
        SyncEngine(a).sync_once()
        b_paths = Paths(tmp / "pc-b").ensure()
        b = open_database(b_paths)
        account.sign_in(b, hub.base_url, "bench-ui-shop", PASSWORD, "PC B")
        SyncEngine(b).sync_once()
        b.close()

        app = make_qapplication([])
        studio = Studio(app, b_paths)
        studio.open_database()
        window = studio.show_window()
        window.resize(1366, 728)
        freeze_startup_objects()  # as run_gui does once the window is up
        window.show_room("sync")
        window.show_room("catalog")
        catalog = window.rooms["catalog"]
        from sqlalchemy import select

        from app.store.models import Product

        with session_scope(studio.db.sessions) as session:
            product_id = session.scalars(select(Product.id)).first()
        catalog.open_product(product_id)
        load = os.getloadavg()
        runs = {"typing only": [], "typing + sync": [], BEFORE: []}
        for round_no in range(2 * args.rounds):
            runs["typing only"].append(ui_round(studio, window, app, sync=False, why=False))
            _edit_prices(a, args.edits, round_no + 1)
            _add_photos(a, tmp / "photos-a", args.photos, seed=2 * round_no)
            SyncEngine(a).sync_once()
            # This PC has edits of its own to push: the same prices (conflicts) and photos.
            _edit_prices(studio.db, args.conflicts, 7)
            _add_photos(studio.db, tmp / "photos-b", args.photos, seed=2 * round_no + 1)
            before = round_no % 2 == 1  # alternate, so the machine's load hits both alike
            runs[BEFORE if before else "typing + sync"].append(
                ui_round(studio, window, app, sync=True, why=args.why, in_process=before)
            )
        load_after = os.getloadavg()
        window.close()
        studio.shutdown()
        a.close()
    finally:
        cleanup()
    lines = ["# Sync while typing: UI thread gaps", "",
             f"`python tests/bench/bench_sync_ui.py --products {args.products} --edits "
             f"{args.edits} --photos {args.photos} --conflicts {args.conflicts} --rounds "
             f"{args.rounds}` — offscreen Qt, SQLite hub on loopback, "
             f"{os.cpu_count()} CPUs, load average {load[0]:.2f} → {load_after[0]:.2f}", "",
             f"Each sync round: push {args.conflicts} local price edits (conflicting with the "
             f"other PC's) and {args.photos} photos, pull the other PC's {args.edits} price "
             f"edits and {args.photos} photos, show the status-bar figures and re-read the catalog "
             "list (the sync room is hidden), while a key is typed every 30 ms.",
             "", "| Round | What | Wall s | CPU s | Keys | Longest gap ms | Longest gap less CPU queueing ms | p99 gap ms | Gaps > 50 ms |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    worst = worst_own = 0.0
    for what, results in runs.items():
        for index, r in enumerate(results, start=1):
            lines.append(f"| {index} | {what} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['keys']} | "
                         f"{r['max_gap']:.1f} | {r['max_own']:.1f} | {r['p99_gap']:.1f} | {r['over_50']} |")  # fmt: skip
            if what == "typing + sync":
                worst = max(worst, r["max_gap"])
                worst_own = max(worst_own, r["max_own"])
    before = max((r["max_gap"] for r in runs[BEFORE]), default=0.0)
    before_own = max((r["max_own"] for r in runs[BEFORE]), default=0.0)
    reference = max(r["max_gap"] for r in runs["typing only"])
    lines += ["", f"Longest gap while syncing: **{worst:.1f} ms** (typing alone: {reference:.1f} ms, "
              f"{worst / max(reference, 0.1):.1f}×); goal ≤ 50 ms — "
              f"{'ok' if worst <= 50 else 'MISSED'}. Before (same run, alternate rounds): "
              f"{before:.1f} ms. Less the time the UI thread waited for a core (other "
              f"processes' load): {worst_own:.1f} ms, before {before_own:.1f} ms."]  # fmt: skip
    text = "\n".join(lines) + "\n"
    print(text)
    for what in ("typing + sync", BEFORE):  # where each long gap fell (not in the file)
        for r in runs[what]:
            for line in r["held"]:
                print(f"{what[:22]}: {line[:160]}")
    if args.why:
        total: collections.Counter = collections.Counter()
        for r in runs["typing + sync"]:
            total.update(r["culprits"])
        for stack, count in total.most_common(25):
            print(count, " <- ".join(stack) or "(Qt / outside the app)")
        slow: collections.Counter = collections.Counter()
        for r in runs["typing + sync"]:
            for key, took in r["slow"].items():
                slow[key] = max(slow[key], took)
        print("Gaps > 30 ms and what other threads held meanwhile (collections, long C calls):")
        for r in runs["typing + sync"]:
            for line in r["held"]:
                print("  " + line)
        for what in ("typing + sync", BEFORE):
            collections_ms = sorted(ms for r in runs[what] for ms in r["gc"])
            if collections_ms:
                print(
                    f"garbage collections in this process, {what}: {len(collections_ms)}, "
                    f"longest {collections_ms[-1]:.1f} ms, total {sum(collections_ms):.0f} ms"
                )
        print(f"UI-thread calls using > {SLOW_MS} ms CPU (longest ms):")
        for key, took in slow.most_common(40):
            print(f"{took:6d} {key}")
    else:
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
