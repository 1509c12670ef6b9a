"""The editor timeline's three background jobs on the 10-minute 1080p clip, without the UI.

    python tests/bench/bench_editor_timeline.py [--runs 3]

Each job cold (no cache), CPU (user+sys, all threads) beside wall time: the waveform
(``base_peaks``: the whole AAC track decoded, two halves side by side), the filmstrip
(40 keyframe thumbnails 54 px high, two readers) and the keyframe scan (``probe``: every
video packet's flags). Then the three together as the room's loader schedules them (a
two-thread runner: waveform and filmstrip first, the scan on the first free thread).
Reference: the ffmpeg command line decoding the same audio track to nothing
(``ffmpeg -vn -f null``), in the same run; the waveform is reported as a CPU ratio to it.
CPU time hardly moves with others' load on a shared machine; wall time does.
Prints only (the room benchmark, bench_editor_room.py, writes the figures the issue asks for).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(fn, clock=cpu_self) -> tuple[float, float]:
    cpu, wall = clock(), time.perf_counter()
    fn()
    return time.perf_counter() - wall, clock() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import bench_video

    from app.video.probe import probe
    from app.video.thumbnails import filmstrip
    from app.video.waveform import base_peaks

    bench_video.make_input()
    clip = bench_video.INPUT
    jobs = {
        "waveform": lambda: base_peaks(clip),
        "filmstrip": lambda: filmstrip(clip, 40, None, height=54),
        "keyframe scan": lambda: probe(clip),
    }

    def ffmpeg_audio() -> None:
        subprocess.run(
            ["ffmpeg", "-v", "error", "-threads", "1", "-i", str(clip), "-vn", "-f", "null", "-"],
            check=True,
        )

    def as_the_loader_does() -> None:
        with ThreadPoolExecutor(2) as runner:  # the loader's runner: two threads
            for job in jobs.values():  # submitted in this order
                runner.submit(job)

    rows: dict[str, list[tuple[float, float]]] = {}
    for _ in range(args.runs):
        load = os.getloadavg()[0]
        rows.setdefault("load", []).append((load, load))
        rows.setdefault("ffmpeg -vn -f null (reference)", []).append(
            measure(ffmpeg_audio, cpu_children)
        )
        for name, job in jobs.items():
            rows.setdefault(name, []).append(measure(job))
        rows.setdefault("all three, as the loader runs them", []).append(
            measure(as_the_loader_does)
        )
    loads = rows.pop("load")
    print(f"`python tests/bench/bench_editor_timeline.py --runs {args.runs}`\n")
    print("| job | wall, each run | CPU, each run |")
    print("|---|---|---|")
    for name, runs in rows.items():
        walls = ", ".join(f"{w:.2f}" for w, _ in runs)
        cpus = ", ".join(f"{c:.2f}" for _, c in runs)
        print(f"| {name} | {walls} s | {cpus} s |")
    reference = min(c for _, c in rows["ffmpeg -vn -f null (reference)"])
    waveform = min(c for _, c in rows["waveform"])
    print(
        f"\nWaveform CPU / ffmpeg decoding the same audio: {waveform / reference:.2f}× (best runs)."
        "\nLoad average before each run (2 shared cores): "
        + ", ".join(f"{a:.2f}" for a, _ in loads)
    )


if __name__ == "__main__":
    main()
