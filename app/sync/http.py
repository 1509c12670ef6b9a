"""The hub's HTTP API as plain calls (httpx); every failure becomes a ``SyncError``."""

from __future__ import annotations

import functools
import ssl
from collections.abc import Iterator

import httpx

from app.sync import errors
from app.sync.protocol import PROTOCOL_VERSION

TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def _raise_for(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    try:
        body = response.json()
    except ValueError:
        body = {}
    code = body.get("error", "") if isinstance(body, dict) else ""
    message = body.get("message", "") if isinstance(body, dict) else ""
    detail = f"{response.status_code} {code}"
    if code == "bad_password":
        raise errors.WrongPassword(detail)
    if response.status_code == 401:
        raise errors.SignInAgain(detail)
    if response.status_code == 426:
        raise errors.UpdateTheApp(detail)
    if code == "clock_ahead":
        raise errors.ClockAhead(detail)
    if response.status_code == 403:
        raise errors.WrongShop(detail)
    if response.status_code == 429:
        try:
            wait = int(response.headers.get("Retry-After", "60"))
        except ValueError:
            wait = 60
        raise errors.TooManyAttempts(wait, detail)
    if response.status_code >= 500:
        raise errors.HubUnreachable(detail)
    raise errors.HubRefused(message or detail, detail)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One per process. httpx builds a new one per client unless given one, loading the CA
    bundle: ~30 ms holding the GIL at every sync, which stalled the UI thread (bench_sync_ui)."""
    return httpx.create_ssl_context()


class HubClient:
    def __init__(self, base_url: str, token: str | None = None, shop_id: str | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:  # fmt: skip
        self.base_url = base_url.rstrip("/")
        self.shop_id = shop_id
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=self.base_url, timeout=TIMEOUT, headers=headers,
                                  transport=transport, verify=_tls_context())  # fmt: skip
        self.many_per_request = True  # False once a hub older than ``upload_many`` said so

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _call(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:  # refused, reset, timed out, cut mid-body
            raise errors.HubUnreachable(repr(exc)) from exc
        _raise_for(response)
        return response

    def _shop(self, tail: str) -> str:
        return f"/v1/shops/{self.shop_id}{tail}"

    def hub_info(self) -> dict:
        """Name, LAN address and short code the hub shows (``GET /v1/hub-info``)."""
        return self._call("GET", "/v1/hub-info").json()

    # accounts
    def create_shop(self, login: str, password: str, display_name: str) -> dict:
        body = {"login": login, "password": password, "display_name": display_name}
        return self._call("POST", "/v1/shops", json=body).json()

    def sign_in(self, login: str, password: str, device_name: str) -> dict:
        body = {"login": login, "password": password, "device_name": device_name}
        return self._call("POST", "/v1/sign-in", json=body).json()

    def devices(self) -> list[dict]:
        return self._call("GET", self._shop("/devices")).json()

    def revoke(self, device_id: str) -> None:
        self._call("DELETE", self._shop(f"/devices/{device_id}"))

    # changes
    def push(self, batch_id: str, changes: list[dict]) -> dict:
        body = {"protocol": PROTOCOL_VERSION, "batch_id": batch_id, "changes": changes}
        return self._call("POST", self._shop("/push"), json=body).json()

    def pull(self, cursor: int, limit: int = 1000) -> dict:
        params = {"cursor": cursor, "limit": limit, "protocol": PROTOCOL_VERSION}
        return self._call("GET", self._shop("/pull"), params=params).json()

    # blobs
    def blobs_missing(self, hashes: list[str]) -> list[str]:
        return self._call("POST", self._shop("/blobs/has"), json={"hashes": hashes}).json()[
            "missing"
        ]

    def upload_status(self, sha256: str) -> dict:
        return self._call("GET", self._shop(f"/blobs/{sha256}/upload")).json()

    def upload_chunk(self, sha256: str, offset: int, chunk: bytes, size: int | None = None) -> dict:
        """Append ``chunk`` at ``offset``; with the blob's ``size``, the hub completes it as soon
        as this chunk brings it whole (the answer says ``complete``)."""
        params = {"offset": offset} if size is None else {"offset": offset, "size": size}
        return self._call("PUT", self._shop(f"/blobs/{sha256}/upload"), params=params,
                          content=chunk, headers={"Content-Type": "application/octet-stream"}).json()  # fmt: skip

    def upload_many(self, blobs: list[tuple[str, bytes]]) -> list[dict]:
        """Whole small blobs in one request; one status per blob (``complete`` or how many
        bytes the hub holds: send those alone)."""
        manifest = ",".join(f"{sha}:{len(data)}" for sha, data in blobs)
        return self._call("PUT", self._shop("/blobs/upload"), params={"blobs": manifest},
                          content=b"".join(data for _, data in blobs),
                          headers={"Content-Type": "application/octet-stream"}).json()  # fmt: skip

    def complete(self, sha256: str, size: int) -> dict:
        return self._call(
            "POST", self._shop(f"/blobs/{sha256}/complete"), json={"size": size}
        ).json()

    def download(self, sha256: str) -> Iterator[bytes]:
        try:
            with self._http.stream("GET", self._shop(f"/blobs/{sha256}")) as response:
                if response.status_code == 404:
                    raise errors.BlobNotOnHub(f"404 {sha256}", "404 not_found")
                if response.status_code >= 400:
                    response.read()
                    _raise_for(response)
                yield from response.iter_bytes(1024 * 1024)
        except httpx.HTTPError as exc:
            raise errors.HubUnreachable(repr(exc)) from exc
