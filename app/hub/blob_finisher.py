"""Finishing uploads: a fully received blob becomes visible to its shop, durably, cheaply.

Each finishing request checks the hash and moves the bytes into place in its own worker
thread (the file's fsync runs in parallel with the others'). What is left — syncing the new
names' folders and recording the shop's references in the database — is done by *group
commit*: whichever request gets there first commits every reference waiting at that moment
in one transaction, and the others wait for that commit instead of paying for their own. A
photo upload is mostly this finish, so it is what a batch of photos costs the hub.

Order, for a power cut at any moment: bytes fsynced → name in place → folder fsynced →
database row committed (SQLite: synchronous=FULL for that commit) → answer "complete". A row
therefore never points at bytes that may be missing, and an answer "complete" is never
forgotten.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from app.hub import accounts
from app.hub.blobs import BlobStore, Placed
from app.hub.db import HubDatabase
from app.hub.models import BlobRef

T = TypeVar("T")
COMMIT_TIMEOUT_MS = 30_000


class GroupCommit(Generic[T]):
    """``submit(item)`` returns once ``commit`` has run on a batch holding ``item`` (or raises
    what committing ``item`` raised). One batch commits at a time; items arriving meanwhile
    go in the next one, committed by one of their own threads (no extra thread, nothing left
    behind). A batch that fails is committed again item by item, so one shop's bad row
    (its shop deleted mid-upload, say) never fails another shop's upload."""

    def __init__(self, commit: Callable[[list[T]], None]) -> None:
        self._commit = commit
        self._cond = threading.Condition()
        self._waiting: list[_Job[T]] = []
        self._leading = False

    def submit(self, item: T) -> None:
        job = _Job(item)
        with self._cond:
            self._waiting.append(job)
            while not job.done and self._leading:
                self._cond.wait()
            if not job.done:  # nobody is committing: this thread commits all that waits
                self._leading = True
                batch, self._waiting = self._waiting, []
        if not job.done:
            errors = self._commit_batch(batch)
            with self._cond:
                for waiting, error in zip(batch, errors, strict=True):
                    waiting.done, waiting.error = True, error
                self._leading = False
                self._cond.notify_all()
        if job.error is not None:
            raise job.error

    def _commit_batch(self, batch: list[_Job[T]]) -> list[BaseException | None]:
        try:
            self._commit([j.item for j in batch])
            return [None] * len(batch)
        except BaseException as exc:
            if len(batch) == 1:
                return [exc]
        errors: list[BaseException | None] = []
        for job in batch:  # which of them failed it: each on its own
            try:
                self._commit([job.item])
                errors.append(None)
            except BaseException as exc:
                errors.append(exc)
        return errors

    @contextlib.contextmanager
    def exclusive(self):
        """No batch commits while inside (to close what the commits use)."""
        with self._cond:
            while self._leading:
                self._cond.wait()
            self._leading = True
        try:
            yield
        finally:
            with self._cond:
                self._leading = False
                self._cond.notify_all()


class _Job(Generic[T]):
    __slots__ = ("done", "error", "item")

    def __init__(self, item: T) -> None:
        self.item = item
        self.done = False
        self.error: BaseException | None = None


class BlobFinisher:
    """``finish(shop_id, digest)`` (blocking, call it from a worker thread): the blob's size
    once it is recorded for the shop, None when the received bytes do not match the hash."""

    def __init__(self, db: HubDatabase, store: BlobStore) -> None:
        self.db, self.store = db, store
        dialect = db.engine.dialect.name
        self._sqlite = dialect == "sqlite"
        insert = sqlite.insert if self._sqlite else postgresql.insert
        # built once; "do nothing" when two completes of the same blob raced
        self._insert = insert(BlobRef).on_conflict_do_nothing()
        self._group: GroupCommit[list[tuple[str, Placed]]] = GroupCommit(self._commit)
        self._kept: Connection | None = None
        self._closed = False

    def finish(self, shop_id: str, digest: str) -> int | None:
        return self.finish_many(shop_id, [digest])[digest]

    def finish_many(self, shop_id: str, digests: Sequence[str]) -> dict[str, int | None]:
        """Each digest's size once recorded, None for bytes that did not match (dropped);
        one commit for all of them (shared with whatever else finishes at that moment)."""
        placed = {digest: self.store.place(shop_id, digest) for digest in digests}
        good = [(shop_id, p) for p in placed.values() if p is not None]
        if good:
            self._group.submit(good)
        return {digest: (p.size if p is not None else None) for digest, p in placed.items()}

    def _commit(self, batches: Sequence[list[tuple[str, Placed]]]) -> None:
        batch = [item for items in batches for item in items]
        self.store.sync_names([placed for _, placed in batch])
        now = accounts.now_ms()
        rows = [{"shop_id": shop_id, "hash": placed.digest, "size": placed.size, "created_ms": now}
                for shop_id, placed in batch]  # fmt: skip
        for attempt in (1, 2):
            connection = self._connection()
            try:
                connection.execute(self._insert, rows)
                connection.commit()
                return
            except Exception:
                self._drop_connection()  # broken or mid-transaction: start from a new one
                if attempt == 2:  # a kept connection the server closed gets one retry
                    raise

    def _connection(self) -> Connection:
        """One connection kept for these commits (only the committing thread uses it): no pool
        check-out per batch, and on SQLite its own synchronous=FULL, as the hub's NORMAL may
        lose the last commits at a power cut and a "complete" answer must never be forgotten."""
        if self._closed:
            raise RuntimeError("the hub is shutting down")
        if self._kept is None:
            connection = self.db.engine.connect()
            if self._sqlite:
                connection.exec_driver_sql("PRAGMA synchronous=FULL")
            else:
                # every finishing upload waits on this commit: a stuck one (a lock, a lost
                # server) must end in an error, not hold them all
                connection.exec_driver_sql(f"SET statement_timeout = {COMMIT_TIMEOUT_MS}")
            connection.commit()
            self._kept = connection
        return self._kept

    def _drop_connection(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None:
            with contextlib.suppress(Exception):
                kept.invalidate()  # never back to the pool: it has synchronous=FULL
                kept.close()

    def close(self) -> None:
        with self._group.exclusive():
            self._closed = True  # a late upload gets an error, not a connection never closed
            self._drop_connection()
