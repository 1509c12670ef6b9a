"""The issue's "Done when": two PCs signed in to one hub, edited offline at the same time,
converge; the conflict is listed and settled with one command; stock sold on both adds up
(and shows negative); a photo added on one appears on the other."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PIL import Image

PASSWORD = "mat-khau-rat-dai"


def _photo(path, color) -> str:
    Image.new("RGB", (640, 480), color).save(path, "JPEG", quality=90)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sync_until_quiet(*profiles) -> None:
    for _ in range(4):
        reports = [profile.sync() for profile in profiles]
        if all(
            r["pushed"] == 0 and r["pulled"] == 0 and r["uploaded"] == 0 and r["downloaded"] == 0
            for r in reports
        ):
            return
    raise AssertionError("still syncing after 4 rounds")


@pytest.mark.slow
def test_two_pcs_edit_offline_and_converge(sync_hub, make_profile, shop_login, tmp_path):
    a, b = make_profile("pc-a"), make_profile("pc-b")
    # PC A: a shop with one product, made before signing in (offline from day one).
    csv = tmp_path / "shop.csv"
    csv.write_text(
        "Tên sản phẩm,SKU,Giá,Tồn kho\nGiỏ mây đan tay,GM-01,150000,1\n", encoding="utf-8"
    )
    a.run("catalog", "import", str(csv))
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Mây tre Hoà",
          "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert a.sync()["pushed"] > 0
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          "--device-name", "Laptop", stdin=PASSWORD + "\n")  # fmt: skip
    assert b.sync()["pulled"] > 0
    assert b.json("catalog", "show", "GM-01", "--json")["price"] == 150000
    assert b.json("catalog", "show", "GM-01", "--json")["stock"] == 1

    # Offline on both: same field (price) → conflict; different fields → both kept; both sell the last one.
    a.run("catalog", "edit", "GM-01", "--price", "160000")
    b.run("catalog", "edit", "GM-01", "--price", "170000")
    a.run("catalog", "edit", "GM-01", "--name", "Giỏ mây đan tay cỡ lớn", "--showcase", "yes")
    b.run("catalog", "edit", "GM-01", "--description", "Mây rừng, đan tay ở Phú Vinh")
    a.run("catalog", "stock", "GM-01", "-1", "--reason", "sold")
    b.run("catalog", "stock", "GM-01", "-1", "--reason", "sold")
    photo = _photo(tmp_path / "gio.jpg", (180, 120, 60))
    a.run("catalog", "photo", "GM-01", str(tmp_path / "gio.jpg"))
    assert a.json("sync", "status", "--json")["pending_uploads"] == 1

    _sync_until_quiet(a, b, a)
    view_a = a.json("catalog", "show", "GM-01", "--json")
    view_b = b.json("catalog", "show", "GM-01", "--json")
    assert view_a == view_b
    assert view_a["name"] == "Giỏ mây đan tay cỡ lớn"
    assert view_a["description"] == "Mây rừng, đan tay ở Phú Vinh"
    assert view_a["stock"] == -1 and view_a["negative_stock"] is True  # shown, flagged, not hidden
    assert view_a["photos"] == [photo]
    assert (b.data_dir / "media" / photo[:2] / photo).read_bytes() == (
        tmp_path / "gio.jpg"
    ).read_bytes()

    conflicts_a = a.json("sync", "conflicts", "--json")
    conflicts_b = b.json("sync", "conflicts", "--json")
    assert len(conflicts_a) == len(conflicts_b) == 1
    conflict = conflicts_a[0]
    assert (conflict["table"], conflict["field"]) == ("variant", "price")
    assert {conflict["winner_value"], conflict["loser_value"]} == {160000, 170000}
    assert conflict["winner_device"] != conflict["loser_device"]
    assert view_a["price"] == conflict["winner_value"]

    # The commune showcase (read by the hub itself) lists the product with its price and photo.
    import httpx

    showcase = httpx.get(f"{sync_hub.base_url}/showcase.json", timeout=10).text
    assert (
        "Giỏ mây đan tay cỡ lớn" in showcase
        and str(view_a["price"]) in showcase
        and photo in showcase
    )

    # Settle on B with one command: keep the value that lost.
    b.run("sync", "resolve", str(conflicts_b[0]["id"]), "--keep", "loser")
    _sync_until_quiet(b, a)
    for profile in (a, b):
        assert (
            profile.json("catalog", "show", "GM-01", "--json")["price"] == conflict["loser_value"]
        )
        assert profile.json("sync", "conflicts", "--json") == []
        status = profile.json("sync", "status", "--json")
        assert status["signed_in"] and status["pending_changes"] == 0 and status["conflicts"] == 0
        with sqlite3.connect(profile.data_dir / "studio.sqlite3") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_two_offline_stock_counts_do_not_double_and_are_settled_once(
    sync_hub, make_profile, shop_login, tmp_path
):
    a, b = make_profile("pc-a"), make_profile("pc-b")
    csv = tmp_path / "shop.csv"
    csv.write_text(
        "Tên sản phẩm,SKU,Giá,Tồn kho\nChiếu cói Kim Sơn,CC-01,250000,50\nLàn cói,LC-01,90000,20\n",
        encoding="utf-8",
    )
    a.run("catalog", "import", str(csv))
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Cói Kim Sơn",
          "--password-stdin", stdin=PASSWORD)  # fmt: skip
    a.sync()
    b.run(
        "sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin", stdin=PASSWORD
    )
    b.sync()
    a.run("catalog", "count", "CC-01", "40")  # both found 40 where the books said 50
    b.run("catalog", "count", "CC-01", "40")
    a.run("catalog", "count", "LC-01", "15")  # two people, two numbers: the owner decides
    b.run("catalog", "count", "LC-01", "17")
    b.run("catalog", "stock", "CC-01", "-2", "--reason", "sold")
    b.run("catalog", "stock", "LC-01", "-2", "--reason", "sold")
    _sync_until_quiet(a, b, a)
    for profile in (a, b):
        assert profile.json("catalog", "show", "CC-01", "--json")["stock"] == 38  # not 28
        assert profile.json("catalog", "show", "LC-01", "--json")["stock"] == 15  # B's count, later
    conflicts = a.json("sync", "conflicts", "--json")  # the same count twice: nothing to settle
    assert [(c["field"], c["winner_value"], c["loser_value"]) for c in conflicts] == [
        ("stock_count", 17, 15)
    ]
    assert [c["row_id"] for c in b.json("sync", "conflicts", "--json")] == [conflicts[0]["row_id"]]
    a.run("sync", "resolve", str(conflicts[0]["id"]), "--keep", "loser")  # A's 15 was right
    _sync_until_quiet(a, b)
    for profile in (a, b):
        assert profile.json("catalog", "show", "LC-01", "--json")["stock"] == 13  # 15, then sold 2
        assert profile.json("catalog", "show", "CC-01", "--json")["stock"] == 38
        assert profile.json("sync", "conflicts", "--json") == []
