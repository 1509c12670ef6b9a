"""Videos by the profile's setting, against a real hub process: "chỉ khi cần xem" holds them
(photos still go), "chỉ qua wifi không giới hạn" holds them only on a metered network (an
injected detector; unknown counts as unmetered), the user sends or fetches one by hand, and
photos always travel before videos — the same on the PC that downloads."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from app.config import Paths
from app.settings import Settings
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.store.migrate import open_database
from app.sync import media_policy, media_transfer, sync_process
from app.sync.engine import SyncEngine

PASSWORD = "mat-khau-rat-dai"


def _video(path: Path) -> Path:
    """Two seconds of H.264 test pattern (a real clip, made by ffmpeg)."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc=duration=2:size=320x240:rate=15", "-pix_fmt", "yuv420p", str(path)],
                   check=True)  # fmt: skip
    return path


def _photo(path: Path) -> Path:
    Image.frombytes("RGB", (120, 120), os.urandom(120 * 120 * 3)).save(path, "JPEG", quality=85)
    return path


def _set_mode(data_dir: Path, mode: str) -> None:
    paths = Paths(data_dir)
    settings = Settings.load(paths.settings_path)
    media_policy.set_video_mode(settings, mode)
    settings.save(paths.settings_path)


@pytest.fixture
def shop(sync_hub, make_profile, shop_login, tmp_path):
    """PC A signed in, one product with two photos and one video (nothing sent yet)."""
    from app.catalog.videos import attach_video
    from app.store.models import Product

    pc = make_profile("pc-a")
    csv = tmp_path / "shop.csv"
    csv.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nGiỏ mây,GM-01,150000,3\n", encoding="utf-8")
    pc.run("catalog", "import", str(csv))
    photos = [_photo(tmp_path / f"anh-{n}.jpg") for n in range(2)]
    pc.run("catalog", "photo", "GM-01", *map(str, photos))
    clip = _video(tmp_path / "quay-gio-may.mp4")
    db = open_database(Paths(pc.data_dir).ensure())
    with session_scope(db.sessions) as session:
        product_id = session.query(Product.id).scalar()
        attach_video(session, MediaStore(db.paths), product_id, clip, duration_ms=2000)
    db.close()
    pc.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Mây tre",
           "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    video_sha = hashlib.sha256(clip.read_bytes()).hexdigest()
    photo_shas = {hashlib.sha256(p.read_bytes()).hexdigest() for p in photos}
    return pc, video_sha, photo_shas, clip


def _open(pc):
    return open_database(Paths(pc.data_dir))


def test_the_video_setting_from_the_command_line(make_profile):
    pc = make_profile("pc-cli")
    assert pc.json("sync", "videos", "--json") == {"video_mode": media_policy.ALWAYS}
    assert "wifi không giới hạn" in pc.run("sync", "videos", "unmetered")
    # the same settings.json the sync room reads and writes
    assert media_policy.profile_video_mode(Paths(pc.data_dir)) == media_policy.UNMETERED
    with pytest.raises(SystemExit) as refused:  # argparse lists the three it knows
        pc.run("sync", "videos", "sometimes")
    assert refused.value.code == 2
    assert media_policy.profile_video_mode(Paths(pc.data_dir)) == media_policy.UNMETERED


def test_on_demand_holds_the_video_until_sent_by_hand(shop, monkeypatch):
    pc, video_sha, photo_shas, clip = shop
    pc.run("sync", "videos", "on_demand")  # as a script would set it
    assert pc.sync()["uploaded"] == 2  # the photos went; the video waits
    db = _open(pc)
    try:
        waiting = media_transfer.waiting_videos(db)
        assert [(w.item.sha256, w.direction, w.item.size) for w in waiting] == [
            (video_sha, "up", clip.stat().st_size)
        ]
        assert (
            waiting[0].item.file_name == "quay-gio-may.mp4" and waiting[0].item.product == "Giỏ mây"
        )
        with SyncEngine(db).client() as client:
            assert client.blobs_missing([video_sha, *photo_shas]) == [video_sha]
            # a video bigger than one request goes in chunks, its progress moving within it
            monkeypatch.setattr(media_transfer, "CHUNK", 2048)
            monkeypatch.setattr(media_transfer, "SMALL_BLOB", 2048)
            assert clip.stat().st_size > 3 * 2048
            seen: list[float] = []
            assert media_transfer.send_now(db, client, video_sha, lambda f, _sha: seen.append(f))
            assert len(seen) >= 3 and seen == sorted(seen) and seen[-1] == 1.0 and seen[0] < 0.5
            assert client.blobs_missing([video_sha]) == []
            assert b"".join(client.download(video_sha)) == clip.read_bytes()
        assert media_transfer.waiting_videos(db) == []
        assert media_transfer.pending_uploads(db) == []
    finally:
        db.close()


