"""Media transfer against a real hub process: the hub is asked what it lacks first, small
photos go before big ones, an upload cut mid-way resumes at the hub's offset (through the
fault proxy), and a photo this PC lacks is fetched back from the hub."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image

from app.config import Paths
from app.store.media import MediaStore
from app.store.migrate import open_database
from app.sync import errors, media_transfer
from app.sync.http import HubClient

PASSWORD = "mat-khau-rat-dai"


fault_proxy = sys.modules["sync_fault_proxy"]  # loaded by tests/sync/conftest.py


def _photo(path: Path, side: int) -> str:
    """A JPEG whose size grows with ``side`` (noise does not compress away)."""
    noise = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    noise.save(path, "JPEG", quality=85)
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def proxy(sync_hub):
    with fault_proxy.FaultProxy(sync_hub.base_url) as running:
        yield running


@pytest.fixture
def shop_pc(sync_hub, proxy, make_profile, shop_login, tmp_path):
    """PC A signed in to a new shop, one product with three photos of different sizes."""
    proxy.heal()
    proxy.only()
    pc = make_profile("pc-a")
    csv = tmp_path / "shop.csv"
    csv.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nGiỏ mây,GM-01,150000,3\n", encoding="utf-8")
    pc.run("catalog", "import", str(csv))
    photos = {}
    for name, side in (("big", 420), ("small", 90), ("medium", 220)):
        file = tmp_path / f"{name}.jpg"
        photos[name] = (_photo(file, side), file)
    pc.run("catalog", "photo", "GM-01", *(str(file) for _sha, file in photos.values()))
    pc.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Mây tre",
           "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    db = open_database(Paths(pc.data_dir))
    hub = HubClient(sync_hub.base_url)
    answer = hub.sign_in(shop_login, PASSWORD, "Thử nghiệm")
    hub.close()
    client = HubClient(proxy.base_url, answer["token"], answer["shop_id"])
    yield pc, db, client, photos
    client.close()
    db.close()


def _puts(proxy, since: int) -> list[tuple[str, int]]:
    """(sha, offset) of each chunk PUT through the proxy after log entry ``since``."""
    out = []
    for method, path, _fault in proxy.log[since:]:
        if method == "PUT":
            url = urlsplit(path)
            query = parse_qs(url.query)
            if "blobs" in query:  # several whole photos in one request
                out += [(entry.split(":")[0], 0) for entry in query["blobs"][0].split(",")]
            else:
                out.append((url.path.split("/")[-2], int(query["offset"][0])))
    return out


def test_small_photos_are_queued_before_big_ones(shop_pc):
    _pc, db, _client, photos = shop_pc
    queue = media_transfer.pending_uploads(db)
    assert [sha for sha, _size in queue] == [
        photos["small"][0],
        photos["medium"][0],
        photos["big"][0],
    ]
    sizes = [size for _sha, size in queue]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_hub_is_asked_first_and_blobs_it_has_are_not_sent(shop_pc, proxy):
    _pc, db, client, photos = shop_pc
    small_sha, small_file = photos["small"]
    data = small_file.read_bytes()
    client.upload_chunk(small_sha, 0, data)  # another PC sent this one already
    client.complete(small_sha, len(data))

    start = len(proxy.log)
    uploaded, _downloaded = media_transfer.transfer_media(db, client)
    assert uploaded == 2
    first = proxy.log[start]
    assert first[0] == "POST" and first[1].endswith("/blobs/has")
    sent = {sha for sha, _offset in _puts(proxy, start)}
    assert sent == {photos["medium"][0], photos["big"][0]}
    # both photos in one request, which the hub completes (hash checked) there
    calls = [(method, path.split("?")[0]) for method, path, _f in proxy.log[start:]]
    assert calls == [("POST", client._shop("/blobs/has")), ("PUT", client._shop("/blobs/upload"))]
    assert media_transfer.pending_uploads(db) == []
    assert client.blobs_missing([sha for sha, _file in photos.values()]) == []
    for sha, file in photos.values():  # what the other PC will get
        assert b"".join(client.download(sha)) == file.read_bytes()


def test_a_hub_without_grouped_uploads_gets_the_photos_one_by_one(shop_pc, monkeypatch):
    _pc, db, client, photos = shop_pc

    def older_hub(_blobs):  # what a hub from before grouped uploads answers
        raise errors.HubRefused("Không tìm thấy.", "404 not_found")

    monkeypatch.setattr(client, "upload_many", older_hub)
    uploaded, _ = media_transfer.transfer_media(db, client)
    assert uploaded == 3 and client.many_per_request is False
    assert media_transfer.pending_uploads(db) == []
    for sha, file in photos.values():
        assert b"".join(client.download(sha)) == file.read_bytes()


def test_upload_cut_midway_resumes_at_the_hubs_offset(shop_pc, proxy, monkeypatch):
    _pc, db, client, photos = shop_pc
    chunk = 16 * 1024
    monkeypatch.setattr(media_transfer, "CHUNK", chunk)
    big_sha, big_file = photos["big"]
    size = big_file.stat().st_size
    assert size > 6 * chunk
    # Small and medium go through; on the big one the hub stores the third chunk but the
    # answer is lost on the way back, as when the Wi-Fi drops. (Photos go up several at a
    # time, so only the big one's requests are planned.)
    proxy.only(f"/blobs/{big_sha}/upload")
    proxy.plan(["pass", "pass", "drop_response"])
    start = len(proxy.log)
    with pytest.raises(errors.HubUnreachable):
        media_transfer.transfer_media(db, client)
    # the cut one is still waiting (a photo sent alongside may be too: it is asked about again)
    assert big_sha in [sha for sha, _ in media_transfer.pending_uploads(db)]
    assert client.upload_status(big_sha)["received"] == 3 * chunk

    proxy.heal()
    resumed_at = len(proxy.log)
    uploaded, _ = media_transfer.transfer_media(db, client)
    assert uploaded >= 1 and media_transfer.pending_uploads(db) == []
    offsets = [offset for sha, offset in _puts(proxy, resumed_at) if sha == big_sha]
    # The client may first try offset 0 (the hub refuses it, storing nothing, and says where
    # it stands); after that it carries on at the hub's offset, never resending what it holds.
    resumed = list(range(3 * chunk, size, chunk))
    assert offsets in (resumed, [0, *resumed]), offsets
    assert b"".join(client.download(big_sha)) == big_file.read_bytes()
    assert any(fault == "drop_response" for _m, _p, fault in proxy.log[start:])


@pytest.mark.slow
def test_photo_missing_here_is_downloaded_from_the_hub(shop_pc, sync_hub, make_profile):
    pc, _db, client, photos = shop_pc
    assert pc.sync()["uploaded"] == 3
    other = make_profile("pc-b")
    other.run("sync", "login", sync_hub.base_url, "--shop", client_login(pc), "--password-stdin",
              "--device-name", "Laptop", stdin=PASSWORD + "\n")  # fmt: skip
    assert other.sync()["downloaded"] == 3
    view = other.json("catalog", "show", "GM-01", "--json")
    assert sorted(view["photos"]) == sorted(sha for sha, _ in photos.values())

    # The laptop's copy of one photo is lost (disk cleaned up): it is listed and fetched back.
    other_db = open_database(Paths(other.data_dir))
    try:
        lost_sha, lost_file = photos["medium"]
        store = MediaStore(other_db.paths)
        store.path_for(lost_sha).unlink()
        assert media_transfer.missing_here(other_db) == [lost_sha]
        _up, downloaded = media_transfer.transfer_media(other_db, client)
        assert downloaded == 1
        assert store.path_for(lost_sha).read_bytes() == lost_file.read_bytes()
        assert media_transfer.missing_here(other_db) == []
    finally:
        other_db.close()


def client_login(pc) -> str:
    return pc.json("sync", "status", "--json")["shop"]
