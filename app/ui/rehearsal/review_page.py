"""After a take: the figures per product, the recording with its markers as chapters,
the comparison with the previous take, and the hand-offs (editor, trainer's report).

The figures read the recording's sound (speaking share, silences), so they are worked
out on a worker; the page fills when they arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.rehearsal import review as review_core
from app.rehearsal.review import Comparison, TakeReview
from app.ui.context import AppContext
from app.ui.error_dialogs import show_exception
from app.ui.rehearsal.common import STATE_COLOURS, clock_text
from app.ui.rehearsal.report_dialog import ReportDialog


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


class ReviewPage(QWidget):
    back = Signal()
    rehearse_again = Signal(str)  # plan id
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.review: TakeReview | None = None
        self.comparison: Comparison | None = None
        self.report_dialog: ReportDialog | None = None

        self.back_button = QPushButton(self.tr("← Kịch bản"))
        self.back_button.clicked.connect(self._leave)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.comparison_label = QLabel()
        self.comparison_label.setObjectName("comparison")
        self.comparison_label.setStyleSheet("font-size: 16px;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.video = QVideoWidget()
        self.video.setMinimumSize(240, 200)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)
        self.play_button = QPushButton(self.tr("Phát / dừng (Space)"))
        self.play_button.setShortcut("Space")
        self.play_button.clicked.connect(self.toggle_play)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.sliderMoved.connect(lambda ms: self.player.setPosition(ms))
        self.player.durationChanged.connect(lambda ms: self.position.setRange(0, ms))
        self.player.positionChanged.connect(self._show_position)
        self.time_label = QLabel("0:00")
        self.chapters = QListWidget()
        self.chapters.setObjectName("chapterList")
        self.chapters.itemClicked.connect(self._jump_to_chapter)
        self.no_recording = QLabel(
            self.tr("Buổi tập này không có bản ghi (không có camera và micro).")
        )
        self.no_recording.setWordWrap(True)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("productTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Mục"),
            self.tr("Thời gian"),
            self.tr("Nói"),
            self.tr("Im lặng dài nhất"),
            self.tr("Trả lời / bỏ lỡ"),
            self.tr("Flash sale"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            self.tr(
                "Thời gian: đã dùng / mục tiêu (đỏ khi quá). Nói: phần thời gian có tiếng. "
                "Trả lời / bỏ lỡ: bình luận tập."
            )
        )
        self.threshold_label = QLabel()
        self.threshold_label.setWordWrap(True)
        self.threshold_label.setStyleSheet("color: #555;")

        self.editor_button = QPushButton(self.tr("Gửi sang phòng cắt video"))
        self.editor_button.setObjectName("sendToEditor")
        self.editor_button.clicked.connect(self.send_to_editor)
        self.report_button = QPushButton(self.tr("In báo cáo cho giảng viên"))
        self.report_button.clicked.connect(self.open_report)
        self.again_button = QPushButton(self.tr("Tập lại kịch bản này"))
        self.again_button.clicked.connect(self._again)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.again_button)
        player_box = QVBoxLayout()
        player_box.addWidget(self.video, 3)
        player_box.addWidget(self.no_recording)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time_label)
        player_box.addLayout(controls)
        player_box.addWidget(QLabel(self.tr("Các mốc (bấm để nhảy tới)")))
        player_box.addWidget(self.chapters, 2)
        figures = QVBoxLayout()
        figures.addWidget(self.comparison_label)
        figures.addWidget(self.summary)
        figures.addWidget(self.table, 1)
        figures.addWidget(self.threshold_label)
        hand_offs = QHBoxLayout()
        hand_offs.addStretch(1)
        hand_offs.addWidget(self.editor_button)
        hand_offs.addWidget(self.report_button)
        figures.addLayout(hand_offs)
        body = QHBoxLayout()
        body.addLayout(player_box, 2)
        body.addLayout(figures, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # ---- loading ---------------------------------------------------------------------------
    def open_take(self, take_id: str) -> None:
        self.review = self.comparison = None
        self.title.setText(self.tr("Đang tính số liệu của buổi tập…"))
        self.table.setRowCount(0)
        self.chapters.clear()
        self.comparison_label.clear()
        self.summary.clear()
        for button in (self.editor_button, self.report_button, self.again_button):
            button.setEnabled(False)
        db = self.context.db

        def work(progress, cancel):
            found = review_core.review_take(db.sessions, db.paths, take_id)
            return found, review_core.compare_with_previous(db.sessions, db.paths, found)

        self.context.tasks.submit(
            work, on_done=self._show, on_error=lambda e: show_exception(e, self)
        )

    def _show(self, result) -> None:
        review, comparison = result
        self.review, self.comparison = review, comparison
        when = review.started_at.astimezone().strftime("%d/%m/%Y %H:%M")
        self.title.setText(
            self.tr("%1 — buổi tập %2, dài %3")
            .replace("%1", review.plan_name)
            .replace("%2", when)
            .replace("%3", clock_text(review.duration_s))
        )
        if comparison is None:
            self.comparison_label.setText(self.tr("Lần tập đầu tiên của kịch bản này."))
        else:
            text = comparison.text(QCoreApplication.translate)
            self.comparison_label.setText(self.tr("So với lần trước: %1").replace("%1", text))
        counts = review.comments
        self.summary.setText(
            self.tr("Bình luận: %1 câu hiện ra, trả lời %2, bỏ lỡ %3. Thời gian nói cả buổi: %4.")
            .replace("%1", str(counts.shown))
            .replace("%2", str(counts.answered))
            .replace("%3", str(counts.missed))
            .replace("%4", _percent(review.speaking_share))
        )
        self.threshold_label.setText(
            self.tr("Im lặng = âm lượng dưới %1 dBFS liên tục từ %2 giây trở lên.")
            .replace("%1", f"{review.silence_threshold_dbfs:g}")
            .replace("%2", f"{review.min_silence_s:g}".replace(".", ","))
        )
        self._fill_table(review)
        self._fill_chapters(review)
        has_file = review.recording is not None
        self.video.setVisible(has_file)
        self.no_recording.setVisible(not has_file)
        if has_file:
            self.player.setSource(QUrl.fromLocalFile(str(review.recording)))
            self.player.pause()  # shows the first picture instead of an empty black box
        else:
            self.player.setSource(QUrl())
        self.editor_button.setEnabled(has_file and bool(review.segments()))
        self.report_button.setEnabled(True)
        self.again_button.setEnabled(True)
        self.loaded.emit()

    def _fill_table(self, review: TakeReview) -> None:
        self.table.setRowCount(len(review.blocks))
        for row, block in enumerate(review.blocks):
            if block.kind == "product":
                name = f"{block.order_code} {block.name}".strip()
                if block.product_gone:
                    name += " — " + self.tr("đã xoá khỏi danh mục")
            else:
                name = QCoreApplication.translate("rehearsal", block.title)
            over = block.seconds > block.target_seconds
            time_item = QTableWidgetItem(
                f"{clock_text(block.seconds)} / {clock_text(block.target_seconds)}"
            )
            time_item.setData(Qt.ItemDataRole.UserRole, block.seconds)
            if over:
                time_item.setForeground(Qt.GlobalColor.white)
                time_item.setBackground(QColor(STATE_COLOURS["red"]))
            silence = block.longest_silence_s
            cells = [
                QTableWidgetItem(name),
                time_item,
                QTableWidgetItem(_percent(block.speaking_share)),
                QTableWidgetItem("–" if silence is None else f"{silence:.1f} s".replace(".", ",")),
                QTableWidgetItem(f"{block.comments_answered} / {block.comments_missed}"),
                QTableWidgetItem(
                    (self.tr("có") if block.flash_sale else self.tr("không"))
                    if block.kind == "product"
                    else ""
                ),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)

    def _fill_chapters(self, review: TakeReview) -> None:
        self.chapters.clear()
        names = {
            "flash_sale": self.tr("Flash sale"),
            "answer": self.tr("Trả lời bình luận"),
            "camera_lost": self.tr("Mất camera"),
            "stop": self.tr("Kết thúc"),
        }
        for chapter in review.chapters:
            if chapter.kind == "block":
                title = QCoreApplication.translate("rehearsal", chapter.title)
            else:
                title = names.get(chapter.kind, chapter.kind)
            item = QListWidgetItem(f"{clock_text(chapter.at_s)}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, chapter.at_s)
            self.chapters.addItem(item)

    # ---- actions ---------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _show_position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        self.time_label.setText(clock_text(ms / 1000))

    def _jump_to_chapter(self, item: QListWidgetItem) -> None:
        self.player.setPosition(int(item.data(Qt.ItemDataRole.UserRole) * 1000))

    def segments(self) -> list[tuple[float, float, str, str | None]]:
        return self.review.segments() if self.review else []

    def send_to_editor(self) -> None:
        """Open the recording in the editor room, one segment per product."""
        if self.review is None or self.review.recording is None:
            return
        self.player.pause()
        try:
            self.context.links.open_in_editor(self.review.recording, segments=self.segments())
        except RuntimeError:  # the editor room is not in this window
            show_exception(_editor_missing(), self)

    def open_report(self) -> ReportDialog | None:
        if self.review is None:
            return None
        self.report_dialog = ReportDialog(self.review, self.comparison, self)
        self.report_dialog.open()
        return self.report_dialog

    def _again(self) -> None:
        if self.review is not None:
            self.player.stop()
            self.rehearse_again.emit(self.review.plan_id)

    def _leave(self) -> None:
        self.player.stop()
        self.back.emit()

    def release(self) -> None:
        """Let go of the file (leaving the page, closing the app)."""
        self.player.stop()
        self.player.setSource(QUrl())


def _editor_missing() -> UserFacingError:
    return UserFacingError(
        Message(
            "ReviewPage",
            QT_TRANSLATE_NOOP(
                "ReviewPage",
                "Phòng cắt video chưa có trong bản này. Bản ghi buổi tập vẫn được giữ; "
                "hãy mở lại khi có phòng cắt video.",
            ),
        )
    )
