"""A lazy table model over the product search: rows arrive a page at a time as the view scrolls.

Qt asks ``canFetchMore``/``fetchMore`` only when the view needs rows past the
ones it has, so at 100 000 products only the visible rows and a margin are
read. Each page is one short read (a few ms), done on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.catalog.list_rows import ProductRow, SearchQuery
from app.i18n import QT_TRANSLATE_NOOP
from app.text import format_vnd

PAGE = 64
NAME, SKU, PRICE, STOCK, STATUS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("catalog", "Tên sản phẩm"),
    QT_TRANSLATE_NOOP("catalog", "Mã SKU"),
    QT_TRANSLATE_NOOP("catalog", "Giá"),
    QT_TRANSLATE_NOOP("catalog", "Tồn kho"),
    QT_TRANSLATE_NOOP("catalog", "Trạng thái"),
)
STATUS_TEXT = {
    "active": QT_TRANSLATE_NOOP("catalog", "Đang bán"),
    "draft": QT_TRANSLATE_NOOP("catalog", "Nháp"),
    "archived": QT_TRANSLATE_NOOP("catalog", "Ngừng bán"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("catalog", text)


class ProductListModel(QAbstractTableModel):
    total_changed = Signal(int)

    def __init__(self, sessions, thumbnails=None, parent=None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._thumbnails = thumbnails  # ThumbnailCache or None
        self._rows: list[ProductRow] = []
        self._query = SearchQuery()
        self._total = 0
        self.rows_fetched = 0  # how many rows were read from the database since the last reset

    # -- query -------------------------------------------------------------
    @property
    def query(self) -> SearchQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def show_first_page(self, rows: list[ProductRow], total: int) -> None:
        """Rows read before the database opened (app.catalog.quick_page): shown, not fetched on."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows)  # no session yet: nothing more to fetch
        self.endResetModel()
        self.total_changed.emit(total)

    def set_query(self, query: SearchQuery) -> None:
        from app.catalog import search  # SQLAlchemy: this module also serves the quick first page
        from app.store.engine import session_scope

        self.beginResetModel()
        self._query = query
        self._rows = []
        self.rows_fetched = 0
        with session_scope(self._sessions) as session:
            self._total = search.count(session, query)
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()  # the first page now: the view paints rows without another round trip
        self.total_changed.emit(self._total)

    def refresh(self) -> None:
        self.set_query(self._query)

    def show_read_page(self, query: SearchQuery, rows: list[ProductRow], total: int) -> None:
        """A first page read on a worker (after a sync): shown, and fetched on as usual."""
        self.beginResetModel()
        self._query = query
        self._rows = list(rows)
        self.rows_fetched = len(self._rows)
        self._total = total
        self.endResetModel()
        self.total_changed.emit(self._total)

    # -- lazy fetching -------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return self._sessions is not None and not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008 - Qt API
        if parent.isValid() or self._sessions is None:
            return
        from app.catalog import search
        from app.store.engine import session_scope

        with session_scope(self._sessions) as session:
            page = search.fetch_rows(session, self._query, limit=PAGE, offset=len(self._rows))
        if not page:
            self._total = len(self._rows)  # the catalog shrank meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.rows_fetched += len(page)
        self.endInsertRows()

    # -- table -------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def row_at(self, row: int) -> ProductRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, product_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == product_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.name
            if column == SKU:
                return (
                    row.sku if row.variant_count <= 1 else f"{row.sku} (+{row.variant_count - 1})"
                )
            if column == PRICE:
                return format_vnd(row.price_from) if row.price_from is not None else ""
            if column == STOCK:
                return str(row.on_hand)
            if column == STATUS:
                return _tr(STATUS_TEXT.get(row.status, row.status))
        elif (
            role == Qt.ItemDataRole.DecorationRole
            and column == NAME
            and self._thumbnails is not None
        ):
            return self._thumbnails.icon_for(row.main_photo, index)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, STOCK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and column == STOCK and row.on_hand <= 5:
            return QColor("#b03a2e")
        elif role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return row.name
        elif role == ROW_ROLE:
            return row
        elif role == ID_ROLE:
            return row.id
        return None

    def thumbnail_ready(self, index: QPersistentModelIndex) -> None:
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
