"""One sync round: push the outbox, pull from the cursor, move media. Safe to kill anywhere.

Push: up to 1000 outbox rows get a batch id (committed before sending), so a retry after a
cut sends the same batch id with the same rows and the hub answers ``duplicate`` instead of
applying it twice; the rows leave the outbox only when an answer arrived. Pull: each page is
applied and its ``next_cursor`` saved in one transaction (``app.sync.apply``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import delete, func, select, update

from app.progress import CancelToken, check
from app.store.base import utcnow
from app.store.engine import session_scope
from app.store.models.sync_client import SyncConflict, SyncOutbox
from app.sync import clock_fix, errors, hlc
from app.sync.apply import CURSOR_KEY, apply_page
from app.sync.device import get_state, load_clock, save_clock, set_state
from app.sync.hlc import HLC, ClockDriftError
from app.sync.http import HubClient
from app.sync.protocol import MAX_CHANGES_PER_PUSH

HUB_KEY, SHOP_KEY, SHOP_ID_KEY, TOKEN_KEY = "sync.hub", "sync.shop", "sync.shop_id", "sync.token"
LAST_SYNC_KEY = "sync.last_sync"


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts_new: int = 0
    uploaded: int = 0
    downloaded: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Connection:
    hub: str
    shop: str
    shop_id: str
    token: str


def connection_of(db) -> Connection | None:
    with db.engine.connect() as conn:
        values = [get_state(conn, key) for key in (HUB_KEY, SHOP_KEY, SHOP_ID_KEY, TOKEN_KEY)]
    return Connection(*values) if all(values) else None


class SyncEngine:
    def __init__(self, db, *, transport=None) -> None:
        self.db = db
        self.transport = transport  # tests put a fault-injecting transport here

    def client(self) -> HubClient:
        settings = connection_of(self.db)
        if settings is None:
            raise errors.NotSignedIn()
        return HubClient(settings.hub, settings.token, settings.shop_id, transport=self.transport)

    def sync_once(
        self,
        progress: Callable | None = None,
        cancel: CancelToken | None = None,
        *,
        videos: bool | None = None,
    ) -> SyncReport:
        """``videos``: whether videos travel now (the window's answer, which has Qt to
        ask "metered?"); None: as the profile's setting says, asked here."""
        report = SyncReport()
        with self.client() as client:
            self._push(client, report, cancel)
            check(cancel)
            self._pull(client, report, cancel)
            check(cancel)
            from app.sync.media_transfer import transfer_media

            report.uploaded, report.downloaded = transfer_media(
                self.db, client, progress, cancel, videos=videos
            )
        with session_scope(self.db.sessions) as session:
            set_state(session.connection(), LAST_SYNC_KEY, utcnow().isoformat(timespec="seconds"))
        return report

    def _next_batch(self) -> tuple[str, list[SyncOutbox]] | None:
        with session_scope(self.db.sessions) as session:
            waiting = session.scalar(
                select(SyncOutbox.batch_id).where(SyncOutbox.batch_id.is_not(None)).limit(1)
            )
            if waiting is None:
                ids = session.scalars(
                    select(SyncOutbox.id).order_by(SyncOutbox.id).limit(MAX_CHANGES_PER_PUSH)
                ).all()
                if not ids:
                    return None
                waiting = uuid.uuid4().hex
                session.execute(
                    update(SyncOutbox).where(SyncOutbox.id.in_(ids)).values(batch_id=waiting)
                )
            rows = session.scalars(
                select(SyncOutbox).where(SyncOutbox.batch_id == waiting).order_by(SyncOutbox.id)
            ).all()
            return waiting, list(rows)

    def _push(self, client: HubClient, report: SyncReport, cancel) -> None:
        restamped = False
        while True:
            check(cancel)
            batch = self._next_batch()
            if batch is None:
                return
            batch_id, rows = batch
            try:
                answer = client.push(batch_id, [_change(row) for row in rows])
            except errors.ClockAhead:
                if restamped:
                    raise
                self._after_clock_ahead(client)  # raises while this PC's clock is still fast
                restamped = True
                continue
            with session_scope(self.db.sessions) as session:
                session.execute(delete(SyncOutbox).where(SyncOutbox.batch_id == batch_id))
                report.conflicts_new += _keep_conflicts(session, answer.get("conflicts", []))
                _observe_hub(session, answer.get("hub_time_ms"))
            report.pushed += 0 if answer.get("duplicate") else len(rows)

    def _after_clock_ahead(self, client: HubClient) -> None:
        """The hub refused stamps in the future: tell the user by how much this PC's clock is
        fast, or, once it is right again, move the stamps back (``app.sync.clock_fix``)."""
        with self.db.engine.connect() as conn:
            cursor = int(get_state(conn, CURSOR_KEY) or 0)
        before = device_wall()
        hub_ms = int(client.pull(cursor, limit=1)["hub_time_ms"])  # read only, nothing applied
        after = device_wall()
        hub_now = hub_ms + (after - before) // 2  # the hub's time when this PC reads ``after``
        with session_scope(self.db.sessions) as session:
            skew = clock_fix.note_hub_time(session.connection(), hub_now, after)
        if skew > clock_fix.SANE_MS:
            raise errors.ClockAhead(fast_by_ms=skew)
        with session_scope(self.db.sessions) as session:
            clock_fix.restamp_future(session.connection(), max(hub_now, after))

    def _pull(self, client: HubClient, report: SyncReport, cancel) -> None:
        while True:
            check(cancel)
            with self.db.engine.connect() as conn:
                cursor = int(get_state(conn, CURSOR_KEY) or 0)
            page = client.pull(cursor)
            wall = device_wall()
            with session_scope(self.db.sessions) as session:
                applied, conflicts = apply_page(session, page)
                if page.get("hub_time_ms") is not None:  # how fast this PC runs, for a later fix
                    clock_fix.note_hub_time(session.connection(), int(page["hub_time_ms"]), wall)
            report.pulled += applied
            report.conflicts_new += conflicts
            if not page["has_more"]:
                return


