"""Small generated clips for the self-test and the tests: every frame shows its own
number as a row of black/white blocks, and the sound is a steady tone with a short
high beep at every half second, so a cut can be checked frame by frame and A/V sync
measured without a reference file."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

CODE_BITS = 12
BEEP_EVERY = 0.5  # seconds
BEEP_LENGTH = 0.05
TONE_HZ = 440.0
BEEP_HZ = 1760.0


def frame_image(index: int, width: int, height: int) -> np.ndarray:
    """RGB frame: a moving gradient plus the frame number in blocks along the top."""
    x = np.arange(width, dtype=np.uint16)
    row = ((x + index * 7) % 256).astype(np.uint8)
    image = np.empty((height, width, 3), np.uint8)
    image[:, :, 0] = row
    image[:, :, 1] = np.arange(height, dtype=np.uint16)[:, None].astype(np.uint8)
    image[:, :, 2] = 96
    block = width // CODE_BITS
    band = max(8, height // 8)
    for bit in range(CODE_BITS):
        value = 255 if (index >> bit) & 1 else 0
        image[:band, bit * block : (bit + 1) * block] = value
    return image


def read_frame_number(rgb_or_gray: np.ndarray) -> int:
    """Inverse of :func:`frame_image` for a decoded frame of the same size."""
    gray = rgb_or_gray if rgb_or_gray.ndim == 2 else rgb_or_gray.mean(axis=2)
    height, width = gray.shape
    block = width // CODE_BITS
    band = max(8, height // 8)
    number = 0
    for bit in range(CODE_BITS):
        cell = gray[2 : band - 2, bit * block + 2 : (bit + 1) * block - 2]
        if cell.mean() > 128:
            number |= 1 << bit
    return number


def tone(start_sample: int, count: int, rate: int) -> np.ndarray:
    t = (start_sample + np.arange(count)) / rate
    signal = 0.3 * np.sin(2 * np.pi * TONE_HZ * t)
    in_beep = (t % BEEP_EVERY) < BEEP_LENGTH
    signal += np.where(in_beep, 0.3 * np.sin(2 * np.pi * BEEP_HZ * t), 0.0)
    return signal.astype(np.float32)


def make_clip(
    path: Path,
    *,
    duration: float = 2.0,
    width: int = 320,
    height: int = 240,
    fps: int = 30,
    gop: int = 15,
    bframes: int = 2,
    video: bool = True,
    audio: bool = True,
    rotation: int = 0,
    vfr: bool = False,
    codec: str = "libx264",
    audio_codec: str = "aac",
    sample_rate: int = 48000,
) -> Path:
    container = av.open(str(path), "w")
    vstream = astream = None
    if video:
        vstream = container.add_stream(codec, rate=fps)
        vstream.width, vstream.height = width, height
        vstream.pix_fmt = "yuv420p"
        frame_tb = Fraction(1, 90000) if vfr else Fraction(1, fps)
        vstream.time_base = frame_tb
        vstream.codec_context.time_base = frame_tb
        vstream.gop_size = gop
        if codec == "libx264":
            vstream.options = {
                "preset": "ultrafast",
                "crf": "18",
                "x264-params": f"bframes={bframes}:keyint={gop}:min-keyint={gop}:scenecut=0",
            }
        if codec == "libx265":
            vstream.options = {"x265-params": f"log-level=error:keyint={gop}"}
        if rotation:
            vstream.set_display_rotation(rotation)
    if audio:
        astream = container.add_stream(audio_codec, rate=sample_rate)
        astream.layout = "stereo"
    if vstream is not None:
        rng = np.random.default_rng(7)
        pts = 0
        index = 0
        while pts * frame_tb < duration - 1e-9:
            frame = av.VideoFrame.from_ndarray(frame_image(index, width, height), format="rgb24")
            frame = frame.reformat(format="yuv420p")
            frame.pts = pts
            frame.time_base = frame_tb
            container.mux(vstream.encode(frame))
            step = 1
            if vfr:  # phone-like jitter: frames 25-45 ms apart
                step = int(90000 * rng.uniform(0.025, 0.045))
            pts += step
            index += 1
        container.mux(vstream.encode(None))
    if astream is not None:
        total = int(duration * sample_rate)
        chunk = 1024
        for start in range(0, total, chunk):
            samples = tone(start, min(chunk, total - start), sample_rate)
            planes = np.stack([samples, samples])
            if audio_codec == "pcm_s16le":  # as some cameras write .mov
                packed = (planes.T.reshape(1, -1) * 32767).astype(np.int16)
                frame = av.AudioFrame.from_ndarray(packed, format="s16", layout="stereo")
            else:
                frame = av.AudioFrame.from_ndarray(planes, format="fltp", layout="stereo")
            frame.sample_rate = sample_rate
            frame.pts = start
            frame.time_base = Fraction(1, sample_rate)
            container.mux(astream.encode(frame))
        container.mux(astream.encode(None))
    container.close()
    return path
