"""Photos and videos by SHA-256: ask the hub what it lacks, upload only that in chunks
(resuming where a cut upload stopped), small photos before big videos; download what rows
here refer to but this PC lacks."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.progress import CancelToken, check
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.store.models import MediaLink
from app.store.models.sync_client import SyncUploadedBlob
from app.sync.errors import BlobNotOnHub, HubRefused
from app.sync.http import HubClient

CHUNK = 4 * 1024 * 1024
SMALL_BLOB = 4 * 1024 * 1024
PARALLEL_SMALL = 4
_KIND_ORDER = {"photo": 0, "video": 1}


def pending_uploads(db) -> list[tuple[str, int]]:
    """(hash, size) of media this PC holds that the hub has not confirmed yet, photos first."""
    store = MediaStore(db.paths)
    with session_scope(db.sessions) as session:
        done = set(session.scalars(select(SyncUploadedBlob.sha256)))
        links = session.execute(
            select(MediaLink.sha256, MediaLink.kind, MediaLink.size_bytes).where(
                MediaLink.deleted_at.is_(None)
            )
        ).all()
    wanted: dict[str, tuple[int, int]] = {}
    for sha, kind, size in links:
        if sha not in done and store.has(sha):
            wanted[sha] = (_KIND_ORDER.get(kind, 2), size or 0)
    return [(sha, order[1]) for sha, order in sorted(wanted.items(), key=lambda item: item[1])]


def missing_here(db) -> list[str]:
    store = MediaStore(db.paths)
    with session_scope(db.sessions) as session:
        hashes = set(
            session.scalars(select(MediaLink.sha256).where(MediaLink.deleted_at.is_(None)))
        )
    return sorted(sha for sha in hashes if not store.has(sha))


def _mark_uploaded(db, hashes: list[str]) -> None:
    if not hashes:
        return
    with session_scope(db.sessions) as session:
        statement = sqlite_insert(SyncUploadedBlob.__table__).on_conflict_do_nothing()
        session.execute(statement, [{"sha256": sha} for sha in hashes])


def upload_one(
    client: HubClient,
    store: MediaStore,
    sha: str,
    progress_bytes: Callable[[int], None] | None = None,
    *,
    resume_from_zero: bool = True,
) -> None:
    path = store.path_for(sha)
    size = path.stat().st_size
    # A blob the hub said is missing usually starts at 0: send at once, and ask how much it
    # holds only when it answers that a cut upload left some bytes there (one round trip less).
    offset = 0 if resume_from_zero else client.upload_status(sha)["received"]
    with path.open("rb") as handle:
        handle.seek(offset)
        while offset < size:
            chunk = handle.read(CHUNK)
            try:
                client.upload_chunk(sha, offset, chunk)
            except HubRefused as exc:
                if "wrong_offset" not in exc.detail:
                    raise
                offset = client.upload_status(sha)["received"]
                handle.seek(offset)
                continue
            offset += len(chunk)
            if progress_bytes:
                progress_bytes(len(chunk))
    client.complete(sha, size)


def transfer_media(
    db, client: HubClient, progress=None, cancel: CancelToken | None = None
) -> tuple[int, int]:
    store = MediaStore(db.paths)
    queue = pending_uploads(db)
    uploaded = 0
    total = sum(size for _, size in queue) or 1
    sent = 0
    for start in range(0, len(queue), 1000):
        hashes = [sha for sha, _ in queue[start : start + 1000]]
        missing = set(client.blobs_missing(hashes))
        _mark_uploaded(db, [sha for sha in hashes if sha not in missing])
        todo = [(sha, size) for sha, size in queue[start : start + 1000] if sha in missing]
        # Photos are small: a few at once keep the link busy while the hub hashes the last
        # one; big videos go one at a time, after the photos (the queue is sorted so).
        small = [item for item in todo if item[1] <= SMALL_BLOB]
        big = [item for item in todo if item[1] > SMALL_BLOB]
        with ThreadPoolExecutor(max_workers=PARALLEL_SMALL) as pool:
            futures = {
                pool.submit(upload_one, client, store, sha): (sha, size) for sha, size in small
            }
            try:
                for future in as_completed(futures):
                    future.result()
                    sha, size = futures[future]
                    _mark_uploaded(db, [sha])
                    uploaded, sent = uploaded + 1, sent + size
                    if progress:
                        progress(sent / total, sha)
                    check(cancel)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        for sha, size in big:
            check(cancel)
            upload_one(client, store, sha)
            _mark_uploaded(db, [sha])
            uploaded, sent = uploaded + 1, sent + size
            if progress:
                progress(sent / total, sha)
    downloaded = 0
    for sha in missing_here(db):
        check(cancel)
        chunks = client.download(sha)
        try:
            blob = store.put_stream(_reader(chunks))
        except BlobNotOnHub:
            # The row arrived before its bytes (the other PC's upload was cut): keep the
            # placeholder and fetch it on a later sync instead of failing this one.
            continue
        if (
            blob.sha256 != sha
        ):  # the hub checked it on upload; a bad copy is never kept under this name
            store.path_for(blob.sha256).unlink(missing_ok=True)
            continue
        _mark_uploaded(db, [sha])  # the hub has it: no need to send it back
        downloaded += 1
    return uploaded, downloaded


def _reader(chunks):
    iterator = iter(chunks)
    buffer = bytearray()

    def read(size: int) -> bytes:
        while len(buffer) < size:
            piece = next(iterator, None)
            if piece is None:
                break
            buffer.extend(piece)
        out = bytes(buffer[:size])
        del buffer[:size]
        return out

    return read
