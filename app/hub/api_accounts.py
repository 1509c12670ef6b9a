"""Shop accounts and device sign-in."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import select

from app.hub import accounts, problems
from app.hub.context import HubDep, ShopDevice, client_ip
from app.hub.models import Device, Shop
from app.sync.protocol import (
    CreateShopRequest,
    DeviceInfo,
    ShopProfile,
    SignInRequest,
    SignInResponse,
    UpdateShopProfile,
)
from app.text import clean

router = APIRouter(prefix="/v1", tags=["accounts"])


def _profile(shop: Shop) -> ShopProfile:
    return ShopProfile(shop_id=shop.id, login=shop.login, display_name=shop.display_name,
                       contact=shop.contact, craft=shop.craft, address=shop.address)  # fmt: skip


@router.post("/shops", status_code=201, response_model=ShopProfile)
def create_shop(body: CreateShopRequest, hub: HubDep, request: Request) -> ShopProfile:
    """Register a household's shop; the owner then signs devices in with its password."""
    # Creating accounts costs an argon2 hash each: share the sign-in budget per address.
    key = client_ip(request)
    hub.signups.check(key)
    hub.signups.failed(key)  # every creation counts, not only failures
    with hub.db.session() as session:
        return _profile(accounts.create_shop(session, body))


@router.post("/sign-in", response_model=SignInResponse)
def sign_in(body: SignInRequest, hub: HubDep, request: Request) -> SignInResponse:
    """Trade the owner's password for a token for this device."""
    ip_key, login_key = client_ip(request), f"shop:{body.login}"
    hub.ip_failures.check(ip_key)
    hub.login_failures.check(login_key)
    try:
        with hub.db.session() as session:
            device, token = accounts.sign_in_device(
                session, body.login, body.password, body.device_name
            )
    except problems.HubProblem:
        hub.ip_failures.failed(ip_key)
        hub.login_failures.failed(login_key)
        raise
    hub.login_failures.succeeded(login_key)
    return SignInResponse(
        token=token, device_id=device.id, shop_id=device.shop_id, hub_time_ms=accounts.now_ms()
    )


@router.get("/shops/{shop_id}", response_model=ShopProfile)
def get_shop(shop_id: str, auth: ShopDevice, hub: HubDep) -> ShopProfile:
    with hub.db.session() as session:
        return _profile(session.get(Shop, auth.shop_id))


@router.patch("/shops/{shop_id}", response_model=ShopProfile)
def update_shop(
    shop_id: str, body: UpdateShopProfile, auth: ShopDevice, hub: HubDep
) -> ShopProfile:
    """Name, contact and craft shown on the commune showcase."""
    with hub.db.session() as session:
        shop = session.get(Shop, auth.shop_id)
        for name, value in body.model_dump(exclude_none=True).items():
            setattr(shop, name, clean(value))
        return _profile(shop)


@router.get("/shops/{shop_id}/devices", response_model=list[DeviceInfo])
def list_devices(shop_id: str, auth: ShopDevice, hub: HubDep) -> list[DeviceInfo]:
    with hub.db.session() as session:
        devices = session.scalars(
            select(Device).where(Device.shop_id == auth.shop_id).order_by(Device.created_ms)
        )
        return [
            DeviceInfo(device_id=d.id, name=d.name, created_ms=d.created_ms,
                       revoked=d.revoked_ms is not None, this_device=d.id == auth.device_id)
            for d in devices
        ]  # fmt: skip


@router.delete("/shops/{shop_id}/devices/{device_id}", status_code=204)
def revoke_device(shop_id: str, device_id: str, auth: ShopDevice, hub: HubDep) -> None:
    """Sign a lost or sold PC out, from any of the owner's other devices."""
    with hub.db.session() as session:
        if not accounts.revoke_device(session, auth.shop_id, device_id):
            raise problems.not_found("device")
