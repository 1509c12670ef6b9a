"""Finishing uploads together: photos sent at the same time all arrive intact and are recorded
(the references of uploads finishing at once share one database commit), a wrong photo among
them is refused without harming the others, and a blob is recorded only after its bytes, its
name and its folder are on disk, with a commit that survives a power cut."""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from app.hub.blob_finisher import BlobFinisher, GroupCommit
from app.hub.blobs import DiskBlobStore
from app.hub.db import HubDatabase, default_url
from app.hub.models import BlobRef, Shop


def _put_whole(shop, client, data: bytes, digest: str | None = None):
    digest = digest or hashlib.sha256(data).hexdigest()
    return client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers,
                      params={"offset": 0, "size": len(data)}, content=data)  # fmt: skip


def test_photos_sent_at_once_all_arrive_and_a_wrong_one_is_refused_alone(new_shop):
    shop = new_shop()
    photos = [os.urandom(50_000 + n) for n in range(24)]
    wrong = os.urandom(20_000)
    wrong_claim = hashlib.sha256(b"a different photo").hexdigest()

    def send(data: bytes, claim: str | None = None):
        with shop.hub.client() as client:
            return _put_whole(shop, client, data, claim)

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(send, photos))
        refused = pool.submit(send, wrong, wrong_claim).result()
    assert all(a.status_code == 200 and a.json()["complete"] for a in answers), answers
    assert refused.status_code == 422 and refused.json()["error"] == "hash_mismatch"
    digests = [hashlib.sha256(p).hexdigest() for p in photos]
    with shop.hub.client() as client:
        has = client.post(shop.url("/blobs/has"), headers=shop.headers,
                          json={"hashes": [*digests, wrong_claim]}).json()  # fmt: skip
        assert has["present"] == digests and has["missing"] == [wrong_claim]
        for data, digest in zip(photos[::5], digests[::5], strict=True):
            assert client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers).content == data


def test_two_shops_sending_the_same_photo_at_once_both_own_it(new_shop):
    first, second = new_shop(), new_shop("Gốm Bát Tràng")
    data = os.urandom(120_000)
    digest = hashlib.sha256(data).hexdigest()

    def send(shop):
        with shop.hub.client() as client:
            return _put_whole(shop, client, data)

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(send, [first, second]))
    assert [a.json()["complete"] for a in answers] == [True, True]
    for shop in (first, second):
        with shop.hub.client() as client:
            assert client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers).content == data


@pytest.fixture
def hub_store(tmp_path):
    db = HubDatabase.open(default_url(tmp_path))
    with db.session() as session:
        session.add(Shop(id="a" * 32, login="hoa", display_name="Hoà", password_hash="x",
                         created_ms=1))  # fmt: skip
    store = DiskBlobStore(tmp_path / "blobs")
    yield db, store
    db.close()


async def _pieces(data: bytes):
    yield data


