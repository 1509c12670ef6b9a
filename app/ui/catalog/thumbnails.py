"""Product thumbnails for the list and grid: from the disk cache, or made on a worker.

The view asks for an icon while painting; a missing thumbnail is made in the
background (Pillow, EXIF-rotated) and the row repaints when it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPixmapCache

from app.catalog.photos import thumbnail
from app.store.media import MediaStore

SIZE = 256


def placeholder(size: int = 96) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#efe6da"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#b9a58c"))
    painter.drawRect(size // 4, size // 4, size // 2, size // 2)
    painter.end()
    return pixmap


class ThumbnailCache(QObject):
    def __init__(self, store: MediaStore, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._pending: dict[str, list[QPersistentModelIndex]] = {}
        self._unreadable: set[str] = set()  # asked once; asking again on every repaint would spin
        self._placeholder = QIcon(placeholder())
        self.on_ready = None  # callable(QPersistentModelIndex) set by the model owner

    def icon_for(self, sha256: str | None, index=None) -> QIcon:
        if not sha256:
            return self._placeholder
        key = f"thumb:{self._store.root}:{sha256}"  # one process may open two profiles (tests)
        pixmap = QPixmapCache.find(key)
        if pixmap is not None and not pixmap.isNull():
            return QIcon(pixmap)
        path = self._store.thumbnail_path(sha256, SIZE)
        if path.is_file():
            pixmap = QPixmap(str(path))
            if not pixmap.isNull():
                QPixmapCache.insert(key, pixmap)
                return QIcon(pixmap)
        if not self._store.has(sha256):
            # Not on this PC yet (sync downloads it): the placeholder until it arrives; not
            # asked as "unreadable", so the next repaint after the download shows the photo.
            return self._placeholder
        self._request(sha256, index)
        return self._placeholder

    def _request(self, sha256: str, index) -> None:
        if sha256 in self._unreadable:
            return
        waiting = self._pending.get(sha256)
        if index is not None:
            (waiting if waiting is not None else []).append(QPersistentModelIndex(index))
        if waiting is not None:
            return
        self._pending[sha256] = [QPersistentModelIndex(index)] if index is not None else []
        store = self._store
        self._tasks.submit(
            lambda _progress, _cancel: thumbnail(store, sha256, SIZE),
            kind="work",
            on_done=lambda path, sha=sha256: self._done(sha, path),
            on_error=lambda _exc, sha=sha256: self._failed(sha),
        )

    def _failed(self, sha256: str) -> None:
        self._pending.pop(sha256, None)
        self._unreadable.add(sha256)

    def _done(self, sha256: str, path) -> None:
        if path is None:
            self._failed(sha256)
            return
        for index in self._pending.pop(sha256, []):
            if self.on_ready is not None:
                self.on_ready(index)


def scaled(icon: QIcon, size: int) -> QPixmap:
    return icon.pixmap(QSize(size, size)).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
