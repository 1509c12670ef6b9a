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
from dataclasses import dataclass
from pathlib import Path

_HASH = re.compile(r"^[0-9a-f]{64}$")
_KEY = re.compile(r"^[0-9a-f]{1,64}$")
READ_SIZE = 1024 * 1024


def valid_hash(value: str) -> bool:
    return bool(_HASH.match(value))


@dataclass(frozen=True)
class Placed:
    """A blob whose verified bytes are on disk under its name."""

    digest: str
    size: int
    dirs: tuple[Path, ...] = ()  # directories whose new entries still need an fsync


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
    def place(self, owner: str, digest: str) -> Placed | None:
        """Verify the partial's hash; on a match make it the blob (its bytes on disk), else drop
        it and answer None. The blob's NAME is durable only once ``sync_names`` has run on it:
        callers finishing many blobs at once share that cost."""

    @abstractmethod
    def sync_names(self, placed: list[Placed]) -> None:
        """Make the names ``place`` gave survive a power cut (one sync per directory)."""

    def finish(self, owner: str, digest: str) -> bool:
        """``place`` and ``sync_names`` for one blob. True when the bytes matched the hash."""
        placed = self.place(owner, digest)
        if placed is None:
            return False
        self.sync_names([placed])
        return True

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
        try:
            return self._partial(owner, digest).stat().st_size
        except FileNotFoundError:
            return 0

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

    def place(self, owner: str, digest: str) -> Placed | None:
        path = self._partial(owner, digest)
        known = self._hashing.pop((owner, digest), None)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            handle = path.open("w+b")  # an empty blob never wrote a chunk
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if known is not None and known[0] == size:
                sha = known[1]  # hashed as it arrived: no second read of the file
            else:
                sha = hashlib.sha256()
                while piece := handle.read(READ_SIZE):
                    sha.update(piece)
            final = self._path(digest)
            matches = sha.hexdigest() == digest
            if not matches or final.exists():
                # A mismatch is dropped; a match for bytes we already hold (another shop sent
                # them) only proved this shop has them too. That other upload may not have
                # synced the name yet: this one syncs it too before its own row says so.
                path.unlink(missing_ok=True)
                return Placed(digest, size, (final.parent,)) if matches else None
            os.fsync(handle.fileno())  # the bytes on disk before any name says they exist
        dirs = [final.parent]
        for folder in (final.parent.parent, final.parent):  # fan-out folders made just now
            if not folder.is_dir():
                folder.mkdir(exist_ok=True)
                dirs.append(folder.parent)
        os.replace(path, final)  # atomic: a reader sees no blob or the whole blob
        return Placed(digest, size, tuple(dirs))

    def sync_names(self, placed: list[Placed]) -> None:
        if os.name == "nt":
            # Windows opens no folder as a file (PermissionError); NTFS journals the rename
            # itself, so the name is as durable as the metadata journal makes it.
            return
        # Parents first: a new fan-out folder's own name must be on disk before what is in it.
        folders = sorted({d for p in placed for d in p.dirs}, key=lambda d: len(d.parts))
        for folder in folders:
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def drop_partial(self, owner: str, digest: str) -> None:
        self._hashing.pop((owner, digest), None)
        self._partial(owner, digest).unlink(missing_ok=True)
