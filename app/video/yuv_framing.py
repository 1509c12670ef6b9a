"""The export frame built in YUV 4:2:0, as the ffmpeg tool's filters do it.

``Framer.picture`` converts every decoded frame to RGB, does the fit and the overlays,
and converts back: two full-size colour conversions per frame, more than half of the
pixel work. Scaling, blurring and alpha blending are linear, and so is the BT.601
YUV↔RGB transform, so doing them on the Y, U and V planes gives the same picture (to a
rounding, and the overlays' chroma edges averaged over 2×2 pixels) at a third of the
cost. ``Framer`` stays the reference and handles what this does not (odd sizes, other
pixel formats).
"""

from __future__ import annotations

from dataclasses import dataclass

import av
import cv2
import numpy as np

from app.video.framing import Framer, _interpolation, crop_window
from app.video.overlay import Band

DARKEN = 154  # /256: 60 % brightness, as Framer._blurred_background


@dataclass(frozen=True)
class _YuvBand:
    """An RGBA band as premultiplied Y/U/V planes and inverse alphas, 2×2-aligned."""

    x: int
    y: int
    luma: np.ndarray  # Y * alpha (uint16)
    inv: np.ndarray  # 255 - alpha
    chroma: tuple[np.ndarray, np.ndarray]  # mean over 2×2 of U * alpha, V * alpha
    inv_chroma: np.ndarray  # 255 - mean alpha over 2×2


def _bt601(rgb: np.ndarray) -> np.ndarray:
    """Full-resolution BT.601 limited-range YUV (the matrix of OpenCV's RGB2YUV_I420 and
    swscale's default; OpenCV's plain RGB2YUV is full range), as uint32."""
    m = np.array([[65.481, 128.553, 24.966], [-37.797, -74.203, 112.0], [112.0, -93.786, -18.214]])
    yuv = rgb.astype(np.float32) @ (m.T / 255.0).astype(np.float32)
    yuv += np.array([16.0, 128.0, 128.0], np.float32)
    return np.clip(np.rint(yuv), 0, 255).astype(np.uint32)


def _yuv_band(band: Band) -> _YuvBand:
    rgba = band.pixels
    left, top = band.x % 2, band.y % 2
    h, w = rgba.shape[:2]
    height, width = h + top + (h + top) % 2, w + left + (w + left) % 2
    padded = np.zeros((height, width, 4), np.uint8)  # transparent margins to even edges
    padded[top : top + h, left : left + w] = rgba
    yuv = _bt601(padded[:, :, :3])
    alpha = padded[:, :, 3].astype(np.uint32)
    luma = (yuv[:, :, 0] * alpha).astype(np.uint16)

    def quarter(plane: np.ndarray) -> np.ndarray:  # mean over each 2×2 block
        return (
            plane[0::2, 0::2] + plane[1::2, 0::2] + plane[0::2, 1::2] + plane[1::2, 1::2] + 2
        ) // 4

    u = quarter(yuv[:, :, 1] * alpha).astype(np.uint16)
    v = quarter(yuv[:, :, 2] * alpha).astype(np.uint16)
    a_half = quarter(alpha).astype(np.uint16)
    return _YuvBand(
        band.x - left,
        band.y - top,
        luma,
        (255 - alpha).astype(np.uint16),
        (u, v),
        255 - a_half,
    )


