"""The same new SKU created offline on two PCs: both products are kept, the one made later
gets its code suffixed on every PC (not a sync stuck on the unique SKU), the clash is listed
as a conflict, and the owner can give the code back to the later product with one command."""

from __future__ import annotations

import sqlite3
import sys

import pytest

PASSWORD = "mat-khau-rat-dai"


devices = sys.modules["sync_guarantee_devices"]  # loaded by tests/sync/conftest.py
hub_helpers = sys.modules["hub_test_helpers"]  # loaded by tests/sync/conftest.py


def _sync_until_quiet(*profiles) -> None:
    for _ in range(4):
        reports = [profile.sync() for profile in profiles]
        if all(r["pushed"] == 0 and r["pulled"] == 0 for r in reports):
            return
    raise AssertionError("still syncing after 4 rounds")


def _codes(profile) -> list[tuple[str, str]]:
    with sqlite3.connect(profile.data_dir / "studio.sqlite3") as conn:
        return sorted(conn.execute(
            "SELECT p.name, v.sku FROM variants v JOIN products p ON p.id = v.product_id "
            "WHERE v.deleted_at IS NULL"))  # fmt: skip


@pytest.mark.slow
def test_same_new_sku_on_two_pcs_keeps_both_products(sync_hub, make_profile, shop_login, tmp_path):
    a, b = make_profile("pc-a"), make_profile("pc-b")
    sheet_a, sheet_b = tmp_path / "a.csv", tmp_path / "b.csv"
    sheet_a.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nGiỏ mây,GM-01,150000,3\n", encoding="utf-8")
    sheet_b.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nLàn mây,GM-01,90000,5\n", encoding="utf-8")
    a.run("catalog", "import", str(sheet_a))
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Mây tre Hoà",
          "--password-stdin", stdin=PASSWORD)  # fmt: skip
    a.sync()
    b.run("catalog", "import", str(sheet_b))  # offline, before B ever met the shop: later
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=PASSWORD)  # fmt: skip
    _sync_until_quiet(b, a, b)

    codes = _codes(a)
    assert codes == _codes(b)
    assert [name for name, _sku in codes] == ["Giỏ mây", "Làn mây"]  # both kept
    assert codes[0][1] == "GM-01" and codes[1][1].startswith("GM-01-")  # the later one suffixed
    later = codes[1][1]
    assert a.json("catalog", "show", later, "--json")["stock"] == 5
    assert b.json("catalog", "show", "GM-01", "--json")["stock"] == 3
    for profile in (a, b):
        listed = profile.json("sync", "conflicts", "--json")
        assert [(c["table"], c["field"], c["winner_value"], c["loser_value"]) for c in listed] == [
            ("variant", "duplicate_sku", later, "GM-01")
        ]

    # The owner settles on B: the basket (made on B) gets GM-01 back, the other one moves.
    conflict = b.json("sync", "conflicts", "--json")[0]
    b.run("sync", "resolve", str(conflict["id"]), "--keep", "loser")
    _sync_until_quiet(b, a)
    codes = _codes(a)
    assert codes == _codes(b)
    assert codes[1] == ("Làn mây", "GM-01") and codes[0][1].startswith("GM-01-")
    for profile in (a, b):
        assert profile.json("sync", "conflicts", "--json") == []
        assert profile.json("sync", "status", "--json")["pending_changes"] == 0


def test_two_products_swapping_codes_reach_the_other_pc(sync_hub, tmp_path):
    """Codes swapped on one PC arrive together on the other: written one by one they would
    meet on the way (each code is still held by the other product) and stop the sync."""
    from sqlalchemy import select

    from app.store.engine import session_scope
    from app.store.models import Variant

    template = devices.make_template(tmp_path / "template")
    login = hub_helpers.create_shop(sync_hub)
    a, b = (devices.Device.from_template(template, tmp_path / n) for n in ("a", "b"))
    try:
        a.sign_in(sync_hub.base_url, login, "PC A")
        b.sign_in(sync_hub.base_url, login, "PC B")
        a.create_product("Giỏ mây", "G-1", 150_000)
        a.create_product("Làn mây", "L-1", 90_000)
        a.sync(), b.sync()
        with session_scope(a.db.sessions) as session:
            basket = session.scalar(select(Variant).where(Variant.sku == "G-1"))
            bag = session.scalar(select(Variant).where(Variant.sku == "L-1"))
            for variant, code in ((basket, "TAM"), (bag, "G-1"), (basket, "L-1")):
                variant.sku = code  # one at a time, as a person renames them
                session.flush()
        a.sync(), b.sync()
        for pc in (a, b):
            assert _codes(pc) == [("Giỏ mây", "L-1"), ("Làn mây", "G-1")]
        assert b.open_count_conflicts() == set() and b.pending() == 0  # nothing to settle
    finally:
        a.close()
        b.close()
