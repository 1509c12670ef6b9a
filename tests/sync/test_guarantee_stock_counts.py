"""Stock counts add up: two counts that did NOT race (the second PC had seen the first) are
never "settled" as a race, even when both happened to start from the same on-hand number."""

from __future__ import annotations

import sys

devices = sys.modules["sync_guarantee_devices"]  # loaded by tests/sync/conftest.py
hub_helpers = sys.modules["hub_test_helpers"]  # loaded by tests/sync/conftest.py


def test_sequential_counts_from_the_same_number_are_not_a_race(sync_hub, tmp_path):
    template = devices.make_template(tmp_path / "template")
    login = hub_helpers.create_shop(sync_hub)
    a, b = (devices.Device.from_template(template, tmp_path / n) for n in ("a", "b"))
    try:
        a.sign_in(sync_hub.base_url, login, "PC A")
        b.sign_in(sync_hub.base_url, login, "PC B")
        pid = a.create_product("Giỏ mây", "GM-1", 150_000)
        a.stock(pid, 5)
        a.sync(), b.sync()
        a.count(pid, 3)  # "còn 3" (the PC believed 5)
        a.sync(), b.sync()
        b.stock(pid, 2)  # 2 received on B: 5 again
        b.sync(), a.sync()
        a.count(pid, 8)  # "còn 8", made after seeing everything above (believed 5 again)
        for pc in (a, b, a, b):
            pc.sync()
        for pc in (a, b):
            assert list(pc.snapshot()["on_hand"].values()) == [8]  # today: 10 on both PCs
    finally:
        a.close()
        b.close()


def _count_conflicts(pc) -> list[tuple[int, int, int]]:
    """(conflict id, winner's count, loser's count) of the raced counts this PC lists."""
    from app.store.engine import session_scope
    from app.sync.engine import open_conflicts
    from app.sync.stock_count import COUNT_FIELD

    with session_scope(pc.db.sessions) as session:
        return sorted((c.id, int(c.winner_value_json), int(c.loser_value_json))
                      for c in open_conflicts(session) if c.field == COUNT_FIELD)  # fmt: skip


def test_raced_counts_add_up_the_same_on_every_pc_whatever_order_they_arrive(sync_hub, tmp_path):
    template = devices.make_template(tmp_path / "template")
    login = hub_helpers.create_shop(sync_hub)
    pcs = [devices.Device.from_template(template, tmp_path / n) for n in ("a", "b", "c")]
    a, b, c = pcs
    try:
        for i, pc in enumerate(pcs):
            pc.sign_in(sync_hub.base_url, login, f"PC {i}")
        pid = a.create_product("Chiếu cói", "CC-1", 250_000)
        a.stock(pid, 10)
        for pc in pcs:
            pc.sync()
        # Offline on all three, none sees the others' counts:
        a.count(pid, 7)  # "còn 7" (showed 10)
        b.count(pid, 8)  # "còn 8" (showed 10)
        c.stock(pid, -1)
        c.count(pid, 4)  # "còn 4" (showed 9): the latest count
        b.stock(pid, -2)  # sold after B's count: no count saw it
        # A and B meet first (their race settles one way), C brings all of its own at once.
        a.sync(), b.sync(), a.sync()
        c.sync()
        for pc in (a, b, c, a, b):
            pc.sync()
        snaps = [pc.snapshot() for pc in pcs]
        assert snaps[1] == snaps[0] and snaps[2] == snaps[0]  # movements, derived rows included
        assert list(snaps[0]["on_hand"].values()) == [4 - 2]  # C's count, then B's later sale
        for pc in pcs:  # the two counts that lost are listed for the owner, on every PC
            assert sorted((w, lo) for _id, w, lo in _count_conflicts(pc)) == [(4, 7), (4, 8)]

        # The owner says B's "còn 8" was right: 8, minus the sales B's count had not seen.
        from app.store.engine import session_scope
        from app.sync.resolve import resolve

        chosen = next(cid for cid, _w, loser in _count_conflicts(b) if loser == 8)
        with session_scope(b.db.sessions) as session:
            resolve(session, chosen, "loser")
        for pc in (b, a, c, b):
            pc.sync()
        for pc in pcs:
            assert list(pc.snapshot()["on_hand"].values()) == [8 - 1 - 2]
            assert _count_conflicts(pc) == []
    finally:
        for pc in pcs:
            pc.close()


def test_same_sheet_imported_on_two_pcs_sets_the_stock_once(
    sync_hub, make_profile, shop_login, tmp_path
):
    """Re-importing a sheet whose "Tồn kho" says 40 is a stock count: on two PCs, 40, not 30."""
    a, b = make_profile("pc-a"), make_profile("pc-b")
    first, again = tmp_path / "dau.csv", tmp_path / "lai.csv"
    first.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nChiếu cói,CC-01,250000,50\n", encoding="utf-8")
    again.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\nChiếu cói,CC-01,250000,40\n", encoding="utf-8")
    a.run("catalog", "import", str(first))
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Cói Kim Sơn",
          "--password-stdin", stdin=devices.PASSWORD)  # fmt: skip
    a.sync()
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=devices.PASSWORD)  # fmt: skip
    b.sync()
    a.run("catalog", "import", str(again))
    b.run("catalog", "import", str(again))
    b.run("catalog", "stock", "CC-01", "-1", "--reason", "sold")
    for profile in (a, b, a, b):
        profile.sync()
    for profile in (a, b):
        assert profile.json("catalog", "show", "CC-01", "--json")["stock"] == 39
        assert profile.json("sync", "conflicts", "--json") == []  # both found 40: nothing to settle
