"""Schemathesis fuzzes every operation of the hub's own OpenAPI schema: no answer may be a 5xx.

It runs against a hub process of its own (so its sign-in failures don't throttle
other tests), signed in as a real device of a real shop, with the shop id in the
path fixed so the authenticated handlers are reached, not only the 401/403 gate.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

FUZZ_SECONDS = 25
EXAMPLES = 15


@pytest.mark.slow
@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_fuzzer_finds_no_server_error(tmp_path, tools, backend):
    hub, cleanup = tools.start_hub(tmp_path, backend)
    try:
        shop = tools.sign_in(hub, tools.create_shop(hub, "Cơ sở thử nghiệm"))
        # The fuzzer learns device ids from responses and would revoke its own token:
        # point every device id at a second device so revoking is fuzzed but harmless.
        spare = shop.another_device("PC dự phòng")
        blob = b"anh that" * 64
        digest = hashlib.sha256(blob).hexdigest()
        with hub.client() as client:
            client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers, content=blob)
            client.post(
                shop.url(f"/blobs/{digest}/complete"),
                headers=shop.headers,
                json={"size": len(blob)},
            )
        config = tmp_path / "schemathesis.toml"
        config.write_text(
            f'headers = {{ Authorization = "Bearer {shop.token}" }}\n'
            f"[parameters]\n"
            f'"path.shop_id" = "{shop.shop_id}"\n'
            f'"path.device_id" = "{spare.device_id}"\n'
            f'"path.digest" = "{digest}"\n',
            encoding="utf-8",
        )
        report = tmp_path / "report.json"
        command = [
            sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
            f"{hub.base_url}/openapi.json", "--checks", "not_a_server_error",
            "--max-examples", str(EXAMPLES), "--max-time", str(FUZZ_SECONDS), "--workers", "1",
            "--phases", "examples,coverage,fuzzing", "--request-timeout", "20", "--seed", "5",
            "--no-color", "--report", "json", "--report-json-path", str(report),
            "--generation-database", "none", "--suppress-health-check", "all",
        ]  # fmt: skip
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=FUZZ_SECONDS + 90, cwd=tmp_path
        )
        output = result.stdout[-4000:] + result.stderr[-2000:]
        assert result.returncode == 0, output
        summary = [line.strip() for line in result.stdout.splitlines() if "generated" in line]
        print(f"schemathesis {backend}: {summary[-1] if summary else '?'}")  # shown with -s
        assert "500" not in json.dumps(_failures(report)), output
        assert (
            "Internal Server Error" not in hub.log_text()
            and "unexpected error" not in hub.log_text()
        )
    finally:
        cleanup()


def _failures(report) -> list:
    if not report.exists():
        return []
    data = json.loads(report.read_text(encoding="utf-8"))
    return [item for item in data.get("failures", [])] if isinstance(data, dict) else []
