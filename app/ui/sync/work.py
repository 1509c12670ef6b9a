"""What the sync room runs off the UI thread (no widgets here): each function takes the
open database and returns plain data for the room to show."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("sync", "Tên"),
    "price": QT_TRANSLATE_NOOP("sync", "Giá"),
    "description": QT_TRANSLATE_NOOP("sync", "Mô tả"),
    "sale_price": QT_TRANSLATE_NOOP("sync", "Giá khuyến mãi"),
    "show_in_showcase": QT_TRANSLATE_NOOP("sync", "Hiện trên trang giới thiệu"),
    "_deleted": QT_TRANSLATE_NOOP("sync", "Đã xoá"),
    "sku": QT_TRANSLATE_NOOP("sync", "Mã SKU"),
    "tags": QT_TRANSLATE_NOOP("sync", "Thẻ"),
    "status": QT_TRANSLATE_NOOP("sync", "Trạng thái"),
    "stock_count": QT_TRANSLATE_NOOP("sync", "Kiểm kho"),
    # app.sync.sku_duplicates: the later of two products made with one code got a suffix
    "duplicate_sku": QT_TRANSLATE_NOOP("sync", "Hai máy cùng tạo mã SKU"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


@dataclass
class ConflictRow:
    id: int
    what: str
    field: str
    winner_value: str
    winner_device: str
    winner_time: str
    loser_value: str
    loser_device: str
    loser_time: str


def _stamp_time(hlc: str) -> str:
    from datetime import datetime

    from app.sync.hlc import HLC

    stamp = HLC.parse(hlc)
    return datetime.fromtimestamp(stamp.physical_ms / 1000).strftime("%d/%m %H:%M")


def _shown(value_json: str) -> str:
    value = json.loads(value_json)
    if value is True:
        return QCoreApplication.translate("sync", "có")
    if value is False:
        return QCoreApplication.translate("sync", "không")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return "" if value is None else str(value)


def sync(db, progress=None, cancel=None) -> tuple:
    """The room's sync (push, pull, photos): in a child process on the same profile, so
    its Python never holds the GIL the UI thread needs (``app.sync.sync_process``).
    (report, status as ``status`` gives it, read by the child after syncing).
    Whether videos travel is decided here, where Qt can say "metered?": the child has no
    Qt application."""
    from app.sync.media_policy import profile_video_mode, videos_may_travel
    from app.sync.sync_process import sync_and_status_in_child

    videos = videos_may_travel(profile_video_mode(db.paths))
    return sync_and_status_in_child(db, progress, cancel, videos=videos)


def sync_here(db, progress=None, cancel=None) -> tuple:
    """The same sync in this process (a test that moves this process's clock uses it)."""
    from app.sync.engine import SyncEngine

    return SyncEngine(db).sync_once(progress, cancel), status(db)


def status(db) -> dict:
    from app.sync.cli import status_of

    return status_of(db)


def conflicts(db, device_names: dict[str, str]) -> list[ConflictRow]:
    from app.store.engine import session_scope
    from app.store.models import Product, Variant
    from app.sync.engine import open_conflicts
    from app.sync.hlc import HLC

    rows = []
    with session_scope(db.sessions) as session:
        for c in open_conflicts(session):
            what = c.row_id[:8]
            if c.table_name == "product":
                product = session.get(Product, c.row_id)
                what = product.name if product else what
            elif c.table_name == "variant":
                variant = session.get(Variant, c.row_id)
                if variant is not None:
                    product = session.get(Product, variant.product_id)
                    what = f"{product.name if product else ''} ({variant.sku})"
            winner, loser = HLC.parse(c.winner_hlc).device_id, HLC.parse(c.loser_hlc).device_id
            rows.append(ConflictRow(
                c.id, what, _tr(FIELD_LABELS[c.field]) if c.field in FIELD_LABELS else c.field,
                _shown(c.winner_value_json), device_names.get(winner, winner), _stamp_time(c.winner_hlc),
                _shown(c.loser_value_json), device_names.get(loser, loser), _stamp_time(c.loser_hlc)))  # fmt: skip
    return rows


def devices(db) -> list[dict]:
    from app.sync.engine import SyncEngine

    with SyncEngine(db).client() as client:
        return client.devices()


def resolve(db, conflict_id: int, keep: str) -> None:
    from app.store.engine import session_scope
    from app.sync.resolve import resolve as settle

    with session_scope(db.sessions) as session:
        settle(session, conflict_id, keep)


def pending_count(db) -> int:
    from app.store.engine import session_scope
    from app.sync.engine import pending_changes

    with session_scope(db.sessions) as session:
        return pending_changes(session)


def waiting_videos(db) -> list:
    """Videos not moved yet either way (``media_transfer.WaitingVideo``), with sizes."""
    from app.sync.media_transfer import waiting_videos as waiting

    return waiting(db)


def move_video(db, sha: str, direction: str, progress=None, cancel=None) -> bool:
    """ "Tải lên ngay" (``up``) or "tải về" (``down``) for one video, whatever the setting says."""
    from app.sync import media_transfer
    from app.sync.engine import SyncEngine

    with SyncEngine(db).client() as client:
        if direction == "up":
            return media_transfer.send_now(db, client, sha, progress, cancel)
        return media_transfer.fetch_now(db, client, sha, progress, cancel)


def known_device_names(db) -> dict[str, str]:
    try:
        return {d["device_id"]: d["name"] for d in devices(db)}
    except Exception:
        return {}


__all__ = [
    "ConflictRow",
    "conflicts",
    "devices",
    "known_device_names",
    "move_video",
    "pending_count",
    "resolve",
    "status",
    "sync",
    "sync_here",
    "waiting_videos",
]
