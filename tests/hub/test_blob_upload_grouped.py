"""Several photos in one request (``PUT …/blobs/upload?blobs=H:S,…``): each arrives intact and
visible; a photo whose bytes don't match its hash is refused alone; a request cut mid-way
completes nothing and what it wrote resumes one by one; another shop's token is refused."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from urllib.parse import urlsplit


def _manifest(blobs: list[bytes], hashes: list[str] | None = None) -> str:
    hashes = hashes or [hashlib.sha256(b).hexdigest() for b in blobs]
    return ",".join(f"{h}:{len(b)}" for h, b in zip(hashes, blobs, strict=True))


def test_photos_in_one_request_all_arrive_intact(new_shop):
    shop = new_shop()
    photos = [os.urandom(40_000 + 7 * n) for n in range(6)]
    digests = [hashlib.sha256(p).hexdigest() for p in photos]
    with shop.hub.client() as client:
        put = client.put(shop.url("/blobs/upload"), headers=shop.headers,
                         params={"blobs": _manifest(photos)}, content=b"".join(photos))  # fmt: skip
        assert put.status_code == 200, put.text
        assert put.json() == [{"hash": d, "received": len(p), "complete": True}
                              for d, p in zip(digests, photos, strict=True)]  # fmt: skip
        for digest, photo in zip(digests, photos, strict=True):
            assert client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers).content == photo
        again = client.put(shop.url("/blobs/upload"), headers=shop.headers,
                           params={"blobs": _manifest(photos)}, content=b"".join(photos))  # fmt: skip
        assert [a["complete"] for a in again.json()] == [True] * 6  # held already: kept as is


def test_a_photo_that_does_not_match_its_hash_is_refused_alone(new_shop):
    shop = new_shop()
    good, bad = os.urandom(30_000), os.urandom(20_000)
    claimed = hashlib.sha256(b"the real photo").hexdigest()
    good_hash = hashlib.sha256(good).hexdigest()
    with shop.hub.client() as client:
        put = client.put(shop.url("/blobs/upload"), headers=shop.headers,
                         params={"blobs": _manifest([bad, good], [claimed, good_hash])},
                         content=bad + good)  # fmt: skip
        assert put.json() == [{"hash": claimed, "received": 0, "complete": False},
                              {"hash": good_hash, "received": len(good), "complete": True}]  # fmt: skip
        assert client.get(shop.url(f"/blobs/{claimed}"), headers=shop.headers).status_code == 404
        has = client.post(shop.url("/blobs/has"), headers=shop.headers,
                          json={"hashes": [claimed, good_hash]}).json()  # fmt: skip
        assert has == {"present": [good_hash], "missing": [claimed]}


def test_a_request_cut_midway_completes_nothing_and_resumes_one_by_one(new_shop):
    shop = new_shop()
    first, second = os.urandom(50_000), os.urandom(50_000)
    digests = [hashlib.sha256(b).hexdigest() for b in (first, second)]
    url = urlsplit(shop.hub.base_url)
    target = f"{shop.url('/blobs/upload')}?blobs={_manifest([first, second])}"
    head = (f"PUT {target} HTTP/1.1\r\nHost: {url.hostname}\r\n"
            f"Authorization: Bearer {shop.token}\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {len(first) + len(second)}\r\n\r\n").encode()  # fmt: skip
    with socket.create_connection((url.hostname, url.port)) as sock:
        sock.sendall(head + first + second[:20_000])  # the Wi-Fi drops here
    with shop.hub.client() as client:
        status = {}
        for _ in range(50):  # the hub notices the cut on its own time
            status = {d: client.get(shop.url(f"/blobs/{d}/upload"), headers=shop.headers).json()
                      for d in digests}  # fmt: skip
            if status[digests[1]]["received"] == 20_000:
                break
            time.sleep(0.1)
        assert [s["complete"] for s in status.values()] == [False, False]
        has = client.post(shop.url("/blobs/has"), headers=shop.headers, json={"hashes": digests})
        assert has.json()["missing"] == digests
        # one by one from where the hub stopped: the first only needs completing
        assert status[digests[0]]["received"] == len(first)
        done = client.post(shop.url(f"/blobs/{digests[0]}/complete"), headers=shop.headers,
                           json={"size": len(first)})  # fmt: skip
        assert done.json()["complete"] is True
        rest = client.put(shop.url(f"/blobs/{digests[1]}/upload"), headers=shop.headers,
                          params={"offset": 20_000, "size": len(second)}, content=second[20_000:])  # fmt: skip
        assert rest.json()["complete"] is True
        for digest, data in zip(digests, (first, second), strict=True):
            assert client.get(shop.url(f"/blobs/{digest}"), headers=shop.headers).content == data


def test_a_half_sent_photo_is_left_for_the_one_by_one_resume(new_shop):
    shop = new_shop()
    photo = os.urandom(30_000)
    digest = hashlib.sha256(photo).hexdigest()
    with shop.hub.client() as client:
        client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers,
                   params={"offset": 0}, content=photo[:1000])  # fmt: skip
        put = client.put(shop.url("/blobs/upload"), headers=shop.headers,
                         params={"blobs": _manifest([photo])}, content=photo)  # fmt: skip
        assert put.json() == [{"hash": digest, "received": 1000, "complete": False}]


def test_another_shops_token_and_bad_lists_are_refused(new_shop):
    shop, other = new_shop(), new_shop("Gốm Bát Tràng")
    photo = os.urandom(1000)
    with shop.hub.client() as client:
        foreign = client.put(shop.url("/blobs/upload"), headers=other.headers,
                             params={"blobs": _manifest([photo])}, content=photo)  # fmt: skip
        assert foreign.status_code == 403
        twice = client.put(shop.url("/blobs/upload"), headers=shop.headers,
                           params={"blobs": _manifest([photo, photo])}, content=photo + photo)  # fmt: skip
        assert twice.status_code == 422
        for junk in ("../../etc/passwd:1", "abc", f"{'a' * 64}:-1"):
            bad = client.put(shop.url("/blobs/upload"), headers=shop.headers,
                             params={"blobs": junk}, content=b"x")  # fmt: skip
            assert bad.status_code == 422, (junk, bad.text)
