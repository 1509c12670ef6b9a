"""Photos and videos by SHA-256: ask the hub what it lacks (one ``has`` per 1000), upload only
that (small photos several to a request, which the hub completes — hash checked — in one
commit, a few requests in flight; big videos in chunks, resuming where a cut upload stopped;
a photo the hub did not complete in its group goes alone, resuming), then fetch what rows here
refer to but this PC lacks. Photos always go before videos; videos go only when the profile's video setting
allows (``media_policy``), or one at a time when the user asks (``send_now``/``fetch_now``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.progress import CancelToken, check
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.store.models import MediaLink, Product
from app.store.models.sync_client import SyncUploadedBlob
from app.sync.errors import BlobNotOnHub, HubRefused
from app.sync.http import HubClient
from app.sync.media_policy import MeteredDetector, profile_video_mode, videos_may_travel

CHUNK = 4 * 1024 * 1024
SMALL_BLOB = CHUNK  # one request carries it whole
PARALLEL_SMALL = 3  # requests in flight: the hub receives some while others wait for the disk
GROUP_BLOBS = 8  # small blobs per request: the per-request cost is paid once for the group
GROUP_BYTES = 4 * 1024 * 1024
MARK_EVERY = 64  # uploads remembered per client transaction (a lost mark only costs a `has`)
_KIND_ORDER = {"photo": 0, "video": 1}

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class MediaItem:
    sha256: str
    kind: str  # "photo" | "video"
    size: int
    file_name: str
    product: str


@dataclass(frozen=True)
class WaitingVideo:
    item: MediaItem
    direction: str  # "up": on this PC, not on the hub yet; "down": on the hub, not here


def _linked(db) -> list[MediaItem]:
    """One item per hash referenced by a live row (a photo link wins over a video link)."""
    with session_scope(db.sessions) as session:
        rows = session.execute(
            select(
                MediaLink.sha256,
                MediaLink.kind,
                MediaLink.size_bytes,
                MediaLink.file_name,
                Product.name,
            )
            .outerjoin(Product, Product.id == MediaLink.product_id)
            .where(MediaLink.deleted_at.is_(None))
        ).all()
    items: dict[str, MediaItem] = {}
    for sha, kind, size, file_name, product in rows:
        known = items.get(sha)
        if known is None or _KIND_ORDER.get(kind, 2) < _KIND_ORDER.get(known.kind, 2):
            items[sha] = MediaItem(sha, kind, size or 0, file_name or "", product or "")
    return list(items.values())


def _order(item: MediaItem) -> tuple:
    return (_KIND_ORDER.get(item.kind, 2), item.size, item.sha256)


def _queues(db) -> tuple[list[MediaItem], list[MediaItem]]:
    """(to upload, to download) from one look at the rows and one ``stat`` per file."""
    store = MediaStore(db.paths)
    with session_scope(db.sessions) as session:
        done = set(session.scalars(select(SyncUploadedBlob.sha256)))
    ups, downs = [], []
    for item in _linked(db):
        try:
            size = store.path_for(item.sha256).stat().st_size
        except FileNotFoundError:
            downs.append(item)
            continue
        if item.sha256 not in done:  # the real size: the row's may be missing on older rows
            ups.append(MediaItem(item.sha256, item.kind, size, item.file_name, item.product))
    return sorted(ups, key=_order), sorted(downs, key=_order)


def upload_queue(db) -> list[MediaItem]:
    """Media this PC holds that the hub has not confirmed yet: photos first, small before big."""
    return _queues(db)[0]


def download_queue(db) -> list[MediaItem]:
    return _queues(db)[1]


def pending_uploads(db) -> list[tuple[str, int]]:
    """(hash, size) of media waiting to go up, photos first."""
    return [(item.sha256, item.size) for item in upload_queue(db)]


def missing_here(db) -> list[str]:
    return [item.sha256 for item in download_queue(db)]


def waiting_videos(db) -> list[WaitingVideo]:
    """Videos not yet moved either way (what the room lists, with sizes, under the setting)."""
    up = [WaitingVideo(i, "up") for i in upload_queue(db) if i.kind == "video"]
    down = [WaitingVideo(i, "down") for i in download_queue(db) if i.kind == "video"]
    return up + down


class _Marks:
    """Uploads the hub confirmed, written to the client database in batches, not one
    transaction (and disk sync) per photo."""

    def __init__(self, db) -> None:
        self.db, self.waiting = db, []

    def add(self, hashes: Iterable[str]) -> None:
        self.waiting.extend(hashes)
        if len(self.waiting) >= MARK_EVERY:
            self.flush()

    def flush(self) -> None:
        if not self.waiting:
            return
        rows = [{"sha256": sha} for sha in dict.fromkeys(self.waiting)]
        with session_scope(self.db.sessions) as session:
            statement = sqlite_insert(SyncUploadedBlob.__table__).on_conflict_do_nothing()
            session.execute(statement, rows)
        self.waiting = []


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
    with path.open("rb") as handle:  # each byte read once, straight into the request
        handle.seek(offset)
        while offset < size:
            chunk = handle.read(min(CHUNK, size - offset))  # not a 4 MiB buffer per photo
            try:
                # ``size`` lets the hub finish the blob with its last chunk (no `complete` call)
                answer = client.upload_chunk(sha, offset, chunk, size=size)
            except HubRefused as exc:
                if "wrong_offset" not in exc.detail:
                    raise
                status = client.upload_status(sha)
                if status["complete"]:
                    return
                offset = status["received"]
                handle.seek(offset)
                continue
            offset += len(chunk)
            if progress_bytes:
                progress_bytes(len(chunk))
            if answer.get("complete"):
                return
    client.complete(sha, size)  # an empty blob, or a hub that ignores ``size``


def upload_group(client: HubClient, store: MediaStore, shas: list[str]) -> None:
    """Small blobs in one request; any the hub did not complete (it had part of it, another
    upload of it was running, a hub too old for groups) go one by one, resuming."""
    held: dict[str, int] = dict.fromkeys(shas, 0)
    if len(shas) > 1 and client.many_per_request:
        try:
            answers = client.upload_many([(sha, store.path_for(sha).read_bytes()) for sha in shas])
        except HubRefused as exc:
            if not exc.detail.startswith(("404", "405")):
                raise
            client.many_per_request = False  # an older hub: one request per blob from now on
            answers = []
        for answer in answers:
            if answer["complete"]:
                held.pop(answer["hash"], None)
            elif answer["hash"] in held:
                held[answer["hash"]] = answer["received"]
    for sha, received in held.items():
        upload_one(client, store, sha, resume_from_zero=received == 0)


def _groups(items: list[MediaItem]) -> list[list[MediaItem]]:
    """Items in send order, packed into groups; one bigger than a chunk goes alone (chunked)."""
    groups: list[list[MediaItem]] = []
    for item in items:
        last = groups[-1] if groups else None
        if (last is None or item.size > CHUNK or last[0].size > CHUNK or len(last) >= GROUP_BLOBS
                or sum(i.size for i in last) + item.size > GROUP_BYTES):  # fmt: skip
            groups.append([item])
        else:
            last.append(item)
    return groups


class _Transfer:
    def __init__(self, db, client: HubClient, progress: Progress | None,
                 cancel: CancelToken | None, total: int) -> None:  # fmt: skip
        self.db, self.client, self.progress, self.cancel = db, client, progress, cancel
        self.store = MediaStore(db.paths)
        self.total, self.moved = max(total, 1), 0

    def _advance(self, item: MediaItem) -> None:
        self.moved += item.size
        if self.progress:
            self.progress(min(1.0, self.moved / self.total), item.sha256)

    def _within(self, item: MediaItem) -> Callable[[int], None] | None:
        """Byte progress inside one big video, so a long upload or download visibly moves."""
        if not self.progress:
            return None
        done = [0]

        def advance(count: int) -> None:
            done[0] += count
            part = min(done[0], item.size)
            self.progress(min(1.0, (self.moved + part) / self.total), item.sha256)

        return advance

    def upload(self, items: list[MediaItem]) -> int:
        marks = _Marks(self.db)
        sent = 0
        try:
            for start in range(0, len(items), 1000):
                batch = items[start : start + 1000]
                missing = set(self.client.blobs_missing([i.sha256 for i in batch]))
                marks.add(i.sha256 for i in batch if i.sha256 not in missing)
                todo = [i for i in batch if i.sha256 in missing]
                small = [i for i in todo if i.size <= SMALL_BLOB]
                sent += self._upload_in_parallel(small, marks)
                for item in (i for i in todo if i.size > SMALL_BLOB):  # one big one at a time
                    check(self.cancel)
                    upload_one(self.client, self.store, item.sha256, self._within(item))
                    marks.add([item.sha256])
                    sent += 1
                    self._advance(item)
        finally:
            marks.flush()  # what went up stays known even when the sync is cut or cancelled
        return sent

    def _upload_in_parallel(self, items: list[MediaItem], marks: _Marks) -> int:
        if not items:
            return 0
        sent = 0
        with ThreadPoolExecutor(max_workers=PARALLEL_SMALL) as pool:
            futures = {pool.submit(upload_group, self.client, self.store, [i.sha256 for i in group]): group
                       for group in _groups(items)}  # fmt: skip
            try:
                for future in as_completed(futures):
                    future.result()
                    group = futures[future]
                    marks.add(i.sha256 for i in group)
                    sent += len(group)
                    for item in group:
                        self._advance(item)
                    check(self.cancel)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return sent

    def download(self, items: list[MediaItem]) -> int:
        fetched = []
        try:
            for item in items:
                check(self.cancel)
                if fetch_blob(self.client, self.store, item.sha256, self._within(item)):
                    fetched.append(item.sha256)
                self._advance(item)
        finally:
            marks = _Marks(self.db)  # the hub has them: never sent back
            marks.add(fetched)
            marks.flush()
        return len(fetched)


def fetch_blob(client: HubClient, store: MediaStore, sha: str,
               progress_bytes: Callable[[int], None] | None = None) -> bool:  # fmt: skip
    """Download one blob into the media store; False when the hub does not have it (yet)."""
    chunks = client.download(sha)
    if progress_bytes is not None:
        chunks = _counted(chunks, progress_bytes)
    try:
        blob = store.put_stream(_reader(chunks))
    except BlobNotOnHub:
        # The row arrived before its bytes (the other PC's upload was cut): keep the
        # placeholder and fetch it on a later sync instead of failing this one.
        return False
    if blob.sha256 != sha:  # the hub checked it on upload; a bad copy is never kept under this name
        store.path_for(blob.sha256).unlink(missing_ok=True)
        return False
    return True


def transfer_media(
    db,
    client: HubClient,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    *,
    videos: bool | None = None,
    detector: MeteredDetector | None = None,
) -> tuple[int, int]:
    """Upload what the hub lacks, then fetch what this PC lacks; photos (both ways) before any
    video. ``videos`` None: as the profile's setting says (``detector`` answers "metered?")."""
    if videos is None:
        videos = videos_may_travel(profile_video_mode(db.paths), detector)
    ups, downs = _queues(db)
    if not videos:
        ups = [i for i in ups if i.kind != "video"]
        downs = [i for i in downs if i.kind != "video"]
    total = sum(i.size for i in ups) + sum(i.size for i in downs)
    run = _Transfer(db, client, progress, cancel, total)
    uploaded = run.upload([i for i in ups if i.kind != "video"])
    downloaded = run.download([i for i in downs if i.kind != "video"])
    uploaded += run.upload([i for i in ups if i.kind == "video"])
    downloaded += run.download([i for i in downs if i.kind == "video"])
    return uploaded, downloaded


def send_now(db, client: HubClient, sha: str, progress: Progress | None = None,
             cancel: CancelToken | None = None) -> bool:  # fmt: skip
    """ "Tải lên ngay" for one held-back video. False when it is not waiting any more."""
    items = [i for i in upload_queue(db) if i.sha256 == sha]
    if not items:
        return False
    _Transfer(db, client, progress, cancel, items[0].size).upload(items)
    return True


def fetch_now(db, client: HubClient, sha: str, progress: Progress | None = None,
              cancel: CancelToken | None = None) -> bool:  # fmt: skip
    """ "Tải về" for one video this PC lacks. False when the hub does not have it yet."""
    items = [i for i in download_queue(db) if i.sha256 == sha]
    return (
        bool(items) and _Transfer(db, client, progress, cancel, items[0].size).download(items) == 1
    )


def _counted(chunks, progress_bytes: Callable[[int], None]):
    for chunk in chunks:
        progress_bytes(len(chunk))
        yield chunk


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
