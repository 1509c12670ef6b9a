"""The synced tables, read once from the ``sync_fields`` modules listed in ``synced_tables``.

No per-table code: a table travels when a room declares it; its columns minus the
derived and local-only ones are the fields sent.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table

from app.store.base import Base
from app.sync.synced_tables import SYNC_DECLARATION_MODULES


@dataclass(frozen=True)
class TableSpec:
    local: str
    wire: str
    insert_only: bool
    fields: tuple[str, ...]  # columns that travel (no id, derived or local-only columns)
    table: Table


@dataclass(frozen=True)
class Declarations:
    by_local: dict[str, TableSpec]
    by_wire: dict[str, TableSpec]


@cache
def declarations() -> Declarations:
    import app.store.models  # noqa: F401  (every table known to Base.metadata)

    by_local: dict[str, TableSpec] = {}
    for module_name in SYNC_DECLARATION_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a room not built yet
            raise
        derived = getattr(module, "DERIVED_COLUMNS", {})
        local_only = frozenset(getattr(module, "LOCAL_ONLY_COLUMNS", frozenset()))
        insert_only = frozenset(getattr(module, "INSERT_ONLY", frozenset()))
        for local, wire in module.WIRE_TABLES.items():
            table = Base.metadata.tables[local]
            skip = {"id"} | set(derived.get(local, ())) | set(local_only)
            fields = tuple(c.name for c in table.columns if c.name not in skip)
            by_local[local] = TableSpec(local, wire, local in insert_only, fields, table)
    return Declarations(by_local, {spec.wire: spec for spec in by_local.values()})
