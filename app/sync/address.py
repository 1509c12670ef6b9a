"""The hub's address as a user types it, and the trainer's short code.

A user may type ``192.168.1.10:8765``, ``hub.xa.vn`` or a full URL; ``hub_url`` makes one
base URL of it. The short code is what the hub shows (``GET /v1/hub-info``) so a trainer
can read it out to a class: 7 characters (shown ``ABC-DEFG``) in Crockford base32 — no
I/L/O/U, read back case-insensitively with O→0, I/L→1 — that encode the hub's LAN IPv4
address and port. 35 bits = a 3-bit kind + 32 bits:

- kind 0: ``192.168.a.b`` — a, b and the port (16 bits);
- kind 1: ``10.a.b.c`` on the default port (24 bits);
- kind 2: ``172.16-31.b.c`` on the default port (4 + 16 bits).

Any other address has no short code (the hub page shows its full address instead).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

DEFAULT_PORT = 8765  # the hub's own default (app/hub/cli.py); kept here: sync never imports the hub
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
CODE_LENGTH = 7


class NotAnAddress(ValueError):
    pass


def hub_url(typed: str) -> str:
    """``http(s)://host[:port]`` (no trailing slash) from what the user typed."""
    text = typed.strip()
    if not text:
        raise NotAnAddress(typed)
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        raise NotAnAddress(typed)
    try:
        port = parts.port
    except ValueError as exc:
        raise NotAnAddress(typed) from exc
    if port is None and parts.scheme == "http":
        port = DEFAULT_PORT  # a bare "hub.xa.vn" or LAN address is the hub on its own port
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    path = parts.path.rstrip("/")
    return f"{parts.scheme}://{host}{'' if port is None else f':{port}'}{path}"


def looks_like_short_code(typed: str) -> bool:
    text = typed.strip().replace("-", "").replace(" ", "").upper()
    return len(text) == CODE_LENGTH and all(_READ_AS.get(ch, ch) in _ALPHABET for ch in text)


def short_code(host: str, port: int) -> str | None:
    """The code for a hub at ``host:port``, or ``None`` when it cannot be put in a code."""
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        return None
    a, b, c, d = address.packed
    if (a, b) == (192, 168) and 0 < port < 65536:
        value = (0 << 32) | (c << 24) | (d << 16) | port
    elif a == 10 and port == DEFAULT_PORT:
        value = (1 << 32) | (b << 16) | (c << 8) | d
    elif a == 172 and 16 <= b <= 31 and port == DEFAULT_PORT:
        value = (2 << 32) | ((b - 16) << 16) | (c << 8) | d
    else:
        return None
    chars = "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))
    return f"{chars[:3]}-{chars[3:]}"


def resolve_short_code(code: str) -> str:
    """The hub's base URL from its short code; ``NotAnAddress`` if it is not one."""
    text = code.strip().replace("-", "").replace(" ", "").upper()
    if len(text) != CODE_LENGTH:
        raise NotAnAddress(code)
    value = 0
    for ch in text:
        digit = _ALPHABET.find(_READ_AS.get(ch, ch))
        if digit < 0:
            raise NotAnAddress(code)
        value = value * 32 + digit
    kind, payload = value >> 32, value & 0xFFFFFFFF
    if kind == 0:
        host, port = f"192.168.{payload >> 24}.{(payload >> 16) & 255}", payload & 0xFFFF
        if port == 0:
            raise NotAnAddress(code)
    elif kind == 1 and payload < 1 << 24:
        host, port = f"10.{payload >> 16}.{(payload >> 8) & 255}.{payload & 255}", DEFAULT_PORT
    elif kind == 2 and payload < 1 << 20:
        b, c, d = 16 + (payload >> 16), (payload >> 8) & 255, payload & 255
        host, port = f"172.{b}.{c}.{d}", DEFAULT_PORT
    else:
        raise NotAnAddress(code)
    return f"http://{host}:{port}"


def address_or_code(typed: str) -> str:
    """What the sign-in box accepts: a short code, else an address or URL."""
    if looks_like_short_code(typed) and "." not in typed and ":" not in typed:
        return resolve_short_code(typed)
    return hub_url(typed)
