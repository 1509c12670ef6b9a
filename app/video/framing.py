"""Turning a decoded frame into the export frame: rotation, preset size, fit, overlay.

Fitting by padding keeps the whole picture (blurred copy of the frame or a solid
colour behind it); cropping fills the frame and the seller can move the centre.
"""

from __future__ import annotations

from dataclasses import dataclass

import av
import cv2
import numpy as np

from app.video.overlay import Band, composite
from app.video.presets import Preset
from app.video.stickers import RenderedSticker, draw_stickers


def _interpolation(scale: float) -> int:
    # INTER_AREA is the cleanest shrink but costs ~6x more at non-integer ratios;
    # bilinear only aliases visibly below half size.
    return cv2.INTER_AREA if scale < 0.5 else cv2.INTER_LINEAR


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def crop_window(
    width: int, height: int, out_width: int, out_height: int, center: tuple[float, float]
) -> tuple[int, int, int, int]:
    """(left, top, width, height) of the part of a ``width``×``height`` picture that a
    crop to ``out_width``×``out_height`` keeps, around ``center`` (fractions of the
    picture, 0.5 = middle) and never past its edges. The preview draws the same window.

    Sizes and offsets are even: the exact export crops YUV 4:2:0 planes, whose chroma
    has one sample per 2×2 pixels, and every user of the window (RGB reference, YUV
    export, preview) must keep the very same pixels."""
    scale = max(out_width / width, out_height / height)
    crop_w = max(2, min(width, round(out_width / scale)) // 2 * 2)
    crop_h = max(2, min(height, round(out_height / scale)) // 2 * 2)
    cx, cy = center[0] * width, center[1] * height
    left = int(min(max(cx - crop_w / 2, 0), max(0, width - crop_w))) // 2 * 2
    top = int(min(max(cy - crop_h / 2, 0), max(0, height - crop_h))) // 2 * 2
    return left, top, crop_w, crop_h


@dataclass
class Framer:
    width: int  # source as displayed (rotation applied)
    height: int
    rotation: int
    preset: Preset
    fit: str = "pad-blur"
    center: tuple[float, float] = (0.5, 0.5)
    pad_rgb: tuple[int, int, int] = (0, 0, 0)
    band: Band | None = None
    stickers: list[RenderedSticker] | None = None  # drawn by output time

    def __post_init__(self) -> None:
        if self.preset.width and self.preset.height:
            self.out_width, self.out_height = self.preset.width, self.preset.height
        else:
            self.out_width, self.out_height = _even(self.width), _even(self.height)

    @property
    def passthrough(self) -> bool:
        """True when decoded frames can go to the encoder untouched (no pixel work)."""
        return (
            self.rotation % 360 == 0
            and self.band is None
            and not self.stickers
            and (self.out_width, self.out_height) == (self.width, self.height)
        )

    def picture(self, frame: av.VideoFrame, t: float = 0.0) -> av.VideoFrame:
        """The yuv420p frame to encode for a decoded one."""
        if self.passthrough:
            return frame if frame.format.name == "yuv420p" else frame.reformat(format="yuv420p")
        if frame.format.name == "yuv420p":
            # OpenCV's I420 conversions match swscale's BT.601 limited range, 3-4x faster
            rgb = cv2.cvtColor(frame.to_ndarray(), cv2.COLOR_YUV2RGB_I420)
        else:  # e.g. full-range yuvj420p from phones: let swscale handle the range
            rgb = frame.to_ndarray(format="rgb24")
        out = self.apply(rgb, t)
        return av.VideoFrame.from_ndarray(
            cv2.cvtColor(out, cv2.COLOR_RGB2YUV_I420), format="yuv420p"
        )

    def apply(self, rgb: np.ndarray, t: float = 0.0) -> np.ndarray:
        if self.rotation % 360:
            # FFmpeg's display matrix angle is counter-clockwise, like np.rot90.
            rgb = np.ascontiguousarray(np.rot90(rgb, k=(self.rotation // 90) % 4))
        height, width = rgb.shape[:2]
        out_w, out_h = self.out_width, self.out_height
        if (width, height) != (out_w, out_h):
            rgb = self._crop(rgb) if self.fit == "crop" else self._pad(rgb)
        else:
            rgb = np.ascontiguousarray(rgb)
        if self.band is not None:
            composite(rgb, self.band)
        if self.stickers:
            draw_stickers(rgb, self.stickers, t)
        return rgb

    def _crop(self, rgb: np.ndarray) -> np.ndarray:
        height, width = rgb.shape[:2]
        scale = max(self.out_width / width, self.out_height / height)
        left, top, crop_w, crop_h = crop_window(
            width, height, self.out_width, self.out_height, self.center
        )
        window = rgb[top : top + crop_h, left : left + crop_w]
        return cv2.resize(
            window, (self.out_width, self.out_height), interpolation=_interpolation(scale)
        )

    def _pad(self, rgb: np.ndarray) -> np.ndarray:
        height, width = rgb.shape[:2]
        out_w, out_h = self.out_width, self.out_height
        scale = min(out_w / width, out_h / height)
        fg_w, fg_h = _even(width * scale), _even(height * scale)
        fg_w, fg_h = min(fg_w, out_w), min(fg_h, out_h)
        foreground = cv2.resize(rgb, (fg_w, fg_h), interpolation=_interpolation(scale))
        if self.fit == "pad-solid":
            canvas = np.empty((out_h, out_w, 3), np.uint8)
            canvas[:] = self.pad_rgb
        else:
            canvas = self._blurred_background(rgb)
        y = (out_h - fg_h) // 2
        x = (out_w - fg_w) // 2
        canvas[y : y + fg_h, x : x + fg_w] = foreground
        return canvas

    def _blurred_background(self, rgb: np.ndarray) -> np.ndarray:
        """The frame scaled to cover the canvas, blurred and darkened.

        Everything happens on a 1/16-size copy of just the visible window, then one
        upscale: the same look as blurring the full-size picture at a tiny cost.
        """
        height, width = rgb.shape[:2]
        out_w, out_h = self.out_width, self.out_height
        cover = max(out_w / width, out_h / height)
        window_w = min(width, round(out_w / cover))
        window_h = min(height, round(out_h / cover))
        left = (width - window_w) // 2
        top = (height - window_h) // 2
        window = rgb[top : top + window_h, left : left + window_w]
        small = cv2.resize(
            window, (max(2, out_w // 16), max(2, out_h // 16)), interpolation=cv2.INTER_AREA
        )
        small = cv2.GaussianBlur(small, (0, 0), 3)
        small = (small.astype(np.uint16) * 154 >> 8).astype(np.uint8)  # 60 % brightness
        return cv2.resize(small, (out_w, out_h), interpolation=cv2.INTER_LINEAR)
