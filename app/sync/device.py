"""This PC's sync identity and clock, kept in ``local_state`` so the clock never goes backwards.

Before the first sign-in a PC stamps its edits with a local random id (``local…``): the
outbox fills offline from day one. At sign-in the hub hands out the real device id and
``restamp`` rewrites the pending stamps in one statement (the hub refuses a stamp carrying
another device's id). We chose this over "snapshot everything at first sign-in" because the
outbox already holds exactly the per-field changes with their ``seen_hlc``; nothing to rebuild.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, text

from app.store.base import utcnow
from app.sync import hlc as _hlc
from app.sync.hlc import HLC, Clock

DEVICE_KEY = "sync.device_id"
CLOCK_KEY = "sync.clock"
LOCAL_PREFIX = "local"
_HLC_PREFIX = 21  # "PPPPPPPPPPPPPPP-CCCC-": the device id starts after these characters


def get_state(connection: Connection, key: str) -> str | None:
    return connection.execute(
        text("SELECT value FROM local_state WHERE key = :key"), {"key": key}
    ).scalar()


def set_state(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        text(
            "INSERT INTO local_state (key, value, updated_at) VALUES (:key, :value, :now) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
        ),
        {"key": key, "value": value, "now": utcnow()},
    )


def delete_state(connection: Connection, prefix: str) -> None:
    connection.execute(text("DELETE FROM local_state WHERE key LIKE :p"), {"p": prefix + "%"})


def device_id(connection: Connection) -> str:
    current = get_state(connection, DEVICE_KEY)
    if current:
        return current
    current = f"{LOCAL_PREFIX}{uuid.uuid4().hex[:16]}"
    set_state(connection, DEVICE_KEY, current)
    return current


def load_clock(connection: Connection) -> Clock:
    saved = get_state(connection, CLOCK_KEY)
    device = device_id(connection)
    last = HLC.parse(saved) if saved else None
    if last is not None and last.device_id != device:
        last = HLC(last.physical_ms, last.counter, device)
    return Clock(device, last=last, wall=_wall)


def _wall() -> int:
    # Looked up at each call so a test can set this PC's wall clock (``hlc.wall_ms``).
    return _hlc.wall_ms()


def save_clock(connection: Connection, stamp: HLC) -> None:
    set_state(connection, CLOCK_KEY, stamp.encode())


def restamp(connection: Connection, new_device: str) -> None:
    """Give pending stamps made under the old id the hub's device id."""
    old = device_id(connection)
    if old == new_device:
        return
    params = {"old": old, "new": new_device, "n": _HLC_PREFIX}
    for table, column in (
        ("sync_outbox", "hlc"),
        ("sync_outbox", "seen_hlc"),
        ("sync_field_stamps", "hlc"),
    ):
        connection.execute(
            text(
                f"UPDATE {table} SET {column} = substr({column}, 1, :n) || :new "
                f"WHERE substr({column}, :n + 1) = :old"
            ),
            params,
        )
    set_state(connection, DEVICE_KEY, new_device)
    saved = get_state(connection, CLOCK_KEY)
    if saved:
        last = HLC.parse(saved)
        save_clock(connection, HLC(last.physical_ms, last.counter, new_device))