def _blend(plane: np.ndarray, x: int, y: int, premult: np.ndarray, inv: np.ndarray) -> None:
    h, w = premult.shape
    region = plane[y : y + h, x : x + w]
    h, w = region.shape
    if not h or not w:
        return
    mixed = region.astype(np.uint16) * inv[:h, :w]
    mixed += premult[:h, :w]
    mixed += 127
    region[:] = (mixed // 255).astype(np.uint8)


def _planes(frame: av.VideoFrame) -> list[np.ndarray]:
    """The Y, U, V planes as arrays over the frame's own memory (rows padded to
    ``line_size``). Copying a 1080×1920 frame in and out of NumPy holds the GIL for
    milliseconds, which the UI thread feels."""
    return [
        np.frombuffer(plane, np.uint8).reshape(plane.height, plane.line_size)[:, : plane.width]
        for plane in frame.planes
    ]


class YuvFramer:
    """``Framer.picture`` for yuv420p frames, computed on the planes."""

    def __init__(self, framer: Framer) -> None:
        self.framer = framer
        self.out_w, self.out_h = framer.out_width, framer.out_height
        self.band = _yuv_band(framer.band) if framer.band is not None else None
        self.stickers = [(s, _yuv_band(s.band)) for s in framer.stickers or []]
        r, g, b = framer.pad_rgb
        pad = _bt601(np.array([[[r, g, b]]], np.uint8))[0, 0]
        self.pad_yuv = tuple(int(c) for c in pad)

    @staticmethod
    def usable(framer: Framer) -> bool:
        return (
            not framer.passthrough
            and framer.out_width % 2 == 0
            and framer.out_height % 2 == 0
            and framer.width % 2 == 0
            and framer.height % 2 == 0
            and framer.rotation % 90 == 0
        )

    def picture(self, frame: av.VideoFrame, t: float = 0.0) -> av.VideoFrame:
        if frame.format.name != "yuv420p" or frame.width % 2 or frame.height % 2:
            return self.framer.picture(frame, t)
        planes = _planes(frame)  # views on the decoded picture, no copy
        turns = (self.framer.rotation // 90) % 4
        if turns:
            planes = [np.rot90(p, k=turns) for p in planes]
        oh, ow = self.out_h, self.out_w
        picture = av.VideoFrame(ow, oh, "yuv420p")
        targets = _planes(picture)  # written in place: no copy into a frame afterwards
        height, width = planes[0].shape
        if (width, height) == (ow, oh):
            for src, dst in zip(planes, targets, strict=True):
                dst[:] = src
        elif self.framer.fit == "crop":
            self._crop(planes, targets)
        else:
            self._pad(planes, targets)
        if self.band is not None:
            self._composite(targets, self.band)
        for sticker, band in self.stickers:
            if sticker.shown_at(t):
                self._composite(targets, band)
        return picture

    @staticmethod
    def _composite(targets, band: _YuvBand) -> None:
        _blend(targets[0], band.x, band.y, band.luma, band.inv)
        for plane, premult in zip(targets[1:], band.chroma, strict=True):
            _blend(plane, band.x // 2, band.y // 2, premult, band.inv_chroma)

    def _crop(self, planes, targets) -> None:
        height, width = planes[0].shape
        ow, oh = self.out_w, self.out_h
        scale = max(ow / width, oh / height)
        # the same window as the preview and the RGB reference (even for 4:2:0)
        left, top, crop_w, crop_h = crop_window(width, height, ow, oh, self.framer.center)
        how = _interpolation(scale)
        for i, (src, dst) in enumerate(zip(planes, targets, strict=True)):
            d = 1 if i == 0 else 2
            window = src[top // d : (top + crop_h) // d, left // d : (left + crop_w) // d]
            cv2.resize(window, (dst.shape[1], dst.shape[0]), dst=dst, interpolation=how)

    def _pad(self, planes, targets) -> None:
        height, width = planes[0].shape
        ow, oh = self.out_w, self.out_h
        scale = min(ow / width, oh / height)
        fg_w = min(max(2, round(width * scale / 2) * 2), ow)
        fg_h = min(max(2, round(height * scale / 2) * 2), oh)
        x = (ow - fg_w) // 4 * 2  # even, so the chroma planes line up
        y = (oh - fg_h) // 4 * 2
        how = _interpolation(scale)
        if self.framer.fit == "pad-solid":
            for dst, value in zip(targets, self.pad_yuv, strict=True):
                dst[:] = value
        else:
            self._blurred_background(planes, targets)
        for i, (src, dst) in enumerate(zip(planes, targets, strict=True)):
            d = 1 if i == 0 else 2
            region = dst[y // d : (y + fg_h) // d, x // d : (x + fg_w) // d]
            cv2.resize(
                np.ascontiguousarray(src), (fg_w // d, fg_h // d), dst=region, interpolation=how
            )

    def _blurred_background(self, planes, targets) -> None:
        height, width = planes[0].shape
        ow, oh = self.out_w, self.out_h
        cover = max(ow / width, oh / height)
        window_w = min(width, round(ow / cover)) // 2 * 2
        window_h = min(height, round(oh / cover)) // 2 * 2
        left = (width - window_w) // 4 * 2
        top = (height - window_h) // 4 * 2
        small_size = (max(2, ow // 16), max(2, oh // 16))
        for i, (src, dst) in enumerate(zip(planes, targets, strict=True)):
            d = 1 if i == 0 else 2
            window = src[top // d : (top + window_h) // d, left // d : (left + window_w) // d]
            small = cv2.resize(window, small_size, interpolation=cv2.INTER_AREA)
            small = cv2.GaussianBlur(small, (0, 0), 3).astype(np.int16)
            # 60 % of the RGB values is 60 % of (Y-16) and of (U-128), (V-128)
            centre = 16 if i == 0 else 128
            small = ((small - centre) * DARKEN >> 8) + centre
            cv2.resize(
                small.astype(np.uint8),
                (dst.shape[1], dst.shape[0]),
                dst=dst,
                interpolation=cv2.INTER_LINEAR,
            )
