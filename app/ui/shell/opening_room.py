"""What the window shows in the moment between first paint and an open database.

The search bar is already there (typing is kept and handed to the catalog when
it arrives) with "Đang mở…" beneath, so the window paints before SQLAlchemy is
even imported and the seller sees the app at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class OpeningRoom(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OpeningRoom")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("CatalogSearch")
        self.search_box.setPlaceholderText(self.tr("Tìm sản phẩm (gõ không dấu cũng được)"))
        self.search_box.setMinimumHeight(40)
        layout.addWidget(self.search_box)
        self.status = QLabel(self.tr("Đang mở dữ liệu của cửa hàng…"), self)
        self.status.setObjectName("EmptyBody")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addStretch(2)
        self.preview: QTableView | None = None
        self.fresh_start: QWidget | None = None
        self.pending_action: str | None = None  # a way to start chosen before the DB was ready

    def show_fresh_start(self) -> None:
        """A brand-new profile: the empty catalog's three ways to start, while the DB is created.

        Creating and migrating the first database takes a few seconds on an old PC; the
        seller can already read what to do and choose, and the choice runs once it is ready.
        """
        from app.ui.catalog.empty_state import CatalogEmptyState

        panel = CatalogEmptyState(self)
        panel.add_requested.connect(lambda: self._choose("add"))
        panel.import_requested.connect(lambda: self._choose("import"))
        panel.demo_requested.connect(lambda: self._choose("demo"))
        self.fresh_start = panel
        self.status.setText(self.tr("Đang chuẩn bị dữ liệu cho lần dùng đầu tiên…"))
        self._replace_placeholder(panel)

    def _choose(self, action: str) -> None:
        self.pending_action = action
        self.fresh_start.setEnabled(False)  # one choice; it runs as soon as the data is ready
        self.status.setText(self.tr("Sắp xong — chờ một chút…"))

    def show_first_page(self, page) -> None:
        """The catalog's first rows read before the database opened (a quick read-only look)."""
        from app.ui.catalog.product_model import (
            NAME,
            PRICE,
            SKU,
            STATUS,
            STOCK,
            ProductListModel,
        )

        model = ProductListModel(None, None, self)
        model.show_first_page(page.rows, page.total)
        self.preview = QTableView(self)
        self.preview.setObjectName("CatalogPreview")
        self.preview.setModel(model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # laid out like the catalog's list (app/ui/catalog/room.py), so the swap doesn't jump
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().hide()
        self.preview.verticalHeader().setDefaultSectionSize(48)
        self.preview.setWordWrap(False)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.preview.setColumnWidth(SKU, 160)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (PRICE, STOCK, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._replace_placeholder(self.preview)

    def _replace_placeholder(self, content: QWidget) -> None:
        layout = self.layout()
        while layout.count() > 1:  # the stretches and the status line give way to the content
            item = layout.takeAt(1)
            if item.widget() is not None:
                item.widget().hide()
        layout.addWidget(content, 1)
        layout.addWidget(self.status)
        content.show()  # added after the window was shown: Qt won't show it by itself
        self.status.show()

    def say(self, text: str) -> None:
        """A longer step (backup, migration) says what it is doing."""
        self.status.setText(text)
