"""What every request handler needs: the database, the blob store, limits; and who is asking."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.hub import accounts, problems
from app.hub.accounts import AttemptLimiter, DeviceAuth
from app.hub.blobs import BlobStore
from app.hub.db import HubDatabase

JSON_BODY_LIMIT = 4 * 1024 * 1024
CHUNK_LIMIT = 16 * 1024 * 1024


@dataclass
class HubSettings:
    data_dir: Path
    db_url: str
    json_body_limit: int = JSON_BODY_LIMIT
    chunk_limit: int = CHUNK_LIMIT
    login_max_failures: int = 10  # per shop (or admin) name, per 5 minutes
    ip_max_failures: int = 100  # per client address: a commune office shares one address
    signups_per_hour: int = 60  # new shops per client address
    commune_name: str = ""  # the showcase page's title, e.g. "xã Phú Vinh"


@dataclass
class Hub:
    settings: HubSettings
    db: HubDatabase
    blobs: BlobStore
    login_failures: AttemptLimiter
    ip_failures: AttemptLimiter
    signups: AttemptLimiter
    upload_locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    def upload_lock(self, key: str) -> asyncio.Lock:
        if len(self.upload_locks) > 10_000:
            self.upload_locks = {k: v for k, v in self.upload_locks.items() if v.locked()}
        return self.upload_locks.setdefault(key, asyncio.Lock())


async def get_hub(request: Request) -> Hub:
    # async on purpose: FastAPI runs sync dependencies in the thread pool, a hop this doesn't need
    return request.app.state.hub


_bearer = HTTPBearer(auto_error=False, description="device token from /v1/sign-in")
_admin_bearer = HTTPBearer(
    auto_error=False, scheme_name="AdminBearer", description="token from /v1/admin/sign-in"
)


def device_for_shop(
    shop_id: str,
    hub: Annotated[Hub, Depends(get_hub)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> DeviceAuth:
    """The signed-in device, refused unless the token is live and belongs to ``shop_id``."""
    if credentials is None or not credentials.credentials.startswith(accounts.DEVICE_TOKEN_PREFIX):
        raise problems.not_signed_in()
    with hub.db.session() as session:
        auth = accounts.device_for_token(session, credentials.credentials)
    if auth is None:
        raise problems.not_signed_in()
    if auth.shop_id != shop_id:
        raise problems.other_shop()
    return auth


def admin_id(
    hub: Annotated[Hub, Depends(get_hub)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_admin_bearer)],
) -> int:
    if credentials is None or not credentials.credentials.startswith(accounts.ADMIN_TOKEN_PREFIX):
        raise problems.not_admin()
    with hub.db.session() as session:
        found = accounts.admin_for_token(session, credentials.credentials)
    if found is None:
        raise problems.not_admin()
    return found


ShopDevice = Annotated[DeviceAuth, Depends(device_for_shop)]
AdminId = Annotated[int, Depends(admin_id)]
HubDep = Annotated[Hub, Depends(get_hub)]


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"
