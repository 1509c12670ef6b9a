"""A stock count ("kiểm kho: còn 40") as a movement that carries what this PC believed.

The movement is an ordinary insert-only ``adjusted`` movement of ``counted - believed``;
its note records both numbers (``kiểm kho: còn N (máy ghi B)``) so another PC can tell a
count from a sale. Two counts of one variant made without seeing each other (see
``concurrent_counts``) each remove the same difference: the second would double it, so the
pair is shown as a conflict for a person to settle by counting again.
"""

from __future__ import annotations

import re

from app.catalog.stock import add_movement, on_hand

NOTE = "Kiểm kho: còn {counted} (máy ghi {believed})"
_NOTE = re.compile(r"^Kiểm kho: còn (-?\d+) \(máy ghi (-?\d+)\)$")


def record_count(session, variant_id: str, counted: int) -> str | None:
    believed = on_hand(session, [variant_id])[variant_id]
    if counted == believed:
        return None
    return add_movement(session, variant_id, "adjusted", counted - believed,
                        NOTE.format(counted=counted, believed=believed))  # fmt: skip


def parse_count(note: str) -> tuple[int, int] | None:
    match = _NOTE.match(note or "")
    return (int(match[1]), int(match[2])) if match else None