def test_unmetered_only_waits_on_a_metered_network(shop, sync_hub):
    pc, video_sha, _photo_shas, _clip = shop
    _set_mode(pc.data_dir, media_policy.UNMETERED)
    db = _open(pc)
    try:
        with SyncEngine(db).client() as client:
            assert media_transfer.transfer_media(db, client, detector=lambda: True) == (2, 0)
            assert [w.item.sha256 for w in media_transfer.waiting_videos(db)] == [video_sha]
            # The metering is unknown (no backend): treated as unmetered, the video goes.
            assert media_transfer.transfer_media(db, client, detector=lambda: None) == (1, 0)
        assert media_transfer.waiting_videos(db) == []
    finally:
        db.close()


def test_the_sync_process_follows_the_windows_metered_answer(shop, monkeypatch):
    """The window's sync runs in a child without a Qt application (it cannot ask Qt, and
    "unknown" counts as unmetered): the window's own answer must decide."""
    pc, video_sha, _photo_shas, _clip = shop
    _set_mode(pc.data_dir, media_policy.UNMETERED)
    monkeypatch.setattr(media_policy, "qt_metered", lambda: True)  # a paid hotspot, says Qt
    db = _open(pc)
    try:
        assert sync_process.sync_in_child(db).uploaded == 2  # the photos only
        assert [w.item.sha256 for w in media_transfer.waiting_videos(db)] == [video_sha]
        monkeypatch.setattr(media_policy, "qt_metered", lambda: False)  # back on the shop's Wi-Fi
        assert sync_process.sync_in_child(db).uploaded == 1
        assert media_transfer.waiting_videos(db) == []
    finally:
        db.close()


def test_photos_go_up_before_the_video_and_come_down_first(shop, sync_hub, make_profile):
    pc, video_sha, photo_shas, clip = shop
    db = _open(pc)
    sent: list[str] = []
    try:
        with SyncEngine(db).client() as client:
            upload, upload_many = client.upload_chunk, client.upload_many
            client.upload_chunk = lambda sha, *a, **k: (sent.append(sha), upload(sha, *a, **k))[1]
            client.upload_many = lambda blobs: (sent.extend(sha for sha, _ in blobs),
                                                upload_many(blobs))[1]  # fmt: skip
            assert media_transfer.transfer_media(db, client) == (3, 0)  # "luôn luôn": all go
    finally:
        db.close()
    assert set(sent[:2]) == photo_shas and sent[2:] == [video_sha]
    pc.run("sync", "now")

    # The laptop wants videos only when needed: the photos come down, the video is listed.
    laptop = make_profile("pc-b")
    login = pc.json("sync", "status", "--json")["shop"]
    laptop.run("sync", "login", sync_hub.base_url, "--shop", login, "--password-stdin",
               "--device-name", "Laptop", stdin=PASSWORD + "\n")  # fmt: skip
    _set_mode(laptop.data_dir, media_policy.ON_DEMAND)
    assert laptop.sync()["downloaded"] == 2
    other = _open(laptop)
    try:
        store = MediaStore(other.paths)
        assert all(store.has(sha) for sha in photo_shas) and not store.has(video_sha)
        assert [(w.item.sha256, w.direction) for w in media_transfer.waiting_videos(other)] == [
            (video_sha, "down")
        ]
        assert media_transfer.missing_here(other) == [video_sha]
        with SyncEngine(other).client() as client:
            assert media_transfer.fetch_now(other, client, video_sha)  # "tải về"
        assert store.path_for(video_sha).read_bytes() == clip.read_bytes()
        assert media_transfer.waiting_videos(other) == []
        assert media_transfer.pending_uploads(other) == []  # not sent back
        store.path_for(video_sha).unlink()  # the copy is lost: "luôn luôn" fetches it in a sync
    finally:
        other.close()
    _set_mode(laptop.data_dir, media_policy.ALWAYS)
    assert laptop.sync()["downloaded"] == 1
    assert MediaStore(Paths(laptop.data_dir)).path_for(video_sha).read_bytes() == clip.read_bytes()


def test_setting_falls_back_and_detector_failures_do_not_stop_photos():
    settings = Settings(extra={media_policy.VIDEO_MODE_KEY: "sometimes"})
    assert media_policy.video_mode(settings) == media_policy.ALWAYS
    with pytest.raises(ValueError):
        media_policy.set_video_mode(settings, "sometimes")

    def broken() -> bool:
        raise OSError("no network service")

    assert media_policy.videos_may_travel(media_policy.UNMETERED, broken)  # unknown: unmetered
    assert not media_policy.videos_may_travel(media_policy.UNMETERED, lambda: True)
    assert media_policy.videos_may_travel(media_policy.UNMETERED, lambda: False)
    assert not media_policy.videos_may_travel(media_policy.ON_DEMAND, lambda: False)
    assert media_policy.videos_may_travel(media_policy.ALWAYS, lambda: True)
