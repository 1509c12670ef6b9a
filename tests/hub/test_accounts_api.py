"""Shop accounts, device tokens, sign-in limits, the admin command and what the logs keep."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mat-khau-rat-dai"  # the one conftest gives every test shop


@pytest.fixture
def create_shop(tools):
    return tools.create_shop


@pytest.fixture
def sign_in(tools):
    return tools.sign_in


def _admin_cli(hub, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    command = [sys.executable, str(ROOT / "main.py"), "hub", "admin", *args,
               "--data-dir", str(hub.data_dir), "--db", hub.db_url]  # fmt: skip
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_wrong_password_is_refused_and_repeated_failures_are_throttled(hub, create_shop):
    login = create_shop(hub)
    with hub.client() as client:
        attempt = {"login": login, "password": "sai-mat-khau", "device_name": "PC"}
        codes = [client.post("/v1/sign-in", json=attempt).status_code for _ in range(10)]
        assert codes == [401] * 10
        locked = client.post("/v1/sign-in", json={**attempt, "password": PASSWORD})
        assert locked.status_code == 429 and "Retry-After" in locked.headers
        assert "đợi" in locked.json()["message"]
        unknown = client.post("/v1/sign-in", json={**attempt, "login": "khong-co-shop-nay"})
        assert unknown.status_code == 401  # same answer as a wrong password: no probing for names


def test_a_login_cannot_be_taken_twice(hub, create_shop):
    login = create_shop(hub)
    with hub.client() as client:
        again = client.post(
            "/v1/shops", json={"login": login, "password": PASSWORD, "display_name": "Khác"}
        )
    assert again.status_code == 409 and again.json()["error"] == "login_taken"


def test_the_owner_signs_a_lost_pc_out_from_another_device(hub, create_shop, sign_in):
    pc1 = sign_in(hub, create_shop(hub), "PC ở nhà")
    laptop = pc1.another_device("Máy xách tay")
    with hub.client() as client:
        assert (
            client.delete(
                laptop.url(f"/devices/{pc1.device_id}"), headers=laptop.headers
            ).status_code
            == 204
        )
        assert client.get(pc1.url("/pull"), headers=pc1.headers).status_code == 401
        devices = client.get(laptop.url("/devices"), headers=laptop.headers).json()
    assert {d["name"]: d["revoked"] for d in devices} == {"PC ở nhà": True, "Máy xách tay": False}
    assert [d["this_device"] for d in devices] == [False, True]


def test_profile_update_is_cleaned_and_scoped(hub, create_shop, sign_in):
    shop = sign_in(hub, create_shop(hub))
    with hub.client() as client:
        updated = client.patch(shop.url(), headers=shop.headers,
                               json={"display_name": "  Nha\u0300  Lan ", "contact": "0912 345 678"})  # fmt: skip
    assert updated.json()["display_name"] == "Nhà Lan"


def test_admin_lists_shops_and_resets_a_password_but_reads_no_shop_data(hub, create_shop, sign_in):
    owner = sign_in(hub, create_shop(hub, "Nón lá Chuông"))
    owner.push([owner.set("product", "p1", "name", "Nón bài thơ")])
    admin_name = f"admin-{uuid.uuid4().hex[:6]}"
    created = _admin_cli(
        hub, "create-admin", admin_name, "--password-stdin", stdin="quan-tri-xa-123\n"
    )
    assert created.returncode == 0, created.stderr
    listed = _admin_cli(hub, "list-shops")
    assert owner.login in listed.stdout and "Nón lá Chuông" in listed.stdout
    with hub.client() as client:
        token = client.post(
            "/v1/admin/sign-in", json={"username": admin_name, "password": "quan-tri-xa-123"}
        ).json()["token"]
        admin = {"Authorization": f"Bearer {token}"}
        shops = client.get("/v1/admin/shops", headers=admin).json()
        assert any(s["login"] == owner.login and s["devices"] == 1 for s in shops)
        for path in ("/pull", "", "/devices"):
            assert client.get(owner.url(path), headers=admin).status_code == 401
        reset = client.put(
            f"/v1/admin/shops/{owner.shop_id}/password",
            headers=admin,
            json={"password": "mat-khau-moi-456"},
        )
        assert reset.status_code == 204
        assert (
            client.get(owner.url("/pull"), headers=owner.headers).status_code == 401
        )  # signed out
        old = client.post(
            "/v1/sign-in", json={"login": owner.login, "password": PASSWORD, "device_name": "PC"}
        )
        new = client.post(
            "/v1/sign-in",
            json={"login": owner.login, "password": "mat-khau-moi-456", "device_name": "PC"},
        )
    assert old.status_code == 401 and new.status_code == 200
    cli_reset = _admin_cli(
        hub, "reset-password", owner.login, "--password-stdin", stdin="mat-khau-thu-ba\n"
    )
    assert cli_reset.returncode == 0, cli_reset.stderr
    unknown = _admin_cli(
        hub, "reset-password", "khong-co", "--password-stdin", stdin="mat-khau-thu-ba\n"
    )
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1


def test_logs_never_contain_tokens_or_passwords(hub, create_shop, sign_in):
    shop = sign_in(hub, create_shop(hub))
    shop.push([shop.set("product", "p1", "name", "x")])
    with hub.client() as client:
        client.get(shop.url("/pull"), headers=shop.headers, params={"cursor": 0})
    logs = hub.log_text() + (hub.data_dir / "logs" / "hub.log").read_text(encoding="utf-8")
    assert '"path": "/v1/sign-in"' in logs  # requests are logged...
    assert (
        shop.token not in logs and "lnd_" not in logs and PASSWORD not in logs
    )  # ...secrets are not


@pytest.mark.parametrize("args", [["--db", "mysql://nope"], ["--tls-cert", "only-cert.pem"]])
def test_a_bad_start_prints_one_clear_line(tmp_path, args):
    command = [
        sys.executable,
        str(ROOT / "main.py"),
        "hub",
        "--data-dir",
        str(tmp_path),
        "--port",
        "1",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("hub:")
