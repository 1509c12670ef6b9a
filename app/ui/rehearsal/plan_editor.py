"""Build a run of show: products from the catalog (search, add or drag), blocks in order,
and per block its talking points, target time, flash sale and order code.

A new plan exists in the database from its first product (``create_plan`` needs one).
Each change is saved at once, in its own short transaction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog import search
from app.rehearsal import plans
from app.rehearsal.plan_model import Block, Plan
from app.text import format_vnd
from app.ui.context import AppContext
from app.ui.rehearsal.block_form import BlockForm
from app.ui.rehearsal.common import clock_text, in_session

ID_ROLE = Qt.ItemDataRole.UserRole
PRODUCT_MIME = "application/x-langnghe-product-id"
SEARCH_LIMIT = 50


class ProductResults(QListWidget):
    """Catalog search results; rows drag into the block list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)

    def mimeData(self, items):
        data = super().mimeData(items)
        if items:
            data.setData(PRODUCT_MIME, items[0].data(ID_ROLE).encode())
        return data


class BlockList(QListWidget):
    """The plan's blocks; reorder by drag, or drop a product from the results."""

    product_dropped = Signal(str, int)  # product id, index
    reordered = Signal(list)  # block ids in the new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QListWidget.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event):
        if event.mimeData().hasFormat(PRODUCT_MIME) or event.source() is self:
            event.acceptProposedAction()

    def dragMoveEvent(self, event):
        if event.mimeData().hasFormat(PRODUCT_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event):
        if event.mimeData().hasFormat(PRODUCT_MIME):
            product_id = bytes(event.mimeData().data(PRODUCT_MIME)).decode()
            row = self.indexAt(event.position().toPoint()).row()
            event.acceptProposedAction()
            self.product_dropped.emit(product_id, row if row >= 0 else self.count())
            return
        super().dropEvent(event)
        self.reordered.emit([self.item(i).data(ID_ROLE) for i in range(self.count())])


