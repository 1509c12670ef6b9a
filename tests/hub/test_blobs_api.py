"""Media blobs: chunked resumable upload, hash check, ranged download, path tricks."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from urllib.parse import urlsplit


def _upload(shop, client, data: bytes, digest: str, chunk: int = 4096) -> None:
    for offset in range(0, len(data), chunk):
        put = client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers,
                         params={"offset": offset}, content=data[offset : offset + chunk])  # fmt: skip
        assert put.status_code == 200, put.text


def test_chunked_upload_then_full_and_ranged_download(new_shop):
    shop = new_shop()
    data = os.urandom(10_000)
    digest = hashlib.sha256(data).hexdigest()
    with shop.hub.client() as client:
        assert client.post(
            shop.url("/blobs/has"), headers=shop.headers, json={"hashes": [digest]}
        ).json()["missing"] == [digest]
        _upload(shop, client, data, digest)
        hidden = client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers)
        assert hidden.status_code == 404  # not visible before the hash is checked
        done = client.post(
            shop.url(f"/blobs/{digest}/complete"), headers=shop.headers, json={"size": len(data)}
        )
        assert done.json() == {"hash": digest, "received": len(data), "complete": True}
        assert client.post(
            shop.url("/blobs/has"), headers=shop.headers, json={"hashes": [digest]}
        ).json()["present"] == [digest]
        full = client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers)
        assert full.status_code == 200 and full.content == data
        part = client.get(
            shop.url(f"/blobs/{digest}"), headers={**shop.headers, "Range": "bytes=100-199"}
        )
        assert part.status_code == 206 and part.content == data[100:200]
        assert part.headers["content-range"] == f"bytes 100-199/{len(data)}"
        tail = client.get(
            shop.url(f"/blobs/{digest}"), headers={**shop.headers, "Range": "bytes=-10"}
        )
        assert tail.status_code == 206 and tail.content == data[-10:]
        beyond = client.get(
            shop.url(f"/blobs/{digest}"), headers={**shop.headers, "Range": "bytes=20000-"}
        )
        assert (
            beyond.status_code == 416 and beyond.headers["content-range"] == f"bytes */{len(data)}"
        )


def _cut_upload(base_url: str, path: str, token: str, declared: int, sent: bytes) -> None:
    """Send the headers and part of a chunk, then drop the connection like a flaky network."""
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname, parts.port)) as sock:
        head = (f"PUT {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: Bearer {token}\r\n"
                f"Content-Type: application/octet-stream\r\nContent-Length: {declared}\r\n\r\n")  # fmt: skip
        sock.sendall(head.encode() + sent)
        time.sleep(0.3)


def test_a_cut_upload_resumes_from_what_the_hub_stored(new_shop):
    shop = new_shop()
    data = os.urandom(300_000)
    digest = hashlib.sha256(data).hexdigest()
    path = shop.url(f"/blobs/{digest}/upload?offset=0")
    _cut_upload(shop.hub.base_url, path, shop.token, declared=len(data), sent=data[:120_000])
    with shop.hub.client() as client:
        received = 0
        for _ in range(50):  # the hub notices the cut connection asynchronously
            received = client.get(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers).json()[
                "received"
            ]
            if received == 120_000:
                break
            time.sleep(0.1)
        assert 0 < received <= 120_000
        stale = client.put(
            shop.url(f"/blobs/{digest}/upload"),
            headers=shop.headers,
            params={"offset": 0},
            content=data,
        )
        assert stale.status_code == 409 and stale.json()["detail"]["received"] == received
        rest = client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers,
                          params={"offset": received}, content=data[received:])  # fmt: skip
        assert rest.json()["received"] == len(data)
        assert (
            client.post(
                shop.url(f"/blobs/{digest}/complete"),
                headers=shop.headers,
                json={"size": len(data)},
            ).status_code
            == 200
        )
        assert client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers).content == data


def test_bytes_that_do_not_match_the_hash_are_refused_and_not_kept(new_shop):
    shop = new_shop()
    claimed = hashlib.sha256(b"the real photo").hexdigest()
    with shop.hub.client() as client:
        client.put(
            shop.url(f"/blobs/{claimed}/upload"), headers=shop.headers, content=b"something else"
        )
        done = client.post(
            shop.url(f"/blobs/{claimed}/complete"), headers=shop.headers, json={"size": 14}
        )
        assert done.status_code == 422 and done.json()["error"] == "hash_mismatch"
        assert client.get(shop.url(f"/blobs/{claimed}"), headers=shop.headers).status_code == 404
        status = client.get(shop.url(f"/blobs/{claimed}/upload"), headers=shop.headers).json()
        assert status == {"hash": claimed, "received": 0, "complete": False}
    assert not any(shop.hub.data_dir.glob(f"blobs/??/??/{claimed}"))


def test_complete_before_all_bytes_arrived_keeps_the_upload(new_shop):
    shop = new_shop()
    data = b"0123456789" * 100
    digest = hashlib.sha256(data).hexdigest()
    with shop.hub.client() as client:
        client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers, content=data[:500])
        early = client.post(
            shop.url(f"/blobs/{digest}/complete"), headers=shop.headers, json={"size": len(data)}
        )
        assert early.status_code == 409 and early.json()["detail"]["received"] == 500


def test_path_tricks_in_names_are_refused(new_shop):
    shop = new_shop()
    tricks = [
        "..%2F..%2Fhub.sqlite3",
        "%2E%2E",
        "ABCDEF" + "0" * 58,
        "0" * 63,
        "0" * 64 + "%00",
        "..\\..\\hub",
    ]
    with shop.hub.client() as client:
        for trick in tricks:
            for path in (f"/blobs/{trick}", f"/blobs/{trick}/upload"):
                response = client.get(shop.url(path), headers=shop.headers)
                assert response.status_code in (404, 422), (trick, response.status_code)
                assert b"SQLite format" not in response.content
            put = client.put(shop.url(f"/blobs/{trick}/upload"), headers=shop.headers, content=b"x")
            assert put.status_code in (404, 405, 422)
            photo = client.get(f"/showcase/photos/{trick}")
            assert photo.status_code in (404, 422)
        escape = client.get("/showcase/photos/../../hub.sqlite3")
        assert escape.status_code == 404 and b"SQLite format" not in escape.content
    partial_dir = shop.hub.data_dir / "blobs" / "partial"
    assert all(p.parent == partial_dir for p in partial_dir.rglob("*"))


def test_a_chunk_bigger_than_the_limit_gets_413(new_shop):
    shop = new_shop()
    digest = "ab" * 32
    with shop.hub.client() as client:
        response = client.put(
            shop.url(f"/blobs/{digest}/upload"),
            headers=shop.headers,
            content=b"\0" * (17 * 1024 * 1024),
        )
    assert response.status_code == 413


def test_uploads_abandoned_for_weeks_are_dropped_at_start(tmp_path):
    from app.hub.blobs import DiskBlobStore

    store = DiskBlobStore(tmp_path)
    old, fresh = (
        store.partial_dir / ("a" * 8 + "-" + "0" * 64),
        store.partial_dir / ("b" * 8 + "-" + "1" * 64),
    )
    old.write_bytes(b"x")
    fresh.write_bytes(b"y")
    month_ago = time.time() - 30 * 24 * 3600
    os.utime(old, (month_ago, month_ago))
    DiskBlobStore(tmp_path)
    assert not old.exists() and fresh.exists()
