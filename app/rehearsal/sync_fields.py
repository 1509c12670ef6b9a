"""How rehearsal rows travel in sync (same names as ``app.catalog.sync_fields``).

Runs of show travel: a trainer prepares one at the commune office and the trainee
rehearses it at home. Takes and markers stay local on purpose: they belong to one
recording, which is a large file kept in this PC's media store and never uploaded
(a take is practice, not content), so their rows would point at nothing elsewhere.
"""

from __future__ import annotations

WIRE_TABLES = {
    "show_plans": "show_plan",
    "show_blocks": "show_block",
}
INSERT_ONLY: frozenset[str] = frozenset()
DERIVED_COLUMNS: dict[str, frozenset[str]] = {}
# talking_points is one JSON text column: it travels as one field (one merge unit).
LOCAL_ONLY_COLUMNS = frozenset(
    {"created_at", "updated_at", "deleted_at"}
)  # deleted_at travels as _deleted
