"""How editor rows travel in sync (same names as ``app.catalog.sync_fields``).

A project names its source by path and content key; the video itself does not travel
(it may be gigabytes), so on another PC the project opens once the same file is there.
"""

from __future__ import annotations

WIRE_TABLES = {"editor_projects": "editor_project"}
INSERT_ONLY: frozenset[str] = frozenset()
DERIVED_COLUMNS: dict[str, frozenset[str]] = {}
LOCAL_ONLY_COLUMNS = frozenset({"created_at", "updated_at", "deleted_at"})
