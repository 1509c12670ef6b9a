"""The catalog's "Cắt video này" hands the product's attached clip to the editor room."""

from __future__ import annotations

from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import save_product
from app.store.engine import session_scope
from app.ui.catalog.room import CatalogRoom
from app.ui.context import AppContext
from app.video.synth import make_clip


def test_cut_this_video_opens_the_attached_clip_linked_to_the_product(studio, qtbot, tmp_path):
    context = AppContext(studio.db, studio.settings, studio.tasks)
    handed = []
    context.links.connect_editor(lambda path, **kw: handed.append((path, kw)))
    with session_scope(context.db.sessions) as session:
        product_id = save_product(
            session, ProductData(name="Nón lá Huế", variants=[VariantData(price=120_000)])
        )
    room = CatalogRoom(context)
    qtbot.addWidget(room)
    room.open_product(product_id)
    panel = room.editor.photos
    assert not panel.cut_button.isEnabled(), "nothing to cut before a clip is attached"
    clip = make_clip(tmp_path / "non-la.mp4", duration=1.0)
    panel.attach_video(clip)
    qtbot.waitUntil(panel.cut_button.isEnabled, timeout=10_000)
    panel.cut_button.click()
    assert len(handed) == 1
    path, kwargs = handed[0]
    assert kwargs["product_id"] == product_id
    assert path.is_file() and path.read_bytes() == clip.read_bytes()
    studio.tasks.wait_idle()


def test_a_video_not_on_this_pc_yet_is_said_and_cut_explains_how_to_get_it(
    studio, qtbot, tmp_path, monkeypatch
):
    context = AppContext(studio.db, studio.settings, studio.tasks)
    handed = []
    context.links.connect_editor(lambda path, **kw: handed.append((path, kw)))
    with session_scope(context.db.sessions) as session:
        product_id = save_product(
            session, ProductData(name="Giỏ mây", variants=[VariantData(price=90_000)])
        )
    room = CatalogRoom(context)
    qtbot.addWidget(room)
    room.open_product(product_id)
    panel = room.editor.photos
    panel.attach_video(make_clip(tmp_path / "gio-may.mp4", duration=1.0))
    qtbot.waitUntil(panel.cut_button.isEnabled, timeout=10_000)
    # as on the other PC before its sync fetched the file: the row is here, the bytes not
    panel.store.path_for(panel._video_sha).unlink()
    room.open_product(product_id)
    qtbot.waitUntil(lambda: "chưa tải về máy này" in panel.video_list.text(), timeout=10_000)
    told = []
    monkeypatch.setattr(
        "app.ui.catalog.photo_strip.QMessageBox.information",
        lambda _parent, _title, text: told.append(text),
    )
    panel.cut_button.click()
    assert handed == [] and "Tải về" in told[0]
    studio.tasks.wait_idle()
