"""Shops, devices and admins: argon2id passwords, random bearer tokens stored hashed.

A device token carries 256 random bits, so a plain SHA-256 of it is enough to
store (nobody can brute-force it); passwords are low-entropy and get argon2id.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.hub import problems
from app.hub.models import Admin, AdminToken, Device, Shop
from app.sync.protocol import CreateShopRequest
from app.text import clean

# argon2id with OWASP's recommended minimum (19 MiB, 2 passes): an old commune PC
# hashes in tens of milliseconds instead of the library default's half second.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
DEVICE_TOKEN_PREFIX = "lnd_"
ADMIN_TOKEN_PREFIX = "lna_"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _token(prefix: str) -> tuple[str, str]:
    token = prefix + secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class DeviceAuth:
    shop_id: str
    device_id: str


def create_shop(session: Session, request: CreateShopRequest) -> Shop:
    shop = Shop(
        id=secrets.token_hex(16), login=request.login, display_name=clean(request.display_name),
        contact=clean(request.contact), craft=clean(request.craft), address=clean(request.address),
        password_hash=hash_password(request.password), last_seq=0, created_ms=now_ms(),
    )  # fmt: skip
    session.add(shop)
    try:
        session.flush()
    except IntegrityError as exc:
        raise problems.login_taken() from exc
    return shop


def sign_in_device(
    session: Session, login: str, password: str, device_name: str
) -> tuple[Device, str]:
    shop = session.scalars(select(Shop).where(Shop.login == login)).first()
    if shop is None:
        verify_password(_DUMMY_HASH, password)  # same cost either way: no probing for shop names
        raise problems.bad_password()
    if not verify_password(shop.password_hash, password):
        raise problems.bad_password()
    token, digest = _token(DEVICE_TOKEN_PREFIX)
    device = Device(id=secrets.token_hex(8), shop_id=shop.id, name=clean(device_name),
                    token_hash=digest, created_ms=now_ms())  # fmt: skip
    session.add(device)
    return device, token


def device_for_token(session: Session, token: str) -> DeviceAuth | None:
    row = session.execute(
        select(Device.shop_id, Device.id).where(
            Device.token_hash == token_hash(token), Device.revoked_ms.is_(None)
        )
    ).first()
    return DeviceAuth(row[0], row[1]) if row else None


def revoke_device(session: Session, shop_id: str, device_id: str) -> bool:
    """False when that shop has no such device (another shop's device looks the same: absent)."""
    device = session.get(Device, device_id)
    if device is None or device.shop_id != shop_id:
        return False
    if device.revoked_ms is None:
        device.revoked_ms = now_ms()
    return True


def set_shop_password(session: Session, shop: Shop, password: str) -> None:
    """A reset also signs every device out: whoever knew the old password loses access."""
    shop.password_hash = hash_password(password)
    session.execute(
        update(Device)
        .where(Device.shop_id == shop.id, Device.revoked_ms.is_(None))
        .values(revoked_ms=now_ms())
    )


def create_admin(session: Session, username: str, password: str) -> Admin:
    admin = Admin(username=username, password_hash=hash_password(password), created_ms=now_ms())
    session.add(admin)
    try:
        session.flush()
    except IntegrityError as exc:
        raise problems.login_taken() from exc
    return admin


def sign_in_admin(session: Session, username: str, password: str) -> str:
    admin = session.scalars(select(Admin).where(Admin.username == username)).first()
    if admin is None:
        verify_password(_DUMMY_HASH, password)
        raise problems.bad_password()
    if not verify_password(admin.password_hash, password):
        raise problems.bad_password()
    token, digest = _token(ADMIN_TOKEN_PREFIX)
    session.add(AdminToken(token_hash=digest, admin_id=admin.id, created_ms=now_ms()))
    return token


def admin_for_token(session: Session, token: str) -> int | None:
    return session.execute(
        select(AdminToken.admin_id).where(AdminToken.token_hash == token_hash(token))
    ).scalar_one_or_none()


_DUMMY_HASH = _hasher.hash("not-a-real-password")


class AttemptLimiter:
    """Failed sign-ins per key in a sliding window, in memory (one hub process)."""

    def __init__(
        self, max_failures: int = 10, window_s: float = 300.0, clock=time.monotonic
    ) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, *keys: str) -> None:
        with self._lock:
            now = self._clock()
            for key in keys:
                stamps = self._failures.get(key)
                if not stamps:
                    continue
                while stamps and now - stamps[0] > self.window_s:
                    stamps.popleft()
                if len(stamps) >= self.max_failures:
                    raise problems.too_many_attempts(int(self.window_s - (now - stamps[0])) + 1)

    def failed(self, *keys: str) -> None:
        with self._lock:
            now = self._clock()
            if len(self._failures) > 100_000:  # a flood of random keys must not eat memory
                self._failures.clear()
            for key in keys:
                self._failures.setdefault(key, deque(maxlen=self.max_failures * 2)).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
