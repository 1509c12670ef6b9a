"""What each big part of the one-folder bundle costs, in a table for the README.

Sizes count regular files only (PyInstaller's symlinks cost nothing). Each file
goes to the first category whose pattern matches its path inside the bundle.
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import asdict, dataclass
from pathlib import Path

MB = 1_000_000


def _ffmpeg(folder: str) -> tuple[str, ...]:
    # libavif (an image format) also starts with "libav": name FFmpeg's own libraries
    names = ("avcodec", "avformat", "avutil", "avfilter", "avdevice", "swscale", "swresample")
    return tuple(f"*/{folder}/{prefix}{name}*" for name in names for prefix in ("lib", ""))


# (category, glob patterns on the posix path relative to the bundle folder)
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "FFmpeg for Qt Multimedia (Qt's copy)",
        (
            *_ffmpeg("PySide6/Qt/lib"),
            *_ffmpeg("PySide6"),  # Linux wheel layout, Windows wheel layout
            "*/PySide6/Qt/lib/libQt6FFmpegStub*",
            "*/PySide6/Qt/plugins/multimedia/*",
            "*/PySide6/plugins/multimedia/*",
        ),
    ),
    ("FFmpeg for PyAV (PyAV's copy; OpenCV links to it on Linux)", _ffmpeg("av.libs")),
    (
        "FFmpeg for OpenCV (OpenCV's copy)",
        (*_ffmpeg("opencv_python_headless.libs"), "*/cv2/opencv_videoio_ffmpeg*"),
    ),
    (
        "codecs bundled with PyAV (x264, SVT-AV1, dav1d, VPx, GnuTLS...; x265 is a stand-in)",
        ("*/av.libs/*",),
    ),
    ("PyAV bindings", ("*/av/*",)),
    (
        "OpenCV (cv2 + its libraries)",
        ("*/cv2/*", "*/opencv_python_headless.libs/*", "*/opencv_python*.libs/*"),
    ),
    ("Qt libraries", ("*/PySide6/Qt/lib/*", "*/PySide6/Qt6*.dll", "*/PySide6/icu*.dll")),
    ("Qt plugins", ("*/PySide6/Qt/plugins/*", "*/PySide6/plugins/*")),
    ("Qt translations", ("*/PySide6/Qt/translations/*", "*/PySide6/translations/*")),
    ("PySide6/shiboken bindings", ("*/PySide6/*", "*/shiboken6/*")),
    ("NumPy + OpenBLAS", ("*/numpy/*", "*/numpy.libs/*")),
    (
        "Pillow + pillow-heif (its x265 is a stand-in)",
        ("*/PIL/*", "*/pillow.libs/*", "*/pillow_heif*"),
    ),
    (
        "Python runtime + app code (exe with PYZ, libpython, stdlib)",
        (
            "LangNgheStudio",
            "LangNgheStudio.exe",
            "*/libpython*",
            "*/python3*.dll",
            "*/python3.*/*",
            "*/base_library.zip",
            "*/lib-dynload/*",
        ),
    ),
    ("app resources + migrations", ("*/resources/*", "*/app/*")),
    (
        "system libraries from the build host (X11/xcb, glib, PulseAudio...)",
        ("*/lib*.so*", "*/*.dll"),
    ),
)
OTHER = "other Python packages (SQLAlchemy, pydantic, uvicorn...)"


@dataclass
class SizeReport:
    folder_bytes: int
    archive_bytes: int | None
    parts: dict[str, int]
    files: int

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)

    def to_markdown(self, title: str = "Bundle size") -> str:
        lines = [f"### {title}", "", "| part | MB | share |", "|---|---:|---:|"]
        for name, size in sorted(self.parts.items(), key=lambda item: -item[1]):
            lines.append(
                f"| {name} | {size / MB:.1f} | {100 * size / max(self.folder_bytes, 1):.0f}% |"
            )
        lines.append(
            f"| **one-folder total** ({self.files} files) | **{self.folder_bytes / MB:.1f}** | 100% |"
        )
        if self.archive_bytes is not None:
            lines.append(f"| **compressed download** | **{self.archive_bytes / MB:.1f}** | |")
        return "\n".join(lines) + "\n"


def categorize(relative_posix: str) -> str:
    for name, patterns in CATEGORIES:
        if any(fnmatch.fnmatch(relative_posix, pattern) for pattern in patterns):
            return name
    return OTHER


def measure(folder: Path, archive: Path | None = None) -> SizeReport:
    # the three FFmpeg copies always get a row, even when one is shared away (0 MB)
    parts: dict[str, int] = {name: 0 for name, _ in CATEGORIES if name.startswith("FFmpeg")}
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        relative = path.relative_to(folder).as_posix()
        category = categorize(relative)
        parts[category] = parts.get(category, 0) + size
        total += size
        files += 1
    archive_bytes = archive.stat().st_size if archive is not None and archive.exists() else None
    return SizeReport(total, archive_bytes, parts, files)


def biggest_files(folder: Path, count: int = 15) -> list[tuple[str, int]]:
    sizes = [
        (path.relative_to(folder).as_posix(), path.stat().st_size)
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    ]
    return sorted(sizes, key=lambda item: -item[1])[:count]
