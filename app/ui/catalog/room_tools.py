"""The catalog room's chores beyond editing: a scanned code opens its product, label
printing, and category tidying (dialog + the category filter's right-click menu).

Kept apart from ``room.py`` (which owns the room's layout): the room makes one
``CatalogTools(self)`` and gives it its action bar. Category changes go on the
room's ``undo_stack``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QPushButton

from app.catalog.barcodes import product_for_code
from app.errors import UserFacingError
from app.store.engine import session_scope
from app.store.models import Product
from app.ui.catalog.category_dialog import (
    CategoryActions,
    CategoryDialog,
    ask_delete,
    ask_merge,
    ask_rename,
)
from app.ui.catalog.product_model import ID_ROLE
from app.ui.catalog.scanner import ScannerListener

NOTICE_MS = 8000


class CatalogTools(QObject):
    def __init__(self, room) -> None:
        super().__init__(room)
        self.room = room
        self.last_notice = ""
        if getattr(room, "undo_stack", None) is None:
            room.undo_stack = QUndoStack(room)
        self.categories = CategoryActions(
            room.context.db.sessions, room.undo_stack, self._categories_changed
        )
        self.categories.on_problem = self._category_problem
        self.labels_button = QPushButton(self.tr("In tem mã vạch"), room)
        self.labels_button.setToolTip(self.tr("In tem có tên, giá và mã vạch ra tờ A4 (PDF)"))
        self.labels_button.clicked.connect(self.open_labels)
        self.categories_button = QPushButton(self.tr("Sửa danh mục"), room)
        self.categories_button.setToolTip(self.tr("Đổi tên, gộp hoặc xoá danh mục"))
        self.categories_button.clicked.connect(self.open_categories)
        # the action bar is full at 1280 px: labels go there, category tidying sits beside the
        # category filter, where the search box (which stretches) gives it room
        bar = getattr(room, "actions_bar", None)
        if bar is not None:
            bar.insertWidget(bar.indexOf(room.export_button) + 1, self.labels_button)
        filters = room.category_filter.parentWidget().layout()
        row = _layout_holding(filters, room.category_filter) if filters is not None else None
        if row is not None:
            row.insertWidget(row.indexOf(room.category_filter) + 1, self.categories_button)
        room.category_filter.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        room.category_filter.customContextMenuRequested.connect(self._category_menu)
        self.scanner = ScannerListener(self._scanner_window, self)
        self.scanner.scanned.connect(self.open_code)
        # On the room's window, not the application: a Python filter on the application runs
        # for every event of every widget, each time taking the GIL, which a sync worker holds
        # in 5 ms turns — typing stalled by tens of ms while syncing. Keys reach the window first.
        self._listen_on(room.window().windowHandle())
        QApplication.instance().focusWindowChanged.connect(self._listen_on)
        room.search_box.returnPressed.connect(self._search_enter)

    # -- scanner -------------------------------------------------------------------------
    def _listen_on(self, window) -> None:
        """The room's window exists once it is first shown; installing twice is harmless."""
        try:
            mine = self.room.window().windowHandle()
        except RuntimeError:  # the room is gone (its C++ side deleted before this object)
            return
        if window is not None and window is mine:
            window.installEventFilter(self.scanner)

    def _scanner_window(self):
        room = self.room
        if not room.isVisible() or QApplication.activeModalWidget() is not None:
            return None
        return room.window().windowHandle()

    def _search_enter(self) -> None:
        """Enter in the search box: an exact barcode/SKU opens its product; other text stays a search."""
        text = self.room.search_box.text().strip()
        if text and self._product_for(text) is not None:
            self.open_code(text)

    def _product_for(self, code: str) -> str | None:
        with session_scope(self.room.context.db.sessions) as session:
            return product_for_code(session, code)

    def open_code(self, code: str) -> bool:
        """A scanned (or typed) code: open the product whose barcode or SKU it is."""
        product_id = self._product_for(code)
        if product_id is None:
            self.notice(
                self.tr(
                    "Không có sản phẩm nào có mã vạch hoặc SKU \u201c%1\u201d. Hãy nhập mã này "
                    "vào ô Mã vạch của sản phẩm rồi quét lại."
                ).replace("%1", code)
            )
            return False
        with session_scope(self.room.context.db.sessions) as session:
            name = session.get(Product, product_id).name
        self.room.open_product(product_id)
        row = self.room.model.row_of(product_id)
        if row >= 0:
            self.room.table.selectRow(row)
        self.notice(
            self.tr("Đã mở \u201c%1\u201d (mã %2).").replace("%1", name).replace("%2", code)
        )
        return True

    def notice(self, text: str) -> None:
        self.last_notice = text
        window = self.room.window()
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, NOTICE_MS)

    # -- labels ----------------------------------------------------------------------------
    def selected_product_ids(self) -> list[str]:
        view = self.room.grid if self.room.grid.isVisible() else self.room.table
        product_id = view.currentIndex().data(ID_ROLE) if view.currentIndex().isValid() else None
        return [product_id] if product_id else []

    def open_labels(self):
        from app.ui.catalog.labels_dialog import LabelsDialog

        dialog = LabelsDialog(self.room.context, self.selected_product_ids(), self.room)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- categories ------------------------------------------------------------------------
    def open_categories(self) -> CategoryDialog:
        dialog = CategoryDialog(self.categories, self.room)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _categories_changed(self) -> None:
        room = self.room
        room.reload_categories()
        room.apply_filters()
        editor = room._editor
        if editor is not None and editor.isVisible() and editor.undo_stack.isClean():
            editor.load(editor.product_id)  # its category list and search text follow the change

    def _category_problem(self, exc: UserFacingError) -> None:
        from PySide6.QtCore import QCoreApplication

        self.notice(exc.message.render(QCoreApplication.translate))

    def _category_menu(self, position) -> None:
        room = self.room
        menu = QMenu(room)
        category_id = room.category_filter.currentData()
        info = next((c for c in self.categories.overview()[0] if c.id == category_id), None)
        if info is not None:
            menu.addAction(
                self.tr("Đổi tên \u201c%1\u201d…").replace("%1", info.name),
                lambda: ask_rename(room, self.categories, info),
            )
            menu.addAction(
                self.tr("Gộp vào danh mục khác…"), lambda: ask_merge(room, self.categories, info)
            )
            menu.addAction(
                self.tr("Xoá danh mục…"), lambda: ask_delete(room, self.categories, info)
            )
            menu.addSeparator()
        undo = room.undo_stack.createUndoAction(menu, self.tr("Hoàn tác"))
        redo = room.undo_stack.createRedoAction(menu, self.tr("Làm lại"))
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        menu.addAction(self.tr("Quản lý danh mục…"), self.open_categories)
        menu.exec(room.category_filter.mapToGlobal(position))


def _layout_holding(layout, widget):
    """The (nested) box layout that holds ``widget``: the room keeps no name for its rows."""
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        found = _layout_holding(child, widget) if child is not None else None
        if found is not None:
            return found
    return None
