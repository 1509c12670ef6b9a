"""The practice chat: viewer comments as they arrive, the newest one still waiting for an
answer highlighted (it is what the answer key answers, as a seller answers the question
on screen), answered ones ticked and missed ones greyed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.rehearsal.session import ShownComment

MAX_ROWS = 200  # a long take keeps only the latest comments on screen


class CommentsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        title = QLabel(self.tr("Bình luận tập"))
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.counts_label = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("commentList")
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.answer_button = QPushButton(self.tr("Đã trả lời (Enter / A)"))
        self.answer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pace = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=30, value=6)
        self.pace.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pace_label = QLabel()
        self.pace.valueChanged.connect(self._show_pace)
        self._show_pace(self.pace.value())
        self._items: dict[str, QListWidgetItem] = {}
        self._states: dict[str, str] = {}
        pace_row = QHBoxLayout()
        pace_row.addWidget(self.pace_label)
        pace_row.addWidget(self.pace, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.answer_button)
        layout.addLayout(pace_row)

    def _show_pace(self, value: int) -> None:
        self.pace_label.setText(self.tr("%1 câu/phút").replace("%1", str(value)))

    def clear(self) -> None:
        self.list.clear()
        self._items.clear()
        self._states.clear()
        self.counts_label.clear()

    def add(self, shown: ShownComment) -> None:
        comment = shown.comment
        item = QListWidgetItem(f"{comment.author}: {comment.text}")
        item.setData(Qt.ItemDataRole.UserRole, comment.id)
        self.list.addItem(item)
        self._items[comment.id] = item
        while self.list.count() > MAX_ROWS:
            old = self.list.takeItem(0)
            self._items.pop(old.data(Qt.ItemDataRole.UserRole), None)
            self._states.pop(old.data(Qt.ItemDataRole.UserRole), None)
        self.list.scrollToBottom()

    def refresh(self, comments: list[ShownComment], highlighted: ShownComment | None) -> None:
        """Colours from the session's state. Called at every tick, so only rows whose state
        changed are touched (restyling every row would relayout the list each time)."""
        wanted = highlighted.comment.id if highlighted else None
        for shown in comments[-MAX_ROWS:]:
            item = self._items.get(shown.comment.id)
            if item is None:
                continue
            if shown.comment.id == wanted:
                state = "highlighted"
            elif shown.answered_at is not None:
                state = "answered"
            elif shown.missed_at is not None:
                state = "missed"
            else:
                state = "waiting"
            if self._states.get(shown.comment.id) != state:
                self._states[shown.comment.id] = state
                self._paint(item, state)
        answered = sum(1 for c in comments if c.answered_at is not None)
        missed = sum(1 for c in comments if c.missed_at is not None)
        text = self.tr("Đã trả lời %1 · bỏ lỡ %2").replace("%1", str(answered))
        text = text.replace("%2", str(missed))
        if self.counts_label.text() != text:
            self.counts_label.setText(text)

    @staticmethod
    def _paint(item: QListWidgetItem, state: str) -> None:
        font = QFont(item.font())
        font.setBold(state == "highlighted")
        item.setFont(font)
        background, foreground = {
            "highlighted": ("#fff3c4", "#222222"),
            "answered": (None, "#2e7d32"),
            "missed": (None, "#9e9e9e"),
            "waiting": (None, None),
        }[state]
        item.setBackground(QBrush(QColor(background)) if background else QBrush())
        item.setForeground(QBrush(QColor(foreground)) if foreground else QBrush())
        if state == "answered" and not item.text().startswith("✓ "):
            item.setText("✓ " + item.text())

    @staticmethod
    def newest_open(comments: list[ShownComment]) -> ShownComment | None:
        return next((c for c in reversed(comments) if c.open), None)

    def highlighted_text(self) -> str:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.font().bold():
                return item.text()
        return ""
