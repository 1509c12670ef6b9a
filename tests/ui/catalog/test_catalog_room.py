"""The catalog room as a seller uses it: empty state, demo shop, search, editor, undo, drafts, lazy list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from app.catalog.drafts import load_draft
from app.store.engine import session_scope
from app.ui.catalog.room import CatalogRoom
from app.ui.context import AppContext


@pytest.fixture
def room(studio, qtbot):
    context = AppContext(studio.db, studio.settings, studio.tasks)
    widget = CatalogRoom(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    studio.tasks.wait_idle()


def wait_tasks(room, qtbot):
    qtbot.waitUntil(lambda: not room.context.tasks.busy, timeout=20_000)


def names(room) -> list[str]:
    return [room.model.row_at(r).name for r in range(room.model.rowCount())]


def fill_demo(room, qtbot):
    room.empty_state.demo_button.click()
    wait_tasks(room, qtbot)
    qtbot.waitUntil(lambda: room.model.total > 0, timeout=10_000)


def test_empty_catalog_shows_three_ways_to_start(room):
    assert room.pages.currentWidget() is room.empty_state
    labels = {
        b.text()
        for b in (
            room.empty_state.add_button,
            room.empty_state.import_button,
            room.empty_state.demo_button,
        )
    }
    assert labels == {"Thêm sản phẩm", "Nhập từ Excel", "Tạo cửa hàng mẫu"}


def test_demo_shop_then_accent_free_search_filters_the_list(room, qtbot):
    fill_demo(room, qtbot)
    assert room.pages.currentWidget() is room.table and room.model.total == 14
    qtbot.keyClicks(room.search_box, "man tuyn")
    qtbot.waitUntil(lambda: room.model.total == 3, timeout=3_000)
    assert all("Màn" in name for name in names(room))
    room.search_box.setText("den")
    room.apply_filters()
    assert sorted(names(room)) == [
        "Đèn lồng tre Hội An bọc lụa gấp gọn",
        "Đèn mây thả trần phòng khách",
    ]
    assert room.pages.currentWidget() is room.table  # no results ≠ empty catalog
    room.search_box.setText("khong co gi nhu the")
    room.apply_filters()
    assert room.model.total == 0 and room.pages.currentWidget() is room.table


def test_editor_shows_problems_inline_and_refuses_to_save(room, qtbot):
    room.new_product()
    editor = room.editor
    assert editor.isVisible()
    editor.variants.item(0, 3).setText("abc")
    editor.save_button.click()
    assert editor._errors["name"].isVisible()
    assert "tên" in editor._errors["name"].text().lower()
    assert "giá" in editor.variant_errors.text().lower()
    qtbot.keyClicks(editor.name, "Non la bai tho")
    editor.variants.item(0, 3).setText("1,5tr")
    assert not editor._errors["name"].isVisible()  # errors update as the user fixes them
    editor.save_button.click()
    wait_tasks(room, qtbot)
    qtbot.waitUntil(lambda: room.model.total == 1, timeout=5_000)
    assert room.model.row_at(0).price_from == 1_500_000


def test_undo_and_redo_edits(room, qtbot):
    room.new_product()
    editor = room.editor
    qtbot.keyClicks(editor.name, "Gio may")
    qtbot.keyClicks(editor.tags, "may")
    editor.show_in_showcase.setChecked(True)
    assert editor.undo_stack.count() == 3  # typing in one field is one step
    editor.undo_stack.undo()
    assert not editor.show_in_showcase.isChecked()
    editor.undo_stack.undo()
    assert editor.tags.text() == ""
    editor.undo_stack.undo()
    assert editor.name.text() == ""
    editor.undo_stack.redo()
    assert editor.name.text() == "Gio may"
    editor.variants.item(0, 3).setText("90k")
    editor.undo_stack.undo()
    assert editor.variants.item(0, 3).text() in ("", "0 ₫")


def test_typing_is_journalled_as_a_draft_and_restored(room, qtbot):
    room.new_product()
    qtbot.keyClicks(room.editor.name, "Man tuyn go do")
    sessions = room.context.db.sessions

    def draft_name():
        with session_scope(sessions) as session:
            draft = load_draft(session, None)
            return draft.name if draft else None

    qtbot.waitUntil(lambda: draft_name() == "Man tuyn go do", timeout=5_000)
    room.editor.hide()
    room.new_product()  # as after a crash: the editor opens with the typing back
    assert room.editor.name.text() == "Man tuyn go do" and room.editor.banner.isVisible()


def test_list_fetches_only_a_window_of_a_big_catalog(room, qtbot):
    from app.catalog.sorting import sort_key
    from app.store.models.catalog_common import new_id

    now = "2026-11-26 10:00:00"
    with session_scope(room.context.db.sessions) as session:
        rows = [
            {
                "id": new_id(),
                "name": f"Sản phẩm {n:05}",
                "sk": sort_key(f"Sản phẩm {n:05}"),
                "st": f"san pham {n:05}",
                "now": now,
            }
            for n in range(3000)
        ]
        session.execute(
            text(
                "INSERT INTO products (id, name, description, status, tags, unit, show_in_showcase, option1_name, "
                "option2_name, search_text, sort_key, created_at, updated_at) VALUES (:id, :name, '', 'active', '', "
                "'cái', 0, '', '', :st, :sk, :now, :now)"
            ),
            rows,
        )
    room.apply_filters()
    qtbot.wait(50)
    assert room.model.total == 3000
    first = room.model.rows_fetched
    assert 0 < first <= 128  # the visible rows and a margin
    room.table.scrollToBottom()
    qtbot.wait(50)
    assert room.model.rows_fetched > first
    assert room.model.rows_fetched < 600  # scrolling to the end of what is loaded, not the catalog
    room.grid_button.click()
    assert room.pages.currentWidget() is room.grid
    assert room.grid.model() is room.model


def test_delete_removes_the_product_from_the_list(room, qtbot):
    fill_demo(room, qtbot)
    product_id = room.model.row_at(0).id
    room.open_product(product_id)
    with qtbot.waitSignal(room.editor.deleted, timeout=10_000):
        room.editor.delete_product()
    assert room.model.total == 13 and room.model.row_of(product_id) == -1
    assert not room.editor.isVisible()


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("150000", "150.000 ₫"),
        ("150.000", "150.000 ₫"),
        ("150k", "150.000 ₫"),
        ("1,5tr", "1.500.000 ₫"),
    ],
)
def test_prices_are_typed_the_way_sellers_write_them(room, typed, shown):
    room.new_product()
    cell = room.editor.variants.item(0, 3)
    cell.setText(typed)
    assert cell.text() == shown


def test_grid_shows_product_photos_once_thumbnails_are_made(room, qtbot):
    from app.ui.catalog.product_model import NAME

    fill_demo(room, qtbot)
    room.grid_button.click()
    index = room.model.index(0, NAME)
    sha = room.model.row_at(0).main_photo
    assert sha is not None
    room.model.data(index, Qt.ItemDataRole.DecorationRole)  # asks for the thumbnail
    wait_tasks(room, qtbot)
    assert room.store.thumbnail_path(sha, 256).is_file()
    icon = room.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert (
        icon.pixmap(64, 64).toImage().pixelColor(32, 32).name() != "#efe6da"
    )  # not the placeholder


def test_adding_and_removing_variants_can_be_undone(room):
    room.new_product()
    editor = room.editor
    editor.variants.item(0, 0).setText("1m6")
    editor.add_variant()
    editor.variants.item(1, 0).setText("1m8")
    assert editor.variants.rowCount() == 2
    editor.remove_variant(0)
    assert [v.option1 for v in editor.variants.variants(strict=False)] == ["1m8"]
    editor.undo_stack.undo()
    assert [v.option1 for v in editor.variants.variants(strict=False)] == ["1m6", "1m8"]
    editor.undo_stack.undo()  # the typed "1m8"
    editor.undo_stack.undo()  # the added row
    assert editor.variants.rowCount() == 1
    editor.undo_stack.redo()
    assert editor.variants.rowCount() == 2
