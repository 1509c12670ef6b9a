"""The sync room's "Ảnh và video" box: when videos travel (always / only when someone needs
one / only over unmetered Wi-Fi — saved in the profile's settings), the videos waiting with
their sizes, and "tải lên ngay" / "tải về" for the one selected. Photos always go first.

Work runs in ``context.tasks``; the box only shows answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import classify
from app.sync import media_policy
from app.ui.sync import work


def size_text(size: int) -> str:
    """Sizes as a shop owner reads them: "850 KB", "12,4 MB", "1,2 GB" (decimal comma)."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    if size < 1_000_000_000:
        return f"{size / 1e6:.1f} MB".replace(".", ",")
    return f"{size / 1e9:.1f} GB".replace(".", ",")


class MediaBox(QGroupBox):
    moved = Signal()  # a video went up or came down by hand: the room refreshes its counts

    def __init__(self, context, parent: QWidget | None = None, *, detector=None) -> None:
        super().__init__(self.tr("Ảnh và video"), parent)
        self.context = context
        self._detector = detector  # tests inject one; None: Qt's network information
        self._signed_in = False
        media_policy.load_network_information()  # on the UI thread, once: workers only read it
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.mode_label = QLabel(self.tr("Tải video:"))
        self.mode_combo = QComboBox()
        for mode, text in (
            (media_policy.ALWAYS, self.tr("luôn luôn")),
            (media_policy.ON_DEMAND, self.tr("chỉ khi cần xem")),
            (media_policy.UNMETERED, self.tr("chỉ qua wifi không giới hạn")),
        ):
            self.mode_combo.addItem(text, mode)
        self.mode_combo.setToolTip(self.tr(
            "Ảnh luôn được gửi trước. Video nặng: có thể để chờ đến khi cần xem, hoặc chỉ gửi "
            "khi máy dùng wifi không tính tiền theo dung lượng."))  # fmt: skip
        self.mode_label.setBuddy(self.mode_combo)
        current = media_policy.video_mode(context.settings)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(current)))
        self.mode_combo.currentIndexChanged.connect(self._mode_chosen)
        row.addWidget(self.mode_label)
        row.addWidget(self.mode_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary_label = QLabel(wordWrap=True)
        layout.addWidget(self.summary_label)
        self.videos_tree = QTreeWidget()
        self.videos_tree.setHeaderLabels([self.tr("Video"), self.tr("Sản phẩm"), self.tr("Dung lượng"),
                                          self.tr("Đang chờ")])  # fmt: skip
        self.videos_tree.setRootIsDecorated(False)
        self.videos_tree.setMinimumHeight(60)
        header = self.videos_tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.videos_tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.videos_tree.itemDoubleClicked.connect(lambda *_: self.move_selected())
        layout.addWidget(self.videos_tree, 1)
        buttons = QHBoxLayout()
        self.move_button = QPushButton(self.tr("Tải lên ngay"), clicked=self.move_selected)
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setStyleSheet("color: #a0192f")
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.message_label, 1)
        layout.addLayout(buttons)
        self._show([])

    # settings ---------------------------------------------------------------------------
    def mode(self) -> str:
        return self.mode_combo.currentData()

    def _mode_chosen(self) -> None:
        media_policy.set_video_mode(self.context.settings, self.mode())
        self.context.save_settings()  # ``sync now`` (room or command line) reads the file
        self._show_summary()

    # state ------------------------------------------------------------------------------
    def set_signed_in(self, signed_in: bool) -> None:
        self._signed_in = signed_in
        self._update_button()

    def refresh(self) -> None:
        db = self.context.db
        self.context.tasks.submit(lambda _p, _c: work.waiting_videos(db), kind="db", label=None,
                                  on_done=self._show, on_error=lambda _e: None)  # fmt: skip

    def _show(self, waiting: list) -> None:
        self._waiting = waiting
        selected = self._selected()
        self.videos_tree.clear()
        for video in waiting:
            item = video.item
            where = self.tr("tải lên") if video.direction == "up" else self.tr("tải về")
            row = QTreeWidgetItem([item.file_name or item.sha256[:10], item.product,
                                   size_text(item.size), where])  # fmt: skip
            row.setData(0, Qt.ItemDataRole.UserRole, video)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.videos_tree.addTopLevelItem(row)
            if selected is not None and (selected.item.sha256, selected.direction) == (
                item.sha256, video.direction):  # fmt: skip
                self.videos_tree.setCurrentItem(row)
        self.videos_tree.setVisible(bool(waiting))
        self._show_summary()
        self._update_button()

    def _show_summary(self) -> None:
        waiting = getattr(self, "_waiting", [])
        photos_first = self.tr("Ảnh luôn được gửi trước video.")
        if not waiting:
            self.summary_label.setText(photos_first + " " + self.tr("Không có video nào đang chờ."))
            return
        total = size_text(sum(v.item.size for v in waiting))
        text = (
            self.tr("%1 video đang chờ (%2).").replace("%1", str(len(waiting))).replace("%2", total)
        )
        mode = self.mode()
        if mode == media_policy.ON_DEMAND:
            why = self.tr("Video chỉ tải khi bạn bấm “Tải lên ngay” hoặc “Tải về”.")
        elif mode == media_policy.UNMETERED and not media_policy.videos_may_travel(
            mode, self._detector
        ):
            why = self.tr(
                "Mạng đang dùng tính tiền theo dung lượng: video chờ đến khi có wifi không giới hạn."
            )
        else:
            why = self.tr("Video sẽ được gửi ở lần đồng bộ tới, sau ảnh.")
        self.summary_label.setText(f"{photos_first} {text} {why}")

    def _selected(self):
        item = self.videos_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_button(self) -> None:
        video = self._selected()
        down = video is not None and video.direction == "down"
        self.move_button.setText(self.tr("Tải về") if down else self.tr("Tải lên ngay"))
        self.move_button.setEnabled(self._signed_in and video is not None)
        self.move_button.setVisible(bool(getattr(self, "_waiting", [])))

    # actions ----------------------------------------------------------------------------
    def move_selected(self) -> None:
        video = self._selected()
        if video is None or not self._signed_in:
            return
        db, sha, direction = self.context.db, video.item.sha256, video.direction
        self.move_button.setEnabled(False)
        self.message_label.clear()
        label = self.tr("Đang tải video lên") if direction == "up" else self.tr("Đang tải video về")
        self.context.tasks.submit(
            lambda progress, cancel: work.move_video(db, sha, direction, progress, cancel),
            kind="work", label=label, on_done=lambda done: self._moved(done, direction),
            on_error=self._failed)  # fmt: skip

    def _moved(self, done: bool, direction: str) -> None:
        if not done and direction == "down":
            self.message_label.setText(self.tr(
                "Máy chủ chưa có video này (máy kia chưa gửi xong). Hãy thử lại sau."))  # fmt: skip
        self.refresh()
        self.moved.emit()

    def _failed(self, exc: BaseException) -> None:
        known = classify(exc)
        self.message_label.setText(known.message.render(_translate) if known else self.tr(
            "Chưa tải được video vì một lỗi không lường trước. Hãy thử lại."))  # fmt: skip
        self._update_button()


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
