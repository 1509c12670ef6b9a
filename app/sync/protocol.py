"""Messages between a Làng Nghề Studio client and the commune hub (protocol version 1).

Shared by ``app/sync`` (client) and ``app/hub`` (server); the rules are written
down in ``docs/sync-protocol.md``. Names allowed in table, row and field ids are
deliberately narrow: they end up in URLs, logs and HTML, never in file paths.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator
from pydantic_core import PydanticCustomError

from app.sync.hlc import DEVICE_ID_PATTERN, HLC_PATTERN

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})

MAX_CHANGES_PER_PUSH = 1000
MAX_PULL_PAGE = 1000
DEFAULT_PULL_PAGE = 500
MAX_VALUE_BYTES = 64 * 1024
MAX_HAS_HASHES = 1000

TABLE_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
ROW_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"
FIELD_PATTERN = r"^[a-z_][a-z0-9_]{0,63}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
SHOP_LOGIN_PATTERN = r"^[a-z0-9][a-z0-9-]{2,39}$"

DELETED_FIELD = "_deleted"  # a delete is this field set to true (a tombstone, LWW like any field)
RECORD_FIELD = "*"  # where an insert-only record keeps its whole body

UNSUPPORTED_PROTOCOL = "unsupported_protocol"


def _check_protocol(data: Any) -> Any:
    """Runs before field validation so a newer client gets "upgrade", not a list of type errors."""
    if isinstance(data, dict):
        version = data.get("protocol")
        if isinstance(version, str) and version.strip().isdigit():
            version = int(version)
        # Only a well-formed number is a version; anything else is left to field validation.
        if (
            isinstance(version, int)
            and not isinstance(version, bool)
            and version not in SUPPORTED_VERSIONS
        ):
            raise PydanticCustomError(
                UNSUPPORTED_PROTOCOL,
                "protocol version {version} is not supported (hub speaks {supported})",
                {"version": str(version)[:20], "supported": PROTOCOL_VERSION},
            )
    return data


UNSTORABLE_TEXT = "unstorable_text"


def _storable(value: Any, depth: int = 0) -> None:
    """Refuse text no database keeps: NUL (PostgreSQL rejects it) and lone surrogates
    (not encodable as UTF-8). Found by the API fuzzer as 500s on PostgreSQL."""
    if isinstance(value, str):
        if "\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value):
            raise PydanticCustomError(
                UNSTORABLE_TEXT, "text contains a NUL or an unpaired surrogate"
            )
    elif depth < 64 and isinstance(value, dict):
        for key, item in value.items():
            _storable(key, depth + 1)
            _storable(item, depth + 1)
    elif depth < 64 and isinstance(value, list | tuple):
        for item in value:
            _storable(item, depth + 1)


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _only_storable_text(cls, data: Any) -> Any:
        _storable(data)
        return data


# The hub's other request bodies (the commune admin's) refuse the same text.
StorableRequest = _Message


class Change(_Message):
    """One edit made on a device.

    ``set`` writes one field; ``delete`` writes the row's tombstone; ``insert`` adds
    an insert-only record (a stock movement...) whose fields never change.
    ``seen_hlc`` is the stamp of the value the device had when the user edited the
    field (absent for a field it never had): the hub uses it to tell an overwrite
    from a concurrent edit.
    """

    table: str = Field(pattern=TABLE_PATTERN)
    row_id: str = Field(pattern=ROW_ID_PATTERN)
    op: Literal["set", "delete", "insert"] = "set"
    field: str | None = Field(default=None, pattern=FIELD_PATTERN)
    value: JsonValue = None
    hlc: str = Field(pattern=HLC_PATTERN)
    seen_hlc: str | None = Field(default=None, pattern=HLC_PATTERN)

    @model_validator(mode="after")
    def _shape(self) -> Change:
        if self.op == "set":
            if self.field is None:
                raise ValueError("a 'set' change needs a field")
            if self.field == DELETED_FIELD and not isinstance(self.value, bool):
                raise ValueError("_deleted takes true or false")
        elif self.op == "delete":
            if self.field not in (None, DELETED_FIELD):
                raise ValueError("a 'delete' change has no field")
        elif self.op == "insert":
            if self.field is not None:
                raise ValueError("an 'insert' change has no field")
            if not isinstance(self.value, dict):
                raise ValueError("an 'insert' change carries its record as an object")
        return self

    @property
    def target_field(self) -> str:
        if self.op == "insert":
            return RECORD_FIELD
        if self.op == "delete":
            return DELETED_FIELD
        return self.field or ""

    @property
    def target_value(self) -> JsonValue:
        return True if self.op == "delete" else self.value


class PushRequest(_Message):
    protocol: int = PROTOCOL_VERSION
    batch_id: str = Field(pattern=r"^[A-Za-z0-9_-]{8,64}$")
    changes: list[Change]

    _version = model_validator(mode="before")(_check_protocol)


class Conflict(_Message):
    """A concurrent edit that lost: both values are kept so a person can choose."""

    seq: int
    table: str
    row_id: str
    field: str
    winner_value: JsonValue = None
    winner_hlc: str
    loser_value: JsonValue = None
    loser_hlc: str


class PushResponse(_Message):
    batch_id: str
    duplicate: bool = Field(
        description="true when this batch id was applied before: nothing changed"
    )
    accepted: int
    applied: int = Field(description="changes that became the current value")
    conflicts: list[Conflict]
    cursor: int
    hub_time_ms: int


class PulledChange(_Message):
    seq: int
    table: str
    row_id: str
    field: str = Field(description="'*' for an insert-only record, '_deleted' for a tombstone")
    value: JsonValue = None
    hlc: str


class PullResponse(_Message):
    changes: list[PulledChange]
    conflicts: list[Conflict]
    next_cursor: int
    has_more: bool
    hub_time_ms: int


class CreateShopRequest(_Message):
    login: str = Field(pattern=SHOP_LOGIN_PATTERN, description="short name typed at sign-in")
    password: str = Field(min_length=8, max_length=256)
    display_name: str = Field(min_length=1, max_length=120)
    contact: str = Field(default="", max_length=200)
    craft: str = Field(default="", max_length=80)
    address: str = Field(default="", max_length=200)


class ShopProfile(_Message):
    shop_id: str
    login: str
    display_name: str
    contact: str
    craft: str
    address: str


class UpdateShopProfile(_Message):
    display_name: str | None = Field(default=None, min_length=1, max_length=120)
    contact: str | None = Field(default=None, max_length=200)
    craft: str | None = Field(default=None, max_length=80)
    address: str | None = Field(default=None, max_length=200)


class SignInRequest(_Message):
    login: str = Field(max_length=40)
    password: str = Field(max_length=256)
    device_name: str = Field(min_length=1, max_length=80)


class SignInResponse(_Message):
    token: str
    device_id: str = Field(pattern=DEVICE_ID_PATTERN)
    shop_id: str
    hub_time_ms: int


class DeviceInfo(_Message):
    device_id: str
    name: str
    created_ms: int
    revoked: bool
    this_device: bool


class BlobHasRequest(_Message):
    hashes: list[str] = Field(max_length=MAX_HAS_HASHES)


class BlobHasResponse(_Message):
    present: list[str]
    missing: list[str]


class UploadStatus(_Message):
    hash: str
    received: int = Field(description="bytes stored so far; the next chunk starts here")
    complete: bool


class CompleteUpload(_Message):
    size: int = Field(ge=0)


class ErrorBody(_Message):
    error: str
    message: str = Field(description="plain Vietnamese sentence for the user")
    detail: JsonValue = None
