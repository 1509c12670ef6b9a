"""The hub's ASGI app: routers, error answers, limits and logs wired together."""

from __future__ import annotations

import json
import logging
import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import __version__
from app.errors import classify
from app.hub import (
    api_accounts,
    api_admin,
    api_blob_batch,
    api_blobs,
    api_info,
    api_showcase,
    api_sync,
    problems,
)
from app.hub.accounts import AttemptLimiter
from app.hub.blob_finisher import BlobFinisher
from app.hub.blobs import DiskBlobStore
from app.hub.context import Hub, HubSettings
from app.hub.db import HubDatabase
from app.hub.middleware import BodyLimit, RequestLog
from app.sync.protocol import PROTOCOL_VERSION, UNSUPPORTED_PROTOCOL

log = logging.getLogger("langnghe.hub")


def _answer(problem: problems.HubProblem) -> JSONResponse:
    return JSONResponse(
        {"error": problem.error, "message": problem.message, "detail": problem.detail},
        status_code=problem.status,
        headers=problem.headers,
    )


def _safe_errors(exc: RequestValidationError) -> list[dict]:
    # FastAPI's default echoes the input back, which may be a password: keep only where and why.
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))[:200], "type": e.get("type", "")}
            for e in exc.errors()[:20]]  # fmt: skip


def install_error_answers(app: FastAPI) -> None:
    @app.exception_handler(problems.HubProblem)
    async def hub_problem(_request: Request, exc: problems.HubProblem) -> JSONResponse:
        return _answer(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        for error in exc.errors():
            if error.get("type") == UNSUPPORTED_PROTOCOL:
                return _answer(
                    problems.unsupported_protocol(
                        str(error.get("ctx", {}).get("version", "")), PROTOCOL_VERSION
                    )
                )
            if error.get("type") == "json_invalid":
                return _answer(problems.bad_json())
        return _answer(problems.invalid(_safe_errors(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return _answer(problems.not_found())
        if exc.status_code == 400:
            return _answer(problems.bad_json())
        if exc.status_code == 405:
            return _answer(problems.method_not_allowed(dict(exc.headers or {})))
        return _answer(problems.HubProblem(exc.status_code, "http_error", str(exc.detail)[:200]))

    @app.exception_handler(Exception)
    async def bug(_request: Request, exc: Exception) -> JSONResponse:
        known = classify(exc)  # disk full, folder not writable, database busy...
        if known is not None:
            log.error("hub environment problem: %s", exc)
            return _answer(problems.HubProblem(503, "hub_unavailable", known.message.render()))
        log.exception("unexpected error")
        return _answer(problems.HubProblem(500, "hub_bug", "Máy chủ gặp lỗi ngoài dự kiến. Hãy thử lại sau; "
                                           "nếu vẫn lỗi, báo người quản lý máy chủ."))  # fmt: skip


SETTINGS_ENV = "LANGNGHE_HUB_SETTINGS"


def app_from_env() -> FastAPI:
    """Factory for ``--workers N``: each worker process builds its app from the parent's settings.

    The parent has already migrated the database, so workers never race on it.
    """
    raw = json.loads(os.environ[SETTINGS_ENV])
    raw["data_dir"] = Path(raw["data_dir"])
    log_level = raw.pop("log_level", "info")
    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    return create_app(HubSettings(**raw), migrate=False)


def create_app(settings: HubSettings, *, migrate: bool = True) -> FastAPI:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = HubDatabase.open(settings.db_url, migrate=migrate)
    hub = Hub(
        settings=settings,
        db=db,
        blobs=DiskBlobStore(settings.data_dir / "blobs"),
        login_failures=AttemptLimiter(settings.login_max_failures, 300),
        ip_failures=AttemptLimiter(settings.ip_max_failures, 300),
        signups=AttemptLimiter(settings.signups_per_hour, 3600),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        app.state.blob_finisher.close()
        db.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Làng Nghề Studio hub",
        version=__version__,
        description=f"Sync protocol v{PROTOCOL_VERSION}; see docs/sync-protocol.md.",
    )
    app.state.hub = hub
    app.state.blob_finisher = BlobFinisher(db, hub.blobs)
    install_error_answers(app)
    for module in (api_accounts, api_sync, api_blob_batch, api_blobs, api_admin, api_showcase,
                   api_info):  # fmt: skip
        app.include_router(module.router)

    @app.get("/health", tags=["meta"])
    def health() -> dict:
        """Readiness probe; also tells clients which protocol this hub speaks."""
        return {"ok": True, "protocol": PROTOCOL_VERSION, "version": __version__}

    app.add_middleware(
        BodyLimit, json_limit=settings.json_body_limit, chunk_limit=settings.chunk_limit
    )
    app.add_middleware(RequestLog)
    return app
