"""``main.py --self-test`` for the hub: a real server on a free loopback port, one round trip."""

from __future__ import annotations

import socket
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import uvicorn

from app.config import Paths
from app.sync.hlc import Clock


def _serve(app) -> tuple[uvicorn.Server, threading.Thread, int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    )
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="hub-selftest"
    )
    thread.start()
    deadline = time.monotonic() + 5
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("hub self-test: server did not start")
        time.sleep(0.02)
    return server, thread, port


def run(paths: Paths) -> dict:
    from app.hub.context import HubSettings
    from app.hub.server import create_app

    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hub-selftest-") as folder:
        data_dir = Path(folder)
        app = create_app(
            HubSettings(
                data_dir=data_dir, db_url=f"sqlite:///{(data_dir / 'hub.sqlite3').as_posix()}"
            )
        )
        server, thread, port = _serve(app)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
                login = f"selftest-{uuid.uuid4().hex[:8]}"
                shop = client.post(
                    "/v1/shops",
                    json={
                        "login": login,
                        "password": "selftest-pass",
                        "display_name": "Tự kiểm tra",
                    },
                )
                shop.raise_for_status()
                signed = client.post(
                    "/v1/sign-in",
                    json={"login": login, "password": "selftest-pass", "device_name": "selftest"},
                )
                signed.raise_for_status()
                token, device_id, shop_id = (
                    signed.json()["token"],
                    signed.json()["device_id"],
                    signed.json()["shop_id"],
                )
                headers = {"Authorization": f"Bearer {token}"}
                stamp = Clock(device_id).now().encode()
                change = {
                    "table": "product",
                    "row_id": "p1",
                    "field": "name",
                    "value": "Nón lá",
                    "hlc": stamp,
                }
                pushed = client.post(f"/v1/shops/{shop_id}/push", headers=headers,
                                     json={"batch_id": uuid.uuid4().hex, "changes": [change]})  # fmt: skip
                pushed.raise_for_status()
                pulled = client.get(
                    f"/v1/shops/{shop_id}/pull", headers=headers, params={"cursor": 0}
                )
                pulled.raise_for_status()
                values = [c["value"] for c in pulled.json()["changes"]]
                if values != ["Nón lá"]:
                    raise RuntimeError(f"hub self-test: pulled {values!r}")
        finally:
            server.should_exit = True
            thread.join(timeout=5)
            app.state.hub.db.close()
    return {"hub": "ok", "hub_ms": round((time.perf_counter() - began) * 1000)}
