"""Import wizard, export dialog, photo strip and stock panel, driven as a seller would."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PIL import Image

from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import save_product
from app.store.engine import session_scope
from app.ui.catalog.export_dialog import ExportDialog
from app.ui.catalog.import_wizard import ImportWizard
from app.ui.catalog.room import CatalogRoom
from app.ui.context import AppContext


@pytest.fixture
def context(studio):
    yield AppContext(studio.db, studio.settings, studio.tasks)
    studio.tasks.wait_idle()


def idle(context, qtbot):
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=20_000)


def test_import_wizard_maps_columns_previews_errors_and_imports_good_rows(context, qtbot, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    for row in (
        ["Tên hàng hoá", "Giá bán", "Ghi chú"],
        ["Nón lá", "50k", "x"],
        ["Giỏ mây", "abc", "y"],
    ):
        sheet.append(row)
    path = tmp_path / "hang.xlsx"
    workbook.save(path)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.load_file(path)
    idle(context, qtbot)
    assert wizard.steps.currentIndex() == 1
    assert "Tên sản phẩm" in wizard.status.text()  # "Tên hàng hoá" was not recognised
    wizard.set_field(0, "name")
    wizard.run_preview()
    idle(context, qtbot)
    assert wizard.steps.currentIndex() == 2
    assert any("Dòng 3" in line and "abc" in line for line in wizard.issues_model.stringList())
    wizard.good_rows_only.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as blocker:
        wizard.run_import()
    assert blocker.args[0].created == 1


def test_export_dialog_lists_violations_by_product(context, qtbot, tmp_path):
    with session_scope(context.db.sessions) as session:
        save_product(
            session,
            ProductData(name="Nón lá", status="active", variants=[VariantData(price=50_000)]),
        )
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("tiktok"))
    idle(context, qtbot)
    lines = dialog.violations_model.stringList()
    assert lines and all(line.startswith("Nón lá: ") for line in lines)
    assert any("25" in line for line in lines)
    dialog.export_to(tmp_path / "tiktok.xlsx")
    idle(context, qtbot)
    assert (tmp_path / "tiktok.xlsx").exists()  # written, with the failing product left out


def test_photos_dropped_and_stock_movement_added_in_the_editor(context, qtbot, tmp_path):
    with session_scope(context.db.sessions) as session:
        product_id = save_product(
            session, ProductData(name="Giỏ mây", variants=[VariantData(price=90_000)])
        )
    room = CatalogRoom(context)
    qtbot.addWidget(room)
    room.open_product(product_id)
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for index, color in enumerate(("red", "green")):
        Image.new("RGB", (64, 48), color).save(folder / f"IMG_{index}.jpg")
    (folder / "fake.jpg").write_text("not a photo")
    panel = room.editor.photos
    panel._added = lambda report, original=panel._added: (
        setattr(panel, "last_report", report),
        panel.load(panel.product_id),
    )
    panel.add_files([folder])
    idle(context, qtbot)
    assert panel.strip.count() == 2 and len(panel.last_report.problems) == 1
    first, second = panel.link_ids()
    panel.strip.insertItem(0, panel.strip.takeItem(1))
    panel.save_order()
    idle(context, qtbot)
    panel.load(product_id)
    assert panel.link_ids() == [second, first]

    stock = room.editor.stock
    stock.kind.setCurrentIndex(stock.kind.findData("received"))
    stock.quantity.setValue(12)
    stock.add()
    idle(context, qtbot)
    stock.kind.setCurrentIndex(stock.kind.findData("sold"))
    stock.quantity.setValue(2)
    stock.add()
    idle(context, qtbot)
    assert stock.model.rowCount() == 2
    assert ": 10" in stock.summary.text()


def test_a_product_clip_is_attached_and_a_broken_one_explained(
    context, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from app.catalog.videos import product_videos
    from app.video.synth import make_clip

    with session_scope(context.db.sessions) as session:
        product_id = save_product(
            session, ProductData(name="Nón lá Huế", variants=[VariantData(price=120_000)])
        )
    room = CatalogRoom(context)
    qtbot.addWidget(room)
    room.open_product(product_id)
    panel = room.editor.photos
    clip = make_clip(tmp_path / "non-la.mp4", duration=2.0)
    panel.attach_video(clip)
    idle(context, qtbot)
    qtbot.waitUntil(lambda: "non-la.mp4" in panel.video_list.text(), timeout=5000)
    assert "(2 s)" in panel.video_list.text()
    with session_scope(context.db.sessions) as session:
        links = product_videos(session, product_id)
        assert len(links) == 1 and abs(links[0].duration_ms - 2000) <= 100

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_kw: warned.append(args[2]))
    broken = tmp_path / "hong.mp4"
    broken.write_text("không phải video")
    panel.attach_video(broken)
    idle(context, qtbot)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "hong.mp4" in warned[0]
    with session_scope(context.db.sessions) as session:
        assert len(product_videos(session, product_id)) == 1, "nothing attached from a broken file"


def test_reordering_photos_by_drag_can_be_undone(context, qtbot, tmp_path):
    from app.catalog.photos import product_photos

    with session_scope(context.db.sessions) as session:
        product_id = save_product(
            session, ProductData(name="Làn mây", variants=[VariantData(price=245_000)])
        )
    room = CatalogRoom(context)
    qtbot.addWidget(room)
    room.open_product(product_id)
    for index, color in enumerate(("red", "green", "blue")):
        Image.new("RGB", (64, 48), color).save(tmp_path / f"IMG_{index}.jpg")
    panel = room.editor.photos
    panel.add_files(sorted(tmp_path.glob("*.jpg")))
    idle(context, qtbot)
    qtbot.waitUntil(lambda: panel.strip.count() == 3, timeout=5000)
    original = panel.link_ids()

    def stored() -> list[str]:
        with session_scope(context.db.sessions) as session:
            return [link.id for link in product_photos(session, product_id)]

    panel.strip.insertItem(0, panel.strip.takeItem(2))  # the user drags the last photo first
    panel.strip.reordered.emit()
    idle(context, qtbot)
    dragged = [original[2], original[0], original[1]]
    assert panel.link_ids() == dragged and stored() == dragged
    room.editor.undo_stack.undo()
    idle(context, qtbot)
    assert panel.link_ids() == original and stored() == original
    room.editor.undo_stack.redo()
    idle(context, qtbot)
    assert stored() == dragged
