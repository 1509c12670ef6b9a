"""``main.py --self-test`` hook: make a 2-second clip with sound, probe it, cut it exactly."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.config import Paths
from app.video.cut import ExportOptions, cut_video
from app.video.probe import probe
from app.video.synth import make_clip
from app.video.timecode import Segment


def run(paths: Paths) -> dict:
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lns-video-") as folder:
        clip = make_clip(Path(folder) / "clip.mp4", duration=2.0, width=160, height=120)
        info = probe(clip)
        if not (info.has_video and info.has_audio and abs(info.duration - 2.0) < 0.05):
            raise RuntimeError(f"video self-test: unexpected probe {info}")
        result = cut_video(
            clip,
            Path(folder) / "cut.mp4",
            [Segment(0.2, 0.9), Segment(1.3, 1.8)],
            ExportOptions(mode="exact"),
        )
        out = probe(result.output)
        if abs(out.duration - 1.2) > 0.05 or not out.has_audio:
            raise RuntimeError(f"video self-test: unexpected cut {out}")
    return {
        "ok": True,
        "cut_seconds": round(out.duration, 3),
        "seconds": round(time.perf_counter() - began, 2),
    }
