"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1 for the sync guarantees tests.

It sits between a desktop profile and a real hub process and, per request, does what the
test planned: forward it untouched, or break the exchange at one of the points a real
network breaks it. Each request is forwarded on its own upstream connection with
``Connection: close``, so the hub's answer is simply "everything until EOF" (chunked or
not) and can be relayed byte for byte, or cut.

Fault kinds (``KINDS``):

- ``drop_request``  — the client's connection is closed before anything reaches the hub;
- ``drop_response`` — the hub gets the request and answers (it *applied* it), the client
  gets a closed connection instead of the answer;
- ``cut_body``      — the answer's headers and half its body arrive, then the connection closes;
- ``duplicate``     — the request reaches the hub twice (one after the other); the client gets
  the first answer, as from a middlebox that retried behind its back;
- ``delay``         — the answer is held back for ``delay_s`` seconds, then relayed whole.

Faults come from a queue (``plan([...])``, consumed first, one per request) and then, when
``randomize(rate, seed)`` was called, at random from a seeded generator, so a failing run can
be replayed. ``only`` limits faults to requests whose path contains one of the given parts.
``counts`` says what was done; ``log`` lists ``(method, path, fault)`` per request.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterable

KINDS = ("drop_request", "drop_response", "cut_body", "duplicate", "delay")
PASS = "pass"
_HEAD_END = b"\r\n\r\n"
_MAX_HEAD = 64 * 1024


class FaultProxy:
    def __init__(self, upstream: str, *, delay_s: float = 0.05) -> None:
        host_port = upstream.split("://", 1)[-1].rstrip("/")
        host, _, port = host_port.partition(":")
        self.upstream = (host, int(port or 80))
        self.delay_s = delay_s
        self.counts: Counter[str] = Counter()
        self.log: list[tuple[str, str, str]] = []
        self._planned: list[str] = []
        self._rate = 0.0
        self._rng = random.Random(0)
        self._kinds: tuple[str, ...] = KINDS
        self._only: tuple[str, ...] = ()
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)

    # -- what the test controls -------------------------------------------------------------
    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._server.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def plan(self, faults: Iterable[str]) -> None:
        """Queue faults for the next requests (``"pass"`` lets one through untouched)."""
        faults = list(faults)
        unknown = set(faults) - set(KINDS) - {PASS}
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        with self._lock:
            self._planned.extend(faults)

    def randomize(self, rate: float, seed: int, kinds: Iterable[str] = KINDS) -> None:
        """After the planned faults, break each request with probability ``rate``."""
        with self._lock:
            self._rate, self._rng, self._kinds = rate, random.Random(seed), tuple(kinds)

    def only(self, *path_parts: str) -> None:
        """Faults only for requests whose path contains one of these (all when empty)."""
        with self._lock:
            self._only = path_parts

    def heal(self) -> None:
        """No more faults: every request passes from now on."""
        with self._lock:
            self._planned.clear()
            self._rate = 0.0

    @property
    def faults_injected(self) -> int:
        return sum(n for kind, n in self.counts.items() if kind in KINDS)

    # -- the proxy itself -------------------------------------------------------------------
    def _choose(self, method: str, path: str) -> str:
        with self._lock:
            eligible = not self._only or any(part in path for part in self._only)
            fault = PASS
            if eligible and self._planned:
                fault = self._planned.pop(0)
            elif eligible and self._rate and self._rng.random() < self._rate:
                fault = self._rng.choice(self._kinds)
            self.counts[fault] += 1
            self.counts["requests"] += 1
            self.log.append((method, path, fault))
            return fault

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        client.settimeout(60)
        buffer = b""
        try:
            while True:  # keep-alive: several requests may come on one connection
                request, buffer = _read_request(client, buffer)
                if request is None:
                    return
                method, path = request.split(b" ", 2)[:2]
                fault = self._choose(method.decode(), path.decode("latin-1"))
                if fault == "drop_request":
                    return
                answer = self._forward(request)
                if fault == "duplicate":
                    self._forward(request)
                if fault == "drop_response":
                    return
                if fault == "delay":
                    time.sleep(self.delay_s)
                if fault == "cut_body":
                    head, _, body = answer.partition(_HEAD_END)
                    client.sendall(head + _HEAD_END + body[: len(body) // 2])
                    return
                client.sendall(answer)
                if b"connection: close" in answer.partition(_HEAD_END)[0].lower():
                    return
        except OSError:
            return
        finally:
            _close(client)

    def _forward(self, request: bytes) -> bytes:
        """Send one request to the hub on a fresh connection; its whole answer, raw."""
        head, _, body = request.partition(_HEAD_END)
        lines = [
            line
            for line in head.split(b"\r\n")
            if not line.lower().startswith((b"connection:", b"keep-alive:"))
        ]
        lines.append(b"Connection: close")
        with socket.create_connection(self.upstream, timeout=60) as upstream:
            upstream.sendall(b"\r\n".join(lines) + _HEAD_END + body)
            chunks = []
            while piece := upstream.recv(65536):
                chunks.append(piece)
        return b"".join(chunks)


def _read_request(sock: socket.socket, buffer: bytes) -> tuple[bytes | None, bytes]:
    """One whole request (head + Content-Length body) and what follows it in ``buffer``."""
    while _HEAD_END not in buffer:
        piece = sock.recv(65536)
        if not piece:
            return None, b""
        buffer += piece
        if len(buffer) > _MAX_HEAD and _HEAD_END not in buffer:
            return None, b""
    head, _, rest = buffer.partition(_HEAD_END)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        piece = sock.recv(max(65536, length - len(rest)))
        if not piece:
            return None, b""
        rest += piece
    return head + _HEAD_END + rest[:length], rest[length:]


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
