"""The catalog's first rows read with sqlite3 before SQLAlchemy loads equal the lazy list's."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt

from app.catalog.demo import load_demo
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import delete_product, save_product
from app.catalog.quick_page import read_first_page
from app.catalog.search import SearchQuery
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.store.migrate import open_database
from app.ui.application import Studio
from app.ui.catalog.product_model import PAGE, ProductListModel


def _fill(paths) -> None:
    """Demo shop (photos, variants, stock) + more than a page, with name ties and a deletion."""
    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            load_demo(session, MediaStore(paths))
            for n in range(PAGE + 6):
                name = "Giỏ mây" if n % 3 == 0 else f"Giỏ mây mẫu {n:03d}"  # ties on sort_key
                product_id = save_product(
                    session,
                    ProductData(
                        name=name,
                        status="active" if n % 2 else "draft",
                        variants=[
                            VariantData(sku=f"GM-{n:03d}", price=40_000 + n, option1="Nhỏ"),
                            VariantData(sku=f"GM-{n:03d}-L", price=60_000 + n, option1="Lớn"),
                        ],
                    ),
                )
                if n == 5:
                    delete_product(session, product_id)
    finally:
        db.close()


def _lazy_first_page(paths) -> tuple[list, int]:
    db = open_database(paths)
    try:
        model = ProductListModel(db.sessions)
        model.set_query(SearchQuery())
        return [model.row_at(i) for i in range(model.rowCount())], model.total
    finally:
        db.close()


def test_quick_first_page_equals_the_lazy_lists_first_page(qapp, paths):
    _fill(paths)
    quick = read_first_page(paths.db_path, PAGE)
    rows, total = _lazy_first_page(paths)
    assert quick is not None
    assert len(rows) == PAGE and quick.total == total  # a full page of a bigger catalog
    assert quick.rows == rows  # same products, same order, same SKU/stock/price/photo
    assert any(row.main_photo for row in rows) and any(row.variant_count == 2 for row in rows)


def test_quick_read_is_skipped_when_it_cannot_be_trusted(paths):
    assert read_first_page(paths.db_path, PAGE) is None  # no database yet
    _fill(paths)
    with sqlite3.connect(paths.db_path) as connection:  # an older schema: migrate first
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_first_page(paths.db_path, PAGE) is None
    paths.db_path.write_bytes(b"not a database" * 100)
    assert read_first_page(paths.db_path, PAGE) is None


def test_quick_page_module_does_not_import_sqlalchemy():
    code = (
        "import sys; import app.catalog.quick_page, app.ui.catalog.product_model, "
        "app.ui.shell.opening_room; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_shell_shows_the_quick_rows_then_the_catalog_with_the_same_rows(qapp, paths, qtbot):
    _fill(paths)
    studio = Studio(qapp, paths)
    try:
        window = studio.show_window()
        qtbot.waitExposed(window)
        window.opening.show_first_page(read_first_page(paths.db_path, PAGE))
        preview = window.opening.preview.model()
        shown = [preview.index(0, c).data() for c in range(preview.columnCount())]
        assert window.opening.preview.isVisible() and preview.rowCount() == PAGE
        studio.open_database()
        catalog = window.rooms["catalog"]
        assert window.stack.currentWidget() is catalog
        model = catalog.model
        assert [model.index(0, c).data() for c in range(model.columnCount())] == shown
    finally:
        if studio.window is not None:
            studio.window.close()
        studio.tasks.wait_idle()
        studio.shutdown()


def test_fresh_profile_shows_the_ways_to_start_and_runs_a_choice_made_while_opening(
    qapp, paths, qtbot
):
    assert not paths.db_path.exists()  # a brand-new profile
    studio = Studio(qapp, paths)
    try:
        window = studio.show_window()
        qtbot.waitExposed(window)
        window.opening.show_fresh_start()
        panel = window.opening.fresh_start
        assert panel.isVisible() and panel.demo_button.isVisible()
        assert not paths.db_path.exists()  # shown before anything is created
        qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)  # clicked while opening
        assert not panel.isEnabled()  # one choice, kept for when the data is ready
        studio.open_database()
        catalog = window.rooms["catalog"]
        assert window.stack.currentWidget() is catalog
        # the demo shop the seller asked for is made once the catalog is there
        qtbot.waitUntil(lambda: catalog.model.total > 0, timeout=20_000)
    finally:
        if studio.window is not None:
            studio.window.close()
        studio.tasks.wait_idle()
        studio.shutdown()
