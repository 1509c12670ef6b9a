"""The fault proxy against a real hub: each fault breaks the exchange where it says, and the
hub's exactly-once push holds through it (the retry with the same batch id is answered
``duplicate`` when the first attempt reached the hub, applied when it did not)."""

from __future__ import annotations

import contextlib
import sys
import time
import uuid

import httpx
import pytest

fault_proxy = sys.modules["sync_fault_proxy"]  # loaded by tests/sync/conftest.py
hub_helpers = sys.modules["hub_test_helpers"]  # loaded by tests/sync/conftest.py


@pytest.fixture(scope="module")
def proxy(sync_hub):
    with fault_proxy.FaultProxy(sync_hub.base_url, delay_s=0.3) as running:
        yield running


@pytest.fixture
def shop(sync_hub, proxy):
    proxy.heal()
    proxy.only()
    return hub_helpers.sign_in(sync_hub, hub_helpers.create_shop(sync_hub))


def _push(proxy, shop, batch_id: str, changes: list[dict]) -> httpx.Response:
    with httpx.Client(base_url=proxy.base_url, timeout=10) as client:
        return client.post(
            shop.url("/push"),
            headers=shop.headers,
            json={"protocol": 1, "batch_id": batch_id, "changes": changes},
        )


def _movement(shop, quantity: int) -> dict:
    return {"table": "stock_movement", "row_id": uuid.uuid4().hex, "op": "insert",
            "value": {"variant_id": "v1", "quantity": quantity}, "hlc": shop.stamp()}  # fmt: skip


def _records(shop) -> list[dict]:
    changes, _conflicts, _cursor = shop.pull_all()  # straight to the hub, not through the proxy
    return [c for c in changes if c["table"] == "stock_movement"]


def test_untouched_requests_pass_both_ways(shop, proxy):
    answer = _push(proxy, shop, uuid.uuid4().hex, [shop.set("product", "p1", "name", "Giỏ mây")])
    assert answer.status_code == 200 and answer.json()["applied"] == 1
    with httpx.Client(base_url=proxy.base_url, timeout=10) as client:  # keep-alive: 3 on one client
        for _ in range(3):
            page = client.get(shop.url("/pull"), headers=shop.headers, params={"cursor": 0})
            assert [c["value"] for c in page.json()["changes"]] == ["Giỏ mây"]
    assert proxy.faults_injected == 0 and proxy.counts["pass"] == 4


def test_dropped_request_never_reaches_the_hub_and_the_retry_applies_it(shop, proxy):
    batch, movement = uuid.uuid4().hex, _movement(shop, -1)
    proxy.plan(["drop_request"])
    with pytest.raises(httpx.TransportError):
        _push(proxy, shop, batch, [movement])
    assert _records(shop) == []  # nothing arrived
    retry = _push(proxy, shop, batch, [movement])
    assert retry.json()["duplicate"] is False and retry.json()["applied"] == 1
    assert [r["row_id"] for r in _records(shop)] == [movement["row_id"]]
    assert proxy.counts["drop_request"] == 1


def test_response_dropped_after_the_hub_applied_it_is_applied_exactly_once(shop, proxy):
    batch, movement = uuid.uuid4().hex, _movement(shop, -1)
    proxy.plan(["drop_response"])
    with pytest.raises(httpx.TransportError):
        _push(proxy, shop, batch, [movement])
    assert [r["row_id"] for r in _records(shop)] == [movement["row_id"]]  # the hub has it
    retry = _push(proxy, shop, batch, [movement])  # the client could not know: it retries
    assert retry.status_code == 200 and retry.json()["duplicate"] is True
    assert [r["row_id"] for r in _records(shop)] == [movement["row_id"]]  # still once
    assert proxy.counts["drop_response"] == 1


def test_answer_cut_mid_body_is_an_error_and_the_retry_is_a_duplicate(shop, proxy):
    batch = uuid.uuid4().hex
    changes = [shop.set("product", "p1", "description", "Mây rừng " * 200)]
    proxy.plan(["cut_body"])
    with pytest.raises(httpx.TransportError):  # Content-Length promised more than arrived
        _push(proxy, shop, batch, changes)
    retry = _push(proxy, shop, batch, changes)
    assert retry.json()["duplicate"] is True
    changes_now, _, _ = shop.pull_all()
    assert len(changes_now) == 1
    proxy.plan(["cut_body"])  # a pull cut mid-body too
    with (
        httpx.Client(base_url=proxy.base_url, timeout=10) as client,
        pytest.raises(httpx.TransportError),
    ):
        client.get(shop.url("/pull"), headers=shop.headers, params={"cursor": 0})
    assert proxy.counts["cut_body"] == 2


def test_duplicated_request_reaches_the_hub_twice_and_counts_once(shop, proxy):
    batch, movement = uuid.uuid4().hex, _movement(shop, 5)
    proxy.plan(["duplicate"])
    first = _push(proxy, shop, batch, [movement])
    assert first.status_code == 200 and first.json()["duplicate"] is False
    # The hub saw the batch a second time: asking again now gets the stored answer.
    again = _push(proxy, shop, batch, [movement])
    assert again.json()["duplicate"] is True
    assert [r["row_id"] for r in _records(shop)] == [movement["row_id"]]
    # A fresh batch carrying the same record (an outbox resent under a new id) is a union too.
    other = _push(proxy, shop, uuid.uuid4().hex, [movement])
    assert other.json()["duplicate"] is False
    assert [r["row_id"] for r in _records(shop)] == [movement["row_id"]]
    assert [m for m, _p, f in proxy.log if f == "duplicate"] == ["POST"]


def test_delayed_answer_arrives_whole_after_the_delay(shop, proxy):
    proxy.plan(["delay"])
    started = time.monotonic()
    answer = _push(proxy, shop, uuid.uuid4().hex, [shop.set("product", "p1", "name", "Nón lá")])
    assert time.monotonic() - started >= 0.3  # a lower bound: cannot flake on a slow machine
    assert answer.json()["applied"] == 1


def test_random_faults_replay_the_same_with_the_same_seed(shop, proxy):
    def run(seed: int) -> list[str]:
        proxy.log.clear()
        proxy.randomize(0.5, seed)
        with httpx.Client(base_url=proxy.base_url, timeout=10) as client:
            for _ in range(20):
                with contextlib.suppress(httpx.TransportError):
                    client.get("/health")
        proxy.heal()
        return [fault for _m, _p, fault in proxy.log]

    first, second = run(7), run(7)
    assert first == second
    assert set(first) - {"pass"}, "a 50 % rate over 20 requests injected nothing"
    assert run(8) != first


def test_only_limits_faults_to_matching_paths(shop, proxy):
    proxy.only("/push")
    proxy.plan(["drop_request"])
    with httpx.Client(base_url=proxy.base_url, timeout=10) as client:
        assert client.get("/health").status_code == 200  # not a push: the planned fault waits
    with pytest.raises(httpx.TransportError):
        _push(proxy, shop, uuid.uuid4().hex, [shop.set("product", "p1", "name", "x")])
