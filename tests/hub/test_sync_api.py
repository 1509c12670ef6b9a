"""Push, pull and merge through a real hub process (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
import uuid

from app.sync.hlc import HLC


def test_pushed_change_comes_back_on_the_other_device(new_shop):
    pc1 = new_shop()
    pc2 = pc1.another_device()
    response = pc1.push(
        [pc1.set("product", "p1", "name", "Nón lá Huế"), pc1.set("product", "p1", "price", 150000)]
    )
    assert response.status_code == 200, response.text
    assert response.json()["applied"] == 2
    changes, conflicts, cursor = pc2.pull_all()
    assert {(c["field"], c["value"]) for c in changes} == {
        ("name", "Nón lá Huế"),
        ("price", 150000),
    }
    assert conflicts == []
    assert cursor == response.json()["cursor"]
    again, _, same_cursor = pc2.pull_all(cursor)
    assert again == [] and same_cursor == cursor


def test_replayed_push_is_applied_once(new_shop):
    shop = new_shop()
    batch = uuid.uuid4().hex
    movement = {"table": "stock_movement", "row_id": "m-1", "op": "insert",
                "value": {"product_id": "p1", "delta": -2}, "hlc": shop.stamp()}  # fmt: skip
    first = shop.push([movement], batch_id=batch)
    second = shop.push([movement], batch_id=batch)
    assert first.status_code == second.status_code == 200
    assert first.json()["duplicate"] is False and second.json()["duplicate"] is True
    assert second.json()["cursor"] == first.json()["cursor"]
    changes, _, _ = shop.pull_all()
    assert [c["value"] for c in changes] == [{"product_id": "p1", "delta": -2}]


def test_stock_movements_from_two_devices_merge_as_a_union(new_shop):
    pc1 = new_shop()
    pc2 = pc1.another_device()
    pc1.push(
        [
            {
                "table": "stock_movement",
                "row_id": "a",
                "op": "insert",
                "value": {"delta": 5},
                "hlc": pc1.stamp(),
            }
        ]
    )
    pc2.push(
        [
            {
                "table": "stock_movement",
                "row_id": "b",
                "op": "insert",
                "value": {"delta": -1},
                "hlc": pc2.stamp(),
            }
        ]
    )
    # The same record sent twice in different batches is still one record.
    pc2.push(
        [
            {
                "table": "stock_movement",
                "row_id": "b",
                "op": "insert",
                "value": {"delta": -1},
                "hlc": pc2.stamp(),
            }
        ]
    )
    changes, conflicts, _ = pc1.pull_all()
    assert sorted(c["value"]["delta"] for c in changes) == [-1, 5]
    assert conflicts == []


def test_concurrent_edits_keep_the_loser_as_a_conflict_on_both_sides(new_shop):
    pc1 = new_shop()
    pc2 = pc1.another_device()
    early = pc1.set("product", "p1", "price", 120000)
    pc2.clock.observe(
        HLC.parse(early["hlc"])
    )  # pc2's edit is later in time, but it never saw pc1's
    late = pc2.set("product", "p1", "price", 125000)
    assert HLC.parse(late["hlc"]) > HLC.parse(early["hlc"])
    assert pc2.push([late]).json()["conflicts"] == []
    answer = pc1.push([early]).json()  # arrives later but was made earlier: it loses
    assert answer["applied"] == 0
    [conflict] = answer["conflicts"]
    assert (conflict["winner_value"], conflict["loser_value"]) == (125000, 120000)
    for device in (pc1, pc2):
        changes, conflicts, _ = device.pull_all()
        assert [c["value"] for c in changes if c["field"] == "price"] == [125000]
        assert [(c["winner_value"], c["loser_value"]) for c in conflicts] == [(125000, 120000)]


def test_an_edit_made_after_seeing_the_value_is_no_conflict(new_shop):
    pc1 = new_shop()
    pc2 = pc1.another_device()
    first = pc1.set("product", "p1", "name", "Giỏ mây")
    pc1.push([first])
    pc2.clock.observe(HLC.parse(first["hlc"]))
    answer = pc2.push(
        [pc2.set("product", "p1", "name", "Giỏ mây đan", seen_hlc=first["hlc"])]
    ).json()
    assert answer["applied"] == 1 and answer["conflicts"] == []


def test_delete_is_a_tombstone_that_a_late_edit_does_not_undo(new_shop):
    pc1 = new_shop()
    pc2 = pc1.another_device()
    edit = pc1.set("product", "p9", "name", "Sửa muộn")
    pc2.push([pc2.set("product", "p9", "name", "Chiếu cói")])
    pc2.push([{"table": "product", "row_id": "p9", "op": "delete", "hlc": pc2.stamp()}])
    pc1.push([edit])
    changes, _, _ = pc1.pull_all()
    fields = {c["field"]: c["value"] for c in changes if c["row_id"] == "p9"}
    assert fields["_deleted"] is True


def test_a_clock_more_than_a_minute_ahead_is_refused_with_advice(new_shop):
    shop = new_shop()
    future = HLC(time.time_ns() // 1_000_000 + 5 * 60_000, 0, shop.device_id).encode()
    response = shop.push(
        [{"table": "product", "row_id": "p1", "field": "name", "value": "x", "hlc": future}]
    )
    assert response.status_code == 422
    assert response.json()["error"] == "clock_ahead"
    assert "đồng hồ" in response.json()["message"].lower()
    assert shop.pull_all()[0] == []  # nothing of the batch was stored


def test_a_stamp_of_another_device_is_refused(new_shop):
    shop = new_shop()
    forged = HLC(time.time_ns() // 1_000_000, 0, "someone-else").encode()
    response = shop.push(
        [{"table": "product", "row_id": "p1", "field": "name", "value": "x", "hlc": forged}]
    )
    assert response.status_code == 422 and response.json()["error"] == "wrong_device"


def test_pull_pages_through_everything_in_order(new_shop):
    shop = new_shop()
    shop.push([shop.set("product", f"p{i}", "name", f"Sản phẩm {i}") for i in range(25)])
    changes, _, _ = shop.pull_all(limit=7)
    assert [c["value"] for c in changes] == [f"Sản phẩm {i}" for i in range(25)]
    assert [c["seq"] for c in changes] == sorted(c["seq"] for c in changes)


def test_unknown_protocol_version_gets_an_upgrade_message(new_shop):
    shop = new_shop()
    with shop.hub.client() as client:
        newer = client.post(shop.url("/push"), headers=shop.headers,
                            json={"protocol": 99, "batch_id": "whatever-batch", "changes": "new shape"})  # fmt: skip
        older = client.get(shop.url("/pull"), headers=shop.headers, params={"protocol": 0})
    assert newer.status_code == 426 and newer.json()["error"] == "unsupported_protocol"
    assert "cập nhật" in newer.json()["message"]
    assert older.status_code == 426 and "cập nhật" in older.json()["message"]


def test_bad_bodies_get_the_right_4xx_and_store_nothing(new_shop):
    shop = new_shop()
    with shop.hub.client() as client:
        url, auth = shop.url("/push"), shop.headers
        broken = client.post(
            url, headers={**auth, "Content-Type": "application/json"}, content=b'{"batch_id": '
        )
        wrong_type = client.post(
            url, headers=auth, json={"batch_id": "abcdefgh", "changes": [{"table": 5}]}
        )
        bad_name = client.post(url, headers=auth, json={"batch_id": "abcdefgh", "changes": [
            {"table": "../etc", "row_id": "p1", "field": "name", "value": 1, "hlc": shop.stamp()}]})  # fmt: skip
        many = [shop.set("product", f"p{i}", "name", "x") for i in range(1001)]
        huge_batch = client.post(url, headers=auth, json={"batch_id": "abcdefgh", "changes": many})
        huge_body = client.post(
            url,
            headers={**auth, "Content-Type": "application/json"},
            content=b" " * (5 * 1024 * 1024),
        )
        big_value = client.post(url, headers=auth, json={"batch_id": "abcdefgh", "changes": [
            shop.set("product", "p1", "description", "x" * 70_000)]})  # fmt: skip
    assert broken.status_code == 400 and broken.json()["error"] == "bad_json"
    assert wrong_type.status_code == 422 and wrong_type.json()["error"] == "invalid"
    assert bad_name.status_code == 422
    assert huge_batch.status_code == 413
    assert huge_body.status_code == 413
    assert big_value.status_code == 413
    assert shop.pull_all()[0] == []
