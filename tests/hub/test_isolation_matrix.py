"""Every shop endpoint × (no token, revoked token, another shop's token) is refused and changes nothing."""

from __future__ import annotations

import hashlib

import pytest

BLOB = b"anh san pham cua shop B" * 100
BLOB_HASH = hashlib.sha256(BLOB).hexdigest()

# (method, path template, json body or bytes); {shop} is the victim's id, {device} its device.
SHOP_ENDPOINTS = [
    ("GET", "/v1/shops/{shop}", None),
    ("PATCH", "/v1/shops/{shop}", {"display_name": "Bị chiếm"}),
    ("GET", "/v1/shops/{shop}/devices", None),
    ("DELETE", "/v1/shops/{shop}/devices/{device}", None),
    ("POST", "/v1/shops/{shop}/push", "PUSH"),
    ("GET", "/v1/shops/{shop}/pull", None),
    ("POST", "/v1/shops/{shop}/blobs/has", {"hashes": [BLOB_HASH]}),
    ("GET", "/v1/shops/{shop}/blobs/{blob}/upload", None),
    ("PUT", "/v1/shops/{shop}/blobs/{blob}/upload", b"xx"),
    ("PUT", "/v1/shops/{shop}/blobs/upload", b"xx"),
    ("POST", "/v1/shops/{shop}/blobs/{blob}/complete", {"size": len(BLOB)}),
    ("GET", "/v1/shops/{shop}/blobs/{blob}", None),
]
ADMIN_ENDPOINTS = [
    ("GET", "/v1/admin/shops", None),
    ("PUT", "/v1/admin/shops/{shop}/password", {"password": "mat-khau-moi-123"}),
    ("DELETE", "/v1/admin/shops/{shop}/devices/{device}", None),
]


def _normalise(path: str) -> str:
    return (
        path.replace("{shop_id}", "{shop}")
        .replace("{device_id}", "{device}")
        .replace("{digest}", "{blob}")
    )


def test_the_matrix_covers_every_protected_endpoint(hub):
    with hub.client() as client:
        spec = client.get("/openapi.json").json()
    protected = {
        (method.upper(), _normalise(path))
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if operation.get("security")
    }
    assert protected == {(m, p) for m, p, _ in SHOP_ENDPOINTS + ADMIN_ENDPOINTS}


@pytest.fixture
def victim(new_shop):
    """Shop B with a row, a blob and a second device that gets revoked."""
    owner = new_shop("Cơ sở B")
    assert owner.push([owner.set("product", "p1", "name", "Bí mật của B")]).status_code == 200
    with owner.hub.client() as client:
        put = client.put(
            owner.url(f"/blobs/{BLOB_HASH}/upload"), headers=owner.headers, content=BLOB
        )
        assert put.status_code == 200
        done = client.post(
            owner.url(f"/blobs/{BLOB_HASH}/complete"),
            headers=owner.headers,
            json={"size": len(BLOB)},
        )
        assert done.status_code == 200
        revoked = owner.another_device("PC bị mất")
        assert (
            client.delete(
                owner.url(f"/devices/{revoked.device_id}"), headers=owner.headers
            ).status_code
            == 204
        )
    return owner, revoked


def _send(client, method, template, body, owner, token):
    path = template.format(shop=owner.shop_id, device=owner.device_id, blob=BLOB_HASH)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if body == "PUSH":
        body = {
            "batch_id": "attack-batch-1",
            "changes": [owner.set("product", "p1", "name", "Bị sửa")],
        }
    if isinstance(body, bytes):
        return client.request(method, path, headers=headers, content=body)
    return client.request(method, path, headers=headers, json=body)


@pytest.mark.parametrize(
    "who", ["no token", "revoked token", "other shop's token", "garbage token"]
)
def test_shop_endpoints_refuse_strangers(hub, new_shop, victim, who):
    owner, revoked = victim
    intruder = new_shop("Cơ sở A")
    token = {"no token": None, "revoked token": revoked.token, "other shop's token": intruder.token,
             "garbage token": "lnd_not-a-token"}[who]  # fmt: skip
    with hub.client() as client:
        for method, template, body in SHOP_ENDPOINTS:
            response = _send(client, method, template, body, owner, token)
            expected = 403 if who == "other shop's token" else 401
            assert response.status_code == expected, (method, template, response.text)
            assert "Bí mật" not in response.text
        # Nothing changed for the owner.
        assert client.get(owner.url(), headers=owner.headers).json()["display_name"] == "Cơ sở B"
        assert client.get(owner.url(f"/blobs/{BLOB_HASH}"), headers=owner.headers).content == BLOB
        devices = client.get(owner.url("/devices"), headers=owner.headers).json()
        assert [d["revoked"] for d in devices] == [False, True]
    changes, _, _ = owner.pull_all()
    assert [c["value"] for c in changes] == ["Bí mật của B"]


@pytest.mark.parametrize("who", ["no token", "device token"])
def test_admin_endpoints_refuse_non_admins(hub, victim, who):
    owner, _ = victim
    token = None if who == "no token" else owner.token
    with hub.client() as client:
        for method, template, body in ADMIN_ENDPOINTS:
            response = _send(client, method, template, body, owner, token)
            assert response.status_code == 401, (method, template, response.text)
    assert owner.pull_all()[0]  # the owner's device still works


def test_another_shop_cannot_see_or_fetch_a_blob_it_never_uploaded(new_shop, victim):
    owner, _ = victim
    intruder = new_shop("Cơ sở A")
    with owner.hub.client() as client:
        has = client.post(
            intruder.url("/blobs/has"), headers=intruder.headers, json={"hashes": [BLOB_HASH]}
        )
        assert has.json() == {"present": [], "missing": [BLOB_HASH]}
        fetch = client.get(intruder.url(f"/blobs/{BLOB_HASH}"), headers=intruder.headers)
        assert fetch.status_code == 404
        # Proving it has the bytes (uploading them) is what gives access.
        client.put(
            intruder.url(f"/blobs/{BLOB_HASH}/upload"), headers=intruder.headers, content=BLOB
        )
        done = client.post(intruder.url(f"/blobs/{BLOB_HASH}/complete"), headers=intruder.headers,
                           json={"size": len(BLOB)})  # fmt: skip
        assert done.status_code == 200
        assert (
            client.get(intruder.url(f"/blobs/{BLOB_HASH}"), headers=intruder.headers).content
            == BLOB
        )
