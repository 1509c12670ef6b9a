"""The product's stock panel records a stock count ("Kiểm kho: còn N"): the shelf number
becomes on-hand, the history shows it as a count, and it travels as a count movement."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import save_product
from app.catalog.stock import add_movement, on_hand
from app.store.engine import session_scope
from app.store.models import StockMovement, Variant
from app.ui.catalog.stock_panel import COUNT, StockPanel
from app.ui.context import AppContext


def test_stock_count_from_the_panel(studio, qtbot):
    with session_scope(studio.db.sessions) as session:
        pid = save_product(session, ProductData(name="Chiếu cói",
                                                variants=[VariantData(sku="CC-01", price=1)]))  # fmt: skip
    with session_scope(studio.db.sessions) as session:
        variant_id = session.scalar(select(Variant.id).where(Variant.product_id == pid))
        add_movement(session, variant_id, "received", 50)
    panel = StockPanel(AppContext(studio.db, studio.settings, studio.tasks))
    qtbot.addWidget(panel)
    panel.load(pid)
    panel.kind.setCurrentIndex(panel.kind.findData(COUNT))
    assert panel.quantity.minimum() == 0  # a shelf holds no negative number
    panel.quantity.setValue(40)
    panel.add_button.click()
    qtbot.waitUntil(lambda: not studio.tasks.busy, timeout=20_000)
    qtbot.waitUntil(lambda: "CC-01: 40" in panel.summary.text(), timeout=5_000)
    with session_scope(studio.db.sessions) as session:
        assert on_hand(session, [variant_id])[variant_id] == 40
        count = session.scalar(select(StockMovement).where(StockMovement.count_info.is_not(None)))
        assert count.quantity == -10
        assert json.loads(count.count_info)["counted"] == 40
    notes = [panel.model.item(r, 4).text() for r in range(panel.model.rowCount())]
    assert "Kiểm kho: còn 40 (máy ghi 50)" in notes
    studio.tasks.wait_idle()
