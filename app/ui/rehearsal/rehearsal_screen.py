"""The rehearsal screen, big and calm: the preview with the pinned product, the
teleprompter, the timers and the practice comments; keys for everything.

The keys are read here (every control is NoFocus, so Space or an arrow never lands in a
slider); each action goes to the core's ``LiveTake``, which writes its marker.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.rehearsal import plans
from app.rehearsal.plan_model import Block, Plan
from app.store.media import MediaStore
from app.ui.context import AppContext
from app.ui.error_dialogs import show_exception, user_message
from app.ui.rehearsal.comments_panel import CommentsPanel
from app.ui.rehearsal.common import in_session
from app.ui.rehearsal.devices_bar import DevicesBar
from app.ui.rehearsal.gauges import TimerStrip
from app.ui.rehearsal.keys_overlay import KeysOverlay
from app.ui.rehearsal.preview import CameraPreview, CardPhotos
from app.ui.rehearsal.take_driver import TakeDriver
from app.ui.rehearsal.teleprompter import Teleprompter, TeleprompterControls
from app.ui.widgets.elided_label import ElidedLabel

log = logging.getLogger(__name__)
TICK_MS = 50


def _button(text: str, slot, name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    if name:
        button.setObjectName(name)
    return button


class RehearsalScreen(QWidget):
    take_finished = Signal(str)  # take id
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plan: Plan | None = None
        self.driver = TakeDriver(context, self)
        self._photos = CardPhotos(MediaStore(context.paths))
        self._shown_index = -1
        self._released = False  # the source was let go while the screen was hidden

        self.back_button = _button(self.tr("← Kịch bản"), self._go_back)
        self.block_title = ElidedLabel()
        self.block_title.setObjectName("blockTitle")
        self.block_title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.timers = TimerStrip()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #fff3c4; color: #3e2f00; padding: 6px; border-radius: 6px;"
        )
        self.notice.hide()

        self.preview = CameraPreview()
        self.driver.preview_size = lambda: self.preview.guide_px
        self.devices = DevicesBar()
        self.teleprompter = Teleprompter()
        self.text_controls = TeleprompterControls(self.teleprompter)
        self.speed = self.text_controls.speed  # tests and the benchmark read these
        self.font_size = self.text_controls.font_size
        self.comments = CommentsPanel()
        self.comments.setFixedWidth(290)
        self.comments.answer_button.clicked.connect(self.answer)
        self.comments.pace.valueChanged.connect(self._pace_changed)

        self.previous_button = _button(
            self.tr("← Trước (P)"), self.previous_block, "previousButton"
        )
        self.next_button = _button(self.tr("Tiếp theo (N) →"), self.next_block, "nextButton")
        self.flash_button = _button(self.tr("Flash sale (F)"), self.flash_sale, "flashButton")
        self.pause_button = _button(self.tr("Dừng chữ (Space)"), self.teleprompter.toggle_pause)
        self.start_button = _button(
            self.tr("Bắt đầu tập (Ctrl+Enter)"), self.start_or_stop, "startButton"
        )
        self.start_button.setStyleSheet("font-weight: 600;")
        self.keys_button = _button(self.tr("Phím tắt (?)"), self.toggle_keys)
        self.teleprompter.paused_changed.connect(self._show_paused)

        self.devices.devices_chosen.connect(self._devices_chosen)
        self.devices.file_chosen.connect(self.use_file)
        self.devices.mirror_toggled.connect(self.preview.set_mirrored)
        self.driver.frame.connect(self.preview.set_image)
        self.driver.level.connect(self.devices.meter.set_rms)
        self.driver.camera_lost.connect(self._camera_lost)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.block_title, 1)
        top.addWidget(self.timers)
        # the 9:16 picture needs little width; the teleprompter gets the rest
        left_box = QWidget()
        left_box.setMaximumWidth(400)
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.preview, 1)
        left.addWidget(self.devices)
        centre = QVBoxLayout()
        centre.addWidget(self.teleprompter, 1)
        centre.addWidget(self.text_controls)
        body = QHBoxLayout()
        body.addWidget(left_box, 3)
        body.addLayout(centre, 5)
        body.addWidget(self.comments)
        actions = QHBoxLayout()
        for button in (
            self.previous_button,
            self.next_button,
            self.flash_button,
            self.pause_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.keys_button)
        actions.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        layout.addLayout(actions)
        self.keys_overlay = KeysOverlay(self)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.tick)

    # ---- opening ----------------------------------------------------------------------------
    @property
    def live(self):
        return self.driver.live

    @property
    def running(self) -> bool:
        return self.driver.live is not None

    def open_plan(self, plan_id: str) -> None:
        self.plan = in_session(self.context, lambda s: plans.load_plan(s, plan_id))
        for block in self.plan.blocks:  # decode the photos now, not at a switch mid-take
            self._photos.get(block)
        self.comments.clear()
        self.notice.hide()
        self._shown_index = -1
        self._show_block(0)
        self.timers.show_times(0.0, None, None)
        self._update_buttons()
        if self.driver.camera_file is None:
            self.devices.fill()
            self._devices_chosen()
        self.setFocus()

    def use_file(self, path: Path) -> None:
        try:
            self.driver.use_file(path)
        except Exception as exc:  # a bad file: say so, keep what was there
            show_exception(exc, self)
            return
        self.devices.fill(path)
        self.preview.set_message("")
        self.setFocus()

    def _devices_chosen(self) -> None:
        (camera_kind, camera), (mic_kind, mic) = self.devices.choice() or (
            (None, None),
            (None, None),
        )
        if camera_kind == "file":
            if self.driver.camera_file is None:
                self.use_file(camera)
            return
        self.driver.use_devices(camera if camera_kind == "camera" else None,
                                mic if mic_kind == "mic" else None)  # fmt: skip
        self.preview.set_image(None)
        self.preview.set_message(self._no_device_text())

    def _no_device_text(self) -> str:
        if not self.driver.has_video:
            return self.tr(
                "Không tìm thấy camera — vẫn tập được: kịch bản, bấm giờ và bình luận vẫn chạy"
            )
        return ""

    # ---- the take ---------------------------------------------------------------------------
    def start_or_stop(self) -> None:
        if self.running:
            self.stop_take()
        else:
            self.start_take()

    def start_take(self) -> None:
        if self.plan is None or self.running:
            return
        # A full garbage collection walks every object of the app (tens of ms, all threads
        # wait on the GIL): collect once now, then keep what exists out of later passes
        # until the take ends, so none lands in the middle of a take.
        gc.collect()
        gc.freeze()
        try:
            self.driver.start(self.plan, float(self.comments.pace.value()))
        except Exception as exc:
            gc.unfreeze()
            show_exception(exc, self)
            return
        self.comments.clear()
        self._shown_index = -1
        self._show_block(0)
        self.teleprompter.set_paused(False)
        self.teleprompter.start()
        self._tick_timer.start()
        self.devices.set_take_running(True)
        if not self.driver.has_sound and not self.driver.has_video:
            self._notify(self._no_device_text())
        self._update_buttons()
        self.setFocus()

    def stop_take(self) -> str | None:
        """End the take and keep it; returns its id (also emitted as ``take_finished``)."""
        if not self.running:
            return None
        self._tick_timer.stop()
        self.teleprompter.stop()
        try:
            take = self.driver.stop()
        finally:
            gc.unfreeze()
        self.devices.set_take_running(False)
        self._update_buttons()
        if take is None:
            return None
        self.take_finished.emit(take.id)
        return take.id

    def tick(self) -> None:
        live = self.live
        if live is None:
            return
        for shown in live.tick():
            self.comments.add(shown)
        session = live.session
        now = live.now()
        self.comments.refresh(session.comments, self.comments.newest_open(session.comments))
        flash = session.flash_sale_remaining(now)
        self.timers.show_times(session.total_elapsed(now), session.block_clock(now), flash)
        if session.index != self._shown_index:
            self._show_block(session.index)
        if self.preview.flash_price_on != (flash is not None):
            self.preview.set_card(self.preview.card, self.preview.card_photo, flash is not None)
        if live.message is not None and self.notice.property("shown") != id(live.message):
            self.notice.setProperty("shown", id(live.message))
            self._notify(user_message(live.message))

    def next_block(self) -> None:
        if self.running and self.live.next():
            self.tick()

    def previous_block(self) -> None:
        if self.running and self.live.previous():
            self.tick()

    def answer(self) -> None:
        """Mark the highlighted comment (the newest one waiting) answered."""
        if not self.running:
            return
        self.tick()  # comments due now are on screen (and count) before choosing
        waiting = self.comments.newest_open(self.live.session.comments)
        if waiting is not None and self.live.answer(waiting.comment.id) is not None:
            self.tick()

    def flash_sale(self) -> None:
        if self.running and self.live.flash_sale():
            self.tick()

    def _pace_changed(self, value: int) -> None:
        if self.running:
            self.live.set_pace(float(value))

    def _camera_lost(self, why: str) -> None:
        from app.rehearsal import errors

        self.preview.set_image(None)
        self.preview.set_message(self._no_device_text())
        self._notify(user_message(errors.camera_lost()))

    # ---- showing ----------------------------------------------------------------------------
    def _show_block(self, index: int) -> None:
        if self.plan is None or not self.plan.blocks:
            return
        self._shown_index = index
        block = self.plan.blocks[index]
        title = self._title_of(block)
        count = len(self.plan.blocks)
        heading = f"{index + 1}/{count} · {title}"
        if block.is_product and block.order_code:
            heading = f"{index + 1}/{count} · {block.order_code} {title}"
        self.block_title.setText(heading)
        self.teleprompter.set_script(title, block.script_text())
        self.preview.set_card(block if block.is_product else None, self._photos.get(block), False)

    def _title_of(self, block: Block) -> str:
        if block.kind in ("opening", "closing"):
            return QCoreApplication.translate("rehearsal", block.title)
        if block.product_gone:
            return block.product.name + " — " + self.tr("Sản phẩm này đã bị xoá khỏi danh mục")
        return block.title

    def _notify(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _update_buttons(self) -> None:
        running = self.running
        for button in (self.previous_button, self.next_button, self.flash_button):
            button.setEnabled(running)
        self.comments.answer_button.setEnabled(running)
        self.back_button.setEnabled(not running)
        self.start_button.setText(
            self.tr("Kết thúc buổi tập (Ctrl+Enter)")
            if running
            else self.tr("Bắt đầu tập (Ctrl+Enter)")
        )

    def _show_paused(self, paused: bool) -> None:
        self.pause_button.setText(
            self.tr("Chạy chữ (Space)") if paused else self.tr("Dừng chữ (Space)")
        )

    def toggle_keys(self) -> None:
        self.keys_overlay.toggle()

    # ---- leaving and coming back ---------------------------------------------------------
    def hideEvent(self, event) -> None:
        """Another page or room: no take running → let go of the camera (its light goes
        off) or stop decoding the video file; both come back with the screen."""
        super().hideEvent(event)
        if not self.running and not event.spontaneous():
            self.driver.close()
            self._released = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()  # the keys work as soon as the screen is back
        if self._released and not self.running:
            self._released = False
            if self.driver.camera_file is not None:
                self.use_file(self.driver.camera_file)
            else:
                self._devices_chosen()

    def _go_back(self) -> None:
        if not self.running:
            self.driver.close()
            self.back.emit()

    # ---- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        actions = {
            Qt.Key.Key_Space: self.teleprompter.toggle_pause,
            Qt.Key.Key_Up: lambda: self.teleprompter.change_speed(+1),
            Qt.Key.Key_Down: lambda: self.teleprompter.change_speed(-1),
            Qt.Key.Key_PageDown: lambda: self.teleprompter.jump(+1),
            Qt.Key.Key_PageUp: lambda: self.teleprompter.jump(-1),
            Qt.Key.Key_Right: self.next_block,
            Qt.Key.Key_N: self.next_block,
            Qt.Key.Key_Left: self.previous_block,
            Qt.Key.Key_P: self.previous_block,
            Qt.Key.Key_A: self.answer,
            Qt.Key.Key_F: self.flash_sale,
            Qt.Key.Key_Question: self.toggle_keys,
        }
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.start_or_stop if ctrl else self.answer)()
        elif key == Qt.Key.Key_Escape and self.keys_overlay.isVisible():
            self.keys_overlay.hide()
        elif key in actions and not ctrl:
            actions[key]()
        else:
            super().keyPressEvent(event)

    def shutdown(self) -> None:
        """The app is closing: a running take is stopped and saved."""
        blocked = self.blockSignals(True)  # no review page to open while closing
        try:
            self.stop_take()
        except UserFacingError:
            log.exception("could not save the take while closing")
        finally:
            self.blockSignals(blocked)
        self.driver.close()
