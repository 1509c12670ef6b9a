"""``python main.py sync …`` as a script sees it: exact JSON keys, one Vietnamese line and
exit 2 on a mistake, and ``logout --forget-data`` that never throws away unsent changes."""

from __future__ import annotations

import pytest

PASSWORD = "mat-khau-rat-dai"
STATUS_KEYS = {"signed_in", "hub", "shop", "pending_changes", "pending_uploads", "last_sync",
               "conflicts"}  # fmt: skip
REPORT_KEYS = {"pushed", "pulled", "conflicts_new", "uploaded", "downloaded"}
CONFLICT_KEYS = {"id", "table", "row_id", "field", "winner_value", "loser_value",
                 "winner_device", "loser_device"}  # fmt: skip


def _import(profile, tmp_path, rows: str) -> None:
    csv = tmp_path / f"{profile.data_dir.name}.csv"
    csv.write_text("Tên sản phẩm,SKU,Giá,Tồn kho\n" + rows, encoding="utf-8")
    profile.run("catalog", "import", str(csv))


def test_before_sign_in_status_says_so_and_sync_now_explains(make_profile, tmp_path):
    a = make_profile("pc-a")
    _import(a, tmp_path, "Nón lá Huế,NL-01,100000,5\n")
    status = a.json("sync", "status", "--json")
    assert set(status) >= STATUS_KEYS
    assert status["signed_in"] is False and status["hub"] is None
    assert status["pending_changes"] > 0  # captured offline, from day one
    a.run("sync", "now", "--json", expect=2)
    assert "chưa đăng nhập" in a.last_stderr
    assert a.last_stderr.count("\n") == 1


@pytest.mark.slow
def test_sign_up_sync_conflicts_resolve_and_logout(sync_hub, make_profile, shop_login, tmp_path):
    a, b = make_profile("pc-a"), make_profile("pc-b")
    _import(a, tmp_path, "Nón lá Huế,NL-01,100000,5\n")
    a.run("sync", "signup", sync_hub.base_url, "--shop", shop_login, "--name", "Nón lá",
          "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin="sai-mat-khau\n", expect=2)  # fmt: skip
    assert "mật khẩu chưa đúng" in b.last_stderr
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          "--device-name", "Laptop", stdin=PASSWORD + "\n")  # fmt: skip

    report = a.json("sync", "now", "--json")
    assert set(report) == REPORT_KEYS and report["pushed"] > 0
    assert b.sync()["pulled"] > 0
    status = b.json("sync", "status", "--json")
    assert status["signed_in"] is True and status["shop"] == shop_login
    assert status["hub"] == sync_hub.base_url and status["last_sync"]

    a.run("catalog", "edit", "NL-01", "--name", "Nón lá bài thơ")
    b.run("catalog", "edit", "NL-01", "--name", "Nón lá Huế loại 1")
    b.sync(), a.sync(), b.sync()
    conflicts = b.json("sync", "conflicts", "--json")
    assert len(conflicts) == 1 and set(conflicts[0]) >= CONFLICT_KEYS
    assert {conflicts[0]["winner_value"], conflicts[0]["loser_value"]} == {
        "Nón lá bài thơ",
        "Nón lá Huế loại 1",
    }
    b.run("sync", "resolve", "999999", "--keep", "winner", expect=2)
    assert b.last_stderr.strip()
    b.run("sync", "resolve", str(conflicts[0]["id"]), "--keep", "loser")
    assert b.json("sync", "conflicts", "--json") == []
    assert b.json("catalog", "show", "NL-01", "--json")["name"] == conflicts[0]["loser_value"]

    # A shared class PC: the unsent choice must not be thrown away by forget-data.
    b.run("sync", "logout", "--forget-data", expect=2)
    assert "chưa gửi" in b.last_stderr
    assert (b.data_dir / "studio.sqlite3").exists()
    b.sync()
    b.run("sync", "logout", "--forget-data")
    assert b.json("sync", "status", "--json")["signed_in"] is False
    assert b.json("sync", "status", "--json")["pending_changes"] == 0

    # --force removes even waiting changes (the owner said so).
    a.run("catalog", "edit", "NL-01", "--price", "99000")
    a.run("sync", "logout", "--forget-data", "--force")
    assert a.json("sync", "status", "--json")["pending_changes"] == 0

    # Plain logout keeps the data; signing in again carries on.
    c = make_profile("pc-c")
    c.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=PASSWORD + "\n")  # fmt: skip
    c.sync()
    c.run("sync", "logout")
    assert c.json("sync", "status", "--json")["signed_in"] is False
    assert c.json("catalog", "show", "NL-01", "--json")["name"] == conflicts[0]["loser_value"]
