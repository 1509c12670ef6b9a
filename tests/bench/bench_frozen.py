"""Frozen app benchmark: cold start of the built bundle vs the source tree, idle RSS, sizes.

Needs a build first (``python build/build.py``). Start-up is the self-test's
``startup_ms`` (process creation → main window shown), median of N runs of the
frozen exe and of ``python main.py --self-test``, interleaved so both see the
same machine load. Idle RSS: the frozen GUI started offscreen on a fresh profile
(the catalog room opens first) with the demo shop in it, left idle, then measured with psutil (the whole
process tree) and terminated.

    python tests/bench/bench_frozen.py [--runs 7] [--idle-seconds 8]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "LangNgheStudio"
EXE = BUNDLE / ("LangNgheStudio.exe" if sys.platform == "win32" else "LangNgheStudio")
RESULTS = Path(__file__).resolve().parent / "results" / "frozen.md"
TARGET_START_MS = 2500
TARGET_RSS_MB = 300
TARGET_FOLDER_MB = 450
TARGET_ARCHIVE_MB = 200


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "LANGNGHE_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def startup_ms(command: list[str]) -> float:
    out = subprocess.run(
        command, capture_output=True, text=True, check=True, env=_env(), cwd=tempfile.gettempdir()
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["startup_ms"])


def idle_rss_mb(idle_seconds: float) -> tuple[float, str]:
    """RSS of the frozen GUI, idle on the catalog room with a fresh profile."""
    with tempfile.TemporaryDirectory(prefix="langnghe-rss-") as profile:
        # a shop to look at: the demo craft-village catalog, made by the frozen app's own CLI
        subprocess.run(
            [str(EXE), "--data-dir", profile, "catalog", "demo"],
            env=_env(),
            check=True,
            capture_output=True,
        )
        process = subprocess.Popen(
            [str(EXE), "--data-dir", profile],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            time.sleep(idle_seconds)
            if process.poll() is not None:
                raise RuntimeError(
                    f"the app exited early: {process.stderr.read().decode(errors='replace')}"
                )
            root = psutil.Process(process.pid)
            rss = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
            settings = Path(profile) / "settings.json"
            room = (
                json.loads(settings.read_text()).get("last_room", "catalog")
                if settings.exists()
                else "catalog"
            )
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return rss / 1_000_000, room


def _mark(value: float, limit: float) -> str:
    return "met" if value <= limit else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle-seconds", type=float, default=8.0)
    args = parser.parse_args()
    if not EXE.exists():
        sys.exit(f"no build at {EXE}: run `python build/build.py` first")
    frozen_cmd = [str(EXE), "--self-test"]
    source_cmd = [sys.executable, str(ROOT / "main.py"), "--self-test"]
    startup_ms(frozen_cmd)  # warm the OS file cache for both: a user's second launch
    startup_ms(source_cmd)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    frozen, source = [], []
    for _ in range(args.runs):
        frozen.append(startup_ms(frozen_cmd))
        source.append(startup_ms(source_cmd))
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rss, room = idle_rss_mb(args.idle_seconds)
    sizes = (
        json.loads((DIST / "size-report.json").read_text())
        if (DIST / "size-report.json").exists()
        else {}
    )
    folder_mb = sizes.get("folder_bytes", 0) / 1e6
    archive_mb = (sizes.get("archive_bytes") or 0) / 1e6
    f_med, s_med = statistics.median(frozen), statistics.median(source)
    rows = [
        f"Frozen bundle vs source, {os.cpu_count()} cores, {sys.platform} "
        f"(`python tests/bench/bench_frozen.py --runs {args.runs}`; warm starts, interleaved; "
        f"1-min load average {load_before:.1f} → {load_after:.1f}: the machine is shared)",
        "",
        "| what | value | min–max | target |",
        "|---|---:|---:|---|",
        f"| frozen `--self-test` startup_ms, median of {args.runs} | {f_med:.0f} ms | {min(frozen):.0f}–{max(frozen):.0f} "
        f"| ≤ {TARGET_START_MS} ms: {_mark(f_med, TARGET_START_MS)} |",
        f"| source `python main.py --self-test`, median of {args.runs} | {s_med:.0f} ms | {min(source):.0f}–{max(source):.0f} | — |",
        f"| frozen / source | {f_med / s_med:.2f}× | | — |",
        f"| frozen idle RSS, room `{room}` open with the demo shop, after {args.idle_seconds:.0f} s | {rss:.0f} MB | "
        f"| ≤ {TARGET_RSS_MB} MB: {_mark(rss, TARGET_RSS_MB)} |",
        f"| one-folder size | {folder_mb:.0f} MB | | ≤ {TARGET_FOLDER_MB} MB: {_mark(folder_mb, TARGET_FOLDER_MB)} |",
        f"| compressed download (.tar.gz) | {archive_mb:.0f} MB | | ≤ {TARGET_ARCHIVE_MB} MB: "
        f"{_mark(archive_mb, TARGET_ARCHIVE_MB)} |",
    ]
    table = "\n".join(rows)
    print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
