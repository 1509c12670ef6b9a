"""The room's first page: the shop's runs of show, and the takes of the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.rehearsal import plans, takes
from app.ui.context import AppContext
from app.ui.rehearsal.common import clock_text, in_session

ID_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    new_plan = Signal()
    edit_plan = Signal(str)
    rehearse_plan = Signal(str)
    open_take = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Kịch bản livestream của cửa hàng"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        hint = QLabel(
            self.tr(
                "Mỗi kịch bản là một buổi live: mở đầu, các sản phẩm theo thứ tự, kết thúc. "
                "Chọn một kịch bản rồi bấm “Bắt đầu tập”."
            )
        )
        hint.setWordWrap(True)
        self.plan_list = QListWidget()
        self.plan_list.setObjectName("planList")
        self.plan_list.currentItemChanged.connect(lambda *_: self._show_takes())
        self.plan_list.itemActivated.connect(lambda *_: self._rehearse())  # Enter or double-click
        self.new_button = QPushButton(self.tr("Kịch bản mới (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.edit_button = QPushButton(self.tr("Sửa kịch bản"))
        self.start_button = QPushButton(self.tr("Bắt đầu tập (Enter)"))
        self.start_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Xoá"))
        self.new_button.clicked.connect(self.new_plan.emit)
        self.edit_button.clicked.connect(self._edit)
        self.start_button.clicked.connect(self._rehearse)
        self.delete_button.clicked.connect(self._delete)
        self.empty_label = QLabel(
            self.tr(
                "Chưa có kịch bản nào. Bấm “Kịch bản mới” rồi chọn vài sản phẩm trong danh mục."
            )
        )
        self.empty_label.setWordWrap(True)

        self.take_list = QListWidget()
        self.take_list.setObjectName("takeList")
        self.take_list.itemActivated.connect(lambda *_: self._open_take())
        self.review_button = QPushButton(self.tr("Xem lại buổi tập"))
        self.review_button.clicked.connect(self._open_take)

        plan_buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            plan_buttons.addWidget(button)
        plan_buttons.addStretch(1)
        plan_buttons.addWidget(self.start_button)
        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(hint)
        left.addWidget(self.empty_label)
        left.addWidget(self.plan_list, 1)
        left.addLayout(plan_buttons)
        right = QVBoxLayout()
        takes_title = QLabel(self.tr("Các lần tập của kịch bản này"))
        takes_title.setStyleSheet("font-size: 16px; font-weight: 600;")
        right.addWidget(takes_title)
        right.addWidget(self.take_list, 1)
        right.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # ---- data --------------------------------------------------------------------------
    def refresh(self, select_plan: str | None = None) -> None:
        keep = select_plan or self.current_plan_id()
        summaries = in_session(self.context, plans.list_plans)
        self.plan_list.clear()
        for summary in summaries:
            text = self.tr("%1 — %2 sản phẩm, dự kiến %3, đã tập %4 lần")
            text = (
                text.replace("%1", summary.name)
                .replace("%2", str(summary.product_count))
                .replace("%3", clock_text(summary.total_target_seconds))
                .replace("%4", str(summary.take_count))
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, summary.id)
            self.plan_list.addItem(item)
            if summary.id == keep:
                self.plan_list.setCurrentItem(item)
        if self.plan_list.currentItem() is None and self.plan_list.count():
            self.plan_list.setCurrentRow(0)
        has = bool(summaries)
        self.empty_label.setVisible(not has)
        for button in (self.edit_button, self.start_button, self.delete_button):
            button.setEnabled(has)
        self._show_takes()

    def current_plan_id(self) -> str | None:
        item = self.plan_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def current_take_id(self) -> str | None:
        item = self.take_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _show_takes(self) -> None:
        self.take_list.clear()
        plan_id = self.current_plan_id()
        if plan_id is not None:
            found = takes.list_takes(self.context.db.sessions, plan_id)
            for take in reversed(found):  # newest first
                when = take.started_at.astimezone().strftime("%d/%m/%Y %H:%M")
                text = self.tr("%1 — dài %2").replace("%1", when)
                text = text.replace("%2", clock_text(take.duration_s))
                if take.status == "interrupted":
                    text += " " + self.tr("(bị ngắt giữa chừng)")
                elif take.status == "recording":
                    text += " " + self.tr("(đang ghi)")
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, take.id)
                self.take_list.addItem(item)
            if self.take_list.count():
                self.take_list.setCurrentRow(0)
        self.review_button.setEnabled(self.take_list.count() > 0)

    # ---- actions -----------------------------------------------------------------------
    def _edit(self) -> None:
        if plan_id := self.current_plan_id():
            self.edit_plan.emit(plan_id)

    def _rehearse(self) -> None:
        if plan_id := self.current_plan_id():
            self.rehearse_plan.emit(plan_id)

    def _open_take(self) -> None:
        if take_id := self.current_take_id():
            self.open_take.emit(take_id)

    def _delete(self, *, confirm: bool = True) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Xoá kịch bản"),
                self.tr("Xoá kịch bản này? Các lần tập đã ghi vẫn được giữ."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        in_session(self.context, lambda s: plans.delete_plan(s, plan_id))
        self.refresh()
