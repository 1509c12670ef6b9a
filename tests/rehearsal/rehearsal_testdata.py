"""Rehearsal test data: demo SKUs, and a generated "camera" file with a moving picture and
speech-like sound with true silences at known times (numpy → PyAV).

A uniquely named module (not ``conftest``) so other test folders' helpers never shadow it.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.video.synth import frame_image

RATE = 48000
# The generated camera file: speech-like sound with one true silence here (seconds).
PLANTED_SILENCE = (15.0, 17.5)
CAMERA_SECONDS = 24.0
# The test shop (own products, so the demo shop's wording can change freely): a net with
# sizes and colours, a lantern with colours, a single-price tray.
NET, LANTERN, TRAY = "MTCM-1M22M-TRANG", "DLHA-DO", "KMTR"
NET_SIZES = (("1m2×2m", "1M22M", 120_000), ("1m6×2m", "1M62M", 150_000))
NET_COLOURS = (("Trắng", "TRANG"), ("Xanh dương", "XANHDUONG"), ("Hồng", "HONG"))
LANTERN_COLOURS = (("Đỏ", "DO", 90_000), ("Vàng", "VANG", 90_000), ("Xanh lá", "XANHLA", 95_000))


def make_shop(session) -> None:
    """Three products as a craft-village shop sells them."""
    from app.catalog.product_data import ProductData, VariantData
    from app.catalog.products import save_product

    net = [
        VariantData(
            sku=f"MTCM-{size_code}-{colour_code}", price=price, option1=size, option2=colour
        )
        for size, size_code, price in NET_SIZES
        for colour, colour_code in NET_COLOURS
    ]
    products = [
        ProductData(
            name="Màn tuyn chống muỗi cao cấp",
            description="Màn tuyn sợi polyester mịn, chống muỗi tốt, giặt máy được.",
            option1_name="Kích thước",
            option2_name="Màu",
            variants=net,
        ),
        ProductData(
            name="Đèn lồng tre Hội An",
            description="Đèn lồng khung tre bọc lụa, gấp gọn, kèm đui đèn.",
            option1_name="Màu",
            variants=[
                VariantData(sku=f"DLHA-{code}", price=price, option1=colour)
                for colour, code, price in LANTERN_COLOURS
            ],
        ),
        ProductData(
            name="Khay mây tròn đựng bánh kẹo",
            description="Khay mây tròn có quai, đựng bánh kẹo ngày Tết.",
            variants=[VariantData(sku=TRAY, price=75_000)],
        ),
    ]
    for data in products:
        data.status = "active"
        save_product(session, data)


def speech_like(duration: float, silences: list[tuple[float, float]], seed: int = 3) -> np.ndarray:
    """Noise shaped into syllables (≈ 4 per second, 0.1 s gaps between words) at about
    −14 dBFS RMS, with exact zeros inside ``silences``."""
    rng = np.random.default_rng(seed)
    total = int(duration * RATE)
    t = np.arange(total) / RATE
    noise = rng.normal(0.0, 0.25, total)
    syllables = 0.55 + 0.45 * np.sin(2 * np.pi * 4.0 * t) ** 2
    gap_every = 1.3  # a short breath between words, well under the 0.5 s silence minimum
    gaps = (t % gap_every) > (gap_every - 0.12)
    signal = noise * syllables * np.where(gaps, 0.0, 1.0)
    for start, end in silences:
        signal[int(start * RATE) : int(end * RATE)] = 0.0
    return np.clip(signal, -1, 1).astype(np.float32)


def make_camera_file(
    path: Path,
    *,
    duration: float = 26.0,
    silences: list[tuple[float, float]] | None = None,
    width: int = 640,
    height: int = 360,
    fps: int = 30,
    video: bool = True,
) -> Path:
    silences = silences if silences is not None else [(15.0, 17.5)]
    container = av.open(str(path), "w")
    if video:
        vstream = container.add_stream("libx264", rate=fps)
        vstream.width, vstream.height = width, height
        vstream.pix_fmt = "yuv420p"
        vstream.options = {"preset": "ultrafast", "crf": "28"}
    astream = container.add_stream("aac", rate=RATE)
    astream.layout = "stereo"
    if video:
        for index in range(int(duration * fps)):
            frame = av.VideoFrame.from_ndarray(frame_image(index, width, height), format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            container.mux(vstream.encode(frame))
        container.mux(vstream.encode(None))
    samples = speech_like(duration, silences)
    for start in range(0, len(samples), 1024):
        chunk = samples[start : start + 1024]
        frame = av.AudioFrame.from_ndarray(np.stack([chunk, chunk]), format="fltp", layout="stereo")
        frame.sample_rate = RATE
        frame.pts = start
        frame.time_base = Fraction(1, RATE)
        container.mux(astream.encode(frame))
    container.mux(astream.encode(None))
    container.close()
    return path
