"""The product editor: fields with inline validation, variants, undo/redo and a crash-proof draft.

Every change is an undo step (typing in one field merges into one) and, a
moment later, a draft row in the database — so a crash or power cut loses at
most the last ~0.4 s of typing. Saving validates first and shows each problem
under its field; the write itself runs on the database worker.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.catalog.drafts import discard_draft, load_draft, save_draft
from app.catalog.product_data import ProductData, VariantData, validate
from app.catalog.products import list_categories, load_product, save_product
from app.store.engine import session_scope
from app.ui.catalog.photo_strip import PhotoPanel
from app.ui.catalog.product_form import ProductInfoForm
from app.ui.catalog.stock_panel import StockPanel
from app.ui.catalog.undo import RowCommand, SetValueCommand
from app.ui.catalog.variants_table import VariantsTable
from app.ui.error_dialogs import show_exception
from app.ui.widgets.flow_layout import flow_row
from app.ui.widgets.scrolling import scrolling

log = logging.getLogger(__name__)
DRAFT_DEBOUNCE_MS = 400
TEXT_FIELDS = ("name", "tags", "unit", "option1_name", "option2_name")


class ProductEditor(QWidget):
    saved = Signal(str)
    deleted = Signal(str)
    closed = Signal()

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductEditor")
        # No fixed minimum: pages scroll and button rows wrap, so the list and the editor
        # share a 1280×720 window without cutting either.
        self.context = context
        self.undo_stack = QUndoStack(self)
        self.product_id: str | None = None
        self._loading = False
        self._values: dict[str, Any] = {}
        self._errors: dict[str, QLabel] = {}
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._build()

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("EditorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        self.form = ProductInfoForm(self)
        for key in (
            *TEXT_FIELDS,
            "description",
            "category",
            "status",
            "weight_g",
            "dims",
            "show_in_showcase",
        ):
            setattr(self, key, getattr(self.form, key))
        self._errors = self.form.errors
        info = scrolling(self.form, self)  # a short window scrolls the form, never cuts it
        self.tabs.addTab(info, self.tr("Thông tin"))

        variants_page = QWidget(self)
        variants_layout = QVBoxLayout(variants_page)
        self.variants = VariantsTable(variants_page)
        variants_layout.addWidget(self.variants, 1)
        self.variant_errors = QLabel(variants_page)
        self.variant_errors.setStyleSheet("color: #b03a2e;")
        self.variant_errors.setWordWrap(True)
        variants_layout.addWidget(self.variant_errors)
        add = QPushButton(self.tr("Thêm phân loại"), variants_page)
        add.clicked.connect(self.add_variant)
        remove = QPushButton(self.tr("Xoá phân loại đang chọn"), variants_page)
        remove.clicked.connect(lambda: self.remove_variant(self.variants.currentRow()))
        variants_layout.addWidget(flow_row(variants_page, [add, remove]))
        self.tabs.addTab(variants_page, self.tr("Phân loại và giá"))
        self.photos = PhotoPanel(self.context, self)
        self.photos.undo_stack = self.undo_stack
        self.tabs.addTab(self.photos, self.tr("Ảnh"))
        self.stock = StockPanel(self.context, self)
        self.tabs.addTab(self.stock, self.tr("Kho hàng"))

        self.undo_button = QPushButton(self.tr("Hoàn tác"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button = QPushButton(self.tr("Làm lại"), self)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.redo_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Lưu sản phẩm"), self)
        self.save_button.setObjectName("Primary")
        self.save_button.setMinimumWidth(160)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Đóng"), self)
        close.clicked.connect(self.close_editor)
        self.delete_button = QPushButton(self.tr("Xoá sản phẩm"), self)
        self.delete_button.clicked.connect(self.confirm_delete)
        # wraps to a second line in a narrow pane: every button stays whole and visible
        row = [self.undo_button, self.redo_button, self.delete_button, close, self.save_button]
        layout.addWidget(flow_row(self, row))
        undo_action = self.undo_stack.createUndoAction(self, self.tr("Hoàn tác"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self, self.tr("Làm lại"))
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo_action, redo_action])
        self._connect_changes()

    def _connect_changes(self) -> None:
        for key in TEXT_FIELDS:
            getattr(self, key).textEdited.connect(lambda text, k=key: self._record(k, text))
        self.description.textChanged.connect(
            lambda: self._record("description", self.description.toPlainText())
        )
        self.category.currentTextChanged.connect(lambda text: self._record("category", text))
        self.status.currentIndexChanged.connect(
            lambda _i: self._record("status", self.status.currentData())
        )
        self.weight_g.valueChanged.connect(lambda v: self._record("weight_g", v))
        for key, box in self.dims.items():
            box.valueChanged.connect(lambda v, k=key: self._record(k, v))
        self.show_in_showcase.toggled.connect(lambda v: self._record("show_in_showcase", v))
        self.variants.cell_edited.connect(self._record_cell)

    # -- values ----------------------------------------------------------------
    def _record(self, key: str, value: Any) -> None:
        if self._loading:
            return
        old = self._values.get(key)
        if old == value:
            return
        self._values[key] = value
        self.undo_stack.push(
            SetValueCommand(key, old, value, self._apply, self.tr("Sửa thông tin sản phẩm"))
        )
        self._changed()

    def _record_cell(self, row: int, column: int, old: str, new: str) -> None:
        key = f"cell:{row}:{column}"
        self.undo_stack.push(SetValueCommand(key, old, new, self._apply, self.tr("Sửa phân loại")))
        self._changed()

    def _apply(self, key: str, value: Any) -> None:
        """Put a value back into its widget (undo/redo) without recording it again."""
        self._loading = True
        try:
            if key.startswith("cell:"):
                _, row, column = key.split(":")
                self.variants.set_cell(int(row), int(column), value)
            elif key in TEXT_FIELDS:
                getattr(self, key).setText(value or "")
            elif key == "description":
                self.description.setPlainText(value or "")
            elif key == "category":
                self.category.setCurrentText(value or "")
            elif key == "status":
                self.status.setCurrentIndex(max(0, self.status.findData(value)))
            elif key == "weight_g":
                self.weight_g.setValue(int(value or 0))
            elif key in self.dims:
                self.dims[key].setValue(float(value or 0))
            elif key == "show_in_showcase":
                self.show_in_showcase.setChecked(bool(value))
            if not key.startswith("cell:"):
                self._values[key] = value
        finally:
            self._loading = False
        self._changed()

    def _changed(self) -> None:
        self._draft_timer.start()
        if self._errors_shown:
            self.show_errors()

    _errors_shown = False

    def add_variant(self) -> None:
        row = self.variants.rowCount()
        self.undo_stack.push(
            RowCommand(
                self.tr("Thêm phân loại"),
                lambda: self._insert_variant(row, None),
                lambda: self._take_variant(row),
            )
        )

    def remove_variant(self, row: int) -> None:
        if self.variants.rowCount() <= 1 or not 0 <= row < self.variants.rowCount():
            return
        removed = self.variants.variants(strict=False)[row]
        self.undo_stack.push(
            RowCommand(
                self.tr("Xoá phân loại"),
                lambda: self._take_variant(row),
                lambda: self._insert_variant(row, removed),
            )
        )

    def _insert_variant(self, row: int, variant) -> None:
        self.variants.insert_variant(row, variant)
        self._changed()

    def _take_variant(self, row: int) -> None:
        self.variants.remove_row(row)
        self._changed()

    # -- load / collect ------------------------------------------------------------
    def load(self, product_id: str | None) -> None:
        """Open a product (``None``: a new one); a draft left by a crash is restored on top."""
        with session_scope(self.context.db.sessions) as session:  # tiny reads
            categories = list_categories(session)
            data = load_product(session, product_id) if product_id else None
            draft = load_draft(session, product_id)
        self.product_id = product_id
        self._categories = dict(categories)
        self._loading = True
        try:
            self.category.clear()
            self.category.addItem("", None)
            for category_id, name in categories:
                self.category.addItem(name, category_id)
        finally:
            self._loading = False
        base = data or ProductData(variants=[VariantData()])
        self.show_data(draft or base)
        self.undo_stack.clear()
        if draft is not None:
            self.banner.setText(
                self.tr(
                    "Đã khôi phục phần bạn đang gõ dở lần trước. Bấm \u201cLưu sản phẩm\u201d để giữ lại."
                )
            )
            self.banner.show()
        else:
            self.banner.hide()
        self._errors_shown = False
        self.show_errors({})
        self.photos.load(product_id)
        self.stock.load(product_id)
        self.delete_button.setEnabled(product_id is not None)

    def show_data(self, data: ProductData) -> None:
        self._loading = True
        try:
            for key in TEXT_FIELDS:
                getattr(self, key).setText(getattr(data, key))
            self.description.setPlainText(data.description)
            name = self._categories.get(data.category_id, "") if data.category_id else ""
            self.category.setCurrentText(name)
            self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
            self.weight_g.setValue(data.weight_g or 0)
            for key, box in self.dims.items():
                box.setValue(getattr(data, key) or 0)
            self.show_in_showcase.setChecked(data.show_in_showcase)
            self.variants.set_variants(data.variants or [VariantData()])
        finally:
            self._loading = False
        self._values = {
            key: getattr(data, key)
            for key in (*TEXT_FIELDS, "description", "status", "show_in_showcase")
        }
        self._values.update(
            {
                "category": self.category.currentText(),
                "weight_g": self.weight_g.value(),
                **{k: b.value() for k, b in self.dims.items()},
            }
        )

    def collect(self, *, strict: bool = False) -> ProductData:
        name = self.category.currentText().strip()
        category_id = next((cid for cid, cname in self._categories.items() if cname == name), None)
        return ProductData(
            id=self.product_id,
            name=self.name.text(),
            description=self.description.toPlainText(),
            category_id=category_id,
            status=self.status.currentData() or "draft",
            tags=self.tags.text(),
            unit=self.unit.text(),
            weight_g=self.weight_g.value() or None,
            length_cm=self.dims["length_cm"].value() or None,
            width_cm=self.dims["width_cm"].value() or None,
            height_cm=self.dims["height_cm"].value() or None,
            show_in_showcase=self.show_in_showcase.isChecked(),
            option1_name=self.option1_name.text(),
            option2_name=self.option2_name.text(),
            variants=self.variants.variants(strict=strict),
        )

    def new_category_name(self) -> str | None:
        name = self.category.currentText().strip()
        return name if name and name not in self._categories.values() else None

    # -- validation --------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        try:
            data = self.collect(strict=True)
        except ValueError as exc:
            row, _column = exc.args
            found["variants"] = self.tr(
                "Dòng %1: giá không đọc được; hãy gõ như 150000, 150k hoặc 1,5tr."
            ).replace("%1", str(row + 1))
            data = self.collect(strict=False)
        for error in validate(data):
            key = "variants" if error.field.startswith("variants") else error.field
            found.setdefault(key, user_message_text(error.message))
        return found

    def show_errors(self, problems: dict[str, str] | None = None) -> bool:
        problems = self.problems() if problems is None else problems
        for key, label in self._errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
        self.variant_errors.setText(problems.get("variants", ""))
        return not problems

    # -- draft, save, close ------------------------------------------------------
    def write_draft(self) -> None:
        data = self.collect(strict=False)
        sessions = self.context.db.sessions

        def work(_progress, _cancel):
            with session_scope(sessions) as session:
                save_draft(session, data)

        # A failed draft write must not interrupt typing; the save itself reports problems.
        self.context.tasks.submit(
            work,
            kind="db",
            label=None,
            on_error=lambda exc: log.warning("draft not written: %s", exc),
        )

    def save(self) -> None:
        self._errors_shown = True
        if not self.show_errors():
            return
        self._draft_timer.stop()
        data = self.collect(strict=True)
        new_category = self.new_category_name()
        sessions = self.context.db.sessions
        original_id = self.product_id

        def work(_progress, _cancel):
            from app.catalog.products import ensure_category

            with session_scope(sessions) as session:
                if new_category:
                    data.category_id = ensure_category(session, new_category)
                product_id = save_product(session, data)
                discard_draft(session, original_id)
                discard_draft(session, product_id)
                return product_id

        self.save_button.setEnabled(False)
        self.context.tasks.submit(
            work,
            kind="db",
            on_done=self._saved,
            on_error=self._save_failed,
            label=self.tr("Đang lưu sản phẩm"),
        )

    def _saved(self, product_id: str) -> None:
        self.save_button.setEnabled(True)
        self.product_id = product_id
        self.banner.hide()
        self.undo_stack.setClean()
        if self.photos.product_id != product_id:  # a new product can now take photos and stock
            self.photos.load(product_id)
            self.stock.load(product_id)
        self.saved.emit(product_id)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_exception(exc, self)

    def confirm_delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.product_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xoá sản phẩm"),
            self.tr(
                "Xoá \u201c%1\u201d khỏi cửa hàng? Các máy khác sẽ được báo xoá khi đồng bộ."
            ).replace("%1", self.name.text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_product()

    def delete_product(self):
        from app.catalog.products import delete_product

        product_id, sessions = self.product_id, self.context.db.sessions

        def work(_progress, _cancel):
            with session_scope(sessions) as session:
                delete_product(session, product_id)
                discard_draft(session, product_id)

        return self.context.tasks.submit(
            work,
            kind="db",
            on_done=lambda _r: self.deleted.emit(product_id),
            on_error=lambda exc: show_exception(exc, self),
        )

    def close_editor(self) -> None:
        self._draft_timer.stop()
        if not self.undo_stack.isClean() and self.undo_stack.count():
            self.write_draft()  # closing keeps the typing; the next open offers it back
        self.closed.emit()


def user_message_text(message) -> str:
    from PySide6.QtCore import QCoreApplication

    return message.render(QCoreApplication.translate)
