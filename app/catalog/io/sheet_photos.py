"""Photo file names written in a spreadsheet cell, found on disk and checked like dropped files.

Sellers list one or more names per row (``ảnh 1.jpg; ảnh 2.jpg``, one per line,
or comma-separated), relative to the spreadsheet's own folder or as full paths.
Marketplace and KiotViet exports put web links there instead: those cannot be
fetched offline, so they are noted ("thêm ảnh sau") and the row still imports.
A name that is missing, a folder, or a file that is not a usable photo is a
problem of that row, named exactly as written (quoted, so spaces and Vietnamese
marks read plainly).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from urllib.parse import unquote, urlparse

from app.catalog.photos import check_photo
from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "catalog"
_SEPARATORS = re.compile(r"[;,\n\r]+")
_LINK = re.compile(r"^(https?://|www\.)", re.IGNORECASE)


@dataclass
class SheetPhotos:
    paths: list[Path] = field(default_factory=list)  # found and checked: ready to import
    problems: list[Message] = field(default_factory=list)  # the row cannot import as is
    notes: list[Message] = field(default_factory=list)  # told, but the row imports


def split_names(raw: str) -> list[str]:
    """``a.jpg; b.jpg``, ``a.jpg, b.jpg`` or one per line → names, quotes and blanks removed."""
    names = []
    for part in _SEPARATORS.split(raw or ""):
        name = part.strip().strip("\"'\u201c\u201d").strip()
        if name:
            names.append(unicodedata.normalize("NFC", name))
    return names


def _message(text: str, *args: str) -> Message:
    return Message(CTX, text, args)


def _as_path(name: str, folder: Path | None) -> Path | None:
    """The file a name points at: a file:// URL, an absolute path, or relative to the sheet."""
    if name.lower().startswith("file://"):
        name = unquote(urlparse(name).path)
        if re.match(r"^/[A-Za-z]:/", name):  # file:///C:/... on Windows
            name = name[1:]
    if os.sep == "/" and "\\" in name:
        name = PureWindowsPath(name).as_posix()  # a sheet written on Windows: anh\mu.jpg
    path = Path(name)
    if path.is_absolute():
        return path
    return folder / path if folder is not None else None


def _same_name_on_disk(path: Path) -> Path | None:
    """A file whose name differs only in Unicode form (macOS writes NFD) or letter case
    (Windows ignores it; a sheet typed there may say ``Anh1.JPG`` for ``anh1.jpg``)."""
    parent = path.parent
    if not parent.is_dir():
        return None
    wanted = unicodedata.normalize("NFC", path.name)
    try:
        entries = list(parent.iterdir())
    except OSError:
        return None
    for entry in entries:
        if unicodedata.normalize("NFC", entry.name) == wanted:
            return entry
    folded = [
        e for e in entries if unicodedata.normalize("NFC", e.name).casefold() == wanted.casefold()
    ]
    return folded[0] if len(folded) == 1 else None


def resolve_photos(raw: str, folder: Path | None) -> SheetPhotos:
    result = SheetPhotos()
    seen: set[Path] = set()
    for name in split_names(raw):
        if _LINK.match(name):
            result.notes.append(
                _message(
                    QT_TRANSLATE_NOOP(
                        "catalog",
                        "ảnh \u201c%1\u201d là đường link: không tải được khi không có mạng — "
                        "thêm ảnh sau.",
                    ),
                    name,
                )
            )
            continue
        path = _as_path(name, folder)
        if path is None:
            result.problems.append(
                _message(
                    QT_TRANSLATE_NOOP(
                        "catalog",
                        "ảnh \u201c%1\u201d: không biết bảng tính nằm ở thư mục nào; "
                        "hãy ghi đường dẫn đầy đủ.",
                    ),
                    name,
                )
            )
            continue
        if not path.exists():
            path = _same_name_on_disk(path) or path
        if path.is_dir():
            result.problems.append(
                _message(
                    QT_TRANSLATE_NOOP(
                        "catalog",
                        "\u201c%1\u201d là một thư mục, không phải tệp ảnh. "
                        "Hãy ghi tên từng tệp ảnh trong thư mục đó.",
                    ),
                    name,
                )
            )
            continue
        if not path.is_file():
            result.problems.append(
                _message(
                    QT_TRANSLATE_NOOP(
                        "catalog",
                        "không tìm thấy ảnh \u201c%1\u201d trong thư mục %2. Hãy kiểm tra tên tệp "
                        "(từng dấu tiếng Việt, khoảng trắng, đuôi .jpg/.png) hoặc chép ảnh vào "
                        "cùng thư mục với bảng tính.",
                    ),
                    name,
                    str(path.parent),
                )
            )
            continue
        problem, _size = check_photo(path)
        if problem is not None:
            result.problems.append(problem)  # names the file, as when photos are dropped
            continue
        if path not in seen:
            seen.add(path)
            result.paths.append(path)
    return result
