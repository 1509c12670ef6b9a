"""The commune admin: lists shops, resets an owner's password, signs a device out.

Deliberately no route here reads a shop's rows or blobs: an admin sees shop data
only through the public showcase, like everybody else.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import func, select

from app.hub import accounts, problems
from app.hub.context import AdminId, HubDep, client_ip
from app.hub.models import Device, Shop
from app.sync.protocol import StorableRequest

router = APIRouter(prefix="/v1/admin", tags=["admin"])


class AdminSignIn(StorableRequest):
    username: str = Field(max_length=40)
    password: str = Field(max_length=256)


class AdminToken(BaseModel):
    token: str


class ShopSummary(BaseModel):
    shop_id: str
    login: str
    display_name: str
    contact: str
    devices: int


class NewPassword(StorableRequest):
    password: str = Field(min_length=8, max_length=256)


@router.post("/sign-in", response_model=AdminToken)
def admin_sign_in(body: AdminSignIn, hub: HubDep, request: Request) -> AdminToken:
    ip_key, name_key = client_ip(request), f"admin:{body.username}"
    hub.ip_failures.check(ip_key)
    hub.login_failures.check(name_key)
    try:
        with hub.db.session() as session:
            token = accounts.sign_in_admin(session, body.username, body.password)
    except problems.HubProblem:
        hub.ip_failures.failed(ip_key)
        hub.login_failures.failed(name_key)
        raise
    hub.login_failures.succeeded(name_key)
    return AdminToken(token=token)


def shop_summaries(session) -> list[ShopSummary]:
    live = (
        select(Device.shop_id, func.count().label("n"))
        .where(Device.revoked_ms.is_(None))
        .group_by(Device.shop_id)
        .subquery()
    )
    rows = session.execute(
        select(Shop, func.coalesce(live.c.n, 0))
        .outerjoin(live, live.c.shop_id == Shop.id)
        .order_by(Shop.login)
    )
    return [ShopSummary(shop_id=s.id, login=s.login, display_name=s.display_name, contact=s.contact, devices=n)
            for s, n in rows]  # fmt: skip


@router.get("/shops", response_model=list[ShopSummary])
def list_shops(admin: AdminId, hub: HubDep) -> list[ShopSummary]:
    with hub.db.session() as session:
        return shop_summaries(session)


@router.put("/shops/{shop_id}/password", status_code=204)
def reset_password(shop_id: str, body: NewPassword, admin: AdminId, hub: HubDep) -> None:
    """Set a new owner password; every device of the shop is signed out."""
    with hub.db.session() as session:
        shop = session.get(Shop, shop_id)
        if shop is None:
            raise problems.not_found("shop")
        accounts.set_shop_password(session, shop, body.password)


@router.delete("/shops/{shop_id}/devices/{device_id}", status_code=204)
def admin_revoke_device(shop_id: str, device_id: str, admin: AdminId, hub: HubDep) -> None:
    with hub.db.session() as session:
        if not accounts.revoke_device(session, shop_id, device_id):
            raise problems.not_found("device")
