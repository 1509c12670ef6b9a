"""Hub benchmark on loopback, PostgreSQL backend: many devices at once, and a 1 GB blob.

    export LANGNGHE_TEST_PG_URL=$(bash .ci/start-postgres.sh | tail -n 1)
    python tests/bench/bench_hub.py [--devices 200] [--changes 50] [--blob-mb 1024]

Reference, side by side in the same run: the same request pattern (same bodies, same
concurrency) against a trivial uvicorn endpoint that parses the JSON and answers. It
costs the same HTTP + JSON work and nothing else, so hub/reference is the price of
the hub's own work (auth, merge, database). The blob upload is compared the same way
against an endpoint that reads the chunks and drops them.
Writes a Markdown table to stdout and tests/bench/results/hub.md. 127.0.0.1 only;
every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.sync.hlc import Clock  # noqa: E402

RESULTS = ROOT / "tests" / "bench" / "results" / "hub.md"
PASSWORD = "bench-password-1"
REQUEST_TIMEOUT_S = 60
BLOCK = 1024 * 1024
CHUNK_BLOCKS = 8  # 8 MiB per PUT

ECHO_APP = textwrap.dedent(
    """
    import json
    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        size, body = 0, b""
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if scope["method"] == "POST":
                body += chunk
            if not message.get("more_body"):
                break
        if scope["method"] == "POST":
            parsed = json.loads(body)
            answer = json.dumps({"ok": True, "n": len(parsed.get("changes", []))}).encode()
        elif scope["method"] == "PUT":
            answer = json.dumps({"received": size}).encode()
        else:
            answer = json.dumps({"changes": [], "next_cursor": 0, "has_more": False}).encode()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": answer})
    """
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} not ready")


def pg_url() -> str:
    raw = os.environ.get("LANGNGHE_TEST_PG_URL", "")
    urls = [t for t in raw.split() if t.startswith("postgresql")]
    if not urls:
        sys.exit("bench_hub: set LANGNGHE_TEST_PG_URL (see the docstring)")
    return urls[-1]


def fresh_schema(base: str) -> tuple[str, str]:
    import psycopg

    schema = f"hubbench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(
        base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    return schema, f"{base}{sep}options=-csearch_path%3D{schema}"


def drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(
        base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def p95(values: list[float]) -> float:
    return (
        statistics.quantiles(values, n=100)[94]
        if len(values) >= 2
        else (values[0] if values else 0.0)
    )


# ---------------------------------------------------------------- many devices


async def sign_in_all(base: str, devices: int) -> list[dict]:
    shops = max(1, devices // 2)  # households with two PCs each
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        logins = [f"bench-{uuid.uuid4().hex[:10]}" for _ in range(shops)]
        gate = asyncio.Semaphore(8)

        async def create(login):
            async with gate:
                r = await client.post(
                    "/v1/shops", json={"login": login, "password": PASSWORD, "display_name": login}
                )
                r.raise_for_status()

        await asyncio.gather(*(create(login) for login in logins))

        async def sign(index):
            async with gate:
                r = await client.post("/v1/sign-in", json={"login": logins[index % shops], "password": PASSWORD,
                                                           "device_name": f"pc{index}"})  # fmt: skip
                r.raise_for_status()
                return r.json()

        return await asyncio.gather(*(sign(i) for i in range(devices)))


def device_batch(device: dict, index: int, changes: int) -> dict:
    clock = Clock(device["device_id"])
    rows = [
        {"table": "product", "row_id": f"d{index}-p{k // 5}", "field": f"f{k % 5}",
         "value": f"Giá trị {index}-{k} của sản phẩm", "hlc": clock.now().encode()}
        for k in range(changes)
    ]  # fmt: skip
    return {"protocol": 1, "batch_id": uuid.uuid4().hex, "changes": rows}


async def warm_up(client: httpx.AsyncClient, path: str) -> None:
    """An unmeasured request that leaves a fresh connection (retrying one the server closed)."""
    for _attempt in range(3):
        try:
            await client.get(path)
            return
        except httpx.TransportError:
            await asyncio.sleep(0.05)
    raise RuntimeError(f"cannot reach {path}")


async def run_devices(
    base: str, devices: list[dict], changes: int, hub: bool, spread_s: float = 0.0
) -> dict:
    """All devices connected; they sync in the same instant, or evenly spread over ``spread_s``."""
    # One client (one connection) per device, like real PCs; a single shared pool of
    # hundreds of connections makes the load generator itself the bottleneck.
    latencies: list[float] = []
    errors = 0
    kinds: dict[str, int] = {}
    start_gate = asyncio.Event()

    async def one(index: int, device: dict) -> None:
        nonlocal errors
        body = device_batch(device, index, changes)
        prefix = f"/v1/shops/{device['shop_id']}" if hub else "/echo"
        headers = {"Authorization": f"Bearer {device['token']}"}
        async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
            await warm_up(client, "/health" if hub else "/")  # connect before the clock starts
            await start_gate.wait()
            if spread_s:
                await asyncio.sleep(spread_s * index / len(devices))
                # uvicorn closes idle connections after 5 s: reconnect, unmeasured, like a PC waking up
                await warm_up(client, "/health" if hub else "/")
            for method, path, kwargs in (("POST", "/push", {"json": body}),
                                         ("GET", "/pull", {"params": {"cursor": 0, "limit": 1000}})):  # fmt: skip
                began = time.perf_counter()
                try:
                    response = await client.request(
                        method, prefix + path, headers=headers, **kwargs
                    )
                    kind = "" if response.status_code == 200 else f"HTTP {response.status_code}"
                except httpx.HTTPError as exc:
                    kind = type(exc).__name__
                latencies.append((time.perf_counter() - began) * 1000)
                if kind:
                    errors += 1
                    kinds[kind] = kinds.get(kind, 0) + 1

    tasks = [asyncio.create_task(one(i, d)) for i, d in enumerate(devices)]
    await asyncio.sleep(1.0 + len(devices) / 100)
    began = time.perf_counter()
    start_gate.set()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=300)
    wall = time.perf_counter() - began
    if kinds:
        print(f"errors against {base}: {kinds}", file=sys.stderr)
    return {"requests": len(latencies), "errors": errors, "p50": statistics.median(latencies),
            "p95": p95(latencies), "max": max(latencies), "wall_s": wall,
            "changes_per_s": len(devices) * changes / wall}  # fmt: skip


# ---------------------------------------------------------------- big blob


def blob_blocks(total_blocks: int, seed: bytes):
    """The same pseudo-random bytes on every pass, one MiB at a time: never the whole blob."""
    base = hashlib.shake_256(seed).digest(BLOCK)
    for index in range(total_blocks):
        yield index.to_bytes(8, "big") + base[8:]


def tree_rss(pid: int) -> int:
    """RSS of the server and its worker processes together."""
    root = psutil.Process(pid)
    total = 0
    for process in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += process.memory_info().rss
    return total


class RssSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = tree_rss(pid)
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.05):
            self.peak = max(self.peak, tree_rss(self.pid))


def upload_blob(base: str, device: dict | None, total_blocks: int, pid: int) -> dict:
    digest_builder = hashlib.sha256()
    for block in blob_blocks(total_blocks, b"bench"):
        digest_builder.update(block)
    digest = digest_builder.hexdigest()
    size = total_blocks * BLOCK
    if device:
        url = f"/v1/shops/{device['shop_id']}/blobs/{digest}/upload"
        headers = {"Authorization": f"Bearer {device['token']}"}
    else:
        url, headers = "/echo/upload", {}
    baseline = tree_rss(pid)
    sampler = RssSampler(pid)
    sampler.start()
    began = time.perf_counter()
    offset = 0
    with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        blocks = blob_blocks(total_blocks, b"bench")
        for _ in range(total_blocks // CHUNK_BLOCKS + 1):
            chunk = b"".join(next(blocks, b"") for _ in range(CHUNK_BLOCKS))
            if not chunk:
                break
            response = client.put(url, params={"offset": offset}, headers=headers, content=chunk)
            response.raise_for_status()
            offset += len(chunk)
        upload_s = time.perf_counter() - began
        verify_s = 0.0
        if device:
            began_verify = time.perf_counter()
            done = client.post(f"/v1/shops/{device['shop_id']}/blobs/{digest}/complete", headers=headers,
                               json={"size": size})  # fmt: skip
            done.raise_for_status()
            verify_s = time.perf_counter() - began_verify
    sampler.stop.set()
    sampler.join()
    return {"mb": size / BLOCK, "upload_s": upload_s, "verify_s": verify_s, "mb_per_s": size / BLOCK / upload_s,
            "rss_growth_mb": (sampler.peak - baseline) / BLOCK, "baseline_mb": baseline / BLOCK}  # fmt: skip


# ---------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--blob-mb", type=int, default=1024)
    parser.add_argument("--spread-s", type=float, default=10.0,
                        help="second scenario: the same syncs evenly spread over this many seconds")  # fmt: skip
    parser.add_argument("--hub-workers", type=int, default=1, help="python main.py hub --workers N")
    args = parser.parse_args()
    base_pg = pg_url()
    schema, db_url = fresh_schema(base_pg)
    work = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    hub_port, echo_port = free_port(), free_port()
    (work / "echo_app.py").write_text(ECHO_APP, encoding="utf-8")
    hub_log = (work / "hub-stderr.log").open("wb")
    hub = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "hub", "--port", str(hub_port), "--data-dir", str(work / "hub"),
         "--db", db_url, "--signups-per-hour", "100000", "--log-level", "warning",
         "--workers", str(args.hub_workers)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=hub_log,
    )  # fmt: skip
    echo = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "echo_app:app", "--port", str(echo_port), "--host", "127.0.0.1",
         "--log-level", "warning", "--no-access-log"],
        cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    hub_url, echo_url = f"http://127.0.0.1:{hub_port}", f"http://127.0.0.1:{echo_port}"
    try:
        wait_ready(f"{hub_url}/health", hub)
        wait_ready(f"{echo_url}/", echo)
        devices = asyncio.run(sign_in_all(hub_url, args.devices))
        loads = []
        for spread in (0.0, args.spread_s):
            loads.append((
                spread,
                asyncio.run(run_devices(hub_url, devices, args.changes, hub=True, spread_s=spread)),
                asyncio.run(run_devices(echo_url, devices, args.changes, hub=False, spread_s=spread)),
            ))  # fmt: skip
        blocks = args.blob_mb
        hub_blob = upload_blob(hub_url, devices[0], blocks, hub.pid)
        echo_blob = upload_blob(echo_url, None, blocks, echo.pid)
    finally:
        for process in (hub, echo):
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        drop_schema(base_pg, schema)
        hub_log.close()
        problems = [line for line in (work / "hub-stderr.log").read_text(errors="replace").splitlines()
                    if "ERROR" in line or "Error" in line]  # fmt: skip
        if problems:
            print("hub errors:\n" + "\n".join(problems[:20]), file=sys.stderr)
        subprocess.run(["rm", "-rf", str(work)], check=False)
    table = render(args, loads, hub_blob, echo_blob)
    print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table, encoding="utf-8")
    return 0


def render(args, loads: list, hub_blob: dict, echo_blob: dict) -> str:
    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}×" if b else "–"

    lines = [
        "# Hub benchmark",
        "",
        f"`python tests/bench/bench_hub.py` — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"loopback, PostgreSQL backend, hub workers: {args.hub_workers}, {psutil.cpu_count()} CPU cores "
        f"shared with the load generator and PostgreSQL; load average at the end: "
        f"{os.getloadavg()[0]:.1f}.",
        "",
        "Reference: the same requests (same JSON bodies, same timing) to a bare uvicorn endpoint that "
        "parses the JSON and answers: pure HTTP + JSON cost, no auth, merge or database.",
        "",
    ]
    for spread, hub_load, echo_load in loads:
        when = "in the same instant" if not spread else f"evenly spread over {spread:.0f} s"
        lines += [
            f"## {args.devices} devices, each pushing {args.changes} field changes then pulling, {when}",
            "",
            "| Measure | Hub | Reference (bare uvicorn) | Hub / reference |",
            "|---|---:|---:|---:|",
            f"| Requests | {hub_load['requests']} | {echo_load['requests']} | |",
            f"| Errors | {hub_load['errors']} | {echo_load['errors']} | |",
            f"| p50 latency (ms) | {hub_load['p50']:.0f} | {echo_load['p50']:.0f} | {ratio(hub_load['p50'], echo_load['p50'])} |",
            f"| p95 latency (ms) | {hub_load['p95']:.0f} | {echo_load['p95']:.0f} | {ratio(hub_load['p95'], echo_load['p95'])} |",
            f"| Max latency (ms) | {hub_load['max']:.0f} | {echo_load['max']:.0f} | |",
            f"| Wall time (s) | {hub_load['wall_s']:.2f} | {echo_load['wall_s']:.2f} | {ratio(hub_load['wall_s'], echo_load['wall_s'])} |",
            f"| Throughput (changes/s) | {hub_load['changes_per_s']:.0f} | {echo_load['changes_per_s']:.0f} | "
            f"{ratio(hub_load['changes_per_s'], echo_load['changes_per_s'])} |",
            "",
        ]  # fmt: skip
    lines += [
        f"## {hub_blob['mb']:.0f} MiB blob upload (8 MiB chunks, generated on the fly)",
        "",
        "Reference: the same chunks PUT to a bare uvicorn endpoint that reads and drops them.",
        "",
        "| Measure | Hub | Reference (bare uvicorn) | Hub / reference |",
        "|---|---:|---:|---:|",
        f"| Upload time (s) | {hub_blob['upload_s']:.1f} | {echo_blob['upload_s']:.1f} | {ratio(hub_blob['upload_s'], echo_blob['upload_s'])} |",
        f"| Upload rate (MiB/s) | {hub_blob['mb_per_s']:.0f} | {echo_blob['mb_per_s']:.0f} | {ratio(hub_blob['mb_per_s'], echo_blob['mb_per_s'])} |",
        f"| SHA-256 check on complete (s) | {hub_blob['verify_s']:.1f} | – | |",
        f"| Server RSS before (MiB) | {hub_blob['baseline_mb']:.0f} | {echo_blob['baseline_mb']:.0f} | |",
        f"| Server RSS growth, peak (MiB; target ≤ 64) | {hub_blob['rss_growth_mb']:.1f} | {echo_blob['rss_growth_mb']:.1f} | |",
        "",
    ]  # fmt: skip
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
