"""The crop window ("Cắt khung") is one function for the preview, the RGB reference and
the YUV 4:2:0 export: even sizes and offsets, inside the picture, the platform's shape."""

from __future__ import annotations

import numpy as np
import pytest

from app.video.framing import Framer, crop_window
from app.video.presets import get_preset
from app.video.yuv_framing import YuvFramer


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (322, 182), (640, 480)])
@pytest.mark.parametrize("center", [(0.0, 0.5), (0.37, 0.5), (0.5, 0.5), (1.0, 0.5)])
def test_window_is_even_inside_and_nine_by_sixteen(size, center):
    width, height = size
    left, top, w, h = crop_window(width, height, 1080, 1920, center)
    assert all(v % 2 == 0 for v in (left, top, w, h))
    assert left >= 0 and left + w <= width and top >= 0 and top + h <= height
    assert w / h == pytest.approx(9 / 16, abs=0.02)


def test_yuv_export_keeps_the_pixels_the_preview_shows():
    """A picture with a different colour in every 2-pixel column: the YUV export's frame
    matches the RGB reference cropped at the same window (one window for both)."""
    width, height = 322, 182
    columns = np.arange(width) // 2
    rgb = np.zeros((height, width, 3), np.uint8)
    rgb[:, :, 0] = (columns * 7 % 256).astype(np.uint8)
    rgb[:, :, 2] = (columns * 3 % 256).astype(np.uint8)
    preset = get_preset("vertical")
    framer = Framer(width, height, 0, preset, fit="crop", center=(0.37, 0.5))
    if not YuvFramer.usable(framer):
        pytest.skip("YUV framing not used for this preset")
    import av

    frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
    reference = framer.picture(frame, 0.0).to_ndarray(format="rgb24").astype(np.int16)
    yuv = YuvFramer(framer).picture(frame, 0.0).to_ndarray(format="rgb24").astype(np.int16)
    assert np.abs(reference - yuv).mean() < 3
