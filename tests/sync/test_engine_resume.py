"""The engine against a real hub, with the network cut at the worst moments: a push whose
answer never arrived is resent with the same batch id (the hub applies it once); a pull cut
between pages keeps the pages already applied and their cursor (nothing applied twice)."""

from __future__ import annotations

import json

import httpx
import pytest

from app.config import Paths
from app.store.engine import session_scope
from app.store.migrate import open_database
from app.sync import errors
from app.sync.apply import CURSOR_KEY
from app.sync.device import get_state
from app.sync.engine import SyncEngine, pending_changes

PASSWORD = "mat-khau-rat-dai"


class CuttingTransport(httpx.HTTPTransport):
    """Real HTTP to the hub; ``cut(request)`` says "before" (never sent) or "after" (the hub
    got it and answered, the answer is lost) for the request at hand."""

    def __init__(self, cut) -> None:
        super().__init__()
        self.cut = cut
        self.sent: list[tuple[str, bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        mode = self.cut(request)
        if mode == "before":
            raise httpx.ConnectError("cut before the request", request=request)
        self.sent.append((request.url.path, request.read()))
        response = super().handle_request(request)
        if mode == "after":
            response.read()
            response.close()
            raise httpx.ReadError("cut before the answer", request=request)
        return response


def _shop_with_products(profile, tmp_path, hub, login, count: int) -> None:
    lines = ["Tên sản phẩm,SKU,Giá,Tồn kho"]
    lines += [f"Chiếu cói số {i},CC-{i:04d},{50_000 + i},{i % 7}" for i in range(count)]
    csv = tmp_path / f"{profile.data_dir.name}.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    profile.run("catalog", "import", str(csv))
    profile.run("sync", "signup", hub.base_url, "--shop", login, "--name", "Chiếu cói Kim Sơn",
                "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip


@pytest.mark.slow
def test_a_push_whose_answer_was_lost_is_resent_with_the_same_batch_id(
    sync_hub, make_profile, shop_login, tmp_path
):
    a = make_profile("pc-a")
    _shop_with_products(a, tmp_path, sync_hub, shop_login, 400)  # > 1000 changes: two batches
    pushes = {"n": 0}

    def cut(request):
        if request.url.path.endswith("/push"):
            pushes["n"] += 1
            return "after" if pushes["n"] == 2 else None
        return None

    transport = CuttingTransport(cut)
    db = open_database(Paths(a.data_dir))
    try:
        with session_scope(db.sessions) as session:
            waiting = pending_changes(session)
        assert waiting > 1000
        with pytest.raises(errors.HubUnreachable):
            SyncEngine(db, transport=transport).sync_once()
        with session_scope(db.sessions) as session:
            after_cut = pending_changes(session)
        assert after_cut < waiting  # the first batch was answered and left the outbox
        report = SyncEngine(db, transport=transport).sync_once()
    finally:
        db.close()
    batch_ids = [
        json.loads(body)["batch_id"] for path, body in transport.sent if path.endswith("/push")
    ]
    assert batch_ids[1] == batch_ids[2]  # the lost one, resent as it was
    assert len(set(batch_ids)) == len(batch_ids) - 1
    assert a.json("sync", "status", "--json")["pending_changes"] == 0
    assert report.pushed < after_cut  # the resent batch was a duplicate, not applied again

    # A new PC pulls exactly one copy of every row: stock adds up, no product doubled.
    b = make_profile("pc-b")
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=PASSWORD + "\n")  # fmt: skip
    b.sync()
    for sku, stock in (("CC-0000", 0), ("CC-0006", 6), ("CC-0399", 399 % 7)):
        assert b.json("catalog", "show", sku, "--json")["stock"] == stock


@pytest.mark.slow
def test_a_pull_cut_between_pages_keeps_the_pages_applied_and_their_cursor(
    sync_hub, make_profile, shop_login, tmp_path
):
    a, b = make_profile("pc-a"), make_profile("pc-b")
    _shop_with_products(a, tmp_path, sync_hub, shop_login, 300)
    a.sync()
    b.run("sync", "login", sync_hub.base_url, "--shop", shop_login, "--password-stdin",
          stdin=PASSWORD + "\n")  # fmt: skip
    pulls = {"n": 0}

    def cut(request):
        if request.url.path.endswith("/pull"):
            pulls["n"] += 1
            return "before" if pulls["n"] == 2 else None
        return None

    db = open_database(Paths(b.data_dir))
    try:
        with pytest.raises(errors.HubUnreachable):
            SyncEngine(db, transport=CuttingTransport(cut)).sync_once()
        with db.engine.connect() as conn:
            cursor = int(get_state(conn, CURSOR_KEY) or 0)
        assert cursor > 0  # the first page and its cursor were saved together
        first = SyncEngine(db).sync_once()
    finally:
        db.close()
    assert first.pulled > 0
    assert b.sync()["pulled"] == 0
    assert b.json("catalog", "show", "CC-0013", "--json")["stock"] == 13 % 7
    assert b.json("catalog", "show", "CC-0299", "--json")["price"] == 50_299
    assert b.json("sync", "status", "--json")["pending_changes"] == 0
