"""Sign up, sign in, sign out of a hub: what the command line and the room both call."""

from __future__ import annotations

import shutil

from sqlalchemy import text

from app.store.engine import session_scope
from app.sync import errors
from app.sync.apply import CURSOR_KEY
from app.sync.device import delete_state, get_state, restamp, set_state
from app.sync.engine import HUB_KEY, SHOP_ID_KEY, SHOP_KEY, TOKEN_KEY, pending_changes
from app.sync.http import HubClient


def sign_up(
    db, hub_url: str, login: str, password: str, display_name: str, device_name: str
) -> dict:
    with HubClient(hub_url) as client:
        client.create_shop(login, password, display_name)
    return sign_in(db, hub_url, login, password, device_name)


def sign_in(db, hub_url: str, login: str, password: str, device_name: str) -> dict:
    with HubClient(hub_url) as client:
        answer = client.sign_in(login, password, device_name)
    with session_scope(db.sessions) as session:
        connection = session.connection()
        if get_state(connection, SHOP_ID_KEY) != answer["shop_id"]:
            set_state(connection, CURSOR_KEY, "0")  # another shop (or the first): pull it all
        restamp(connection, answer["device_id"])  # edits made before sign-in carry this id now
        for key, value in ((HUB_KEY, hub_url.rstrip("/")), (SHOP_KEY, login),
                           (SHOP_ID_KEY, answer["shop_id"]), (TOKEN_KEY, answer["token"])):  # fmt: skip
            set_state(connection, key, value)
    return answer


def sign_out(db) -> None:
    with session_scope(db.sessions) as session:
        session.execute(text("DELETE FROM local_state WHERE key = :k"), {"k": TOKEN_KEY})


class UnsentChanges(errors.SyncError):
    def __init__(self, count: int) -> None:
        from app.i18n import QT_TRANSLATE_NOOP, Message

        super().__init__(Message("sync", QT_TRANSLATE_NOOP(
            "sync", "Còn %1 thay đổi chưa gửi lên máy chủ. Hãy đồng bộ trước khi xoá dữ liệu khỏi máy này."),
            (str(count),)))  # fmt: skip


def forget_data(db, *, force: bool = False) -> None:
    """Training-class PC: sign out and remove this shop's database and media from the profile."""
    with session_scope(db.sessions) as session:
        waiting = pending_changes(session)
    if waiting and not force:
        raise UnsentChanges(waiting)
    with session_scope(db.sessions) as session:
        delete_state(session.connection(), "sync.")
    paths = db.paths
    db.close()
    for suffix in ("", "-wal", "-shm"):
        paths.db_path.with_name(paths.db_path.name + suffix).unlink(missing_ok=True)
    shutil.rmtree(paths.media_dir, ignore_errors=True)
    shutil.rmtree(paths.cache_dir, ignore_errors=True)
