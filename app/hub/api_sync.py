"""Push and pull of row changes."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from app.hub import accounts, problems, sync_service
from app.hub.context import HubDep, ShopDevice
from app.sync.protocol import (
    DEFAULT_PULL_PAGE,
    MAX_CHANGES_PER_PUSH,
    MAX_PULL_PAGE,
    PROTOCOL_VERSION,
    SUPPORTED_VERSIONS,
    PullResponse,
    PushRequest,
    PushResponse,
)

router = APIRouter(prefix="/v1/shops/{shop_id}", tags=["sync"])


@router.post("/push", response_model=PushResponse)
def push(shop_id: str, body: PushRequest, auth: ShopDevice, hub: HubDep) -> Response:
    """Apply a batch of field changes once (a retried ``batch_id`` changes nothing)."""
    if len(body.changes) > MAX_CHANGES_PER_PUSH:
        raise problems.batch_too_big(MAX_CHANGES_PER_PUSH)
    now = accounts.now_ms()
    sync_service.check_push(body, auth.device_id, now)
    with hub.db.session() as session:
        answer = sync_service.push(session, auth.shop_id, auth.device_id, body, now)
    return _json(answer)


@router.get("/pull", response_model=PullResponse)
def pull(
    shop_id: str,
    auth: ShopDevice,
    hub: HubDep,
    cursor: int = Query(
        0, ge=0, le=2**62, description="next_cursor of the previous pull; 0 at first"
    ),
    limit: int = Query(DEFAULT_PULL_PAGE, ge=1, le=MAX_PULL_PAGE),
    protocol: int = Query(1, description="the client's protocol version"),
) -> Response:
    """Changes and conflict records after ``cursor``, oldest first, one page at a time."""
    if protocol not in SUPPORTED_VERSIONS:
        raise problems.unsupported_protocol(str(protocol), PROTOCOL_VERSION)
    with hub.db.session() as session:
        answer = sync_service.pull(session, auth.shop_id, cursor, limit, accounts.now_ms())
    return _json(answer)


def _json(answer: BaseModel) -> Response:
    """Already a validated model: serialise it once instead of FastAPI's validate-then-dump."""
    return Response(answer.model_dump_json(), media_type="application/json")
