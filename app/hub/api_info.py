"""``GET /v1/hub-info``: what a trainer reads out to a class — the hub's name, its LAN
address and the short code that encodes it (app/sync/address.py). Read-only, no sign-in."""

from __future__ import annotations

import contextlib
import ipaddress
import socket

from fastapi import APIRouter, Request
from pydantic import BaseModel

from app.hub.context import HubDep
from app.sync.address import short_code
from app.sync.protocol import PROTOCOL_VERSION

router = APIRouter(prefix="/v1", tags=["meta"])


class HubInfo(BaseModel):
    name: str
    address: str
    code: str | None
    protocol: int


def _lan_ipv4() -> str | None:
    """This machine's address on the LAN: the source address of a route outward (a UDP
    "connect" sends nothing)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never answered, only routed
        return probe.getsockname()[0]
    return None


@router.get("/hub-info", response_model=HubInfo)
def hub_info(request: Request, hub: HubDep) -> HubInfo:
    server = request.scope.get("server") or (request.url.hostname, request.url.port)
    host, port = server[0] or "127.0.0.1", int(server[1] or 80)
    with contextlib.suppress(ValueError):
        ip = ipaddress.ip_address(host)
        if ip.is_loopback or ip.is_unspecified:  # asked on the hub PC itself: show the LAN one
            host = _lan_ipv4() or host
    scheme = request.url.scheme
    shown = f"[{host}]" if ":" in host else host
    return HubInfo(
        name=hub.settings.commune_name,
        address=f"{scheme}://{shown}:{port}",
        code=short_code(host, port) if scheme == "http" else None,
        protocol=PROTOCOL_VERSION,
    )
