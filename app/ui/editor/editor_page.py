"""The editing page: preview (exact frame when paused, QMediaPlayer with sound when
playing), timeline, segment list, platform, text and export buttons."""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.editor.project import Project
from app.errors import UserFacingError
from app.ui.editor.frame_view import FrameView
from app.ui.editor.keyframe_snap import SnapTooltips, mark_rows, snap_tips
from app.ui.editor.keys import help_rows, keys_text
from app.ui.editor.timeline import Timeline
from app.ui.error_dialogs import user_message
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.workers.task_runner import TaskRunner
from app.video.frames import FrameReader, ShownFrame
from app.video.presets import platforms
from app.video.probe import MediaInfo
from app.video.timecode import clock, format_time

log = logging.getLogger(__name__)
THUMBS = 40
SHUTTLE = (1.0, 2.0, 4.0)


class EditorPage(QWidget):
    def __init__(self, room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.project: Project | None = None
        self.info: MediaInfo | None = None
        self.reader: FrameReader | None = None
        self.playhead = 0.0
        self.shown: ShownFrame | None = None
        self._pending: float | None = None
        self._decoding = False
        self._rate = 0.0  # shuttle: <0 backward (stepped), >0 player rate
        self._tasks: list = []
        self.player = None
        self.meter = None  # PlaybackMeter on the video sink, made with the player
        self.base_peaks = None  # this clip's waveform peaks, once computed (suggestions)
        self.thumbs = None  # and its filmstrip
        # Frames decode on their own worker so a click never waits behind the filmstrip.
        self.frame_tasks = TaskRunner(self)
        self._build()

    # --- layout ------------------------------------------------------------------
    def _button(self, name: str, text: str, row) -> QPushButton:
        """A compact button for an action; its tooltip says what it does and its key."""
        action = self.room.actions_by_name[name]
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        button = QPushButton(text, self)
        button.setToolTip(f"{action.text()} [{keys}]")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action.trigger)
        row.addWidget(button)
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        outer.addLayout(top, 1)
        left = QVBoxLayout()
        top.addLayout(left, 3)
        self.preview_stack = QStackedWidget(self)
        self.frame_view = FrameView(self)
        self.preview_stack.addWidget(self.frame_view)
        left.addWidget(self.preview_stack, 1)
        from app.ui.editor.proxy_offer import ProxyOffer

        self.proxy_offer = ProxyOffer(self)  # "Máy chạy chậm — …?", shown when frames drop
        self.proxy_button = self.proxy_offer.build_button
        left.addWidget(self.proxy_offer)
        self.position_label = QLabel("00:00.000", self)
        self.position_label.setObjectName("editorPosition")
        left.addWidget(self.position_label)
        transport_box = QWidget(self)
        transport = FlowLayout(transport_box, spacing=4)
        for name, text in (
            ("prev_frame", self.tr("◂ Lùi [←]")),
            ("play", self.tr("Phát [Space]")),
            ("next_frame", self.tr("Tới ▸ [→]")),
            ("mark_in", self.tr("Đầu [I]")),
            ("mark_out", self.tr("Cuối [O]")),
            ("split", self.tr("Tách [S]")),
            ("delete", self.tr("Xoá [Del]")),
            ("undo", self.tr("↶ [Ctrl+Z]")),
            ("redo", self.tr("↷ [Ctrl+Y]")),
        ):
            self._button(name, text, transport)
        from app.ui.editor.crop_overlay import FitControl

        # "Khung dọc"; with "Cắt khung" the crop window is dragged in the preview
        self.fit_control = FitControl(self)
        transport.addWidget(self.fit_control)
        left.addWidget(transport_box)

        # the side panel keeps to a reading width; the preview gets the rest
        side = QWidget(self)
        side.setMaximumWidth(470)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        top.addWidget(side, 2)
        head = QHBoxLayout()
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        head.addWidget(self.file_label, 1)
        back = QPushButton(self.tr("Đóng video"), self)
        back.clicked.connect(self.room.show_start)
        head.addWidget(back)
        right.addLayout(head)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bắt đầu"), self.tr("Kết thúc"), self.tr("Độ dài")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellClicked.connect(lambda row, _c: self.seek(self.project.segments[row].start))
        right.addWidget(self.table, 1)
        order = QHBoxLayout()
        up = QPushButton(self.tr("Lên"), self)
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton(self.tr("Xuống"), self)
        down.clicked.connect(lambda: self.move_selected(1))
        order.addWidget(up)
        order.addWidget(down)
        from app.ui.editor.suggestion_controls import SuggestionControls

        self.suggestions = SuggestionControls(self)  # its settings row sits under the button
        self.suggest_button = self.suggestions.button
        order.addWidget(self.suggest_button)
        right.addLayout(order)
        right.addWidget(self.suggestions)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Nền tảng"), self), 0, 0)
        self.platform_box = QComboBox(self)
        for platform in platforms().values():
            self.platform_box.addItem(platform.label, platform.name)
        self.platform_box.addItem(self.tr("Chất lượng gốc"), "original")
        self.platform_box.currentIndexChanged.connect(self.refresh)
        grid.addWidget(self.platform_box, 0, 1)
        self.total_label = QLabel(self)
        grid.addWidget(self.total_label, 1, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Tên trên video"), self), 2, 0)
        self.title_edit = QLineEdit(self)
        self.title_edit.editingFinished.connect(self._text_changed)
        grid.addWidget(self.title_edit, 2, 1)
        grid.addWidget(QLabel(self.tr("Giá (đồng)"), self), 3, 0)
        self.price_edit = QSpinBox(self)
        self.price_edit.setRange(0, 2_000_000_000)
        self.price_edit.setSingleStep(1000)
        self.price_edit.setGroupSeparatorShown(True)
        self.price_edit.setSuffix(" đ")
        self.price_edit.setSpecialValueText(self.tr("không ghi giá"))
        self.price_edit.editingFinished.connect(self._text_changed)
        grid.addWidget(self.price_edit, 3, 1)
        from app.ui.editor.sticker_panel import StickerPanel

        self.sticker_panel = StickerPanel(self)  # add, then edit text/times/place
        self.sticker_edit = self.sticker_panel.text_edit
        self.sticker_position = self.sticker_panel.position_box
        grid.addWidget(self.sticker_panel, 4, 0, 1, 2)
        right.addLayout(grid)
        actions = QHBoxLayout()
        self.safe_button = QPushButton(self.tr("Vùng an toàn 9:16"), self)
        self.safe_button.setCheckable(True)
        self.safe_button.toggled.connect(self._toggle_safe_zone)
        actions.addWidget(self.safe_button)
        keys = QPushButton(self.tr("Phím tắt [?]"), self)
        keys.clicked.connect(self.show_keys)
        actions.addWidget(keys)
        self.export_button = QPushButton(self.tr("Xuất video…"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.open_export_dialog)
        actions.addWidget(self.export_button)
        right.addLayout(actions)

        self.timeline = Timeline(self)
        self.timeline.seek_requested.connect(self.seek)
        self.timeline.edge_dragged.connect(self._drag_edge)
        self.timeline.edge_released.connect(self._drag_done)
        self.snap_tooltips = SnapTooltips(self.timeline)
        outer.addWidget(self.timeline)
        self._drag_before: dict | None = None
        self._back_timer = QTimer(self, interval=100)
        self._back_timer.timeout.connect(self._step_backward)

    # --- loading -----------------------------------------------------------------
    def load(self, project: Project, info: MediaInfo, reader: FrameReader) -> None:
        self.project, self.info, self.reader = project, info, reader
        self.playhead = 0.0
        self.file_label.setText(
            f"<b>{Path(project.source).name}</b> · {info.width}×{info.height} · {format_time(info.duration)}"
        )
        index = self.platform_box.findData(project.platform or "original")
        self.platform_box.setCurrentIndex(max(0, index))
        self.title_edit.setText(project.title)
        self.price_edit.setValue(project.price or 0)
        self.timeline.set_duration(info.duration)
        self.timeline.keyframes = info.keyframes
        self.timeline.set_thumb_count(THUMBS)
        self.suggestions.load(project)
        self._start_background(Path(project.source))
        self._make_player(Path(project.source))
        self.refresh()
        if project.moved_on_open:  # opening fitted stickers in (Project.settle): say so
            self.sticker_panel.tell_moved(project.moved_on_open, opened=True)
        if project.segments_cut_on_open:  # the file at this path is now a shorter clip
            text = self.tr(
                "Video này ngắn hơn lúc làm dự án: %1 đoạn nằm quá cuối video đã được cắt "
                "ngắn hoặc bỏ đi (Ctrl+Z không lấy lại được)."
            ).replace("%1", str(project.segments_cut_on_open))
            if project.moved_on_open:
                text += " " + self.sticker_panel.last_notice
            self.sticker_panel.notice(text)
        project.moved_on_open, project.segments_cut_on_open = [], 0
        self.seek(0.0)

    def unload(self) -> None:
        self._back_timer.stop()
        self._rate = 0.0
        for handle in self._tasks:
            handle.cancel()
        self._tasks = []
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        if self.meter is not None:
            self.meter.stop()
        self.proxy_offer.reset()  # also cancels a light copy still being built
        # the next clip's suggestions must never run on this clip's sound or pictures
        self.base_peaks = self.thumbs = None
        self.project = self.info = self.reader = None
        self.frame_view.set_crop(None)  # the next clip's crop window starts with its hint
        self.frame_view.clear()

    def _make_player(self, path: Path) -> None:
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget
        except ImportError:  # pragma: no cover - Essentials always has them
            return
        if self.player is None:
            self.player = QMediaPlayer(self)
            self.audio = QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            self.video_widget = QVideoWidget(self)
            self.preview_stack.addWidget(self.video_widget)
            self.player.setVideoOutput(self.video_widget)
            self.player.positionChanged.connect(self._player_moved)
            from app.ui.editor.playback_meter import PlaybackMeter

            # one meter on the one video sink, for every clip (its fps set per clip)
            self.meter = PlaybackMeter(self.video_widget.videoSink(), 30.0, self)
            self.proxy_offer.watch(self.meter)  # offered as soon as frames drop
        from app.video.proxy import proxy_for

        self.meter.reset(self.info.fps if self.info else 30.0)
        self.proxy_offer.reset()
        proxy = proxy_for(path, self.room.context.paths)  # built earlier for this clip
        self.preview_source = proxy or path
        self.player.setSource(QUrl.fromLocalFile(str(self.preview_source)))

    def _start_background(self, path: Path) -> None:
        self.room.loader.start(path, THUMBS)  # loading.py: keyframes, filmstrip, waveform

    def _thumbs_ready(self, frames) -> None:
        if self.project is None:
            return
        self.thumbs = frames
        for i, rgb in enumerate(frames):
            self.timeline.set_thumb(i, rgb)

    def _peaks_ready(self, peaks) -> None:
        if self.project is None:
            return
        from app.video.waveform import BIN_SECONDS

        self.base_peaks = peaks
        self.timeline.peaks_seconds = BIN_SECONDS
        self.timeline.set_peaks(peaks)

    # --- refresh -----------------------------------------------------------------
    def refresh(self) -> None:
        project = self.project
        if project is None:
            return
        project.platform = self.platform_box.currentData()
        self.table.setRowCount(len(project.segments))
        for row, seg in enumerate(project.segments):
            for col, value in enumerate(
                (clock(seg.start), clock(seg.end), format_time(seg.duration))
            ):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.timeline.segments = project.pairs()
        self._show_snaps(project)
        self.fit_control.show_project(project)
        self.timeline.update()
        total = project.total()
        text = self.tr("Tổng: %1").replace("%1", format_time(total))
        style = ""
        platform = platforms().get(project.platform or "")
        if platform is not None:
            text += (
                self.tr(" (cho phép %1–%2 giây)")
                .replace("%1", f"{platform.min_duration:g}")
                .replace("%2", f"{platform.max_duration:g}")
            )
            if total > platform.max_duration + 0.05:
                style = "color: #d63031; font-weight: bold;"
                text += " — " + self.tr("dài quá %1 giây").replace(
                    "%1", f"{total - platform.max_duration:.1f}"
                )
            elif total < platform.min_duration - 0.05:
                style = "color: #e17055;"
                text += " — " + self.tr("ngắn quá")
        self.total_label.setText(text)
        self.total_label.setStyleSheet(style)
        self.sticker_panel.show_stickers(project)
        self.title_edit.setText(project.title)
        self.price_edit.setValue(project.price or 0)
        if self.shown is not None:
            self._overlays(self.shown.time)

    def _show_snaps(self, project: Project) -> None:
        """ "Nhanh" export: where each copy really starts (keyframe_snap.py)."""
        snaps = project.lossless_starts(self.info.keyframes if self.info else ())
        tips = snap_tips(project.pairs(), snaps)
        self.timeline.snaps, self.timeline.snap_tips = snaps, tips
        mark_rows(self.table, project.pairs(), snaps, tips)

    def collect_settings(self, project: Project) -> None:
        project.platform = self.platform_box.currentData()

    def _text_changed(self) -> None:
        title, price = self.title_edit.text().strip(), self.price_edit.value() or None
        self.room.edit(
            self.tr("Sửa chữ trên video"),
            lambda p: (setattr(p, "title", title), setattr(p, "price", price)),
        )

    def fill_from_product(self, product_id: str) -> None:
        """Title + price band from the linked product (sale price when set)."""
        from app.catalog.products import load_product
        from app.store.engine import session_scope

        with session_scope(self.room.context.db.sessions) as session:
            data = load_product(session, product_id)
        if data is None or self.room.project is None:
            return
        project = self.room.project
        if not project.title:
            project.title = data.name
        if project.price is None and data.variants:
            variant = data.variants[0]
            project.price = variant.sale_price or variant.price or None
        self.product_sku = data.variants[0].sku if data.variants else ""

    # --- frames ------------------------------------------------------------------
    def seek(self, t: float) -> None:
        if self.info is None:
            return
        self.playhead = min(max(t, 0.0), max(0.0, self.info.duration - 0.001))
        self.timeline.set_playhead(self.playhead)
        self.position_label.setText(f"{clock(self.playhead)}")
        if self.player is not None and self._rate > 0:
            self.player.setPosition(round(self.playhead * 1000))
        else:
            self.request_frame(self.playhead)

    def request_frame(self, t: float) -> None:
        """Show the exact frame at ``t``: straight from the GOP cache, else decoded in the
        background (the newest request wins)."""
        reader = self.reader
        if reader is None:
            return
        if reader._lock.acquire(blocking=False):
            try:
                hit = reader._cached(t)
            finally:
                reader._lock.release()
            if hit is not None:
                self._show(hit)
                return
        self._pending = t
        if not self._decoding:
            self._decode_next()

    def _decode_next(self) -> None:
        t, self._pending = self._pending, None
        reader = self.reader
        if t is None or reader is None:
            self._decoding = False
            return
        self._decoding = True
        self.frame_tasks.submit(
            lambda progress, cancel: (reader, reader.frame_at(t)),
            on_done=self._decoded,
            on_error=self._decode_failed,
        )

    def _decoded(self, result) -> None:
        reader, frame = result
        if reader is self.reader and self._pending is None:
            self._show(frame)
        self._decode_next()

    def _decode_failed(self, exc) -> None:
        self._decoding = False
        log.info("exact frame not decoded", exc_info=exc)
        self.frame_view.clear(
            user_message(exc)
            if isinstance(exc, UserFacingError)
            else self.tr("Không đọc được khung hình này của video.")
        )
        if self.reader is not None and not Path(self.reader.path).exists():
            self.frame_view.clear(
                self.tr(
                    "Không thấy tệp video nữa (đã xoá hoặc rút USB). Các đoạn đã chọn vẫn được giữ."
                )
            )

    def _overlays(self, t: float) -> None:
        """The band and the stickers shown at ``t``, as the export will burn them in."""
        from app.video.overlay import OverlayText, render_band
        from app.video.presets import get_preset
        from app.video.stickers import render_sticker

        project, info = self.project, self.info
        if project is None or info is None:
            return
        platform = platforms().get(project.platform or "")
        preset = get_preset(platform.preset) if platform else get_preset("original")
        size = (preset.width, preset.height) if preset.width else (info.width, info.height)
        key = (project.title, project.price, size)
        if getattr(self, "_band_key", None) != key:
            self._band_key = key
            self._band = render_band(OverlayText(project.title, project.price), *size)
        bands = [self._band] if self._band is not None else []
        out_t = project.output_time(t)  # the export's clock, as the stickers are timed
        if out_t is not None:
            for sticker in project.stickers:
                if sticker.shown_at(out_t):
                    band = render_sticker(
                        sticker, *size, self._band.y if self._band is not None else None
                    )
                    if band is not None:
                        bands.append(band)
        self.frame_view.set_overlays(bands, size)

    def _show(self, frame: ShownFrame) -> None:
        self.shown = frame
        self.preview_stack.setCurrentWidget(self.frame_view)
        self._overlays(frame.time)
        self.frame_view.set_frame(frame.rgb)
        self.position_label.setText(
            f"{clock(frame.time)}  ·  " + self.tr("khung %1").replace("%1", str(frame.number))
        )

    # --- playback ----------------------------------------------------------------
    def _player_moved(self, ms: int) -> None:
        if self._rate > 0:
            self.playhead = ms / 1000
            self.timeline.set_playhead(self.playhead)
            self.position_label.setText(clock(self.playhead))

    def play(self, rate: float = 1.0) -> None:
        self._back_timer.stop()
        self._rate = rate
        if self.player is None:
            return
        self.player.setPlaybackRate(rate)
        self.player.setPosition(round(self.playhead * 1000))
        self.preview_stack.setCurrentWidget(self.video_widget)
        self.meter.start(rate)
        self.player.play()

    def pause(self) -> None:
        self._back_timer.stop()
        was_playing = self._rate > 0
        self._rate = 0.0
        if self.player is not None and was_playing:
            self.player.pause()
            self.meter.stop()
            if self.meter.too_slow():
                self.proxy_offer.offer()
            self.playhead = self.player.position() / 1000
        if self.info is not None:
            self.seek(self.playhead)

    def _step_backward(self) -> None:
        self.seek(self.playhead + self._rate * self._back_timer.interval() / 1000)
        if self.playhead <= 0:
            self.pause()

    @property
    def rate(self) -> float:
        return self._rate

    # --- key actions (names from keys.KEYS) ----------------------------------------
    def act_play(self) -> None:
        self.pause() if self._rate else self.play(1.0)

    def act_forward(self) -> None:
        faster = [r for r in SHUTTLE if r > self._rate]
        self.play(faster[0] if faster else SHUTTLE[-1])

    def act_back(self) -> None:
        current = -self._rate if self._rate < 0 else 0
        faster = [r for r in SHUTTLE if r > current]
        if self._rate > 0:
            self.pause()
        self._rate = -(faster[0] if faster else SHUTTLE[-1])
        self._back_timer.start()

    def act_stop(self) -> None:
        self.pause()

    def _frame(self) -> float:
        return 1 / (self.reader.fps if self.reader else 30.0)

    def _step(self, delta: float) -> None:
        """Move from the playhead (not the frame on screen, which may still be decoding),
        so quick repeated presses are never lost."""
        if self._rate:
            self.pause()
        fps = 1 / self._frame()
        number = math.floor(self.playhead * fps + 1e-6) + round(delta * fps)
        self.seek(number / fps)

    def act_prev_frame(self) -> None:
        self._step(-self._frame())

    def act_next_frame(self) -> None:
        self._step(self._frame())

    def act_prev_second(self) -> None:
        self._step(-1.0)

    def act_next_second(self) -> None:
        self._step(1.0)

    def act_prev_key(self) -> None:
        self.room.loader.ensure_keyframes()
        before = [k for k in self.info.keyframes if k < self.playhead - 1e-3]
        self.seek(before[-1] if before else 0.0)

    def act_next_key(self) -> None:
        self.room.loader.ensure_keyframes()
        after = [k for k in self.info.keyframes if k > self.playhead + 1e-3]
        if after:
            self.seek(after[0])

    def act_home(self) -> None:
        self.seek(0.0)

    def act_end(self) -> None:
        self.seek(self.info.duration - self._frame())

    def _here(self) -> float:
        return self.playhead

    def act_mark_in(self) -> None:
        t = self._here()
        self.room.edit(self.tr("Điểm đầu đoạn"), lambda p: p.set_in(t))

    def act_mark_out(self) -> None:
        t = self._here()
        self.room.edit(self.tr("Điểm cuối đoạn"), lambda p: p.set_out(t))

    def act_split(self) -> None:
        t = self._here()
        self.room.edit(self.tr("Tách đoạn"), lambda p: p.split_at(t))

    def act_delete(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0].row() if rows else self.project.index_at(self._here())
        if index is not None:
            self.room.edit(self.tr("Xoá đoạn"), lambda p: p.delete(index))

    def act_zoom_in(self) -> None:
        self.timeline.zoom_by(1.5)

    def act_zoom_out(self) -> None:
        self.timeline.zoom_by(1 / 1.5)

    # Alt+arrows: the crop window of "Cắt khung" (crop_overlay.py); bare arrows step
    def act_crop_left(self) -> None:
        self.fit_control.nudge(-1, 0)

    def act_crop_right(self) -> None:
        self.fit_control.nudge(1, 0)

    def act_crop_up(self) -> None:
        self.fit_control.nudge(0, -1)

    def act_crop_down(self) -> None:
        self.fit_control.nudge(0, 1)

    # --- mouse edits -------------------------------------------------------------
    def _drag_edge(self, index: int, which: str, t: float) -> None:
        if self.project is None:
            return
        if self._drag_before is None:
            self._drag_before = self.project.snapshot()
        self.project.set_edge(index, **{which: t})
        # the stickers follow live, refitted from where they were when the drag began, so
        # the table never shows one past the end and dragging back out puts them back
        self.project.stickers = list(self._drag_before["stickers"])
        self.project.fit_stickers()
        self.refresh()
        self.seek(t)

    def _drag_done(self) -> None:
        if self._drag_before is None or self.project is None:
            return
        before, self._drag_before = self._drag_before, None
        after = self.project.snapshot()
        self.project.apply_snapshot(before)
        self.room.edit(self.tr("Kéo đầu đoạn"), lambda p: p.apply_snapshot(after))
        moved = [
            i
            for i, (old, new) in enumerate(zip(before["stickers"], after["stickers"], strict=True))
            if old != new
        ]
        self.sticker_panel.tell_moved(moved)  # fitted already while dragging

    def move_selected(self, delta: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        self.room.edit(self.tr("Đổi thứ tự đoạn"), lambda p: p.move(row, delta))
        self.table.selectRow(min(max(row + delta, 0), self.table.rowCount() - 1))

    def add_sticker(self, text: str, start: float, end: float, position: str = "top") -> None:
        self.sticker_panel.add(text, start, end, position)

    def add_sticker_from_form(self) -> None:
        self.sticker_panel.add_from_form()

    # --- suggestions (suggestion_controls.py) -----------------------------------------
    def suggest(self) -> None:
        self.suggestions.run()

    def accept_suggestions(self) -> None:
        self.suggestions.accept()

    # --- proxy for slow PCs -------------------------------------------------------
    def build_proxy(self) -> None:
        self.proxy_offer.build()  # proxy_offer.py: built in the background, preview only

    # --- overlays & dialogs ------------------------------------------------------
    def _toggle_safe_zone(self, on: bool) -> None:
        self.frame_view.show_safe_zone = on
        self.frame_view.update()

    def show_keys(self) -> None:
        def whole(text: str) -> str:  # one line per key: QMessageBox wraps at its width
            return text.replace(" ", "&nbsp;")

        rows = "".join(
            f"<tr><td><b>{whole(keys_text(keys))}</b></td>"
            f"<td>{whole(QCoreApplication.translate('EditorKeys', label))}</td></tr>"
            for keys, label in help_rows()
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Phím tắt"))
        box.setText(f"<table cellspacing=6>{rows}</table>")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.keys_box = box
        box.open()

    def open_export_dialog(self) -> None:
        from app.ui.editor.export_dialog import ExportDialog

        if self.project is None:
            return
        self.room.save_now()
        dialog = ExportDialog(self.room, self)
        self.export_dialog = dialog
        dialog.open()