def _change(row: SyncOutbox) -> dict:
    change = {"table": row.table_name, "row_id": row.row_id, "op": row.op,
              "value": json.loads(row.value_json), "hlc": row.hlc}  # fmt: skip
    if row.op == "set":
        change["field"] = row.field
    if row.seen_hlc:
        change["seen_hlc"] = row.seen_hlc
    return change


def _keep_conflicts(session, conflicts: list[dict]) -> int:
    from app.sync.apply import _keep_conflicts as keep

    return keep(session.connection(), conflicts)


def device_wall() -> int:
    # Looked up at each call, like ``app.sync.device``: a test sets this PC's wall clock.
    return hlc.wall_ms()


def _observe_hub(session, hub_ms: int | None) -> None:
    if hub_ms is None:
        return
    connection = session.connection()
    clock_fix.note_hub_time(connection, int(hub_ms), device_wall())
    clock = load_clock(connection)
    try:
        clock.observe(HLC(int(hub_ms), 0, clock.device_id))
    except ClockDriftError:
        return
    save_clock(connection, clock.now())


def pending_changes(session) -> int:
    return session.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def open_conflicts(session) -> list[SyncConflict]:
    """Conflicts nobody settled yet: the field still holds the winner's stamp here (a later
    edit anywhere settles it everywhere); the ones this PC found itself (raced stock counts,
    one SKU made on two PCs) as ``app.sync.local_conflicts`` says."""
    from sqlalchemy import and_, or_

    from app.store.models.sync_client import SyncFieldStamp
    from app.sync.local_conflicts import still_open

    rows = session.execute(
        select(SyncConflict)
        .outerjoin(
            SyncFieldStamp,
            and_(
                SyncFieldStamp.table_name == SyncConflict.table_name,
                SyncFieldStamp.row_id == SyncConflict.row_id,
                SyncFieldStamp.field == SyncConflict.field,
            ),
        )
        .where(
            SyncConflict.resolved.is_(False),
            or_(SyncFieldStamp.hlc == SyncConflict.winner_hlc, SyncConflict.hub_seq.is_(None)),
        )
        .order_by(SyncConflict.id)
    ).scalars()
    return [c for c in rows if c.hub_seq is not None or still_open(session, c)]


__all__ = ["SyncEngine", "SyncReport", "connection_of"]
