"""The "Đồng bộ" room: sign in to the commune hub (or create a shop), see what is waiting,
sync now or automatically, settle conflicts, sign out lost PCs.

All network and database work runs in ``context.tasks`` (never on the UI thread), and the
sync itself in a child process (``app.sync.sync_process``: in this process it held the GIL
the UI thread needs, and typing stalled); the room only shows answers. Automatic sync:
every few minutes while signed in and not paused, and a few seconds after local edits
(the outbox count grows; one timer, restarted on each edit).
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import classify
from app.ui.sync import work
from app.ui.sync.media_box import MediaBox

AUTO_SYNC_MS = 3 * 60_000
AFTER_EDIT_MS = 5_000
POLL_MS = 4_000


class SyncRoom(QWidget):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._syncing = False
        self._last_pending: int | None = None
        self._device_names: dict[str, str] = {}
        self._status: dict = {}
        self._devices_asked = (
            False  # once per sign-in (offline: the list stays empty, no retry loop)
        )
        self._build()
        self._auto = QTimer(self, interval=AUTO_SYNC_MS, timeout=self._auto_sync)
        self._after_edit = QTimer(
            self, singleShot=True, interval=AFTER_EDIT_MS, timeout=self._auto_sync
        )
        self._poll = QTimer(self, interval=POLL_MS, timeout=self._watch_outbox)
        self._auto.start()
        self._poll.start()
        self.refresh()

    # layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.addWidget(self._build_sign_in(), 0, 0)
        grid.addWidget(self._build_status(), 1, 0)
        grid.addWidget(self._build_devices(), 2, 0)
        grid.addWidget(self._build_conflicts(), 0, 1, 2, 1)
        self.media_box = MediaBox(self.context, page)
        self.media_box.moved.connect(self.refresh)
        grid.addWidget(self.media_box, 2, 1)
        grid.setRowStretch(2, 1)

    def _build_sign_in(self) -> QGroupBox:
        box = self.sign_in_box = QGroupBox(self.tr("Đăng nhập cửa hàng trên máy chủ của xã"))
        form = QFormLayout(box)
        self.hub_edit = QLineEdit(placeholderText=self.tr("192.168.1.10:8765 hoặc ABC-DEFG"))
        self.hub_edit.setToolTip(
            self.tr(
                "Địa chỉ máy chủ của xã (ví dụ 192.168.1.10:8765), hoặc mã máy chủ 7 ký tự "
                "mà người hướng dẫn đọc (ví dụ ABC-DEFG)."
            )
        )
        self.shop_edit = QLineEdit(placeholderText=self.tr("ví dụ: may-tre-hoa"))
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.name_edit = QLineEdit(placeholderText=self.tr("chỉ cần khi tạo cửa hàng mới"))
        for edit in (self.hub_edit, self.shop_edit, self.name_edit):  # the example stays whole
            edit.ensurePolished()  # the style sheet's font, not the default one
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 36)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Địa chỉ máy chủ"), self.hub_edit)
        form.addRow(self.tr("Tên đăng nhập cửa hàng"), self.shop_edit)
        form.addRow(self.tr("Mật khẩu"), self.password_edit)
        form.addRow(self.tr("Tên cửa hàng"), self.name_edit)
        buttons = QHBoxLayout()
        self.sign_in_button = QPushButton(
            self.tr("Đăng nhập"), clicked=lambda: self._sign_in(create=False)
        )
        self.create_button = QPushButton(
            self.tr("Tạo cửa hàng mới"), clicked=lambda: self._sign_in(create=True)
        )
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        return box

    def _build_status(self) -> QGroupBox:
        box = self.status_box = QGroupBox(self.tr("Tình trạng đồng bộ"))
        layout = QVBoxLayout(box)
        self.shop_label = QLabel(wordWrap=True)
        self.last_label = QLabel(wordWrap=True)
        self.pending_label = QLabel(wordWrap=True)
        self.showcase_label = QLabel(wordWrap=True, openExternalLinks=True)
        self.progress = QProgressBar(visible=False, maximum=1000)
        self.message_label = QLabel(wordWrap=True, objectName="sync_message")
        self.message_label.setStyleSheet("color: #a0192f")
        for widget in (self.shop_label, self.last_label, self.pending_label, self.showcase_label,
                       self.progress, self.message_label):  # fmt: skip
            layout.addWidget(widget)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay"), clicked=self.sync_now)
        self.pause_box = QCheckBox(self.tr("Tạm dừng tự đồng bộ"))
        row.addWidget(self.sync_button)
        row.addWidget(self.pause_box)
        row.addStretch(1)
        layout.addLayout(row)
        out = QHBoxLayout()
        self.sign_out_button = QPushButton(self.tr("Đăng xuất"), clicked=self._sign_out)
        self.forget_button = QPushButton(self.tr("Đăng xuất và xoá dữ liệu cửa hàng khỏi máy này"),
                                         clicked=self._forget)  # fmt: skip
        out.addWidget(self.sign_out_button)
        out.addWidget(self.forget_button)
        out.addStretch(1)
        layout.addLayout(out)
        return box

    def _build_devices(self) -> QGroupBox:
        box = self.devices_box = QGroupBox(self.tr("Các máy của cửa hàng"))
        layout = QVBoxLayout(box)
        self.devices_list = QListWidget()
        self.devices_list.setMinimumHeight(70)
        self.revoke_button = QPushButton(self.tr("Đăng xuất máy này"), clicked=self._revoke)
        self.revoke_button.setToolTip(
            self.tr("Cho máy bị mất hoặc không dùng nữa: máy đó không đồng bộ được nữa.")
        )
        layout.addWidget(self.devices_list)
        row = QHBoxLayout()
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _build_conflicts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sửa cùng lúc trên hai máy — hãy chọn giá trị giữ lại"))
        layout = QVBoxLayout(box)
        self.conflicts_hint = QLabel(wordWrap=True)
        self.conflicts_tree = QTreeWidget()
        self.conflicts_tree.setHeaderLabels([self.tr("Sản phẩm"), self.tr("Mục"), self.tr("Đang dùng"),
                                             self.tr("Giá trị kia")])  # fmt: skip
        self.conflicts_tree.setRootIsDecorated(False)
        self.conflicts_tree.setWordWrap(True)
        self.conflicts_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts_tree.currentItemChanged.connect(self._conflict_selected)
        self.detail_label = QLabel(wordWrap=True)
        row = QHBoxLayout()
        self.keep_winner = QPushButton(
            self.tr("Giữ giá trị này (đang dùng)"), clicked=lambda: self._resolve("winner")
        )
        self.keep_loser = QPushButton(
            self.tr("Giữ giá trị này (giá trị kia)"), clicked=lambda: self._resolve("loser")
        )
        row.addWidget(self.keep_winner)
        row.addWidget(self.keep_loser)
        row.addStretch(1)
        layout.addWidget(self.conflicts_hint)
        layout.addWidget(self.conflicts_tree, 1)
        layout.addWidget(self.detail_label)
        layout.addLayout(row)
        return box

    # state ------------------------------------------------------------------------------
    def _submit(self, fn, on_done, label=None, on_progress=None, on_error=None) -> None:
        self.context.tasks.submit(lambda progress, cancel: fn(progress, cancel), kind="work", on_done=on_done,
                                  on_error=on_error or self._failed, on_progress=on_progress, label=label)  # fmt: skip

    def refresh(self) -> None:
        db = self.context.db
        if not self.isVisible():
            # Only the status bar's sync line shows: its figures, not the lists (read when the
            # room is shown). Edits and syncs end while the seller types in another room, and
            # every query here shares the UI thread's GIL.
            self._submit(lambda _p, _c: work.status(db), self._show_status)
            return
        names = dict(self._device_names)
        self._submit(lambda _p, _c: (work.status(db), work.conflicts(db, names)), self._show)
        self.media_box.refresh()

    def _show(self, result) -> None:
        status, conflicts = result
        self._show_status(status)
        self._fill_conflicts(conflicts)

    def _show_status(self, status: dict) -> None:
        self._status = status
        signed_in = status["signed_in"]
        self.sign_in_box.setVisible(not signed_in)
        for widget in (self.sync_button, self.pause_box, self.sign_out_button, self.devices_box):
            widget.setVisible(signed_in)
        self.media_box.set_signed_in(signed_in)
        if status["hub"] and not self.hub_edit.text():
            self.hub_edit.setText(status["hub"])
        if status["shop"] and not self.shop_edit.text():
            self.shop_edit.setText(status["shop"])
        if signed_in:
            self.shop_label.setText(self.tr("Cửa hàng <b>%1</b> trên máy chủ %2").replace("%1", status["shop"])
                                    .replace("%2", status["hub"]))  # fmt: skip
            link = f"{status['hub']}/showcase"
            self.showcase_label.setText(
                self.tr("Trang giới thiệu của xã: %1").replace("%1", f'<a href="{link}">{link}</a>')
            )
        else:
            self.shop_label.setText(self.tr("Máy này chưa đăng nhập cửa hàng nào. Mọi việc vẫn làm được; "
                                            "khi đăng nhập, những gì đã sửa sẽ được gửi lên."))  # fmt: skip
            self.showcase_label.clear()
        last = status["last_sync"]
        self.last_label.setText(self.tr("Đồng bộ lần cuối: %1").replace("%1", _when(last)) if last
                                else self.tr("Chưa đồng bộ lần nào."))  # fmt: skip
        self.pending_label.setText(self.tr("%1 thay đổi chờ gửi, %2 ảnh/video chờ tải lên")
                                   .replace("%1", str(status["pending_changes"])).replace("%2", str(status["pending_uploads"])))  # fmt: skip
        self._last_pending = status["pending_changes"]
        self._update_status_bar()
        if signed_in and not self._devices_asked:
            self._load_devices()

    def _update_status_bar(self) -> None:
        bar = self.window().statusBar() if self.window() is not None else None
        show = getattr(bar, "show_sync_state", None)
        if show is not None and self._status:
            last = self._status.get("last_sync")
            show(
                _when(last) if (last and self._status.get("signed_in")) else None,
                self._status.get("pending_changes", 0),
            )

    def _fill_conflicts(self, conflicts) -> None:
        self.conflicts_tree.clear()
        for row in conflicts:
            item = QTreeWidgetItem([row.what, row.field, row.winner_value, row.loser_value])
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            self.conflicts_tree.addTopLevelItem(item)
        self.conflicts_hint.setText(
            self.tr("Không có gì cần chọn.") if not conflicts else
            self.tr("Hai máy đã sửa cùng một chỗ khi chưa đồng bộ. Không mất gì: cả hai giá trị còn đây."))  # fmt: skip
        if conflicts:
            self.conflicts_tree.setCurrentItem(self.conflicts_tree.topLevelItem(0))
        else:
            self._conflict_selected(None, None)

    def _conflict_selected(self, item, _previous) -> None:
        row = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.keep_winner.setEnabled(row is not None)
        self.keep_loser.setEnabled(row is not None)
        if row is None:
            self.detail_label.clear()
            return
        self.detail_label.setText(
            self.tr("Đang dùng: <b>%1</b> — sửa trên %2 lúc %3<br>Giá trị kia: <b>%4</b> — sửa trên %5 lúc %6")
            .replace("%1", row.winner_value).replace("%2", row.winner_device).replace("%3", row.winner_time)
            .replace("%4", row.loser_value).replace("%5", row.loser_device).replace("%6", row.loser_time))  # fmt: skip

    # actions ----------------------------------------------------------------------------
    def _set_syncing(self, syncing: bool) -> None:
        # Signing out or wiping the shop's data under a running sync process would let it
        # write pulled rows back into the profile afterwards: those wait for the sync's end.
        self._syncing = syncing
        for button in (self.sync_button, self.sign_out_button, self.forget_button):
            button.setEnabled(not syncing)
        self.progress.setVisible(syncing)

    def _sync_failed(self, exc: BaseException) -> None:
        self._set_syncing(False)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        known = classify(exc)
        self.message_label.setText(known.message.render(self._translate) if known else self.tr(
            "Đồng bộ chưa xong vì một lỗi không lường trước. Dữ liệu trên máy vẫn còn nguyên; hãy thử lại."))  # fmt: skip

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def _sign_in(self, *, create: bool) -> None:
        from app.sync import account

        db = self.context.db
        hub, shop, password = (
            self.hub_edit.text().strip(),
            self.shop_edit.text().strip(),
            self.password_edit.text(),
        )
        name = self.name_edit.text().strip() or shop
        device = socket.gethostname()[:80] or "PC"
        self.message_label.clear()
        from app.sync.address import NotAnAddress, address_or_code

        try:  # an address as typed, or the short code the trainer reads out
            hub = address_or_code(hub)
        except NotAnAddress:
            self.message_label.setText(self.tr(
                "Địa chỉ máy chủ chưa đúng. Hãy gõ như 192.168.1.10:8765, hoặc mã máy chủ mà "
                "người hướng dẫn đọc (ví dụ ABC-DEFG)."))  # fmt: skip
            return
        if create:
            fn = lambda _p, _c: account.sign_up(db, hub, shop, password, name, device)  # noqa: E731
        else:
            fn = lambda _p, _c: account.sign_in(db, hub, shop, password, device)  # noqa: E731
        self.password_edit.clear()
        self._submit(fn, lambda _r: (self.refresh(), self.sync_now(), self._load_devices()),
                     label=self.tr("Đang đăng nhập"))  # fmt: skip

    def sync_now(self) -> None:
        if self._syncing:
            return
        self.progress.setValue(0)
        self._set_syncing(True)
        self.message_label.clear()
        db = self.context.db  # the sync itself runs in a child process (work.sync)
        self._submit(lambda progress, cancel: work.sync(db, progress, cancel), self._synced,
                     on_progress=lambda f, _t: self.progress.setValue(int(f * 1000)),
                     on_error=self._sync_failed)  # fmt: skip

    def _synced(self, result) -> None:
        report, status = result
        self._set_syncing(False)
        self.message_label.clear()
        if status is not None and not self.isVisible():
            self._show_status(status)  # the sync process read it after syncing: no query here
        else:
            self.refresh()
        if getattr(report, "pulled", 0) or getattr(report, "downloaded", 0):
            self.context.links.changes_arrived()  # the catalog shows the other PC's edits now

    def _auto_sync(self) -> None:
        if self._status.get("signed_in") and not self.pause_box.isChecked():
            self.sync_now()

    def _watch_outbox(self) -> None:
        if not self._status.get("signed_in") or self._syncing:
            return
        db = self.context.db
        self.context.tasks.submit(lambda _p, _c: work.pending_count(db), kind="db", label=None,
                                  on_done=self._pending_seen, on_error=lambda _e: None)  # fmt: skip

    def _pending_seen(self, count: int) -> None:
        if self._last_pending is not None and count > self._last_pending:
            self._after_edit.start()  # restarted on every new edit: one sync after typing stops
        if count != self._last_pending:
            self._last_pending = count
            self.refresh()

    def _resolve(self, keep: str) -> None:
        item = self.conflicts_tree.currentItem()
        if item is None:
            return
        row = item.data(0, Qt.ItemDataRole.UserRole)
        db = self.context.db
        self._submit(
            lambda _p, _c: work.resolve(db, row.id, keep),
            lambda _r: (self.refresh(), self._after_edit.start()),
        )

    def _load_devices(self) -> None:
        self._devices_asked = True
        db = self.context.db
        self._submit(lambda _p, _c: work.devices(db), self._show_devices)

    def _show_devices(self, devices: list[dict]) -> None:
        self._device_names = {d["device_id"]: d["name"] for d in devices}
        self.devices_list.clear()
        for device in devices:
            text = device["name"] + (self.tr(" (máy này)") if device["this_device"] else "")
            if device["revoked"]:
                text += self.tr(" — đã đăng xuất")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, device)
            self.devices_list.addItem(item)
        self.refresh()

    def _revoke(self) -> None:
        item = self.devices_list.currentItem()
        if item is None:
            return
        device = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(self, self.tr("Đăng xuất máy này"),
                                      self.tr("Đăng xuất máy “%1” khỏi cửa hàng? Máy đó sẽ không đồng bộ được nữa "
                                              "cho đến khi đăng nhập lại.").replace("%1", device["name"]))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.sync.engine import SyncEngine

        engine = SyncEngine(self.context.db)

        def revoke(_p, _c):
            with engine.client() as client:
                client.revoke(device["device_id"])

        self._submit(revoke, lambda _r: self._load_devices())

    def _sign_out(self) -> None:
        from app.sync.account import sign_out

        db = self.context.db
        self._submit(lambda _p, _c: sign_out(db), lambda _r: self.refresh())

    def _forget(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Xoá dữ liệu cửa hàng khỏi máy này"),
            self.tr("Sản phẩm, ảnh và video của cửa hàng sẽ bị xoá khỏi máy này (vẫn còn trên máy chủ và các máy "
                    "khác). Ứng dụng sẽ đóng lại sau khi xoá. Tiếp tục?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.sync.account import forget_data

        try:
            forget_data(self.context.db)
        except Exception as exc:  # unsent changes: nothing was removed
            self._failed(exc)
            return
        from PySide6.QtWidgets import QApplication

        QApplication.quit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()


def _when(iso: str) -> str:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%H:%M %d/%m/%Y")
