"""What a new user trips over: where 'Thêm sản phẩm' opens, Ctrl+Q, the import wizard's way out
and its last word, the photo grid's captions, names elided in the middle."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QStyleOptionViewItem

from app.catalog.demo import load_demo
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.ui.catalog.import_wizard import ImportWizard
from app.ui.catalog.product_model import NAME
from app.ui.context import AppContext


@pytest.fixture
def window(studio, qtbot):
    with session_scope(studio.db.sessions) as session:
        load_demo(session, MediaStore(studio.paths))
    shown = studio.show_window()
    qtbot.waitExposed(shown)
    yield shown
    studio.tasks.wait_idle()


def test_add_product_opens_on_the_details_tab_not_the_last_used_one(window):
    room = window.rooms["catalog"]
    room.open_product(room.model.row_at(0).id)
    room.editor.tabs.setCurrentIndex(3)  # the stock tab, used last
    room.add_button.click()
    assert room.editor.tabs.currentIndex() == 0
    assert room.editor.name.text() == ""


def test_ctrl_q_quits(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_grid_caption_has_name_and_price_and_list_names_elide_in_the_middle(window):
    room = window.rooms["catalog"]
    room.grid_button.click()
    index = room.model.index(0, NAME)
    option = QStyleOptionViewItem()
    option.rect = room.grid.visualRect(index)
    option.fontMetrics = room.grid.fontMetrics()
    room.grid.itemDelegate().initStyleOption(option, index)
    row = room.model.row_at(0)
    name_line, price_line = option.text.split("\n")
    assert price_line.endswith("₫") and price_line[0].isdigit()
    assert name_line == row.name or "…" in name_line
    assert room.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert room.model.data(room.model.index(0, NAME), Qt.ItemDataRole.ToolTipRole) == row.name


def test_import_wizard_can_be_left_on_every_step_and_says_what_came_in(studio, qtbot, tmp_path):
    workbook = Workbook()
    workbook.active.append(["Tên sản phẩm", "Giá bán"])
    workbook.active.append(["Nón lá bài thơ Huế hai lớp", "150k"])
    sheet = tmp_path / "hàng.xlsx"
    workbook.save(sheet)
    context = AppContext(studio.db, studio.settings, studio.tasks)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()

    def cancel_on_current_step():
        page = wizard.steps.currentWidget()
        return [b for b in page.findChildren(QPushButton) if b.text() == "Huỷ" and b.isVisible()]

    assert cancel_on_current_step()
    wizard.load_file(sheet)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1, timeout=10_000)
    assert cancel_on_current_step()
    wizard.run_preview()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 2, timeout=10_000)
    assert cancel_on_current_step()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.run_import()
    assert wizard.isVisible() and wizard.steps.currentIndex() == 3  # stays to say what came in
    assert "hàng.xlsx" in wizard.done_summary.text()
    assert "1 sản phẩm mới" in wizard.done_summary.text()
    wizard.steps.currentWidget().findChild(QPushButton).click()  # "Xong"
    assert not wizard.isVisible()
    studio.tasks.wait_idle()
