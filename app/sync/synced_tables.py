"""Which packages declare tables that travel in sync (each in its own ``sync_fields.py``).

A room marks its tables as synced with one declaration in ``app/<room>/sync_fields.py``
(``WIRE_TABLES``, ``INSERT_ONLY``, ``DERIVED_COLUMNS``, ``LOCAL_ONLY_COLUMNS``, as the
catalog's); the sync client reads these modules and has no per-table code. A room that is
not built (module missing) is skipped.
"""

from __future__ import annotations

SYNC_DECLARATION_MODULES = (
    "app.catalog.sync_fields",
    "app.editor.sync_fields",
    "app.rehearsal.sync_fields",
)