class PlanEditor(QWidget):
    back = Signal()
    rehearse = Signal(str)
    plan_saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: Plan | None = None

        self.back_button = QPushButton(self.tr("← Danh sách kịch bản"))
        self.back_button.clicked.connect(self.back.emit)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Tên kịch bản, ví dụ: Phiên tối thứ Bảy"))
        self.name_edit.editingFinished.connect(self._save_name)
        self.total_label = QLabel()
        self.rehearse_button = QPushButton(self.tr("Bắt đầu tập"))
        self.rehearse_button.clicked.connect(self._rehearse)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Tìm sản phẩm (gõ không dấu)"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.search_box.returnPressed.connect(self.add_selected_product)
        self.results = ProductResults()
        self.results.setObjectName("productResults")
        self.search_box.setToolTip(self.search_box.placeholderText())
        self.results.itemDoubleClicked.connect(lambda *_: self.add_selected_product())
        self.add_button = QPushButton(self.tr("Thêm vào kịch bản (Enter) →"))
        self.add_button.clicked.connect(self.add_selected_product)

        self.blocks = BlockList()
        self.blocks.setObjectName("blockList")
        for view in (self.results, self.blocks):  # long craft names wrap instead of scrolling
            view.setWordWrap(True)
            view.setSpacing(3)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocks.currentItemChanged.connect(lambda *_: self._show_block())
        self.blocks.product_dropped.connect(self.add_product)
        self.blocks.reordered.connect(self._reorder)
        self.up_button = QPushButton(self.tr("↑ Lên"))
        self.down_button = QPushButton(self.tr("↓ Xuống"))
        self.remove_button = QPushButton(self.tr("Bỏ khỏi kịch bản"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button.clicked.connect(self.remove_current)

        self.form = BlockForm()
        self.form.block_changed.connect(self._save_block)
        self.form.plan_text_changed.connect(self._save_plan_text)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(QLabel(self.tr("Tên:")))
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.total_label)
        top.addWidget(self.rehearse_button)
        catalog = QVBoxLayout()
        catalog.addWidget(QLabel(self.tr("Sản phẩm trong danh mục")))
        catalog.addWidget(self.search_box)
        catalog.addWidget(self.results, 1)
        catalog.addWidget(self.add_button)
        order = QVBoxLayout()
        order.addWidget(QLabel(self.tr("Thứ tự trong buổi live (kéo để sắp xếp)")))
        order.addWidget(self.blocks, 1)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        order.addLayout(moves)
        body = QHBoxLayout()
        body.addLayout(catalog, 3)
        body.addLayout(order, 3)
        body.addWidget(self.form, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # ---- loading -----------------------------------------------------------------------
    def open_plan(self, plan_id: str | None) -> None:
        """Show a plan (``None``: a new one, saved when its first product is added)."""
        self.plan = (
            in_session(self.context, lambda s: plans.load_plan(s, plan_id)) if plan_id else None
        )
        self.name_edit.setText(self.plan.name if self.plan else "")
        self._fill_blocks()
        self.search_box.clear()
        self.run_search()
        if self.plan is None:
            self.name_edit.setFocus()

    def _reload(self, select_block: str | None = None) -> None:
        plan_id = self.plan.id
        self.plan = in_session(self.context, lambda s: plans.load_plan(s, plan_id))
        self._fill_blocks(select_block)
        self.plan_saved.emit(plan_id)

    def _fill_blocks(self, select_block: str | None = None) -> None:
        keep = select_block or self.current_block_id()
        self.blocks.blockSignals(True)
        self.blocks.clear()
        for block in self.plan.blocks if self.plan else []:
            item = QListWidgetItem(self._block_label(block))
            item.setData(ID_ROLE, block.id)
            if not block.is_product:  # opening and closing stay where they are
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.blocks.addItem(item)
            if block.id == keep:
                self.blocks.setCurrentItem(item)
        self.blocks.blockSignals(False)
        if self.blocks.currentItem() is None and self.blocks.count():
            self.blocks.setCurrentRow(1 if self.blocks.count() > 1 else 0)
        self._show_block()
        total = self.plan.total_target_seconds if self.plan else 0
        self.total_label.setText(self.tr("Dự kiến: %1").replace("%1", clock_text(total)))
        self.rehearse_button.setEnabled(self.plan is not None)

    def _block_label(self, block: Block) -> str:
        minutes = clock_text(block.target_seconds)
        if not block.is_product:
            title = self.tr("Mở đầu") if block.kind == "opening" else self.tr("Kết thúc")
            return f"{title} · {minutes}"
        name = block.product.name if block.product else ""
        if block.product_gone:
            name += " — " + self.tr("đã xoá khỏi danh mục")
        return f"{block.order_code}  {name} · {minutes}"

    def current_block_id(self) -> str | None:
        item = self.blocks.currentItem()
        return item.data(ID_ROLE) if item else None

    def _show_block(self) -> None:
        block_id = self.current_block_id()
        block = self.plan.block(block_id) if self.plan and block_id else None
        self.form.show_block(block)
        movable = block is not None and block.is_product
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(movable)

    # ---- catalog search ------------------------------------------------------------------
    def run_search(self) -> None:
        query = search.SearchQuery(text=self.search_box.text(), status=None)
        rows = in_session(self.context, lambda s: search.fetch_rows(s, query, SEARCH_LIMIT))
        self.results.clear()
        for row in rows:
            price = format_vnd(row.price_from) if row.price_from is not None else ""
            item = QListWidgetItem(f"{row.name}\n{row.sku}   {price}")
            item.setData(ID_ROLE, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def add_selected_product(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.add_product(item.data(ID_ROLE), None)

    def add_product(self, product_id: str, index: int | None = None) -> None:
        if self.plan is None:
            name = self.name_edit.text().strip() or self.tr("Kịch bản mới")
            plan_id = in_session(self.context, lambda s: plans.create_plan(s, name, [product_id]))
            self.plan = in_session(self.context, lambda s: plans.load_plan(s, plan_id))
            self.name_edit.setText(self.plan.name)
            self._reload(self.plan.product_blocks[0].id)
            return
        plan_id = self.plan.id
        if index is not None and index >= len(self.plan.blocks):
            index = None  # dropped below the closing block: the last product
        block_id = in_session(
            self.context, lambda s: plans.add_product_block(s, plan_id, product_id, index=index)
        )
        self._reload(block_id)

    # ---- order ---------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        block_id = self.current_block_id()
        if self.plan is None or block_id is None:
            return
        ids = [b.id for b in self.plan.blocks]
        index = ids.index(block_id)
        first = 1 if self.plan.blocks[0].kind == "opening" else 0
        last = len(ids) - (2 if self.plan.blocks[-1].kind == "closing" else 1)
        target = min(max(index + step, first), last)
        if target != index:
            in_session(self.context, lambda s: plans.move_block(s, block_id, target))
            self._reload(block_id)

    def _reorder(self, ids: list[str]) -> None:
        """After a drag: opening first and closing last whatever was dropped where."""
        kinds = {b.id: b.kind for b in self.plan.blocks}
        ids = sorted(ids, key=lambda i: {"opening": 0, "closing": 2}.get(kinds.get(i), 1))
        plan_id = self.plan.id
        in_session(self.context, lambda s: plans.reorder_blocks(s, plan_id, ids))
        self._reload(self.current_block_id())

    def remove_current(self) -> None:
        block_id = self.current_block_id()
        if block_id is None or self.plan is None or not self.plan.block(block_id).is_product:
            return
        in_session(self.context, lambda s: plans.remove_block(s, block_id))
        self._reload()

    # ---- saving --------------------------------------------------------------------------
    def _save_name(self) -> None:
        name = self.name_edit.text().strip()
        if self.plan is None or not name or name == self.plan.name:
            return
        plan_id = self.plan.id
        in_session(self.context, lambda s: plans.update_plan(s, plan_id, name=name))
        self.plan.name = name
        self.plan_saved.emit(plan_id)

    def _save_block(self, block_id: str, changes: dict) -> None:
        in_session(self.context, lambda s: plans.update_block(s, block_id, **changes))
        self._reload(block_id)

    def _save_plan_text(self, kind: str, text: str) -> None:
        plan_id = self.plan.id
        field = "opening_text" if kind == "opening" else "closing_text"
        in_session(self.context, lambda s: plans.update_plan(s, plan_id, **{field: text}))
        self._reload(self.current_block_id())

    def _rehearse(self) -> None:
        self._save_name()
        self.form.commit()
        if self.plan is not None:
            self.rehearse.emit(self.plan.id)
