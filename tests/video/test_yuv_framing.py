"""The export's YUV-plane framing draws the same picture as the RGB reference
(``Framer``): same fit, blurred background, band and timed stickers, to a rounding and
the 2×2 chroma averaging at sharp colour edges."""

from __future__ import annotations

import av
import cv2
import numpy as np
import pytest

from app.video.framing import Framer
from app.video.overlay import OverlayText, render_band
from app.video.presets import get_preset
from app.video.stickers import Sticker, render_stickers
from app.video.yuv_framing import YuvFramer


def _source(width: int, height: int) -> av.VideoFrame:
    """Colour bars with a gradient and a white square: smooth areas and sharp edges."""
    rgb = np.zeros((height, width, 3), np.uint8)
    bars = [(200, 30, 40), (30, 180, 60), (40, 60, 220), (230, 220, 30)]
    for i, colour in enumerate(bars):
        rgb[:, i * width // 4 : (i + 1) * width // 4] = colour
    rgb[:, :, 1] = np.clip(rgb[:, :, 1] + np.linspace(0, 60, height)[:, None], 0, 255)
    rgb[height // 3 : height // 2, width // 3 : width // 2] = 255
    yuv = cv2.cvtColor(rgb, cv2.COLOR_RGB2YUV_I420)
    return av.VideoFrame.from_ndarray(yuv, format="yuv420p")


def _rgb(frame: av.VideoFrame) -> np.ndarray:
    return cv2.cvtColor(frame.to_ndarray(), cv2.COLOR_YUV2RGB_I420).astype(np.int16)


@pytest.mark.parametrize(
    ("fit", "rotation", "preset"),
    [
        ("pad-blur", 0, "vertical"),
        ("pad-solid", 0, "vertical"),
        ("crop", 0, "vertical"),
        ("pad-blur", 90, "wide"),
        ("crop", 270, "square"),
    ],
)
def test_yuv_planes_match_the_rgb_reference(fit, rotation, preset):
    coded_w, coded_h = 640, 360
    shown = (coded_h, coded_w) if rotation % 180 else (coded_w, coded_h)
    size = get_preset(preset)
    band = render_band(OverlayText("Giỏ tre đan tay", 185_000), size.width, size.height)
    stickers = render_stickers(
        [Sticker("Freeship", 1.0, 3.0, "top"), Sticker("Giảm 20%", 5.0, 6.0, "middle")],
        size.width,
        size.height,
        band.y,
    )
    framer = Framer(
        *shown,
        rotation,
        size,
        fit=fit,
        center=(0.3, 0.6),
        pad_rgb=(20, 120, 200),
        band=band,
        stickers=stickers,
    )
    assert YuvFramer.usable(framer)
    frame = _source(coded_w, coded_h)
    for t in (2.0, 4.0):  # the "Freeship" sticker shown, then not
        ours = YuvFramer(framer).picture(frame, t)
        reference = framer.picture(frame, t)
        assert (ours.width, ours.height) == (size.width, size.height)
        diff = np.abs(_rgb(ours) - _rgb(reference))
        assert diff.mean() < 1.5
        assert np.percentile(diff, 99) < 40  # only thin colour edges differ more


def test_frames_it_cannot_do_go_to_the_reference():
    framer = Framer(320, 180, 0, get_preset("vertical"))
    frame = _source(320, 180).reformat(format="yuvj420p")
    picture = YuvFramer(framer).picture(frame)
    assert (picture.width, picture.height) == (1080, 1920)
    assert not YuvFramer.usable(Framer(321, 180, 0, get_preset("vertical")))
