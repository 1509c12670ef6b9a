"""Photos: stored once, right way up, bad files reported one by one, marketplace copies in limits."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from app.catalog.marketplace_photo import MAX_BYTES, prepare_for_marketplace
from app.catalog.photos import (
    MAX_PHOTO_BYTES,
    import_photos,
    product_photos,
    reorder_photos,
    thumbnail,
)
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import save_product
from app.store.engine import session_scope
from app.store.media import MediaStore, sha256_of


def photo(path, size=(400, 300), color="red", orientation=None, fmt="JPEG"):
    image = Image.new("RGB", size, color)
    image.paste("blue", (0, 0, size[0] // 4, size[1] // 4))
    kwargs = {}
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        kwargs["exif"] = exif.tobytes()
    image.save(path, fmt, **kwargs)
    return path


@pytest.fixture
def product(database):
    with session_scope(database.sessions) as session:
        return save_product(
            session, ProductData(name="Nón lá", variants=[VariantData(price=50_000)])
        )


def run_import(database, product_id, items):
    store = MediaStore(database.paths)
    with session_scope(database.sessions) as session:
        return import_photos(session, store, product_id, items)


def test_same_photo_twice_is_one_file_and_one_link(database, product, tmp_path):
    first = photo(tmp_path / "a.jpg")
    copy = tmp_path / "copy of a.jpg"
    copy.write_bytes(first.read_bytes())
    report = run_import(database, product, [first, copy])
    assert len(report.added) == 1 and report.already_there == 1
    stored = [p for p in database.paths.media_dir.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].name == sha256_of(first)


def test_exif_orientation_is_applied_and_original_kept(database, product, tmp_path):
    sideways = photo(
        tmp_path / "portrait.jpg", size=(400, 300), orientation=6
    )  # rotate 90° on display
    run_import(database, product, [sideways])
    with session_scope(database.sessions) as session:
        link = product_photos(session, product)[0]
        assert (link.width, link.height) == (300, 400)
        assert link.is_main
    store = MediaStore(database.paths)
    assert store.path_for(link.sha256).read_bytes() == sideways.read_bytes()
    with Image.open(thumbnail(store, link.sha256)) as thumb:
        assert thumb.height > thumb.width


def test_bad_files_get_one_message_each_and_good_ones_still_go_in(database, product, tmp_path):
    folder = tmp_path / "DCIM"
    folder.mkdir()
    photo(folder / "good.png", fmt="PNG")
    (folder / "fake.jpg").write_text("this is not a picture")
    (folder / "notes.txt").write_text("hello")
    huge = folder / "huge.jpg"
    with huge.open("wb") as handle:  # sparse: the size check must not read it
        handle.truncate(MAX_PHOTO_BYTES + 10 * 1024 * 1024)
    report = run_import(database, product, [folder])
    assert len(report.added) == 1
    problems = {path.name: message.render() for path, message in report.problems}
    assert set(problems) == {"fake.jpg", "notes.txt", "huge.jpg"}
    assert "không phải ảnh" in problems["fake.jpg"]
    assert "quá lớn" in problems["huge.jpg"]


def test_phone_folder_of_2000_files_reports_each_bad_one(database, product, tmp_path):
    folder = tmp_path / "phone"
    folder.mkdir()
    tiny = io.BytesIO()
    Image.new("RGB", (16, 16), "white").save(tiny, "JPEG")
    for index in range(2000):
        path = folder / f"IMG_{index:04}.jpg"
        if index % 250 == 0:
            path.write_bytes(b"GIF89a but not really")  # a broken file every 250
        else:  # distinct bytes per photo (a comment), like real photos
            path.write_bytes(tiny.getvalue()[:-2] + index.to_bytes(2, "big") + tiny.getvalue()[-2:])
    report = run_import(database, product, [folder])
    assert len(report.problems) == 8
    assert {p.name for p, _ in report.problems} == {f"IMG_{i:04}.jpg" for i in range(0, 2000, 250)}
    assert len(report.added) + report.already_there == 1992


def test_reorder_makes_first_photo_main(database, product, tmp_path):
    run_import(
        database, product, [photo(tmp_path / f"{c}.jpg", color=c) for c in ("red", "green", "blue")]
    )
    with session_scope(database.sessions) as session:
        ids = [link.id for link in product_photos(session, product)]
        reorder_photos(session, product, list(reversed(ids)))
    with session_scope(database.sessions) as session:
        photos = product_photos(session, product)
        assert [link.id for link in photos] == list(reversed(ids))
        assert [link.is_main for link in photos] == [True, False, False]


def test_marketplace_copy_is_square_white_big_enough_and_small(tmp_path):
    source = photo(tmp_path / "tall.png", size=(300, 600), fmt="PNG")
    before = source.read_bytes()
    out = prepare_for_marketplace(source, tmp_path / "out" / "tall.jpg")
    assert source.read_bytes() == before
    with Image.open(out) as image:
        assert image.format == "JPEG" and image.width == image.height >= 800
        assert image.getpixel((5, image.height // 2)) == (255, 255, 255)  # padded side
    assert out.stat().st_size <= MAX_BYTES


def test_marketplace_copy_of_noisy_photo_fits_the_budget(tmp_path):
    noisy = Image.frombytes("RGB", (2400, 1800), os.urandom(2400 * 1800 * 3))
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG")
    source = tmp_path / "noisy.png"
    source.write_bytes(buffer.getvalue())
    out = prepare_for_marketplace(source, tmp_path / "noisy.jpg", max_bytes=1024 * 1024)
    assert out.stat().st_size <= 1024 * 1024
    with Image.open(out) as image:
        assert image.width == image.height >= 800


def test_heic_from_an_iphone_is_accepted(database, product, tmp_path):
    from app.catalog.photos import HEIC_SUPPORTED

    if not HEIC_SUPPORTED:
        pytest.skip("pillow-heif has no wheel for this platform")
    heic = tmp_path / "IMG_0001.HEIC"
    Image.new("RGB", (64, 48), "green").save(heic, format="HEIF")
    report = run_import(database, product, [heic])
    assert len(report.added) == 1 and not report.problems
    store = MediaStore(database.paths)
    with session_scope(database.sessions) as session:
        link = product_photos(session, product)[0]
    assert thumbnail(store, link.sha256) is not None
    out = prepare_for_marketplace(store.path_for(link.sha256), tmp_path / "heic.jpg")
    with Image.open(out) as image:
        assert image.format == "JPEG" and image.width >= 800


def test_attached_clip_is_stored_once_and_checked_against_marketplace_rules(
    database, product, tmp_path
):
    from app.catalog.io.snapshot import load_snapshot
    from app.catalog.marketplace_rules import check_catalog
    from app.catalog.videos import attach_video, product_videos

    clip = tmp_path / "non-la.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(2048))
    store = MediaStore(database.paths)
    with session_scope(database.sessions) as session:
        first = attach_video(
            session, store, product, clip, duration_ms=75_000, width=1080, height=1920
        )
        again = attach_video(session, store, product, clip, duration_ms=75_000)
        assert first == again and len(product_videos(session, product)) == 1
        messages = [v.render() for v in check_catalog(load_snapshot(session), "shopee")]
    assert any("non-la.mp4" in m and "75 giây" in m for m in messages)
