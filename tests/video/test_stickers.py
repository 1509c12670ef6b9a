"""Stickers are burned in only while the OUTPUT time is in their range, inside the safe zone."""

from __future__ import annotations

import av
import numpy as np

from app.video.cut import ExportOptions, cut_video
from app.video.exact import EncodeSettings
from app.video.stickers import Sticker, render_sticker, safe_zone
from app.video.timecode import Segment


def _frames(path) -> list[tuple[float, np.ndarray]]:
    with av.open(str(path)) as container:
        return [
            (float(f.pts * f.time_base), f.to_ndarray(format="rgb24").astype(np.int16))
            for f in container.decode(video=0)
        ]


def test_sticker_inside_the_safe_zone():
    left, top, right, bottom = safe_zone(1080, 1920)
    for position in ("top", "middle", "bottom"):
        band = render_sticker(Sticker("Giảm 20% hôm nay", 0, 1, position), 1080, 1920)
        h, w = band.pixels.shape[:2]
        assert left <= band.x and band.x + w <= right
        assert top <= band.y and band.y + h <= bottom


def test_sticker_only_in_its_output_time_range(media, tmp_path):
    # output timeline: 0-1 s from source 0-1, 1-2 s from source 3-4; sticker at 1.2-1.6 s output
    segments = [Segment(0, 1), Segment(3, 4)]
    encode = EncodeSettings(x264_preset="ultrafast", crf=10)
    plain, marked = tmp_path / "plain.mp4", tmp_path / "marked.mp4"
    cut_video(media.plain, plain, segments, ExportOptions(mode="exact", encode=encode))
    options = ExportOptions(
        mode="smart", stickers=(Sticker("Freeship", 1.2, 1.6, "middle"),), encode=encode
    )
    result = cut_video(media.plain, marked, segments, options)
    assert result.mode == "exact"  # text forces the exact path, with a note
    assert result.notes
    for (t, a), (_, b) in zip(_frames(plain), _frames(marked), strict=True):
        changed = int((np.abs(a - b).max(axis=2) > 40).sum())
        if 1.2 + 0.02 < t < 1.6 - 0.02:
            assert changed > 500, t
        elif t < 1.2 - 0.02 or t > 1.6 + 0.02:
            assert changed == 0, t
