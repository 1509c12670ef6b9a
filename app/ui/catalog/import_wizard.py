"""Import from Excel/CSV in three steps: choose the file, match the columns, check and import.

Reading and checking run on workers; nothing is written until the last button,
and then in one transaction (all rows, or only the good ones if the user says so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.catalog.io.columns import FIELDS, guess_mapping, missing_required
from app.catalog.io.importer import ImportPreview, apply_import, preview_import
from app.catalog.io.tables import Table, read_table
from app.store.engine import session_scope
from app.ui.widgets.delayed_progress import run_with_progress


class ImportWizard(QDialog):
    imported = Signal(object)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập sản phẩm từ Excel"))
        self.resize(860, 600)
        self.context = context
        self.table: Table | None = None
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget(self)
        layout.addWidget(self.steps, 1)
        self._build_choose()
        self._build_mapping()
        self._build_preview()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    # -- step 1 -----------------------------------------------------------------------
    def _build_choose(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Chọn tệp Excel (.xlsx) hoặc CSV. Dòng đầu là tên cột, ví dụ: Tên sản phẩm, Mã SKU, "
                "Giá bán, Tồn kho, Kích thước, Màu. Chưa có gì được ghi cho đến bước cuối."
            ),
            page,
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        choose = QPushButton(self.tr("Chọn tệp…"), page)
        choose.setObjectName("Primary")
        choose.setMinimumHeight(48)
        choose.clicked.connect(self._ask_file)
        box.addWidget(choose)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._cancel_button(page))
        box.addLayout(row)
        self.steps.addWidget(page)

    def _ask_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bảng tính"), "", self.tr("Bảng tính (*.xlsx *.csv)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path):
        self.path = path
        handle = run_with_progress(
            self.context.tasks,
            self,
            lambda progress, cancel: read_table(path, progress, cancel),
            kind="work",
            on_done=self._file_read,
            label=self.tr("Đang đọc bảng tính…"),
        )
        return handle

    def _file_read(self, table: Table) -> None:
        self.table = table
        self.show_mapping(guess_mapping(table.headers))

    # -- step 2 -----------------------------------------------------------------------
    def _build_mapping(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addWidget(
            QLabel(
                self.tr(
                    "Ghép mỗi cột trong tệp với thông tin sản phẩm (cột không cần thì để \u201cBỏ qua\u201d)."
                ),
                page,
            )
        )
        self.mapping_table = QTableWidget(0, 3, page)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Cột trong tệp"), self.tr("Ví dụ"), self.tr("Là thông tin")]
        )
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setWordWrap(False)
        box.addWidget(self.mapping_table, 1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Quay lại"), page)
        back.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        self.check_button = QPushButton(self.tr("Kiểm tra dữ liệu"), page)
        self.check_button.setObjectName("Primary")
        self.check_button.clicked.connect(self.run_preview)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self._cancel_button(page))
        row.addWidget(self.check_button)
        box.addLayout(row)
        self.steps.addWidget(page)

    def show_mapping(self, mapping: dict[int, str]) -> None:
        assert self.table is not None
        headers = self.table.headers
        self.mapping_table.setRowCount(len(headers))
        sample = self.table.rows[0] if self.table.rows else []
        for index, header in enumerate(headers):
            self.mapping_table.setItem(index, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(
                index, 1, QTableWidgetItem(sample[index] if index < len(sample) else "")
            )
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("— Bỏ qua —"), None)
            for key, (label, _aliases) in FIELDS.items():
                combo.addItem(QCoreApplication.translate("catalog", label), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            self.mapping_table.setCellWidget(index, 2, combo)
        # the file's own column names and the headers are shown whole (they are what people match)
        for column in (0, 1):
            self.mapping_table.resizeColumnToContents(column)
            width = self.mapping_table.columnWidth(column)
            self.mapping_table.setColumnWidth(column, min(width, 320))
        self.steps.setCurrentIndex(1)
        self._show_missing()

    def mapping(self) -> dict[int, str]:
        result = {}
        for row in range(self.mapping_table.rowCount()):
            key = self.mapping_table.cellWidget(row, 2).currentData()
            if key:
                result[row] = key
        return result

    def set_field(self, column: int, key: str | None) -> None:
        combo = self.mapping_table.cellWidget(column, 2)
        combo.setCurrentIndex(max(0, combo.findData(key)))

    def _show_missing(self) -> bool:
        missing = missing_required(self.mapping())
        if missing:
            names = ", ".join(
                QCoreApplication.translate("catalog", FIELDS[key][0]) for key in missing
            )
            self.status.setText(self.tr("Còn thiếu cột bắt buộc: %1.").replace("%1", names))
        else:
            self.status.setText("")
        return not missing

    def run_preview(self):
        if self.table is None or not self._show_missing():
            return None
        table, mapping, sessions = self.table, self.mapping(), self.context.db.sessions

        def work(progress, cancel):
            with session_scope(sessions) as session:
                return preview_import(session, table, mapping, progress, cancel)

        handle = run_with_progress(
            self.context.tasks,
            self,
            work,
            kind="db",
            on_done=self.show_preview,
            label=self.tr("Đang kiểm tra từng dòng…"),
        )
        return handle

    # -- step 3 -----------------------------------------------------------------------
    def _build_preview(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("EmptyBody")
        box.addWidget(self.summary)
        self.issues_model = QStringListModel(self)
        self.issues_view = QListView(page)
        self.issues_view.setModel(self.issues_model)
        box.addWidget(self.issues_view, 1)
        self.all_or_nothing = QRadioButton(self.tr("Chỉ nhập khi mọi dòng đều đúng"), page)
        self.good_rows_only = QRadioButton(self.tr("Nhập các dòng đúng, bỏ qua các dòng lỗi"), page)
        self.all_or_nothing.setChecked(True)
        box.addWidget(self.all_or_nothing)
        box.addWidget(self.good_rows_only)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Quay lại ghép cột"), page)
        back.clicked.connect(lambda: self.steps.setCurrentIndex(1))
        self.import_button = QPushButton(self.tr("Nhập vào cửa hàng"), page)
        self.import_button.setObjectName("Primary")
        self.import_button.clicked.connect(self.run_import)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self._cancel_button(page))
        row.addWidget(self.import_button)
        box.addLayout(row)
        self.steps.addWidget(page)
        self._build_done()

    def _cancel_button(self, page: QWidget) -> QPushButton:
        """Every step can be left: nothing is written before the last one."""
        button = QPushButton(self.tr("Huỷ"), page)
        button.setObjectName("ImportCancel")
        button.clicked.connect(self.reject)
        return button

    # -- step 4: what was imported ---------------------------------------------------
    def _build_done(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.done_summary = QLabel(page)
        self.done_summary.setObjectName("EmptyBody")
        self.done_summary.setWordWrap(True)
        box.addWidget(self.done_summary)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Xong"), page)
        close.setObjectName("Primary")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        box.addLayout(row)
        self.steps.addWidget(page)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.summary.setText(
            self.tr(
                "%1 dòng: %2 sản phẩm mới, %3 sản phẩm sẽ được cập nhật theo mã SKU, %4 dòng lỗi."
            )
            .replace("%1", str(preview.total_rows))
            .replace("%2", str(preview.to_create))
            .replace("%3", str(preview.to_update))
            .replace("%4", str(len(preview.bad_rows)))
        )
        lines = [
            self.tr("Dòng %1").replace("%1", str(i.row))
            + ": "
            + i.message.render(QCoreApplication.translate)
            for i in [*preview.issues, *preview.notes]  # notes: photo links, added later
        ]
        self.issues_model.setStringList(lines or [self.tr("Không có dòng lỗi.")])
        self.good_rows_only.setEnabled(bool(preview.issues))
        self.all_or_nothing.setChecked(True)
        self.steps.setCurrentIndex(2)

    def run_import(self):
        if self.preview is None:
            return None
        preview, sessions, skip = (
            self.preview,
            self.context.db.sessions,
            self.good_rows_only.isChecked(),
        )
        from app.store.media import MediaStore

        store = MediaStore(self.context.paths)
        handle = run_with_progress(
            self.context.tasks,
            self,
            lambda progress, cancel: apply_import(
                sessions, preview, skip_bad_rows=skip, store=store, progress=progress, cancel=cancel
            ),
            kind="db",
            on_done=self._finished,
            label=self.tr("Đang nhập sản phẩm…"),
        )
        return handle

    def _finished(self, result) -> None:
        """Stay open on a last page that says what came in (closing at once hid it)."""
        lines = [
            self.tr("Đã nhập xong từ tệp \u201c%1\u201d:").replace(
                "%1", self.path.name if self.path else ""
            ),
            self.tr("• %1 sản phẩm mới").replace("%1", str(result.created)),
            self.tr("• %1 sản phẩm được cập nhật").replace("%1", str(result.updated)),
        ]
        if result.photos_added:
            lines.append(self.tr("• %1 ảnh").replace("%1", str(result.photos_added)))
        if result.skipped_rows:
            lines.append(
                self.tr("• Bỏ qua các dòng lỗi: %1").replace(
                    "%1", ", ".join(str(row) for row in result.skipped_rows)
                )
            )
        self.done_summary.setText("\n".join(lines))
        self.status.setText(
            self.tr("Đã nhập: %1 sản phẩm mới, %2 cập nhật.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
        )
        self.steps.setCurrentIndex(3)
        self.imported.emit(result)
