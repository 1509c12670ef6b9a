"""Where thumbnails and waveforms are kept between runs: ``cache_dir/video/<file key>/``.

The key hashes the file's size and three 1 MiB samples (start, middle, end) with
SHA-256 instead of the whole file: hashing a 500 MB clip would cost more than the
filmstrip itself, and any edit or re-encode changes the size or the MP4 index at
one end. Copies of the same clip share their cache.

The keyframe scan (``probe``'s walk over every video packet) is kept here too, so a
clip opened again has its whole timeline at once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from pathlib import Path

from app.config import Paths
from app.progress import CancelToken
from app.video.probe import MediaInfo, probe

SAMPLE = 1 << 20
VERSION = b"v1"


_keys: dict[tuple, str] = {}  # (path, size, mtime, inode) -> key: three jobs ask at once


def file_key(path: Path) -> str:
    stat = path.stat()
    memo = (str(path), stat.st_size, stat.st_mtime_ns, stat.st_ino)
    key = _keys.get(memo)
    if key is None:
        key = _hash_samples(path, stat.st_size)
        if len(_keys) > 256:
            _keys.clear()
        _keys[memo] = key  # another thread may clear the memo meanwhile: return our own
    return key


def _hash_samples(path: Path, size: int) -> str:
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


def scanned_probe(
    path: str | Path, paths: Paths | None, cancel: CancelToken | None = None
) -> MediaInfo:
    """``probe(path)`` with the packet walk (keyframes, VFR), kept in the cache."""
    source = Path(path)
    store = folder(paths, source) / "scan-v1.json" if paths is not None else None
    if store is not None and store.exists():
        try:
            data = json.loads(store.read_text(encoding="utf-8"))
            data.update(path=str(source), keyframes=tuple(data["keyframes"]))
            return MediaInfo(**data)
        except (OSError, ValueError, KeyError, TypeError):  # damaged, or an older MediaInfo
            store.unlink(missing_ok=True)
    info = probe(source, cancel=cancel)
    if store is not None:
        write_atomic(store, json.dumps(dataclasses.asdict(info)).encode("utf-8"))
    return info
