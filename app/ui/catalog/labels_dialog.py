"""\u201cIn tem mã vạch\u201d: choose products and how many labels of each, a sheet layout and the
kind of code; see the first pages as they will print; save the PDF.

The preview is the PDF's own page painter drawing into an image
(``app.catalog.label_paint``), so what is seen is what prints. Problems (a
barcode with a wrong check digit, a code too long for the label) are shown
under the preview in plain words and Save waits until they are fixed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)  # fmt: skip

from app.catalog import search
from app.catalog.barcodes import product_for_code
from app.catalog.label_paint import check_fits, render_page_image
from app.catalog.labels import (
    LabelCandidate,
    get_layout,
    label_candidates,
    label_items,
    layouts,
    page_count,
    write_labels_pdf,
)
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.engine import session_scope
from app.text import format_vnd

CODE_MODES = (
    ("auto", QT_TRANSLATE_NOOP("LabelsDialog", "Tự chọn (EAN-13 nếu có, không thì Code 128)")),
    ("ean13", QT_TRANSLATE_NOOP("LabelsDialog", "Chỉ EAN-13 (mã vạch của sản phẩm)")),
    ("code128", QT_TRANSLATE_NOOP("LabelsDialog", "Code 128 theo mã SKU")),
)
SKU_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_HEIGHT = 430


class LabelsDialog(QDialog):
    def __init__(self, context, product_ids: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("In tem mã vạch"))
        self.context = context
        self.sessions = context.db.sessions
        self.candidates: dict[str, LabelCandidate] = {}
        self.page = 0
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh_preview)
        self.find_products("")
        for candidate in self._candidates_of(product_ids or []):
            self.add_label(candidate.sku)
        self.refresh_preview()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.resize(1120, 640)
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Tìm sản phẩm (tên, SKU hoặc quét mã):"), self))
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("ví dụ: non la"))
        self.search_box.textChanged.connect(self.find_products)
        self.search_box.returnPressed.connect(self._add_exact_or_first)
        left.addWidget(self.search_box)
        self.results = QTableWidget(0, 1, self)
        self.results.setHorizontalHeaderLabels([self.tr("Sản phẩm (bấm đúp để thêm)")])
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().setVisible(False)
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the options in view
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(lambda _index: self._add_selected_result())
        left.addWidget(self.results, 1)
        add = QPushButton(self.tr("Thêm vào danh sách in"), self)
        add.clicked.connect(self._add_selected_result)
        left.addWidget(add)
        columns.addLayout(left, 4)

        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Sẽ in (số tem mỗi sản phẩm):"), self))
        self.chosen = QTableWidget(0, 3, self)
        self.chosen.setHorizontalHeaderLabels(
            [self.tr("Sản phẩm"), self.tr("Giá"), self.tr("Số tem")]
        )
        header = self.chosen.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.chosen.verticalHeader().setVisible(False)
        self.chosen.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chosen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chosen.setWordWrap(False)
        self.chosen.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the options tell them apart
        middle.addWidget(self.chosen, 1)
        remove = QPushButton(self.tr("Bỏ khỏi danh sách"), self)
        remove.clicked.connect(self.remove_selected)
        middle.addWidget(remove)
        form = QFormLayout()
        self.layout_box = QComboBox(self)
        for name, layout in layouts().items():
            text = self.tr("A4, %1 tem %2 mm").replace("%1", str(layout.per_page))
            self.layout_box.addItem(text.replace("%2", layout.size_text), name)
        self.layout_box.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Khổ tem:"), self.layout_box)
        self.code_box = QComboBox(self)
        for key, text in CODE_MODES:
            self.code_box.addItem(QCoreApplication.translate("LabelsDialog", text), key)
        self.code_box.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Loại mã:"), self.code_box)
        self.skip_box = QSpinBox(self)
        self.skip_box.setRange(0, 64)
        self.skip_box.setSuffix(self.tr(" tem đã dùng"))
        self.skip_box.setToolTip(self.tr("Tờ tem đã bóc bớt: bỏ trống các ô đầu tiên"))
        self.skip_box.valueChanged.connect(self._changed)
        form.addRow(self.tr("Bỏ qua:"), self.skip_box)
        middle.addLayout(form)
        columns.addLayout(middle, 4)

        right = QVBoxLayout()
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(QSize(round(PREVIEW_HEIGHT * 210 / 297) + 2, PREVIEW_HEIGHT + 2))
        self.preview.setStyleSheet("background: #e8e2da; border: 1px solid #c9b8a3;")
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        pages = QHBoxLayout()
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setToolTip(self.tr("Trang trước"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Trang sau"))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_button)
        right.addLayout(pages)
        right.addStretch(1)
        columns.addLayout(right, 0)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a0192f;")
        outer.addWidget(self.problem)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        outer.addWidget(self.notes)
        buttons = QHBoxLayout()
        self.summary = QLabel(self)
        buttons.addWidget(self.summary, 1)
        self.save_button = QPushButton(self.tr("Lưu tệp PDF để in…"), self)
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.ask_save)
        close = QPushButton(self.tr("Đóng"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        outer.addLayout(buttons)

    # -- choosing --------------------------------------------------------------------------
    def _candidates_of(self, product_ids: list[str]) -> list[LabelCandidate]:
        with session_scope(self.sessions) as session:
            found = label_candidates(session, product_ids)
        self.candidates.update({c.sku: c for c in found})
        return found

    def find_products(self, text: str) -> None:
        with session_scope(self.sessions) as session:
            ids = search.search_ids(session, search.SearchQuery(text), limit=40)
        found = self._candidates_of(ids)
        self.results.setRowCount(len(found))
        for row, candidate in enumerate(found):
            name = QTableWidgetItem(candidate.name)
            name.setToolTip(f"{candidate.name}\n{candidate.sku} — {format_vnd(candidate.price)}")
            name.setData(SKU_ROLE, candidate.sku)
            self.results.setItem(row, 0, name)
        if found:
            self.results.selectRow(0)

    def _add_selected_result(self) -> None:
        row = self.results.currentRow()
        if row >= 0:
            self.add_label(self.results.item(row, 0).data(SKU_ROLE))

    def _add_exact_or_first(self) -> None:
        """Enter (or a scanner) in the search box: the exact code's product, else the first hit."""
        code = self.search_box.text().strip()
        with session_scope(self.sessions) as session:
            product_id = product_for_code(session, code) if code else None
        if product_id is not None:
            exact = [
                c
                for c in self._candidates_of([product_id])
                if code.upper() in (c.sku.upper(), c.barcode)
            ]
            for candidate in exact or self._candidates_of([product_id]):
                self.add_label(candidate.sku)
            self.search_box.clear()
            return
        self._add_selected_result()

    def row_of(self, sku: str) -> int:
        for row in range(self.chosen.rowCount()):
            if self.chosen.item(row, 0).data(SKU_ROLE) == sku:
                return row
        return -1

    def add_label(self, sku: str, count: int = 1) -> None:
        row = self.row_of(sku)
        if row >= 0:  # added again: one more label of it
            spin = self.chosen.cellWidget(row, 2)
            spin.setValue(spin.value() + count)
            return
        candidate = self.candidates[sku]
        row = self.chosen.rowCount()
        self.chosen.insertRow(row)
        name = QTableWidgetItem(f"{candidate.name} ({candidate.sku})")
        name.setToolTip(f"{candidate.name}\n{candidate.sku}")
        name.setData(SKU_ROLE, sku)
        self.chosen.setItem(row, 0, name)
        price = QTableWidgetItem(format_vnd(candidate.price))
        price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.chosen.setItem(row, 1, price)
        spin = QSpinBox(self.chosen)
        spin.setRange(1, 1000)
        spin.setValue(count)
        spin.valueChanged.connect(self._changed)
        self.chosen.setCellWidget(row, 2, spin)
        self._changed()

    def set_count(self, sku: str, count: int) -> None:
        self.chosen.cellWidget(self.row_of(sku), 2).setValue(count)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.chosen.selectedIndexes()}, reverse=True)
        for row in rows:
            self.chosen.removeRow(row)
        self._changed()

    def requests(self) -> list[tuple[str, int]]:
        return [
            (self.chosen.item(row, 0).data(SKU_ROLE), self.chosen.cellWidget(row, 2).value())
            for row in range(self.chosen.rowCount())
        ]

    def layout_name(self) -> str:
        return self.layout_box.currentData()

    def select_layout(self, name: str) -> None:
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(name)))

    def select_code_mode(self, mode: str) -> None:
        self.code_box.setCurrentIndex(max(0, self.code_box.findData(mode)))

    # -- preview -----------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self._refresh_timer.start()

    def _items(self):
        """(labels, notes) for what is chosen; raises UserFacingError when it cannot print."""
        with session_scope(self.sessions) as session:
            items, notes = label_items(session, self.requests(), self.code_box.currentData())
        check_fits(items, get_layout(self.layout_name()))
        return items, notes

    def refresh_preview(self) -> None:
        self._refresh_timer.stop()
        layout = get_layout(self.layout_name())
        self.skip_box.setMaximum(layout.per_page - 1)
        self.items, notes, problem = [], [], ""
        if self.requests():
            try:
                self.items, notes = self._items()
            except UserFacingError as exc:
                problem = exc.message.render(QCoreApplication.translate)
                if exc.detail and "\n" in exc.detail:
                    problem += "\n" + exc.detail.split("\n", 1)[1]
        self.problem.setText(problem)
        self.notes.setText("\n".join(n.render(QCoreApplication.translate) for n in notes))
        self.pages = page_count(len(self.items), layout, self.skip_box.value()) if self.items else 0
        self.save_button.setEnabled(bool(self.items) and not problem)
        self.summary.setText(
            self.tr("%1 tem trên %2 tờ A4.")
            .replace("%1", str(len(self.items)))
            .replace("%2", str(self.pages))
            if self.items
            else self.tr("Chọn sản phẩm ở bên trái để in tem.")
        )
        self.show_page(min(self.page, max(0, self.pages - 1)))

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, max(0, self.pages - 1)))
        layout = get_layout(self.layout_name())
        ratio = self.devicePixelRatioF()
        dpi = PREVIEW_HEIGHT * ratio / (297 / 25.4)
        image = render_page_image(
            self.items, layout, self.page, dpi=dpi, skip=self.skip_box.value()
        )
        image.setDevicePixelRatio(ratio)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.page_label.setText(
            self.tr("Trang %1/%2")
            .replace("%1", str(self.page + 1))
            .replace("%2", str(max(1, self.pages)))
        )
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page + 1 < self.pages)

    # -- saving ----------------------------------------------------------------------------------
    def ask_save(self) -> None:
        default = Path.home() / self.tr("tem-ma-vach.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tem mã vạch"), str(default), self.tr("Tệp PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> int | None:
        """Write the PDF; returns the page count, or None with the problem shown."""
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        # on the GUI thread: ~1 s for 1 000 labels (16 pages); a worker would paint fonts
        # off the GUI thread for little gain
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            items, _notes = self._items()
            pages = write_labels_pdf(
                items, get_layout(self.layout_name()), target, skip=self.skip_box.value()
            )
        except UserFacingError as exc:
            self.problem.setText(exc.message.render(QCoreApplication.translate))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.summary.setText(
            self.tr("Đã lưu %1 tem (%2 trang) vào %3")
            .replace("%1", str(len(items)))
            .replace("%2", str(pages))
            .replace("%3", str(target))
        )
        return pages
