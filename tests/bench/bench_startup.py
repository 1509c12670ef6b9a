"""Start-up benchmark: ``python main.py --self-test`` vs a bare PySide6 window, same run.

The reference is the floor any PySide6 app pays (interpreter + Qt + one shown
QMainWindow), measured the same way: milliseconds from process creation to
the window shown. Runs are interleaved so both see the same machine load.

    python tests/bench/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results" / "startup.md"
TARGET_MS = 1500

BARE_QT = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from app.startup_clock import process_age_ms
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QLabel("Xin chào")); window.show()
app.processEvents()
print(round(process_age_ms()))
"""


def studio_once() -> float:
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["startup_ms"])


def bare_once() -> float:
    out = subprocess.run(
        [sys.executable, "-c", BARE_QT, str(ROOT)], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    studio_once()  # warm the OS file cache: we measure warm starts, as a user's second launch
    studio, bare = [], []
    for _ in range(runs):
        studio.append(studio_once())
        bare.append(bare_once())
    studio_median, bare_median = statistics.median(studio), statistics.median(bare)
    table = "\n".join(
        [
            f"Start-up to main window shown, median of {runs} warm runs, {os.cpu_count()} cores "
            "(`python tests/bench/bench_startup.py`)",
            "",
            "| what | median ms | min ms | max ms | vs bare PySide6 window | target |",
            "|---|---:|---:|---:|---:|---|",
            f"| `python main.py --self-test` | {studio_median:.0f} | {min(studio):.0f} | {max(studio):.0f} "
            f"| {studio_median / bare_median:.2f}× | ≤ {TARGET_MS} ms: "
            f"{'met' if studio_median <= TARGET_MS else 'NOT met'} |",
            f"| bare PySide6 QMainWindow (reference) | {bare_median:.0f} | {min(bare):.0f} | {max(bare):.0f} "
            "| 1.00× | — |",
        ]
    )
    print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
