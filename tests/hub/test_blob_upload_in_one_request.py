"""A photo in one request: ``PUT …/upload?offset=0&size=N`` with the whole blob completes it
(hash checked, visible) without a separate ``complete``; a wrong hash is refused and nothing
is kept; a chunked upload finished by its last chunk hashes what it received across chunks."""

from __future__ import annotations

import hashlib
import os


def test_whole_blob_with_its_size_is_complete_in_one_request(new_shop):
    shop = new_shop()
    data = os.urandom(300_000)
    digest = hashlib.sha256(data).hexdigest()
    with shop.hub.client() as client:
        put = client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers,
                         params={"offset": 0, "size": len(data)}, content=data)  # fmt: skip
        assert put.status_code == 200, put.text
        assert put.json() == {"hash": digest, "received": len(data), "complete": True}
        assert client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers).content == data
        has = client.post(shop.url("/blobs/has"), headers=shop.headers, json={"hashes": [digest]})
        assert has.json()["present"] == [digest]
        again = client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers,
                           params={"offset": 0, "size": len(data)}, content=data)  # fmt: skip
        assert again.json()["complete"] is True  # already there: nothing appended


def test_wrong_bytes_with_a_size_are_refused_and_dropped(new_shop):
    shop = new_shop()
    claimed = hashlib.sha256(b"the real photo").hexdigest()
    with shop.hub.client() as client:
        put = client.put(shop.url(f"/blobs/{claimed}/upload"), headers=shop.headers,
                         params={"offset": 0, "size": 14}, content=b"something else")  # fmt: skip
        assert put.status_code == 422 and put.json()["error"] == "hash_mismatch"
        assert client.get(shop.url(f"/blobs/{claimed}"), headers=shop.headers).status_code == 404
        status = client.get(shop.url(f"/blobs/{claimed}/upload"), headers=shop.headers).json()
        assert status == {"hash": claimed, "received": 0, "complete": False}


def test_last_chunk_with_the_size_completes_a_chunked_upload(new_shop):
    shop = new_shop()
    data = os.urandom(50_000)
    digest = hashlib.sha256(data).hexdigest()
    with shop.hub.client() as client:
        for offset in range(0, len(data), 7_000):
            put = client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers,
                             params={"offset": offset, "size": len(data)},
                             content=data[offset : offset + 7_000])  # fmt: skip
            assert put.status_code == 200, put.text
            assert put.json()["complete"] is (offset + 7_000 >= len(data))
        assert client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers).content == data
