"""Text stickers ("Freeship", "Giảm 20%"): add up to five, then change each one's text,
start, end and place (top / middle / bottom) in a small table, or set its start or end
from the playhead ("Bắt đầu từ đây", "Kết thúc ở đây").

Times are on the exported video's clock (the kept segments end to end), as the export
burns them in; the project keeps them inside that length, also when a segment change
makes the video shorter, and when a project is opened with stickers past its end (the
status line says which sticker had to move). With no
segment kept there is no exported video yet, so a sticker cannot be placed on it.
Every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.editor.project import Project
from app.video.stickers import MAX_STICKERS, POSITIONS, Sticker

TEXT, START, END, PLACE = range(4)
ROW_H = 28
VISIBLE_ROWS = 3
DEFAULT_LENGTH = 3.0  # seconds a new sticker stays up
NOTICE_MS = 8000  # how long a notice stays in the status line


class StickerPanel(QWidget):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Chữ dán"), self))
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Freeship…"))
        self.text_edit.returnPressed.connect(self.add_from_form)
        add_row.addWidget(self.text_edit, 1)
        self.position_box = self._position_box()
        add_row.addWidget(self.position_box)
        self.add_button = QPushButton(self.tr("Thêm"), self)
        self.add_button.clicked.connect(self.add_from_form)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Chữ"), self.tr("Từ giây"), self.tr("Đến giây"), self.tr("Chỗ")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # fixed widths: columns that resize to their cell widgets leave stale copies of
        # those widgets behind when the table scrolls
        metrics = self.fontMetrics()
        time_w = max(metrics.horizontalAdvance("000,00") + 34, header.sectionSizeHint(START))
        place_w = max(
            metrics.horizontalAdvance(self.tr("giữa")) + 40, header.sectionSizeHint(PLACE)
        )
        for column, width in ((START, time_w), (END, time_w), (PLACE, place_w)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(ROW_H)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._text_edited)
        self.table.hide()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.from_here = QPushButton(self.tr("Bắt đầu từ đây"), self)
        self.from_here.setToolTip(self.tr("Chữ dán đang chọn hiện từ vị trí đang phát"))
        self.from_here.clicked.connect(lambda: self.set_from_playhead("start"))
        self.to_here = QPushButton(self.tr("Kết thúc ở đây"), self)
        self.to_here.setToolTip(self.tr("Chữ dán đang chọn tắt ở vị trí đang phát"))
        self.to_here.clicked.connect(lambda: self.set_from_playhead("end"))
        self.remove_button = QPushButton(self.tr("Bỏ chữ"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.from_here, self.to_here, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        self.buttons = QWidget(self)
        self.buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.hide()
        layout.addWidget(self.buttons)
        self.last_notice = ""

    def _position_box(self) -> QComboBox:
        box = QComboBox(self)
        for value, label in zip(
            POSITIONS, (self.tr("trên"), self.tr("giữa"), self.tr("dưới")), strict=True
        ):
            box.addItem(label, value)
        return box

    def _time_box(self, row: int, which: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self.table)
        box.setDecimals(2)
        box.setSingleStep(0.1)
        box.setKeyboardTracking(False)  # one undo step per finished value
        box.setFrame(False)
        box.valueChanged.connect(lambda value, r=row, w=which: self._time_edited(r, w, value))
        return box

    # --- showing -----------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        return self.page.project

    def show_stickers(self, project: Project) -> None:
        """Fill the table from the project; widgets are reused so a field being typed in
        keeps its focus when the edit comes back through the undo stack."""
        stickers = project.stickers
        self._filling = True
        try:
            if self.table.rowCount() != len(stickers):
                # Qt only deletes replaced cell widgets later, still showing: hide them now
                for row in range(self.table.rowCount()):
                    for column in (START, END, PLACE):
                        widget = self.table.cellWidget(row, column)
                        if widget is not None:
                            self.table.removeCellWidget(row, column)
                            widget.hide()
                            widget.deleteLater()
                self.table.setRowCount(len(stickers))
                for row in range(len(stickers)):
                    self.table.setCellWidget(row, START, self._time_box(row, "start"))
                    self.table.setCellWidget(row, END, self._time_box(row, "end"))
                    place = self._position_box()
                    place.setParent(self.table)
                    place.currentIndexChanged.connect(lambda _i, r=row: self._place_edited(r))
                    self.table.setCellWidget(row, PLACE, place)
            limit = project.output_length()
            for row, sticker in enumerate(stickers):
                item = self.table.item(row, TEXT)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, TEXT, item)
                item.setText(sticker.text)
                for column, value in ((START, sticker.start), (END, sticker.end)):
                    box = self.table.cellWidget(row, column)
                    box.blockSignals(True)
                    box.setRange(0.0, max(limit, value))
                    box.setValue(value)
                    box.blockSignals(False)
                place = self.table.cellWidget(row, PLACE)
                place.blockSignals(True)
                place.setCurrentIndex(max(0, place.findData(sticker.position)))
                place.blockSignals(False)
        finally:
            self._filling = False
        shown = bool(stickers)
        self.table.setVisible(shown)
        self.buttons.setVisible(shown)
        # up to three rows shown, the rest scroll: the segment list keeps its room
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + ROW_H * min(len(stickers), VISIBLE_ROWS)
            + 4
        )
        full = len(stickers) >= MAX_STICKERS
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(self.tr("Tối đa 5 chữ dán cho một video.") if full else "")
        if shown and self.selected() is None:
            self.table.selectRow(len(stickers) - 1)

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def notice(self, text: str) -> None:
        """A passing note in the window's status line (kept in ``last_notice`` too)."""
        self.last_notice = text
        window = self.window()
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, NOTICE_MS)

    def tell_moved(self, indexes: list[int], *, opened: bool = False) -> None:
        """Which stickers had to move inside the exported video, and where: after a
        segment change shortened it, or on opening a project that had them past its end."""
        project = self.project
        if project is None or not indexes:
            return
        parts = [
            self.tr("“%1” (nay %2–%3 giây)")
            .replace("%1", project.stickers[i].text)
            .replace("%2", self.locale().toString(project.stickers[i].start, "f", 1))
            .replace("%3", self.locale().toString(project.stickers[i].end, "f", 1))
            for i in indexes
            if i < len(project.stickers)
        ]
        if opened:
            text = self.tr("Chữ dán nằm quá cuối video xuất nên đã dời vào trong: %1.")
        else:
            text = self.tr("Video xuất ngắn lại nên chữ dán đã dời vào trong: %1.")
        self.notice(text.replace("%1", ", ".join(parts)))

    # --- edits -------------------------------------------------------------------
    def _edit(self, index: int, **change) -> None:
        self.page.room.edit(self.tr("Sửa chữ dán"), lambda p: p.set_sticker(index, **change))
        if self.project is not None:
            self.show_stickers(self.project)  # a refused change shows the old value again

    def _text_edited(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == TEXT:
            self._edit(item.row(), text=item.text())

    def _time_edited(self, row: int, which: str, value: float) -> None:
        if not self._filling:
            self._edit(row, **{which: value})

    def _place_edited(self, row: int) -> None:
        if not self._filling:
            self._edit(row, position=self.table.cellWidget(row, PLACE).currentData())

    def add(self, text: str, start: float, end: float, position: str = "top") -> None:
        project = self.project
        if project is None or not text.strip():
            return
        if len(project.stickers) >= MAX_STICKERS:
            QMessageBox.information(
                self, self.tr("Chữ dán"), self.tr("Tối đa 5 chữ dán cho một video.")
            )
            return
        if not project.segments:
            self.notice(
                self.tr(
                    "Chưa giữ đoạn nào nên chưa có video để dán chữ: bấm I ở đầu video để "
                    "giữ cả video, rồi thêm lại."
                )
            )
            return
        sticker = Sticker(text.strip(), start, end, position)

        def change(p: Project) -> None:
            p.add_sticker(sticker)
            p.set_sticker(len(p.stickers) - 1, start=start, end=end)  # kept inside the video

        self.page.room.edit(self.tr("Thêm chữ dán"), change)
        self.table.selectRow(len(project.stickers) - 1)

    def add_from_form(self) -> None:
        project = self.project
        text = self.text_edit.text().strip()
        if not text or project is None:
            return
        if not project.segments:
            self.add(text, 0.0, DEFAULT_LENGTH)  # refused with a note saying why
            return
        here = project.output_time(self.page.playhead) or 0.0
        limit = project.output_length()
        start = here if limit - here >= 1.0 else 0.0  # from the playhead when there is room
        self.add(text, start, min(start + DEFAULT_LENGTH, limit), self.position_box.currentData())
        self.text_edit.clear()

    def set_from_playhead(self, which: str) -> None:
        """ "Bắt đầu từ đây" / "Kết thúc ở đây": the selected sticker's start or end at the
        playhead, on the exported video's clock."""
        index, project = self.selected(), self.project
        if index is None or project is None:
            return
        # an end may sit on a segment's own out point (the last frame shown is before it)
        here = project.output_time(self.page.playhead, at_end=which == "end")
        if here is None:
            QMessageBox.information(
                self,
                self.tr("Chữ dán"),
                self.tr(
                    "Vị trí đang phát ở phần bị bỏ đi. Đưa vị trí đang phát vào một đoạn "
                    "giữ lại rồi bấm lại."
                ),
            )
            return
        self._edit(index, **{which: here})

    def remove_selected(self) -> None:
        index = self.selected()
        if index is not None:
            self.page.room.edit(self.tr("Bỏ chữ dán"), lambda p: p.delete_sticker(index))
