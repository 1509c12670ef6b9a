"""Status bar: online/offline and sync state, in words a new user understands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.ui.shell.connectivity import Online

_DOT = {Online.ONLINE: "#2b7a3d", Online.OFFLINE: "#a0192f", Online.UNKNOWN: "#8a8a8a"}


class ShellStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network_label = QLabel(self)
        self.network_label.setObjectName("status_network")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("status_sync")
        self.addPermanentWidget(self.sync_label)
        self.addPermanentWidget(self.network_label)
        self.show_network(Online.UNKNOWN)
        self.show_sync_state(None)

    def show_network(self, state: Online) -> None:
        text = {
            Online.ONLINE: self.tr("Có mạng"),
            Online.OFFLINE: self.tr(
                "Không có mạng — mọi việc vẫn làm được, sẽ đồng bộ khi có mạng"
            ),
            Online.UNKNOWN: self.tr("Làm việc ngoại tuyến"),
        }[state]
        self.network_label.setText(f'<span style="color:{_DOT[state]}">●</span> {text}')

    def show_sync_state(self, last_sync: str | None, pending: int = 0) -> None:
        if last_sync is None:
            text = self.tr("Đồng bộ: chưa kết nối với máy chủ của xã")
        elif pending:
            text = (
                self.tr("Đồng bộ lần cuối: %1 — còn %2 thay đổi chờ gửi")
                .replace("%1", last_sync)
                .replace("%2", str(pending))
            )
        else:
            text = self.tr("Đã đồng bộ lúc %1").replace("%1", last_sync)
        self.sync_label.setText(text)
