"""The catalog room's chores as a seller meets them: a USB scanner opens the product it reads,
labels are chosen, previewed and saved, categories are tidied and undone, and the import
wizard lists a sheet's photo problems by row."""

from __future__ import annotations

import csv

import pytest
from barcode import EAN13
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest

from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import ensure_category, save_product
from app.store.engine import session_scope
from app.ui.catalog.import_wizard import ImportWizard
from app.ui.catalog.room import CatalogRoom
from app.ui.context import AppContext

EAN = EAN13("893123456789").get_fullcode()
BAD_EAN = EAN[:-1] + str((int(EAN[-1]) + 1) % 10)


@pytest.fixture
def room(studio, qtbot):
    with session_scope(studio.db.sessions) as session:
        hats = ensure_category(session, "Nón")
        baskets = ensure_category(session, "Giỏ mây")
        for name, sku, code, category in (
            ("Nón lá bài thơ", "NON-1", EAN, hats),
            ("Nón quai thao", "NON-2", "", hats),
            ("Giỏ mây đan tay", "GIO-1", BAD_EAN, baskets),
        ):
            data = ProductData(
                name=name,
                status="active",
                category_id=category,
                variants=[VariantData(sku=sku, price=60_000, barcode=code)],
            )
            save_product(session, data)
    context = AppContext(studio.db, studio.settings, studio.tasks)
    widget = CatalogRoom(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    yield widget
    studio.tasks.wait_idle()


def type_into_window(widget, text: str, *, enter: bool = True, pause_ms: int = 0) -> None:
    """Keys as the keyboard driver delivers them: to the window, which routes them to the focus."""
    window = widget.window().windowHandle()
    keys = [(Qt.Key(ord(ch.upper())) if ch.isalnum() else Qt.Key.Key_Minus, ch) for ch in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, char in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
        if pause_ms:
            QTest.qWait(pause_ms)


def open_name(room) -> str:
    editor = room._editor
    return editor.name.text() if editor is not None and editor.isVisible() else ""


# -- scanner ----------------------------------------------------------------------------------
def test_a_scanned_barcode_opens_its_product_wherever_the_focus_is(room, qtbot):
    room.table.setFocus()
    type_into_window(room, EAN)
    assert open_name(room) == "Nón lá bài thơ"
    assert "Nón lá bài thơ" in room.tools.last_notice
    # now the focus is in the product form: the next scan must not type into the name field
    room.editor.name.setFocus()
    type_into_window(room, "gio-1")  # a SKU, in any case
    assert open_name(room) == "Giỏ mây đan tay"
    assert room.search_box.text() == ""


def test_an_unknown_code_says_so_and_changes_nothing(room, qtbot):
    room.search_box.setFocus()
    type_into_window(room, "9999999999")
    assert room._editor is None or not room._editor.isVisible()
    assert "9999999999" in room.tools.last_notice and "Không có sản phẩm" in room.tools.last_notice
    assert room.search_box.text() == ""


def test_a_person_typing_is_not_a_scan_and_loses_no_key(room, qtbot):
    room.search_box.setFocus()
    type_into_window(room, "non", enter=False, pause_ms=80)
    qtbot.waitUntil(lambda: room.search_box.text() == "non", timeout=2_000)
    # fast but without Enter (e.g. Unikey rewriting a word): held a moment, then typed in order
    type_into_window(room, " qu", enter=False)
    qtbot.waitUntil(lambda: room.search_box.text() == "non qu", timeout=2_000)
    assert open_name(room) == ""


def test_enter_in_the_search_box_opens_an_exact_sku(room, qtbot):
    room.search_box.setText("NON-2")
    QTest.keyClick(room.search_box, Qt.Key.Key_Return)
    assert open_name(room) == "Nón quai thao"
    room.search_box.setText("non")  # not a code: Enter keeps it a search
    QTest.keyClick(room.search_box, Qt.Key.Key_Return)
    assert open_name(room) == "Nón quai thao"


# -- labels -----------------------------------------------------------------------------------
def test_labels_dialog_previews_counts_and_saves_the_pdf(room, qtbot, tmp_path):
    room.table.selectRow(0)  # "Giỏ mây đan tay" (sorted by name)
    dialog = room.tools.open_labels()
    qtbot.addWidget(dialog)
    assert dialog.requests() == [("GIO-1", 1)]  # the selected product is already there
    assert "GIO-1" in dialog.notes.text()  # its EAN has a wrong check digit: printed by SKU
    dialog.add_label("NON-1", 70)
    dialog.refresh_preview()
    assert dialog.summary.text() == "71 tem trên 2 tờ A4."
    assert dialog.next_button.isEnabled() and not dialog.previous_button.isEnabled()
    image = dialog.preview.pixmap().toImage()
    assert not image.isNull()
    dialog.select_layout("a4-24")
    dialog.refresh_preview()
    assert dialog.summary.text() == "71 tem trên 3 tờ A4."
    assert dialog.save_to(tmp_path / "tem") == 3
    assert (tmp_path / "tem.pdf").read_bytes().startswith(b"%PDF")
    dialog.select_code_mode("ean13")  # the basket's barcode cannot print as EAN-13
    dialog.refresh_preview()
    assert "Giỏ mây đan tay" in dialog.problem.text() and not dialog.save_button.isEnabled()


# -- categories -------------------------------------------------------------------------------
def filter_names(room) -> list[str]:
    box = room.category_filter
    return [box.itemText(i) for i in range(1, box.count())]


def test_categories_rename_merge_delete_and_undo_from_the_room(room, qtbot):
    dialog = room.tools.open_categories()
    qtbot.addWidget(dialog)
    ids = {info.name: info.id for info in dialog.infos}
    assert room.tools.categories.rename(ids["Nón"], "Nón lá")
    assert filter_names(room) == ["Giỏ mây", "Nón lá"]
    assert [info.name for info in dialog.infos] == ["Giỏ mây", "Nón lá"]  # the dialog follows
    assert room.tools.categories.merge(ids["Giỏ mây"], ids["Nón"])
    assert filter_names(room) == ["Nón lá"]
    assert dialog.infos[0].product_count == 3
    assert room.undo_stack.undoText() == "Gộp danh mục"
    dialog.undo_button.click()
    assert filter_names(room) == ["Giỏ mây", "Nón lá"]
    dialog.undo_button.click()
    assert filter_names(room) == ["Giỏ mây", "Nón"]
    dialog.redo_button.click()
    assert filter_names(room) == ["Giỏ mây", "Nón lá"]
    assert room.tools.categories.delete(ids["Giỏ mây"])
    assert filter_names(room) == ["Chưa phân loại", "Nón lá"]
    room.search_box.setText("chua phan loai")
    room.apply_filters()
    assert room.model.total == 1
    assert not room.tools.categories.rename(ids["Nón"], "chưa PHÂN loại")  # a name in use
    assert "Chưa phân loại" in dialog.problem.text()


# -- import wizard ----------------------------------------------------------------------------
def test_import_wizard_lists_photo_problems_by_row(room, qtbot, tmp_path):
    Image.new("RGB", (64, 48), "red").save(tmp_path / "mũ 1.jpg")
    path = tmp_path / "hàng.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Tên", "Giá", "Ảnh"])
        writer.writerow(["Mũ cói", "50000", "mũ 1.jpg"])
        writer.writerow(["Mũ rơm", "40000", "mu 2.jpg"])
        writer.writerow(["Mũ vải", "30000", "http://shop.vn/a.jpg"])
    wizard = ImportWizard(room.context)
    qtbot.addWidget(wizard)
    wizard.load_file(path)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1, timeout=10_000)
    wizard.run_preview()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 2, timeout=10_000)
    lines = wizard.issues_model.stringList()
    assert any(line.startswith("Dòng 3: ") and "\u201cmu 2.jpg\u201d" in line for line in lines)
    assert any(line.startswith("Dòng 4: ") and "thêm ảnh sau" in line for line in lines)
    wizard.good_rows_only.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as blocker:
        wizard.run_import()
    assert (blocker.args[0].created, blocker.args[0].photos_added) == (2, 1)
