"""Text no database can keep (NUL, lone surrogates) is refused with 422 on every backend.

The API fuzzer first found this as a 500 on PostgreSQL, which rejects NUL in text.
"""

from __future__ import annotations

import json
import uuid

import pytest

NASTY = ["Nhà\x00bà Lan", "\udb59 lẻ"]


def _raw_json(body: dict) -> bytes:
    # json.dumps escapes NUL and lone surrogates as \\u0000 / \\udb59, as a real client would send
    return json.dumps(body).encode("ascii")


@pytest.mark.parametrize("nasty", NASTY)
def test_shop_profile_with_unstorable_text_is_refused_and_nothing_stored(hub, tools, nasty):
    login = f"shop-{uuid.uuid4().hex[:10]}"
    body = {"login": login, "password": tools.PASSWORD, "display_name": "Cơ sở", "address": nasty}
    with hub.client() as client:
        response = client.post(
            "/v1/shops", content=_raw_json(body), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 422, response.text
        assert response.json()["error"] == "invalid"
        assert tools.PASSWORD not in response.text, "never echo a password back"
        signed = client.post(
            "/v1/sign-in", json={"login": login, "password": tools.PASSWORD, "device_name": "PC"}
        )
    assert signed.status_code == 401, "the refused shop must not exist"


@pytest.mark.parametrize("nasty", NASTY)
def test_pushed_value_with_unstorable_text_is_refused_and_nothing_stored(hub, new_shop, nasty):
    shop = new_shop()
    change = shop.set("product", uuid.uuid4().hex, "name", {"vi": [nasty]})
    with hub.client() as client:
        response = client.post(
            shop.url("/push"),
            headers={**shop.headers, "Content-Type": "application/json"},
            content=_raw_json({"batch_id": uuid.uuid4().hex, "changes": [change]}),
        )
    assert response.status_code == 422, response.text
    changes, _conflicts, _cursor = shop.pull_all()
    assert changes == []


@pytest.mark.parametrize("nasty", NASTY)
def test_admin_sign_in_with_unstorable_text_is_a_plain_refusal_not_a_hub_bug(hub, nasty):
    body = {"username": nasty, "password": "mật khẩu bất kỳ"}
    with hub.client() as client:
        response = client.post(
            "/v1/admin/sign-in",
            content=_raw_json(body),
            headers={"Content-Type": "application/json"},
        )
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "invalid"
