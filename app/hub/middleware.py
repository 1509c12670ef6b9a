"""ASGI middleware: body-size limits (413 before reading too much) and structured request logs.

Logs never contain headers, query strings or bodies, so tokens and passwords
cannot leak into them.
"""

from __future__ import annotations

import json
import logging
import time

from app.hub import problems

access_log = logging.getLogger("langnghe.hub.access")


class _TooBig(Exception):
    pass


def _problem_response(problem: problems.HubProblem) -> tuple[dict, bytes]:
    body = json.dumps({"error": problem.error, "message": problem.message, "detail": problem.detail},
                      ensure_ascii=False).encode()  # fmt: skip
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
    return {"type": "http.response.start", "status": problem.status, "headers": headers}, body


class BodyLimit:
    """Refuse bodies over the limit: uploads of a blob chunk get ``chunk_limit``, JSON the rest."""

    def __init__(self, app, json_limit: int, chunk_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.chunk_limit = chunk_limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        upload = scope["method"] == "PUT" and scope["path"].endswith("/upload")
        limit = self.chunk_limit if upload else self.json_limit
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = True
            if too_big:
                await self._refuse(send, limit)
                return
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooBig
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooBig:
            if not started:
                await self._refuse(send, limit)

    async def _refuse(self, send, limit: int) -> None:
        start, body = _problem_response(problems.body_too_big(limit))
        await send(start)
        await send({"type": "http.response.body", "body": body})


class RequestLog:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        status = 500
        sent = 0

        async def logging_send(message):
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, logging_send)
        finally:
            client = scope.get("client") or ("-", 0)
            access_log.info(json.dumps({
                "method": scope["method"], "path": scope["path"][:300], "status": status,
                "ms": round((time.perf_counter() - began) * 1000, 1), "bytes_out": sent, "client": client[0],
            }))  # fmt: skip
