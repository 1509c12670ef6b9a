"""The sync room's "Ảnh và video" box against a real hub: the video setting is saved in the
profile (and read by the next sync), a held-back video is listed with its size, "Tải lên ngay"
sends it, and the room fits 1280×720 and 1366×728 with the box shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QScrollArea

_helpers = sys.modules["ui_sync_helpers"]  # tests/ui/sync/conftest.py
hub_helpers = _helpers.hub_helpers
_cli = _helpers.run_cli


def _clip(path: Path) -> Path:
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc=duration=2:size=320x240:rate=15", "-pix_fmt", "yuv420p", str(path)],
                   check=True)  # fmt: skip
    return path


def test_size_text_reads_like_a_shop_owner_would():
    from app.ui.sync.media_box import size_text

    assert size_text(850_000) == "850 KB"
    assert size_text(12_400_000) == "12,4 MB"
    assert size_text(1_230_000_000) == "1,2 GB"
    assert size_text(10) == "1 KB"


@pytest.mark.slow
def test_video_waits_by_setting_and_goes_up_on_click(qapp, qtbot, hub, tmp_path, paths):
    from app.catalog.videos import attach_video
    from app.settings import Settings
    from app.store.engine import session_scope
    from app.store.media import MediaStore
    from app.store.migrate import open_database
    from app.store.models import Product
    from app.sync import media_policy
    from app.sync.engine import SyncEngine
    from app.ui.application import Studio
    from app.ui.sync.media_box import size_text

    csv = tmp_path / "shop.csv"
    csv.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nNón lá bài thơ,NL-01,90000,5\n", encoding="utf-8")
    _cli(paths.data_dir, "catalog", "import", str(csv))
    clip = _clip(tmp_path / "chuot-non.mp4")
    db = open_database(paths)
    with session_scope(db.sessions) as session:
        product_id = session.query(Product.id).scalar()
        sha = MediaStore(db.paths).put_file(clip).sha256
        attach_video(session, MediaStore(db.paths), product_id, clip, duration_ms=2000)
    db.close()
    _cli(paths.data_dir, "sync", "signup", hub.base_url, "--shop", "shop-media-box", "--name", "Nón lá",
         "--password-stdin", "--device-name", "Máy bàn", stdin=hub_helpers.PASSWORD)  # fmt: skip

    studio = Studio(qapp, paths)
    studio.open_database()
    window = studio.show_window()
    try:
        window.resize(1366, 728)
        window.show_room("sync")
        room = window.rooms["sync"]
        box = room.media_box
        box.mode_combo.setCurrentIndex(box.mode_combo.findData(media_policy.ON_DEMAND))
        saved = Settings.load(paths.settings_path)
        assert media_policy.video_mode(saved) == media_policy.ON_DEMAND
        assert box.mode_combo.currentText() == "chỉ khi cần xem"

        room.sync_now()  # the room's own sync honours the saved setting: the video waits
        qtbot.waitUntil(lambda: not room._syncing, timeout=20_000)
        qtbot.waitUntil(lambda: box.videos_tree.topLevelItemCount() == 1, timeout=10_000)
        row = box.videos_tree.topLevelItem(0)
        assert row.text(0) == "chuot-non.mp4" and row.text(1) == "Nón lá bài thơ"
        assert row.text(2) == size_text(clip.stat().st_size) and row.text(3) == "tải lên"
        assert "1 video đang chờ" in box.summary_label.text()
        box.videos_tree.setCurrentItem(row)
        assert box.move_button.text() == "Tải lên ngay" and box.move_button.isEnabled()

        for size in ((1280, 720), (1366, 728)):  # nothing cut with the box and a waiting video
            window.resize(*size)
            qtbot.waitUntil(lambda size=size: window.width() == size[0], timeout=5_000)
            qapp.processEvents()
            shot = os.environ.get("SYNC_MEDIA_SHOT")
            if shot:
                window.grab().save(shot.replace(".png", f"-{size[0]}.png"))
            assert room.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
            for button in box.findChildren(QPushButton):
                if button.isVisible():
                    assert button.width() >= button.sizeHint().width(), button.text()
            assert box.mode_combo.width() >= box.mode_combo.sizeHint().width()

        box.move_button.click()
        qtbot.waitUntil(lambda: box.videos_tree.topLevelItemCount() == 0, timeout=20_000)
        with SyncEngine(studio.db).client() as client:
            assert client.blobs_missing([sha]) == []
        assert "Không có video nào đang chờ" in box.summary_label.text()
        studio.tasks.wait_idle()
    finally:
        window.close()
        studio.shutdown()
        qapp.processEvents()