def _received(store: DiskBlobStore, owner: str, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    asyncio.run(store.append_partial(owner, digest, 0, _pieces(data)))
    return digest


def test_a_blob_is_recorded_only_after_bytes_name_and_folder_are_on_disk(hub_store, monkeypatch):
    db, store = hub_store
    finisher = BlobFinisher(db, store)
    digest = _received(store, "a" * 32, b"anh san pham")
    final = store.root / digest[:2] / digest[2:4] / digest
    events: list[str] = []
    real_fsync, real_replace, real_commit = os.fsync, os.replace, finisher._commit

    def fsync(fd):
        target = os.readlink(f"/proc/self/fd/{fd}")
        events.append("fsync dir" if os.path.isdir(target) else "fsync bytes")
        real_fsync(fd)

    def replace(src, dst):
        events.append("name")
        real_replace(src, dst)

    def insert_rows(batch):
        real_commit(batch)
        with db.session() as session:  # what the commit left behind
            if session.get(BlobRef, ("a" * 32, digest)) is not None:
                events.append("row")

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(finisher._group, "_commit", insert_rows)
    assert finisher.finish("a" * 32, digest) == len(b"anh san pham")
    assert final.read_bytes() == b"anh san pham"
    # the new fan-out folders and the blob's folder are synced too, before the row exists
    assert events[:2] == ["fsync bytes", "name"] and events[-1] == "row", events
    assert events.count("fsync dir") >= 2 and "row" not in events[:-1], events
    synchronous = finisher._connection().exec_driver_sql("PRAGMA synchronous").scalar()
    assert synchronous == 2  # FULL: a "complete" answer is not lost at a power cut
    with db.engine.connect() as other:  # the hub's other connections keep their setting
        assert other.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    finisher.close()


def test_bytes_that_do_not_match_leave_no_row_and_no_blob(hub_store):
    db, store = hub_store
    finisher = BlobFinisher(db, store)
    claimed = hashlib.sha256(b"the real photo").hexdigest()
    asyncio.run(store.append_partial("a" * 32, claimed, 0, _pieces(b"something else")))
    assert finisher.finish("a" * 32, claimed) is None
    assert not store.has(claimed) and store.partial_size("a" * 32, claimed) == 0
    with db.session() as session:
        assert session.scalars(select(BlobRef)).all() == []
    finisher.close()


def test_group_commit_commits_each_item_once_in_shared_batches():
    batches: list[list[int]] = []
    gate = threading.Event()

    def commit(batch: list[int]) -> None:
        gate.wait(5)  # the first commit is slow: the others pile up behind it
        time.sleep(0.01)
        batches.append(batch)

    group: GroupCommit[int] = GroupCommit(commit)
    with ThreadPoolExecutor(12) as pool:
        futures = [pool.submit(group.submit, n) for n in range(12)]
        time.sleep(0.2)
        gate.set()
        for future in futures:
            future.result(timeout=10)
    assert sorted(n for batch in batches for n in batch) == list(range(12))
    assert len(batches) < 12  # shared: fewer commits than items


def test_a_failed_commit_fails_its_batch_only():
    calls = {"n": 0}

    def commit(batch: list[str]) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("disk full")

    group: GroupCommit[str] = GroupCommit(commit)
    with pytest.raises(OSError, match="disk full"):
        group.submit("first")
    group.submit("second")  # the next batch commits normally
    assert calls["n"] == 2


def test_one_bad_item_fails_alone_and_the_rest_of_its_batch_commits():
    committed: list[str] = []
    gate = threading.Event()

    def commit(batch: list[str]) -> None:
        gate.wait(5)
        if "deleted-shop" in batch:
            raise ValueError("foreign key: shop is gone")
        committed.extend(batch)

    group: GroupCommit[str] = GroupCommit(commit)
    items = ["first", "a", "deleted-shop", "b", "c"]
    with ThreadPoolExecutor(5) as pool:
        futures = {item: pool.submit(group.submit, item) for item in items}
        time.sleep(0.2)  # the others pile up behind the first: one shared batch
        gate.set()
        with pytest.raises(ValueError, match="shop is gone"):
            futures["deleted-shop"].result(timeout=10)
        for item in ("first", "a", "b", "c"):
            futures[item].result(timeout=10)  # no error for the other shops
    assert sorted(committed) == ["a", "b", "c", "first"]


def test_a_database_connection_lost_while_idle_is_replaced(hub_store):
    db, store = hub_store
    finisher = BlobFinisher(db, store)
    first = _received(store, "a" * 32, b"anh mot")
    assert finisher.finish("a" * 32, first) == len(b"anh mot")
    finisher._connection().connection.dbapi_connection.close()  # as a server restart would
    second = _received(store, "a" * 32, b"anh hai")
    assert finisher.finish("a" * 32, second) == len(b"anh hai")
    with db.session() as session:
        assert set(session.scalars(select(BlobRef.hash))) == {first, second}
    finisher.close()
