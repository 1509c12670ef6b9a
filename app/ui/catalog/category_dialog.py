"""\u201cQuản lý danh mục\u201d: rename, merge and delete categories, each one step on the room's
undo stack (so it can be undone here, or later from the category filter's menu).

The work is done by ``app.catalog.categories`` in short transactions on the GUI
thread (a rename re-derives the search text of that category's products only).
Problems are shown in the dialog itself, in plain words, not in a pop-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.catalog.categories import (
    UNCATEGORIZED,
    CategoryChange,
    CategoryInfo,
    category_overview,
    delete_category,
    merge_category,
    redo_change,
    rename_category,
    uncategorized_count,
    undo_change,
)
from app.errors import UserFacingError
from app.store.engine import session_scope


class CategoryCommand(QUndoCommand):
    """One rename/merge/delete already done; undo/redo replay it through the core functions."""

    def __init__(
        self, sessions, change: CategoryChange, text: str, after: Callable, report: Callable
    ):
        super().__init__(text)
        self._sessions, self.change = sessions, change
        self._after, self._report = after, report  # refresh views; show a problem
        self._first = True  # pushed after the change was made: the first redo is a no-op

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            with session_scope(self._sessions) as session:
                self.change = redo_change(session, self.change)
        except UserFacingError as exc:
            self._report(exc)
            self.setObsolete(True)
        self._after()

    def undo(self) -> None:
        try:
            with session_scope(self._sessions) as session:
                undo_change(session, self.change)
        except UserFacingError as exc:
            self._report(exc)
            self.setObsolete(True)
        self._after()


class CategoryActions:
    """Rename / merge / delete as undoable steps, shared by the dialog and the filter's menu."""

    def __init__(self, sessions, undo_stack: QUndoStack, after: Callable[[], None]) -> None:
        self.sessions, self.undo_stack, self.after = sessions, undo_stack, after
        self.on_problem: Callable[[UserFacingError], None] = lambda exc: None

    def _do(self, work, text: str) -> bool:
        try:
            with session_scope(self.sessions) as session:
                change = work(session)
        except UserFacingError as exc:
            self.on_problem(exc)
            return False
        self.undo_stack.push(
            CategoryCommand(self.sessions, change, text, self.after, self.on_problem)
        )
        self.after()
        return True

    def rename(self, category_id: str, new_name: str) -> bool:
        text = QCoreApplication.translate("CategoryDialog", "Đổi tên danh mục")
        return self._do(lambda s: rename_category(s, category_id, new_name), text)

    def merge(self, source_id: str, target_id: str) -> bool:
        text = QCoreApplication.translate("CategoryDialog", "Gộp danh mục")
        return self._do(lambda s: merge_category(s, source_id, target_id), text)

    def delete(self, category_id: str) -> bool:
        text = QCoreApplication.translate("CategoryDialog", "Xoá danh mục")
        return self._do(lambda s: delete_category(s, category_id), text)

    def overview(self) -> tuple[list[CategoryInfo], int]:
        with session_scope(self.sessions) as session:
            return category_overview(session), uncategorized_count(session)


def ask_rename(parent: QWidget, actions: CategoryActions, info: CategoryInfo) -> bool:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CategoryDialog", "Đổi tên danh mục"),
        QCoreApplication.translate("CategoryDialog", "Tên mới cho \u201c%1\u201d:").replace(
            "%1", info.name
        ),
        text=info.name,
    )
    return bool(ok and name.strip() and name.strip() != info.name) and actions.rename(info.id, name)


def ask_merge(parent: QWidget, actions: CategoryActions, info: CategoryInfo) -> bool:
    others = [c for c in actions.overview()[0] if c.id != info.id]
    if not others:  # nothing to merge into (the dialog's button is disabled then)
        return False
    names = [c.name for c in others]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("CategoryDialog", "Gộp danh mục"),
        QCoreApplication.translate(
            "CategoryDialog", "Chuyển mọi sản phẩm của \u201c%1\u201d vào danh mục:"
        ).replace("%1", info.name),
        names,
        0,
        False,
    )
    if not ok:
        return False
    target = others[names.index(chosen)]
    return actions.merge(info.id, target.id)


