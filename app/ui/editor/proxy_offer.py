"""The offer a slow PC gets: "Máy chạy chậm — tạo bản xem trước nhẹ hơn?".

Shown under the preview as soon as the playback meter finds the preview dropping frames
(playback_meter.py). "Tạo bản nhẹ" builds the 540p proxy in the background
(``app.video.proxy``) and the player switches to it; the exact paused frame and every
export still read the original. "Không cần" hides the offer for this clip. Opening
another clip, closing this one or the room cancels a build still running.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.errors import UserFacingError
from app.ui.error_dialogs import user_message

log = logging.getLogger(__name__)


class ProxyOffer(QFrame):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("proxyOffer")
        self.setStyleSheet(
            "#proxyOffer { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self.tr("Máy chạy chậm — tạo bản xem trước nhẹ hơn?"), self)
        self.label.setWordWrap(True)
        self.label.setToolTip(
            self.tr(
                "Máy không kịp chiếu video gốc: làm một bản nhẹ chỉ để xem; "
                "video xuất vẫn lấy từ bản gốc."
            )
        )
        row.addWidget(self.label, 1)
        self.build_button = QPushButton(self.tr("Tạo bản nhẹ"), self)
        self.build_button.clicked.connect(self.build)
        row.addWidget(self.build_button)
        self.no_button = QPushButton(self.tr("Không cần"), self)
        self.no_button.clicked.connect(self.decline)
        row.addWidget(self.no_button)
        self.declined: set[str] = set()
        self.handle = None  # the background build, while it runs
        self.hide()

    # --- watching ----------------------------------------------------------------
    def watch(self, meter) -> None:
        """Listen to this clip's meter (the page makes one per opened clip)."""
        meter.fell_behind.connect(self.offer)

    def _source(self) -> Path | None:
        project = self.page.project
        return Path(project.source) if project is not None else None

    def using_original(self) -> bool:
        source = self._source()
        return source is not None and Path(self.page.preview_source) == source

    def offer(self) -> None:
        source = self._source()
        if source is None or str(source) in self.declined or not self.using_original():
            return
        self.label.setText(self.tr("Máy chạy chậm — tạo bản xem trước nhẹ hơn?"))
        self.build_button.setEnabled(True)
        self.show()

    def decline(self) -> None:
        source = self._source()
        if source is not None:
            self.declined.add(str(source))
        self.hide()

    def reset(self) -> None:
        """A new clip (or none): nothing offered, and no light copy still being built."""
        self.cancel()
        self.hide()
        self.build_button.setEnabled(True)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None

    # --- building ----------------------------------------------------------------
    def build(self) -> None:
        from app.video.proxy import build_proxy

        source = self._source()
        if source is None:
            return
        paths = self.page.room.context.paths
        self.build_button.setEnabled(False)
        self.label.setText(self.tr("Đang làm bản xem nhẹ… (vẫn làm việc được trong lúc chờ)"))
        self.cancel()
        self.handle = handle = self.page.room.context.tasks.submit(
            lambda progress, cancel: build_proxy(source, paths, progress, cancel),
            on_done=lambda proxy: self._built(handle, source, Path(proxy)),
            on_error=lambda exc: self._failed(handle, exc),
            on_progress=self._progress,
            label=self.tr("Đang làm bản xem nhẹ"),
        )

    def _built(self, handle, source: Path, proxy: Path) -> None:
        if handle is self.handle:
            self.handle = None
            self.use(source, proxy)

    def _progress(self, fraction: float, _text: str) -> None:
        self.label.setText(
            self.tr("Đang làm bản xem nhẹ… %1% (vẫn làm việc được trong lúc chờ)").replace(
                "%1", f"{fraction * 100:.0f}"
            )
        )

    def _failed(self, handle, exc: BaseException) -> None:
        if handle is not self.handle:
            return  # a build cancelled or replaced meanwhile
        self.handle = None
        log.warning("proxy build failed", exc_info=exc)
        self.build_button.setEnabled(True)
        if isinstance(exc, UserFacingError):
            reason = user_message(exc)
        else:
            reason = self.tr("máy gặp lỗi khi làm bản nhẹ; vẫn xem được bằng video gốc.")
        self.label.setText(self.tr("Chưa làm được bản nhẹ: %1").replace("%1", reason))

    def use(self, source: Path, proxy: Path) -> None:
        """Play the proxy from the same place; the exact frame and exports keep the original."""
        page = self.page
        self.build_button.setEnabled(True)
        if self._source() != source or page.player is None:
            return  # another clip was opened meanwhile
        position = page.player.position()
        page.preview_source = proxy
        page.player.setSource(QUrl.fromLocalFile(str(proxy)))
        page.player.setPosition(position)
        self.hide()
