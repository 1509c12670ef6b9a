"""The catalog room: search and filters on top, the product list or photo grid, the editor beside.

The list is a lazy model (rows fetched as the view scrolls); typing in the
search box re-queries after a short pause. Long jobs (import, export, demo
shop) run on workers with a progress dialog that appears after half a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.catalog.products import list_categories
from app.catalog.search import SearchQuery
from app.i18n import QT_TRANSLATE_NOOP
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.ui.catalog.empty_state import CatalogEmptyState
from app.ui.catalog.grid_delegate import GridDelegate
from app.ui.catalog.product_model import (
    ID_ROLE,
    NAME,
    PAGE,
    PRICE,
    SKU,
    STATUS,
    STOCK,
    ProductListModel,
)
from app.ui.catalog.thumbnails import ThumbnailCache
from app.ui.widgets.delayed_progress import run_with_progress

if TYPE_CHECKING:
    from app.ui.catalog.editor import ProductEditor

SEARCH_DEBOUNCE_MS = 150
_T = "CatalogRoom"  # translation context of self.tr() in this class
SORTS = (
    ("name", False, QT_TRANSLATE_NOOP("CatalogRoom", "Tên A→Z")),
    ("name", True, QT_TRANSLATE_NOOP("CatalogRoom", "Tên Z→A")),
    ("price", False, QT_TRANSLATE_NOOP("CatalogRoom", "Giá thấp → cao")),
    ("price", True, QT_TRANSLATE_NOOP("CatalogRoom", "Giá cao → thấp")),
    ("updated", True, QT_TRANSLATE_NOOP("CatalogRoom", "Mới sửa gần đây")),
)
STATUS_FILTERS = (
    (None, QT_TRANSLATE_NOOP("CatalogRoom", "Mọi trạng thái")),
    ("active", QT_TRANSLATE_NOOP("CatalogRoom", "Đang bán")),
    ("draft", QT_TRANSLATE_NOOP("CatalogRoom", "Nháp")),
    ("archived", QT_TRANSLATE_NOOP("CatalogRoom", "Ngừng bán")),
)


# Secondary buttons need an edge to read as buttons for people new to computers; the
# shell's stylesheet keeps them flat, so the room adds one (primary buttons keep the shell's look).
ROOM_STYLE = """
QPushButton { border: 1px solid #c9b8a3; background: #ffffff; color: #3b1f06; min-height: 24px; }
QPushButton:hover { background: #fdf2e3; }
QPushButton:checked { background: #f6d7a7; border-color: #c0621a; }
QPushButton:disabled { color: #a89a8a; border-color: #e2d8cc; }
QPushButton#Primary { background: #c0621a; color: white; border: none; }
"""


class CatalogRoom(QWidget):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogRoom")
        self.setStyleSheet(ROOM_STYLE)
        self.context = context
        self.store = MediaStore(context.paths)
        self.thumbnails = ThumbnailCache(self.store, context.tasks, self)
        self.model = ProductListModel(context.db.sessions, self.thumbnails, self)
        self.thumbnails.on_ready = self.model.thumbnail_ready
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build()
        self.reload_categories()
        self.apply_filters()
        context.links.watch_arrivals(self._changes_arrived)
        self._tools = None
        # scanner, labels, categories: built right after the list's first paint (they import
        # the barcode library), or at once when something asks for them
        QTimer.singleShot(0, lambda: self.tools)

    @property
    def tools(self):
        if self._tools is None:
            from app.ui.catalog.room_tools import CatalogTools

            self._tools = CatalogTools(self)
        return self._tools

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        bar = QHBoxLayout()
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("CatalogSearch")
        self.search_box.setPlaceholderText(self.tr("Tìm sản phẩm (gõ không dấu cũng được)"))
        self.search_box.setToolTip(
            self.tr(
                "Gõ có dấu hoặc không dấu, ví dụ \u201cman tuyn\u201d tìm \u201cMàn tuyn\u201d."
            )
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(40)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        bar.addWidget(self.search_box, 3)
        self.category_filter = QComboBox(self)
        self.category_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addWidget(self.category_filter, 1)
        self.status_filter = QComboBox(self)
        for key, text in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(text), key)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addWidget(self.status_filter, 1)
        self.low_stock = QCheckBox(self.tr("Sắp hết hàng"), self)
        self.low_stock.toggled.connect(lambda _v: self.apply_filters())
        bar.addWidget(self.low_stock)
        self.sort_box = QComboBox(self)
        for _key, _desc, text in SORTS:
            self.sort_box.addItem(self.tr(text))
        self.sort_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addWidget(self.sort_box, 1)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.actions_bar = actions  # CatalogTools adds its buttons here
        self.add_button = QPushButton(self.tr("Thêm sản phẩm"), self)
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.new_product)
        self.import_button = QPushButton(self.tr("Nhập từ Excel"), self)
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("Xuất ra Excel / Shopee / TikTok"), self)
        self.export_button.clicked.connect(self.open_export)
        self.list_button = QPushButton(self.tr("Danh sách"), self)
        self.grid_button = QPushButton(self.tr("Lưới ảnh"), self)
        views = QButtonGroup(self)
        for index, button in enumerate((self.list_button, self.grid_button)):
            button.setCheckable(True)
            views.addButton(button, index)
        self.list_button.setChecked(True)
        views.idClicked.connect(self.show_view)
        self.count_label = QLabel(self)
        for widget in (self.add_button, self.import_button, self.export_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addWidget(self.list_button)
        actions.addWidget(self.grid_button)
        layout.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.pages = QStackedWidget(self.splitter)
        self.empty_state = CatalogEmptyState(self.pages)
        self.empty_state.add_requested.connect(self.new_product)
        self.empty_state.import_requested.connect(self.open_import)
        self.empty_state.demo_requested.connect(self.create_demo_shop)
        self.table = QTableView(self.pages)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(QSize(40, 40))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # a wrapped SKU reads as two codes; elide instead
        # long names keep their start and end ("Màn tuyn … 2m2"); the full name is the tooltip
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setColumnWidth(SKU, 160)
        header = self.table.horizontalHeader()
        for column in (
            PRICE,
            STOCK,
            STATUS,
        ):  # narrow columns give the name room when the editor is open
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.grid = QListView(self.pages)
        self.grid.setModel(self.model)
        self.grid.setModelColumn(NAME)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(150, 150))
        self.grid.setGridSize(QSize(180, 220))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setItemDelegate(GridDelegate(self.grid))  # name and price under each photo
        self.grid.activated.connect(self._open_index)
        self.grid.doubleClicked.connect(self._open_index)
        for page in (self.empty_state, self.table, self.grid):
            self.pages.addWidget(page)
        self._editor: ProductEditor | None = None  # built on first use: the list paints sooner
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 3)
        layout.addWidget(self.splitter, 1)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.search_box.setFocus)
        add = QShortcut(QKeySequence.StandardKey.New, self)
        add.activated.connect(self.new_product)

    # -- filters ----------------------------------------------------------------------
    def reload_categories(self) -> None:
        with session_scope(self.context.db.sessions) as session:
            self._show_categories(list_categories(session))

    def _show_categories(self, categories: list[tuple[str, str]]) -> None:
        shown = [
            (self.category_filter.itemData(i), self.category_filter.itemText(i))
            for i in range(1, self.category_filter.count())
        ]
        if shown == categories:
            return  # nothing new: the open list and the choice stay as they are
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("Mọi danh mục"), None)
        for category_id, name in categories:
            self.category_filter.addItem(name, category_id)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)

    def current_query(self) -> SearchQuery:
        sort, descending, _ = SORTS[max(0, self.sort_box.currentIndex())]
        return SearchQuery(
            text=self.search_box.text(),
            category_id=self.category_filter.currentData(),
            status=self.status_filter.currentData(),
            low_stock=self.low_stock.isChecked(),
            sort=sort,
            descending=descending,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        self.model.set_query(query)
        self._show_list_or_empty(query)

    def _show_list_or_empty(self, query: SearchQuery) -> None:
        filtered = bool(query.text.strip() or query.category_id or query.status or query.low_stock)
        if self.model.total == 0 and not filtered:
            self.pages.setCurrentWidget(self.empty_state)
        else:
            self.pages.setCurrentWidget(self.grid if self.grid_button.isChecked() else self.table)
        self.count_label.setText(
            self.tr("%1 sản phẩm").replace("%1", f"{self.model.total:,}".replace(",", "."))
        )

    def show_view(self, which: int) -> None:
        if self.pages.currentWidget() is not self.empty_state:
            self.pages.setCurrentWidget(self.grid if which == 1 else self.table)

    # -- editing -------------------------------------------------------------------------
    def _open_index(self, index) -> None:
        product_id = index.data(ID_ROLE)
        if product_id:
            self.open_product(product_id)

    @property
    def editor(self) -> ProductEditor:
        if self._editor is None:
            from app.ui.catalog.editor import ProductEditor  # on first use: the list paints sooner

            editor = ProductEditor(self.context, self.splitter)
            editor.saved.connect(self._product_saved)
            editor.closed.connect(editor.hide)
            editor.closed.connect(lambda: self._narrow_list(False))
            editor.deleted.connect(self._product_deleted)
            self.splitter.addWidget(editor)
            self.splitter.setStretchFactor(1, 2)
            # the form wants ~570 px; the list narrows first (names elide in the middle)
            total = max(self.splitter.width(), 1)
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
            self._editor = editor
        return self._editor

    def open_product(self, product_id: str | None) -> None:
        self.editor.load(product_id)
        if product_id is None:
            self.editor.tabs.setCurrentIndex(0)  # a new product starts with its details
        self.editor.show()
        self._narrow_list(True)
        self.editor.name.setFocus()

    def _narrow_list(self, editor_open: bool) -> None:
        """Beside the editor the list keeps name, price and stock; SKU and status are in the form."""
        for column in (SKU, STATUS):
            self.table.setColumnHidden(column, editor_open)

    def new_product(self) -> None:
        self.open_product(None)

    def _product_deleted(self, _product_id: str) -> None:
        self.editor.hide()
        self._narrow_list(False)
        self.apply_filters()

    def _product_saved(self, product_id: str) -> None:
        self.reload_categories()
        self.apply_filters()
        row = self.model.row_of(product_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- long jobs ------------------------------------------------------------------------
    def run_job(self, fn, *, label: str, on_done, kind: str = "db"):
        handle = run_with_progress(
            self.context.tasks,
            self,
            fn,
            kind=kind,
            on_done=on_done,
            label=label,
        )
        return handle

    def create_demo_shop(self):
        from app.catalog.demo import load_demo

        sessions, store = self.context.db.sessions, self.store

        def work(progress, cancel):
            with session_scope(sessions) as session:
                return load_demo(session, store, progress=progress, cancel=cancel)

        return self.run_job(
            work, label=self.tr("Đang tạo cửa hàng mẫu…"), on_done=self._after_bulk_change
        )

    def _after_bulk_change(self, _result=None) -> None:
        self.reload_categories()
        self.apply_filters()

    def _changes_arrived(self) -> None:
        """A sync brought another PC's edits: the list shows them, the chosen row stays chosen.

        The page is read on a worker: a sync often ends while the seller is typing, and
        the UI thread has no 20–30 ms to spare then.
        """
        query, sessions = self.model.query, self.context.db.sessions

        def read(_progress, _cancel):
            from app.catalog import search

            with session_scope(sessions) as session:
                total = search.count(session, query)
                rows = search.fetch_rows(session, query, limit=PAGE, offset=0)
                return total, rows, list_categories(session)

        self.context.tasks.submit(
            read, on_done=lambda result: self._show_arrived(query, *result), label=None
        )

    def _show_arrived(self, query: SearchQuery, total: int, rows, categories) -> None:
        self._show_categories(categories)  # another PC may have added or renamed one
        if self.model.query != query:
            return  # the seller searched meanwhile: that search read the new rows already
        chosen = self.model.row_at(self.table.currentIndex().row())
        product_id = chosen.id if chosen is not None else None
        self.model.show_read_page(query, rows, total)
        self._show_list_or_empty(query)
        row = self.model.row_of(product_id) if product_id else -1
        if row >= 0:
            self.table.selectRow(row)

    def open_import(self) -> None:
        from app.ui.catalog.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, self)
        wizard.imported.connect(self._after_bulk_change)
        wizard.open()

    def open_export(self) -> None:
        from app.ui.catalog.export_dialog import ExportDialog

        ExportDialog(self.context, self).open()
