"""A real hub process on 127.0.0.1 per database backend, and helpers to talk to it.

SQLite always; PostgreSQL when ``LANGNGHE_TEST_PG_URL`` points at a reachable
server (each run gets its own fresh schema, dropped at the end).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from app.sync.hlc import Clock

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mat-khau-rat-dai"


def pg_base_url() -> str | None:
    raw = os.environ.get("LANGNGHE_TEST_PG_URL", "")
    # The start script may print chatter before the URL: take the URL itself.
    candidates = [token for token in raw.split() if token.startswith("postgresql")]
    if not candidates:
        return None
    url = candidates[-1]
    try:
        import psycopg

        with psycopg.connect(
            url.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=3
        ):
            pass
    except Exception:
        return None
    return url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class HubProcess:
    base_url: str
    data_dir: Path
    db_url: str
    backend: str
    process: subprocess.Popen
    log_path: Path

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30, **kwargs)

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _make_pg_schema(base_url: str) -> tuple[str, str]:
    import psycopg

    schema = f"hubtest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(
        base_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base_url else "?"
    return schema, f"{base_url}{separator}options=-csearch_path%3D{schema}"


def _drop_pg_schema(base_url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(
        base_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def start_hub(tmp: Path, backend: str, extra: list[str] | None = None):
    """Start ``python main.py hub`` and wait until /health answers; returns (HubProcess, cleanup)."""
    data_dir = tmp / "hub-data"
    schema = None
    pg = pg_base_url() if backend == "postgres" else None
    if backend == "postgres":
        if pg is None:
            pytest.skip("PostgreSQL not reachable (set LANGNGHE_TEST_PG_URL)")
        schema, db_url = _make_pg_schema(pg)
    else:
        db_url = f"sqlite:///{(data_dir / 'hub.sqlite3').as_posix()}"
    port = free_port()
    log_path = tmp / "hub-stderr.log"
    command = [sys.executable, str(ROOT / "main.py"), "hub", "--port", str(port), "--data-dir", str(data_dir),
               "--db", db_url, "--signups-per-hour", "100000", *(extra or [])]  # fmt: skip
    log_file = log_path.open("wb")
    process = subprocess.Popen(command, cwd=ROOT, stdout=log_file, stderr=subprocess.STDOUT)
    hub = HubProcess(f"http://127.0.0.1:{port}", data_dir, db_url, backend, process, log_path)

    def cleanup() -> None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log_file.close()
        if schema and pg:
            _drop_pg_schema(pg, schema)

    deadline = time.monotonic() + 40
    while True:
        if process.poll() is not None:
            cleanup()
            raise RuntimeError(f"hub exited early:\n{log_path.read_text(errors='replace')}")
        try:
            if httpx.get(f"{hub.base_url}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            cleanup()
            raise RuntimeError("hub did not become ready")
        time.sleep(0.1)
    return hub, cleanup


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def hub(request, tmp_path_factory) -> HubProcess:
    running, cleanup = start_hub(tmp_path_factory.mktemp(f"hub-{request.param}"), request.param)
    yield running
    cleanup()


@dataclass
class Shop:
    """One signed-in device of one shop, with a clock of its own."""

    hub: HubProcess
    login: str
    shop_id: str
    device_id: str
    token: str
    clock: Clock = field(init=False)

    def __post_init__(self) -> None:
        self.clock = Clock(self.device_id)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def url(self, tail: str = "") -> str:
        return f"/v1/shops/{self.shop_id}{tail}"

    def stamp(self) -> str:
        return self.clock.now().encode()

    def set(self, table: str, row_id: str, field_name: str, value, **extra) -> dict:
        return {
            "table": table,
            "row_id": row_id,
            "field": field_name,
            "value": value,
            "hlc": self.stamp(),
            **extra,
        }

    def push(self, changes: list[dict], batch_id: str | None = None) -> httpx.Response:
        with self.hub.client() as client:
            return client.post(self.url("/push"), headers=self.headers,
                               json={"batch_id": batch_id or uuid.uuid4().hex, "changes": changes})  # fmt: skip

    def pull_all(self, cursor: int = 0, limit: int = 500) -> tuple[list[dict], list[dict], int]:
        changes, conflicts = [], []
        with self.hub.client() as client:
            for _ in range(1000):
                page = client.get(
                    self.url("/pull"),
                    headers=self.headers,
                    params={"cursor": cursor, "limit": limit},
                )
                assert page.status_code == 200, page.text
                body = page.json()
                changes += body["changes"]
                conflicts += body["conflicts"]
                cursor = body["next_cursor"]
                if not body["has_more"]:
                    break
        return changes, conflicts, cursor

    def another_device(self, name: str = "PC 2") -> Shop:
        return sign_in(self.hub, self.login, name)


def create_shop(hub: HubProcess, display_name: str = "Cơ sở mây tre Hoà", **profile) -> str:
    login = f"shop-{uuid.uuid4().hex[:10]}"
    with hub.client() as client:
        response = client.post("/v1/shops", json={"login": login, "password": PASSWORD,
                                                  "display_name": display_name, **profile})  # fmt: skip
    assert response.status_code == 201, response.text
    return login


def sign_in(hub: HubProcess, login: str, device_name: str = "PC 1") -> Shop:
    with hub.client() as client:
        response = client.post(
            "/v1/sign-in", json={"login": login, "password": PASSWORD, "device_name": device_name}
        )
    assert response.status_code == 200, response.text
    body = response.json()
    return Shop(hub, login, body["shop_id"], body["device_id"], body["token"])


@pytest.fixture
def new_shop(hub):
    def make(display_name: str = "Cơ sở mây tre Hoà", **profile) -> Shop:
        return sign_in(hub, create_shop(hub, display_name, **profile))

    return make


@pytest.fixture(scope="session")
def tools():
    """Helpers for test modules (importlib mode: they cannot import this conftest)."""
    from types import SimpleNamespace

    return SimpleNamespace(PASSWORD=PASSWORD, ROOT=ROOT, create_shop=create_shop, sign_in=sign_in,
                           start_hub=start_hub, pg_base_url=pg_base_url)  # fmt: skip
