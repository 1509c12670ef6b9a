"""The per-field merge rule, shared by hub and client (a pure function: property-tested, no database).

Per field, last writer wins by HLC order (a total order, so every replica and
every arrival order picks the same winner). When the two values differ and the
incoming edit was made without seeing the stored one (``seen_hlc`` differs from
the stored stamp) on another device, the edits were concurrent and the loser is kept
as a conflict.
Insert-only records (``field == "*"``) are a union: the first copy of a row id
stays, a repeat is a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.sync.hlc import HLC
from app.sync.protocol import RECORD_FIELD


@dataclass(frozen=True)
class Stored:
    value_json: str
    hlc: str


@dataclass(frozen=True)
class Incoming:
    field: str
    value_json: str
    hlc: str
    seen_hlc: str | None = None


@dataclass(frozen=True)
class Outcome:
    winner: Stored
    changed: bool
    # (loser value, loser hlc) when a concurrent edit lost; the winner is ``winner``.
    loser: Stored | None = None


def decide(current: Stored | None, incoming: Incoming) -> Outcome:
    offered = Stored(incoming.value_json, incoming.hlc)
    if current is None:
        return Outcome(offered, changed=True)
    if incoming.field == RECORD_FIELD or incoming.hlc == current.hlc:
        return Outcome(current, changed=False)  # union / the same edit again
    # A device always saw its own earlier edit, so two edits from one device are never concurrent.
    same_device = HLC.parse(incoming.hlc).device_id == HLC.parse(current.hlc).device_id
    concurrent = (
        not same_device
        and incoming.seen_hlc != current.hlc
        and incoming.value_json != current.value_json
    )
    if HLC.parse(incoming.hlc) > HLC.parse(current.hlc):
        return Outcome(offered, changed=True, loser=current if concurrent else None)
    return Outcome(current, changed=False, loser=offered if concurrent else None)
