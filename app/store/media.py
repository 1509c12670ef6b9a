"""Content-addressed media store: every file is kept once, named by its SHA-256.

``media/ab/abcdef…`` holds the bytes; rows only keep the hash, so the same photo
added twice (or on two PCs) is one file and sync can ask the hub "do you have
this hash?". Files are hashed while they are copied (never read whole into
memory) into a temporary name and renamed into place, so a crash never leaves a
half-written file under a real hash. Thumbnails are cache: deletable any time.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.config import Paths

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path
    existed: bool  # True when the store already had these bytes


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class MediaStore:
    def __init__(self, paths: Paths) -> None:
        self.root = paths.media_dir
        self.cache = paths.cache_dir / "thumbnails"

    def path_for(self, sha256: str) -> Path:
        return self.root / _checked(sha256)[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_file(self, source: Path) -> StoredBlob:
        with source.open("rb") as handle:
            return self.put_stream(handle.read)

    def put_bytes(self, data: bytes) -> StoredBlob:
        chunks = iter([data, b""])
        return self.put_stream(lambda _size: next(chunks))

    def put_stream(self, read: Callable[[int], bytes]) -> StoredBlob:
        """Copy from ``read(n)`` until it returns b"", hashing on the way."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        descriptor, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(descriptor, "wb") as out:
                while chunk := read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.is_file() and target.stat().st_size == size:
                temp.unlink()
                return StoredBlob(sha, size, target, existed=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
            return StoredBlob(sha, size, target, existed=False)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def thumbnail_path(self, sha256: str, size: int) -> Path:
        return self.cache / f"{size}" / _checked(sha256)[:2] / f"{sha256}.jpg"

    def clear_cache(self) -> None:
        shutil.rmtree(self.cache, ignore_errors=True)


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _checked(sha256: str) -> str:
    """Hashes become file names; once they arrive from the hub, '../' must never get through."""
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256[:80]!r}")
    return sha256
