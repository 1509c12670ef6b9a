"""Render resources/icons/app.svg to the PNG (Linux .desktop) and ICO (Windows exe, installer).

Runs in the build, with QtGui/QtSvg offscreen: no ImageMagick or Inkscape needed.
"""

from __future__ import annotations

import os
from pathlib import Path

PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _render(svg: Path, size: int):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _render.app = QGuiApplication([])  # kept alive on the function for later calls
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def render_png(svg: Path, target: Path, size: int = PNG_SIZE) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not _render(svg, size).save(str(target), "PNG"):
        raise OSError(f"could not write {target}")
    return target


def render_ico(svg: Path, target: Path) -> Path:
    """A multi-size .ico; PNG-compressed entries are valid ICO since Windows Vista."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    images = []
    for size in ICO_SIZES:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        _render(svg, size).save(buffer, "PNG")
        buffer.close()
        images.append((size, bytes(data)))
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)
    return target
