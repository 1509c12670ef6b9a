"""Turning a decoded frame into the export frame: rotation, preset size, fit, overlay.

Fitting by padding keeps the whole picture (blurred copy of the frame or a solid
colour behind it); cropping fills the frame and the seller can move the centre.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from app.video.overlay import Band, composite
from app.video.presets import Preset


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


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
            and (self.out_width, self.out_height) == (self.width, self.height)
        )

    def apply(self, rgb: np.ndarray) -> np.ndarray:
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
        return rgb

    def _crop(self, rgb: np.ndarray) -> np.ndarray:
        height, width = rgb.shape[:2]
        scale = max(self.out_width / width, self.out_height / height)
        crop_w = min(width, round(self.out_width / scale))
        crop_h = min(height, round(self.out_height / scale))
        cx = self.center[0] * width
        cy = self.center[1] * height
        left = int(min(max(cx - crop_w / 2, 0), width - crop_w))
        top = int(min(max(cy - crop_h / 2, 0), height - crop_h))
        window = rgb[top : top + crop_h, left : left + crop_w]
        return cv2.resize(window, (self.out_width, self.out_height), interpolation=cv2.INTER_AREA)

    def _pad(self, rgb: np.ndarray) -> np.ndarray:
        height, width = rgb.shape[:2]
        out_w, out_h = self.out_width, self.out_height
        scale = min(out_w / width, out_h / height)
        fg_w, fg_h = _even(width * scale), _even(height * scale)
        fg_w, fg_h = min(fg_w, out_w), min(fg_h, out_h)
        shrink = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        foreground = cv2.resize(rgb, (fg_w, fg_h), interpolation=shrink)
        if self.fit == "pad-solid":
            canvas = np.empty((out_h, out_w, 3), np.uint8)
            canvas[:] = self.pad_rgb
        else:
            # Blur a tiny copy and blow it up: same look as a big blur at 1/50 the cost.
            cover = max(out_w / width, out_h / height)
            small = cv2.resize(
                rgb,
                (max(2, round(width * cover / 16)), max(2, round(height * cover / 16))),
                interpolation=cv2.INTER_AREA,
            )
            small = cv2.GaussianBlur(small, (0, 0), 3)
            big = cv2.resize(
                small, (round(width * cover), round(height * cover)), interpolation=cv2.INTER_LINEAR
            )
            top = (big.shape[0] - out_h) // 2
            left = (big.shape[1] - out_w) // 2
            canvas = (big[top : top + out_h, left : left + out_w] * 0.6).astype(np.uint8)
        y = (out_h - fg_h) // 2
        x = (out_w - fg_w) // 2
        canvas[y : y + fg_h, x : x + fg_w] = foreground
        return canvas
