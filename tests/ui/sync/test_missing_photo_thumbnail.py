"""A photo this PC has not downloaded yet shows the placeholder, and is not written off as
unreadable: once sync brings the file, the next repaint asks for its thumbnail."""

from __future__ import annotations

import hashlib
import io

from PIL import Image

from app.config import Paths
from app.store.media import MediaStore
from app.ui.catalog.thumbnails import ThumbnailCache


class _Tasks:
    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn, **_kwargs) -> None:
        self.submitted += 1


def test_placeholder_until_the_photo_arrives_then_its_thumbnail(qapp, tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (200, 150), (180, 120, 60)).save(buffer, "JPEG")
    data = buffer.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    store, tasks = MediaStore(Paths(tmp_path / "profile")), _Tasks()
    cache = ThumbnailCache(store, tasks)

    for _repaint in range(3):
        cache.icon_for(sha)
    assert tasks.submitted == 0  # nothing to make a thumbnail from yet, and no error recorded

    store.put_bytes(data)  # the sync download lands
    cache.icon_for(sha)
    assert tasks.submitted == 1
