"""A product's photos: add by dialog or by dropping files/folders from a phone, drag to reorder.

The first photo is the main one. Importing runs on a worker; each bad file gets
its own line in the message afterwards, and the good ones still go in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.catalog.marketplace_photo import prepare_for_marketplace
from app.catalog.photos import import_photos, product_photos, reorder_photos, thumbnail
from app.catalog.videos import attach_video, product_videos
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.ui.error_dialogs import show_exception
from app.ui.widgets.delayed_progress import run_with_progress
from app.ui.widgets.flow_layout import flow_row

LINK_ROLE = Qt.ItemDataRole.UserRole + 1


class PhotoList(QListWidget):
    """Icon strip that reorders by drag and accepts files and folders dropped from outside."""

    files_dropped = Signal(list)
    reordered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(120, 120))
        self.setGridSize(QSize(140, 150))
        self.setMovement(QListWidget.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setAcceptDrops(True)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            paths = [
                Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()
            ]
            event.acceptProposedAction()
            if paths:
                self.files_dropped.emit(paths)
            return
        super().dropEvent(event)
        self.reordered.emit()


class PhotoPanel(QWidget):
    changed = Signal()

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = MediaStore(context.paths)
        self.product_id: str | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.video_list = QLabel(self)
        self.video_list.setObjectName("attached_videos")
        self.video_list.setWordWrap(True)
        self.strip = PhotoList(self)
        self.strip.files_dropped.connect(self.add_files)
        self.strip.reordered.connect(self._reordered_by_drag)
        self.undo_stack = None  # the editor's QUndoStack, so a drag can be undone like typing
        self._saved_order: list[str] = []
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.video_list)
        self.add_button = QPushButton(self.tr("Thêm ảnh…"), self)
        self.add_button.clicked.connect(self._ask_files)
        self.remove_button = QPushButton(self.tr("Bỏ ảnh đang chọn"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.prepare_button = QPushButton(self.tr("Chuẩn bị ảnh cho sàn…"), self)
        self.prepare_button.setToolTip(
            self.tr("Tạo bản sao vuông, nền trắng, ≥ 800 px, ≤ 2 MB; ảnh gốc giữ nguyên.")
        )
        self.prepare_button.clicked.connect(self._ask_prepare_folder)
        self.video_button = QPushButton(self.tr("Gắn video…"), self)
        self.video_button.setToolTip(
            self.tr("Gắn một video sản phẩm đã cắt (MP4/MOV) vào sản phẩm này.")
        )
        self.video_button.clicked.connect(self._ask_video)
        self.cut_button = QPushButton(self.tr("Cắt video này"), self)
        self.cut_button.setToolTip(
            self.tr("Mở video đã gắn của sản phẩm trong phòng Cắt video, có sẵn tên và giá.")
        )
        self.cut_button.clicked.connect(self.cut_video)
        self.cut_button.setEnabled(False)
        self._video_sha: str | None = None
        # wraps onto a second line in a narrow editor instead of cutting the button texts
        buttons = (
            self.add_button,
            self.remove_button,
            self.prepare_button,
            self.video_button,
            self.cut_button,
        )
        layout.addWidget(flow_row(self, list(buttons)))

    def load(self, product_id: str | None) -> None:
        self.product_id = product_id
        self.strip.clear()
        enabled = product_id is not None
        for button in (self.add_button, self.remove_button, self.prepare_button, self.video_button):
            button.setEnabled(enabled)
        self.cut_button.setEnabled(False)
        self.strip.setAcceptDrops(enabled)
        if not enabled:
            self.hint.setText(self.tr("Lưu sản phẩm trước, rồi thêm ảnh."))
            return
        self.hint.setText(
            self.tr(
                "Kéo thả ảnh hoặc cả thư mục ảnh từ điện thoại vào đây. Ảnh đầu tiên là ảnh chính; "
                "kéo để đổi thứ tự."
            )
        )
        with session_scope(self.context.db.sessions) as session:
            links = [
                (link.id, link.sha256, link.file_name)
                for link in product_photos(session, product_id)
            ]
            video_links = product_videos(session, product_id)
            videos = [
                (link.file_name, (link.duration_ms or 0) / 1000, self.store.has(link.sha256))
                for link in video_links
            ]
            self._video_sha = video_links[-1].sha256 if video_links else None
        links_hub = getattr(self.context, "links", None)
        self.cut_button.setEnabled(
            self._video_sha is not None and links_hub is not None and links_hub.has_editor
        )
        # another PC's video not downloaded yet (sync room, "chỉ khi cần xem"): said, not hidden
        not_here = self.tr("chưa tải về máy này")
        self.video_list.setText(
            self.tr("Video đã gắn: %1").replace(
                "%1",
                ", ".join(
                    f"{name} ({seconds:.0f} s)" if here else f"{name} ({not_here})"
                    for name, seconds, here in videos
                ),
            )
            if videos
            else ""
        )
        for link_id, sha, name in links:
            path = (
                thumbnail(self.store, sha)
                if self.store.thumbnail_path(sha, 256).is_file()
                else None
            )
            item = QListWidgetItem(QIcon(QPixmap(str(path))) if path else QIcon(), name)
            item.setData(LINK_ROLE, link_id)
            if path is None:
                self._make_thumbnail(item, sha)
            self.strip.addItem(item)
        self._saved_order = self.link_ids()

    def _make_thumbnail(self, item: QListWidgetItem, sha: str) -> None:
        store, link_id = self.store, item.data(LINK_ROLE)

        def done(path) -> None:
            for row in range(self.strip.count()):
                candidate = self.strip.item(row)
                if path and candidate.data(LINK_ROLE) == link_id:
                    candidate.setIcon(QIcon(QPixmap(str(path))))

        self.context.tasks.submit(
            lambda _p, _c: thumbnail(store, sha),
            kind="work",
            on_done=done,
            on_error=lambda _exc: None,
        )

    def cut_video(self) -> None:
        """Hand the newest attached video to the editor room, linked to this product."""
        if self._video_sha is None:
            return
        if not self.store.has(self._video_sha):
            QMessageBox.information(
                self,
                self.tr("Cắt video này"),
                self.tr(
                    "Video này được gắn ở máy khác và chưa tải về máy này. Vào phòng Đồng bộ, "
                    "chọn video trong “Ảnh và video” rồi bấm “Tải về”; xong rồi bấm lại."
                ),
            )
            return
        self.context.links.open_in_editor(
            self.store.path_for(self._video_sha), product_id=self.product_id
        )

    def _ask_video(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn video sản phẩm"), "", self.tr("Video (*.mp4 *.mov *.m4v)")
        )
        if name:
            self.attach_video(Path(name))

    def attach_video(self, path: Path):
        """Probe the clip (a broken file gets a plain message) and link it to the product."""
        if self.product_id is None:
            return None
        product_id, sessions, store = self.product_id, self.context.db.sessions, self.store

        def work(_progress, _cancel):
            from app.video.probe import probe

            info = probe(path)
            with session_scope(sessions) as session:
                attach_video(
                    session,
                    store,
                    product_id,
                    path,
                    duration_ms=round(info.duration * 1000),
                    width=info.width,
                    height=info.height,
                )

        return run_with_progress(
            self.context.tasks,
            self,
            work,
            kind="db",
            on_done=lambda _result: (self.load(self.product_id), self.changed.emit()),
            label=self.tr("Đang gắn video…"),
        )

    def link_ids(self) -> list[str]:
        return [self.strip.item(row).data(LINK_ROLE) for row in range(self.strip.count())]

    def _ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn ảnh"), "", self.tr("Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif)")
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]):
        if self.product_id is None:
            return None
        product_id, sessions, store = self.product_id, self.context.db.sessions, self.store

        def work(progress, cancel):
            with session_scope(sessions) as session:
                return import_photos(
                    session, store, product_id, paths, progress=progress, cancel=cancel
                )

        handle = run_with_progress(
            self.context.tasks,
            self,
            work,
            kind="db",
            on_done=self._added,
            label=self.tr("Đang thêm ảnh…"),
        )
        return handle

    def _added(self, report) -> None:
        self.load(self.product_id)
        self.changed.emit()
        if report.problems:
            lines = [
                message.render(QCoreApplication.translate)
                for _path, message in report.problems[:50]
            ]
            more = len(report.problems) - len(lines)
            if more > 0:
                lines.append(self.tr("… và %1 tệp khác.").replace("%1", str(more)))
            QMessageBox.warning(
                self,
                self.tr("Một số tệp không thêm được"),
                self.tr("Đã thêm %1 ảnh. Các tệp sau không thêm được:").replace(
                    "%1", str(len(report.added))
                )
                + "\n\n"
                + "\n".join(lines),
            )

    def _reordered_by_drag(self) -> None:
        before, after = list(self._saved_order), self.link_ids()
        if self.undo_stack is None or before == after:
            self.save_order()
            return
        self.undo_stack.push(_ReorderPhotos(self, before, after))

    def apply_order(self, order: list[str]) -> None:
        """Show ``order`` in the strip and save it (undo/redo of a drag)."""
        items = {item.data(LINK_ROLE): item for item in self._take_all()}
        for link_id in order:
            if link_id in items:
                self.strip.addItem(items.pop(link_id))
        for item in items.values():  # anything added meanwhile keeps its place at the end
            self.strip.addItem(item)
        self.save_order()

    def _take_all(self) -> list[QListWidgetItem]:
        return [self.strip.takeItem(0) for _ in range(self.strip.count())]

    def save_order(self):
        if self.product_id is None:
            return None
        product_id, order, sessions = self.product_id, self.link_ids(), self.context.db.sessions
        self._saved_order = list(order)

        def work(_progress, _cancel):
            with session_scope(sessions) as session:
                reorder_photos(session, product_id, order)

        return self.context.tasks.submit(
            work,
            kind="db",
            on_done=lambda _r: self.changed.emit(),
            on_error=lambda exc: show_exception(exc, self),
        )

    def remove_selected(self):
        row = self.strip.currentRow()
        if row < 0 or self.product_id is None:
            return None
        link_id, sessions = self.strip.item(row).data(LINK_ROLE), self.context.db.sessions
        self.strip.takeItem(row)

        def work(_progress, _cancel):
            from app.store.base import utcnow
            from app.store.models import MediaLink

            with session_scope(sessions) as session:
                link = session.get(MediaLink, link_id)
                if link is not None:
                    link.deleted_at = link.updated_at = (
                        utcnow()
                    )  # soft: the file stays in the store

        return self.context.tasks.submit(
            work,
            kind="db",
            on_done=lambda _r: self.save_order(),
            on_error=lambda exc: show_exception(exc, self),
        )

    def _ask_prepare_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Lưu ảnh cho sàn vào thư mục"))
        if folder:
            self.prepare_copies(Path(folder))

    def prepare_copies(self, folder: Path):
        if self.product_id is None:
            return None
        with session_scope(self.context.db.sessions) as session:
            photos = [
                (link.sha256, link.file_name) for link in product_photos(session, self.product_id)
            ]
        store = self.store

        def work(progress, cancel):
            written = []
            for index, (sha, name) in enumerate(photos):
                cancel.raise_if_cancelled()
                progress(index / max(1, len(photos)), name)
                target = folder / f"{index + 1:02}-{Path(name).stem or sha[:12]}.jpg"
                written.append(prepare_for_marketplace(store.path_for(sha), target))
            return written

        handle = run_with_progress(
            self.context.tasks,
            self,
            work,
            kind="work",
            label=self.tr("Đang chuẩn bị ảnh cho sàn…"),
        )
        return handle


class _ReorderPhotos(QUndoCommand):
    def __init__(self, panel: PhotoPanel, before: list[str], after: list[str]) -> None:
        super().__init__(QCoreApplication.translate("PhotoPanel", "Đổi thứ tự ảnh"))
        self._panel, self._before, self._after = panel, before, after

    def redo(self) -> None:
        self._panel.apply_order(self._after)

    def undo(self) -> None:
        self._panel.apply_order(self._before)
