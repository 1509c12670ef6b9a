"""Conflicts a PC finds itself while applying pulled rows (the hub never sees them as such):
two stock counts that raced (``app.sync.stock_count``) and one SKU created on two PCs
(``app.sync.sku_duplicates``). Each kind says when it is still open and how a choice is made;
the choice is an ordinary edit that travels, so it settles the conflict on every PC."""

from __future__ import annotations

from app.sync import sku_duplicates, stock_count


def still_open(session, conflict) -> bool:
    if conflict.field == stock_count.COUNT_FIELD:
        return stock_count.is_open(session, conflict)
    if conflict.field == sku_duplicates.FIELD:
        return sku_duplicates.is_open(session, conflict)
    return False


def settle(session, conflict, keep: str) -> bool:
    """Make the choice; False when this is not a conflict found on this PC."""
    if conflict.hub_seq is not None:
        return False
    if conflict.field == stock_count.COUNT_FIELD:
        stock_count.resolve_count(session, conflict, keep)
        return True
    if conflict.field == sku_duplicates.FIELD:
        sku_duplicates.resolve(session, conflict, keep)
        return True
    return False