def ask_delete(parent: QWidget, actions: CategoryActions, info: CategoryInfo) -> bool:
    text = (
        QCoreApplication.translate(
            "CategoryDialog",
            "Xoá danh mục \u201c%1\u201d? %2 sản phẩm của nó sẽ chuyển sang \u201c%3\u201d. "
            "Có thể hoàn tác.",
        )
        .replace("%1", info.name)
        .replace("%2", str(info.product_count))
        .replace("%3", UNCATEGORIZED)
    )
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CategoryDialog", "Xoá danh mục"), text
    )
    return answer == QMessageBox.StandardButton.Yes and actions.delete(info.id)


class CategoryDialog(QDialog):
    changed = Signal()

    def __init__(self, actions: CategoryActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quản lý danh mục"))
        self.actions = actions
        self.infos: list[CategoryInfo] = []
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Đổi tên, gộp hai danh mục làm một, hoặc xoá danh mục (sản phẩm của nó chuyển "
                "sang \u201cChưa phân loại\u201d). Mọi thay đổi đều hoàn tác được."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        body = QHBoxLayout()
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Danh mục"), self.tr("Số sản phẩm")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._rename_selected())
        body.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        self.rename_button = QPushButton(self.tr("Đổi tên…"), self)
        self.rename_button.clicked.connect(self._rename_selected)
        self.merge_button = QPushButton(self.tr("Gộp vào…"), self)
        self.merge_button.clicked.connect(self._merge_selected)
        self.delete_button = QPushButton(self.tr("Xoá…"), self)
        self.delete_button.clicked.connect(self._delete_selected)
        self.undo_button = QPushButton(self.tr("Hoàn tác"), self)
        self.undo_button.clicked.connect(actions.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Làm lại"), self)
        self.redo_button.clicked.connect(actions.undo_stack.redo)
        for button in (self.rename_button, self.merge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        self.uncategorized = QLabel(self)
        self.uncategorized.setWordWrap(True)
        layout.addWidget(self.uncategorized)
        self.problem = QLabel(self)
        self.problem.setObjectName("FieldError")
        self.problem.setStyleSheet("color: #a0192f;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close = QPushButton(self.tr("Đóng"), self)
        close.clicked.connect(self.accept)
        close_row.addWidget(close)
        layout.addLayout(close_row)
        for action, keys in (
            (
                actions.undo_stack.createUndoAction(self, self.tr("Hoàn tác")),
                QKeySequence.StandardKey.Undo,
            ),
            (
                actions.undo_stack.createRedoAction(self, self.tr("Làm lại")),
                QKeySequence.StandardKey.Redo,
            ),
        ):
            action.setShortcut(keys)
            self.addAction(action)
        actions.undo_stack.indexChanged.connect(self._stack_moved)  # bound: dies with the dialog
        previous = actions.on_problem
        actions.on_problem = self.show_problem

        def restore(*_args) -> None:
            actions.on_problem = previous

        self.finished.connect(restore)
        self.destroyed.connect(restore)
        self.reload()

    def _stack_moved(self, _index: int) -> None:
        self.reload()

    # -- view ----------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        infos, without = self.actions.overview()
        self.infos = infos
        self.table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            name = QTableWidgetItem(info.name)
            name.setData(Qt.ItemDataRole.UserRole, info.id)
            count = QTableWidgetItem(str(info.product_count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, count)
            if selected is not None and info.id == selected.id:
                self.table.selectRow(row)
        self.uncategorized.setText(
            self.tr("%1 sản phẩm chưa có danh mục nào.").replace("%1", str(without))
            if without
            else ""
        )
        self.undo_button.setEnabled(self.actions.undo_stack.canUndo())
        self.redo_button.setEnabled(self.actions.undo_stack.canRedo())
        self.undo_button.setToolTip(self.actions.undo_stack.undoText())
        self.redo_button.setToolTip(self.actions.undo_stack.redoText())
        self._update_buttons()

    def selected(self) -> CategoryInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.infos):
            return None
        return self.infos[rows[0].row()]

    def select(self, name: str) -> None:
        for row, info in enumerate(self.infos):
            if info.name == name:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self.infos) > 1)
        self.delete_button.setEnabled(chosen)

    def show_problem(self, exc: UserFacingError) -> None:
        self.problem.setText(exc.message.render(QCoreApplication.translate))

    # -- actions -------------------------------------------------------------------------
    def _run(self, ask) -> None:
        info = self.selected()
        if info is None:
            return
        self.problem.setText("")
        if ask(self, self.actions, info):
            self.changed.emit()

    def _rename_selected(self) -> None:
        self._run(ask_rename)

    def _merge_selected(self) -> None:
        self._run(ask_merge)

    def _delete_selected(self) -> None:
        self._run(ask_delete)
