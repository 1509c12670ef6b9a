"""The hub client against a real hub process: each refusal becomes the SyncError a user
reads, a broken network is "unreachable", and addresses / short codes are read back."""

from __future__ import annotations

import sys
import uuid

import pytest

from app.sync import errors
from app.sync.address import (
    NotAnAddress,
    address_or_code,
    hub_url,
    resolve_short_code,
    short_code,
)
from app.sync.http import HubClient

fault_proxy = sys.modules["sync_fault_proxy"]  # loaded by tests/sync/conftest.py
hub_helpers = sys.modules["hub_test_helpers"]  # loaded by tests/sync/conftest.py
PASSWORD = hub_helpers.PASSWORD


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("192.168.1.10:8000", "http://192.168.1.10:8000"),
        ("  192.168.1.10 ", "http://192.168.1.10:8765"),
        ("hub.xa.vn", "http://hub.xa.vn:8765"),
        ("https://hub.xa.vn/", "https://hub.xa.vn"),
        ("http://hub.xa.vn:9000/lang-nghe/", "http://hub.xa.vn:9000/lang-nghe"),
    ],
)
def test_addresses_as_users_type_them(typed, url):
    assert hub_url(typed) == url
    assert address_or_code(typed) == url


@pytest.mark.parametrize("typed", ["", "ftp://hub.xa.vn", "192.168.1.10:máy", "hub xa vn"])
def test_what_is_not_an_address_is_refused(typed):
    with pytest.raises(NotAnAddress):
        hub_url(typed)


def test_short_codes_round_trip_and_forgive_misreadings():
    for host, port in (("192.168.1.10", 8765), ("192.168.0.2", 80), ("192.168.255.254", 65535),
                       ("10.0.0.5", 8765), ("10.200.3.4", 8765), ("172.16.0.1", 8765),
                       ("172.31.9.200", 8765)):  # fmt: skip
        code = short_code(host, port)
        assert code is not None and len(code) == 8 and code[3] == "-"
        assert resolve_short_code(code) == f"http://{host}:{port}"
        read_aloud = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
        assert address_or_code(read_aloud) == f"http://{host}:{port}"
    assert short_code("10.0.0.5", 8000) is None  # only the default port fits for 10/8
    assert short_code("8.8.8.8", 8765) is None and short_code("hub.xa.vn", 8765) is None
    for junk in ("ABC-DEF", "ABCDEFGH", "UUU-UUUU", "ZZZ-ZZZZ"):
        with pytest.raises(NotAnAddress):
            resolve_short_code(junk)


def test_hub_info_gives_an_address_and_a_code_that_lead_back(sync_hub):
    with HubClient(sync_hub.base_url) as client:
        info = client.hub_info()
    port = int(sync_hub.base_url.rsplit(":", 1)[1])
    assert info["address"].startswith("http://") and info["address"].endswith(f":{port}")
    assert "127.0.0.1" not in info["address"]  # the trainer's class cannot reach loopback
    if info["code"] is not None:
        assert resolve_short_code(info["code"]) == info["address"]


@pytest.fixture
def shop(sync_hub):
    login = f"shop-{uuid.uuid4().hex[:10]}"
    with HubClient(sync_hub.base_url) as client:
        client.create_shop(login, PASSWORD, "Mây tre Hoà")
        answer = client.sign_in(login, PASSWORD, "PC 1")
    return login, answer


def test_refusals_become_the_sentences_users_read(sync_hub, shop):
    login, answer = shop
    with HubClient(sync_hub.base_url) as client, pytest.raises(errors.WrongPassword):
        client.sign_in(login, "sai-mat-khau-roi", "PC 1")
    stranger = HubClient(sync_hub.base_url, "khong-phai-token", answer["shop_id"])
    with stranger as client, pytest.raises(errors.SignInAgain):
        client.pull(0)
    other_login, other = f"{login}-b", None
    with HubClient(sync_hub.base_url) as client:
        client.create_shop(other_login, PASSWORD, "Nón lá")
        other = client.sign_in(other_login, PASSWORD, "PC 9")
    wrong_shop = HubClient(sync_hub.base_url, answer["token"], other["shop_id"])
    with wrong_shop as client, pytest.raises(errors.WrongShop) as refused:
        client.pull(0)
    assert "cửa hàng khác" in refused.value.message.render()
    old_app = HubClient(sync_hub.base_url, answer["token"], answer["shop_id"])
    with old_app as client, pytest.raises(errors.UpdateTheApp):
        client._call("GET", client._shop("/pull"), params={"cursor": 0, "protocol": 999})


def test_too_many_wrong_passwords_says_how_long_to_wait(sync_hub, shop):
    login, _answer = shop
    with HubClient(sync_hub.base_url) as client, pytest.raises(errors.TooManyAttempts) as waited:
        for _ in range(30):
            with pytest.raises(errors.WrongPassword):
                client.sign_in(login, "sai-mat-khau-roi", "PC 1")
    assert waited.value.retry_after_s > 0
    assert "phút" in waited.value.message.render()
    assert isinstance(waited.value, errors.HubUnreachable)  # the engine waits and retries


def test_no_hub_or_a_cut_answer_is_unreachable(sync_hub, shop):
    _login, answer = shop
    port = hub_helpers.free_port()
    nobody = HubClient(f"http://127.0.0.1:{port}")
    with nobody as client, pytest.raises(errors.HubUnreachable) as unreachable:
        client.hub_info()
    assert unreachable.value.retry
    with fault_proxy.FaultProxy(sync_hub.base_url) as proxy:
        client = HubClient(proxy.base_url, answer["token"], answer["shop_id"])
        for fault in ("drop_request", "drop_response", "cut_body"):
            proxy.plan([fault])
            with pytest.raises(errors.HubUnreachable):
                client.pull(0)
        assert client.pull(0)["has_more"] is False  # healed: the same call answers
        client.close()
