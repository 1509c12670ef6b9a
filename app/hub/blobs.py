"""Media blobs named by SHA-256: the store interface and its disk implementation.

Uploads land in a per-(shop, hash) partial file that only grows by appending at
its current end, so a cut connection resumes where the disk says it stopped. A
blob becomes visible only after its bytes hash to its name. An object store
(S3, MinIO) can implement ``BlobStore`` later without touching the API.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

_HASH = re.compile(r"^[0-9a-f]{64}$")
_KEY = re.compile(r"^[0-9a-f]{1,64}$")
READ_SIZE = 1024 * 1024


def valid_hash(value: str) -> bool:
    return bool(_HASH.match(value))


class BlobStore(ABC):
    @abstractmethod
    def has(self, digest: str) -> bool: ...

    @abstractmethod
    def size(self, digest: str) -> int: ...

    @abstractmethod
    def read_range(self, digest: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start``..``end`` inclusive, in pieces."""

    @abstractmethod
    def partial_size(self, owner: str, digest: str) -> int: ...

    @abstractmethod
    async def append_partial(
        self, owner: str, digest: str, offset: int, pieces: AsyncIterator[bytes]
    ) -> int:
        """Append at ``offset`` (which must be the partial's size); return the new size."""

    @abstractmethod
    def finish(self, owner: str, digest: str) -> bool:
        """Verify the partial's hash; on a match make it the blob, else drop it. True on success."""

    @abstractmethod
    def drop_partial(self, owner: str, digest: str) -> None: ...


class DiskBlobStore(BlobStore):
    def __init__(self, root: Path, partial_max_age_s: float = 14 * 24 * 3600) -> None:
        self.root = root
        # SHA-256 state of each partial as its bytes arrive, so finishing an upload needs no
        # second read of the file; (bytes hashed, hasher). Lost on restart: then finish re-reads.
        self._hashing: dict[tuple[str, str], tuple[int, hashlib._Hash]] = {}
        self.partial_dir = root / "partial"
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        self._drop_abandoned(partial_max_age_s)

    def _drop_abandoned(self, max_age_s: float) -> None:
        """Uploads nobody resumed for two weeks would only fill the disk."""
        cutoff = time.time() - max_age_s
        for path in self.partial_dir.iterdir():
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()

    def _path(self, digest: str) -> Path:
        if not valid_hash(digest):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / digest[:2] / digest[2:4] / digest

    def _partial(self, owner: str, digest: str) -> Path:
        if not valid_hash(digest) or not _KEY.match(owner):
            raise ValueError("bad blob name")
        return self.partial_dir / f"{owner}-{digest}"

    def has(self, digest: str) -> bool:
        return self._path(digest).is_file()

    def size(self, digest: str) -> int:
        return self._path(digest).stat().st_size

    def read_range(self, digest: str, start: int, end: int) -> Iterator[bytes]:
        with self._path(digest).open("rb") as handle:
            handle.seek(start)
            remaining = end - start + 1
            while remaining > 0:
                piece = handle.read(min(READ_SIZE, remaining))
                if not piece:
                    return
                remaining -= len(piece)
                yield piece

    def partial_size(self, owner: str, digest: str) -> int:
        path = self._partial(owner, digest)
        return path.stat().st_size if path.exists() else 0

    async def append_partial(
        self, owner: str, digest: str, offset: int, pieces: AsyncIterator[bytes]
    ) -> int:
        path = self._partial(owner, digest)
        key = (owner, digest)
        known = self._hashing.pop(key, None)
        if offset == 0:
            known = (0, hashlib.sha256())
        elif known is not None and known[0] != offset:
            known = None
        hashed, sha = known if known is not None else (0, None)
        # No fsync per chunk: a hub killed mid-upload keeps what the OS wrote, and a power cut
        # that loses the tail only makes the client resume earlier (``GET …/upload`` reports
        # the real size). A torn partial never becomes a blob: ``finish`` checks the hash and
        # syncs the bytes to disk before the blob is named and referenced.
        with path.open("ab") as handle:
            if handle.tell() != offset:
                raise ValueError("offset is not the end of the partial upload")
            async for piece in pieces:
                handle.write(piece)
                if sha is not None:
                    sha.update(piece)
                hashed += len(piece)
            handle.flush()
            if sha is not None:
                if len(self._hashing) > 10_000:  # abandoned uploads: re-read them if resumed
                    self._hashing.clear()
                self._hashing[key] = (hashed, sha)
            return handle.tell()

    def finish(self, owner: str, digest: str) -> bool:
        path = self._partial(owner, digest)
        path.touch()  # an empty blob never wrote a chunk
        known = self._hashing.pop((owner, digest), None)
        with path.open("rb") as handle:
            if known is not None and known[0] == os.fstat(handle.fileno()).st_size:
                sha = known[1]  # hashed as it arrived
            else:
                sha = hashlib.sha256()
                while piece := handle.read(READ_SIZE):
                    sha.update(piece)
            final = self._path(digest)
            if sha.hexdigest() != digest or final.exists():
                # A mismatch is dropped; a match for bytes we already hold (another shop sent
                # them) only proved this shop has them too.
                path.unlink(missing_ok=True)
                return sha.hexdigest() == digest
            os.fsync(handle.fileno())  # on disk before its name and reference say it exists
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, final)  # atomic: a reader sees no blob or the whole blob
        return True

    def drop_partial(self, owner: str, digest: str) -> None:
        self._hashing.pop((owner, digest), None)
        self._partial(owner, digest).unlink(missing_ok=True)
