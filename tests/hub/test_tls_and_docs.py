"""HTTPS straight from the hub (--tls-cert/--tls-key), and the OpenAPI page."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import httpx
import pytest


def test_docs_page_is_served(hub):
    with hub.client() as client:
        assert client.get("/docs").status_code == 200
        spec = client.get("/openapi.json").json()
    assert "/v1/shops/{shop_id}/push" in spec["paths"]


def test_405_and_unknown_paths_answer_in_the_same_shape(hub):
    with hub.client() as client:
        wrong_method = client.delete("/health")
        unknown = client.get("/v1/khong-co")
    assert wrong_method.status_code == 405 and wrong_method.json()["error"] == "method_not_allowed"
    assert unknown.status_code == 404 and unknown.json()["error"] == "not_found"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_hub_serves_https_with_its_own_certificate(tmp_path, tools, monkeypatch):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    # The fixture's readiness probe speaks plain HTTP; point it at https for this hub.
    real_get = httpx.get
    monkeypatch.setattr(
        httpx,
        "get",
        lambda url, **kw: real_get(url.replace("http://", "https://"), verify=False, **kw),
    )
    hub, cleanup = tools.start_hub(
        tmp_path, "sqlite", ["--tls-cert", str(cert), "--tls-key", str(key)]
    )
    try:
        url = hub.base_url.replace("http://", "https://")
        assert (
            real_get(f"{url}/health", verify=ssl.create_default_context(cafile=str(cert))).json()[
                "ok"
            ]
            is True
        )
        with pytest.raises(httpx.HTTPError):
            real_get(f"{hub.base_url}/health", timeout=3)  # plain HTTP is not spoken
    finally:
        cleanup()


def test_two_worker_processes_serve_one_hub(tmp_path, tools):
    hub, cleanup = tools.start_hub(tmp_path, "sqlite", ["--workers", "2"])
    try:
        pc1 = tools.sign_in(hub, tools.create_shop(hub))
        pc2 = pc1.another_device()
        for index in range(6):  # several connections: both workers get some
            assert (
                pc1.push([pc1.set("product", f"p{index}", "name", f"Sản phẩm {index}")]).status_code
                == 200
            )
        changes, _, _ = pc2.pull_all()
        assert sorted(c["value"] for c in changes) == [f"Sản phẩm {i}" for i in range(6)]
    finally:
        cleanup()
    assert hub.process.returncode is not None  # stopped cleanly, children included
