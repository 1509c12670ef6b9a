"""Column values ↔ JSON, the same way on capture and on apply (stamps compare as text)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Column, DateTime


def to_wire(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dumps(value) -> str:
    return json.dumps(to_wire(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def from_wire(column: Column, value):
    """A JSON value back into what the column stores."""
    if value is None:
        return None
    if isinstance(column.type, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def placeholder(column: Column, row_id: str):
    """A value for a NOT NULL column a pulled row has not received yet (fields arrive one by one)."""
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg
    if default is not None and default.is_callable:
        return default.arg(None)
    if column.unique:
        return row_id[
            :64
        ]  # unique text (a SKU): the row's own id keeps it unique until the real one arrives
    python_type = column.type.python_type
    return {str: "", int: 0, float: 0.0, bool: False}.get(python_type, "")
