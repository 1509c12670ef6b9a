"""The hub's own schema (separate from the desktop app's local database).

Synced rows are stored generically — one row of ``hub_entries`` per (shop,
table, row, field) holding the winning value and its HLC — so the hub never
needs the catalog's models and a new client field needs no hub migration.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.base import NAMING_CONVENTION

HLC_LEN = 90


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Shop(HubBase):
    __tablename__ = "hub_shops"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    contact: Mapped[str] = mapped_column(String(200), default="")
    craft: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    # Per-shop cursor: allocated under this row's lock, so a shop's sequence numbers
    # become visible in order and a pull can never skip one.
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_ms: Mapped[int] = mapped_column(BigInteger)


class Device(HubBase):
    __tablename__ = "hub_devices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    shop_id: Mapped[str] = mapped_column(ForeignKey("hub_shops.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    revoked_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class Admin(HubBase):
    __tablename__ = "hub_admins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_ms: Mapped[int] = mapped_column(BigInteger)


class AdminToken(HubBase):
    __tablename__ = "hub_admin_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    admin_id: Mapped[int] = mapped_column(ForeignKey("hub_admins.id"), index=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)


class Entry(HubBase):
    """The current winning value of one field of one synced row."""

    __tablename__ = "hub_entries"
    __table_args__ = (Index("ix_hub_entries_shop_seq", "shop_id", "seq"),)

    shop_id: Mapped[str] = mapped_column(ForeignKey("hub_shops.id"), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(HLC_LEN))
    seq: Mapped[int] = mapped_column(BigInteger)


class ConflictRecord(HubBase):
    """A concurrent edit that lost the LWW race, kept so nobody's edit silently vanishes."""

    __tablename__ = "hub_conflicts"
    __table_args__ = (Index("ix_hub_conflicts_shop_seq", "shop_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shop_id: Mapped[str] = mapped_column(ForeignKey("hub_shops.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(128))
    field: Mapped[str] = mapped_column(String(64))
    winner_json: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[str] = mapped_column(String(HLC_LEN))
    loser_json: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[str] = mapped_column(String(HLC_LEN))


class Batch(HubBase):
    """A push already applied: a retried push gets the stored answer and changes nothing."""

    __tablename__ = "hub_batches"

    shop_id: Mapped[str] = mapped_column(ForeignKey("hub_shops.id"), primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))
    response_json: Mapped[str] = mapped_column(Text)
    created_ms: Mapped[int] = mapped_column(BigInteger)


class BlobRef(HubBase):
    """Which shop may read which blob: bytes are stored once, access is per shop."""

    __tablename__ = "hub_blobs"

    shop_id: Mapped[str] = mapped_column(ForeignKey("hub_shops.id"), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_ms: Mapped[int] = mapped_column(BigInteger)
