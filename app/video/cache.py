"""Where thumbnails and waveforms are kept between runs: ``cache_dir/video/<file key>/``.

The key hashes the file's size and three 1 MiB samples (start, middle, end) with
SHA-256 instead of the whole file: hashing a 500 MB clip would cost more than the
filmstrip itself, and any edit or re-encode changes the size or the MP4 index at
one end. Copies of the same clip share their cache.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from app.config import Paths

SAMPLE = 1 << 20
VERSION = b"v1"


def file_key(path: Path) -> str:
    size = path.stat().st_size
    digest = hashlib.sha256(VERSION + size.to_bytes(8, "little"))
    with path.open("rb") as handle:
        for offset in sorted({0, max(0, size // 2 - SAMPLE // 2), max(0, size - SAMPLE)}):
            handle.seek(offset)
            digest.update(handle.read(SAMPLE))
    return digest.hexdigest()[:32]


def folder(paths: Paths, path: Path) -> Path:
    return paths.cache_dir / "video" / file_key(path)


def write_atomic(target: Path, data: bytes) -> None:
    """A cache file is either complete or absent, even if the app is killed mid-write."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
