"""``python main.py sync signup|login|now|status|conflicts|resolve|videos|logout`` — sync
without a window.

JSON keys and command names are read by outside scripts: keep them as they are. A user's
mistake or a hub refusal prints one Vietnamese line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import socket
import sys

from app.errors import classify

# app.sync.media_policy.VIDEO_MODES, spelt out so the parser is built without importing it
VIDEO_MODE_CHOICES = ("always", "on_demand", "unmetered")
VIDEO_MODE_WORDS = {
    "always": "Video được gửi và nhận ở mỗi lần đồng bộ (sau ảnh).",
    "on_demand": "Video chỉ gửi hay nhận khi bạn bấm “Tải lên ngay” hoặc “Tải về”.",
    "unmetered": "Video chỉ gửi hay nhận khi máy dùng wifi không giới hạn dung lượng.",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("sync", help="sync with the commune hub")
    commands = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    signup = commands.add_parser("signup", help="create a shop on the hub and sign this PC in")
    signup.add_argument("hub_url")
    signup.add_argument("--shop", required=True, help="shop sign-in name")
    signup.add_argument("--name", required=True, help="shop name shown to people")
    signup.add_argument("--password-stdin", action="store_true")
    signup.add_argument("--device-name", default=None)

    login = commands.add_parser("login", help="sign this PC in to a shop on the hub")
    login.add_argument("hub_url")
    login.add_argument("--shop", required=True)
    login.add_argument("--password-stdin", action="store_true")
    login.add_argument("--device-name", default=None)

    now = commands.add_parser("now", help="sync once now")
    now.add_argument("--json", action="store_true")
    # the window's sync process (app.sync.sync_process): JSON lines out, "cancel" in
    now.add_argument("--job", action="store_true", help=argparse.SUPPRESS)
    status = commands.add_parser("status", help="signed in? changes waiting? last sync?")
    status.add_argument("--json", action="store_true")
    conflicts = commands.add_parser("conflicts", help="edits made at the same time on two PCs")
    conflicts.add_argument("--json", action="store_true")
    resolve = commands.add_parser("resolve", help="keep one value of a conflict")
    resolve.add_argument("id", type=int)
    resolve.add_argument("--keep", choices=("winner", "loser"), required=True)
    videos = commands.add_parser("videos", help="when videos travel: show or set the setting")
    videos.add_argument("mode", nargs="?", choices=VIDEO_MODE_CHOICES,
                        help="always | on_demand (only when asked) | unmetered (no-limit Wi-Fi)")  # fmt: skip
    videos.add_argument("--json", action="store_true")
    logout = commands.add_parser("logout", help="sign this PC out")
    logout.add_argument("--forget-data", action="store_true",
                        help="also remove this shop's data from this PC (shared training PC)")  # fmt: skip
    logout.add_argument("--force", action="store_true",
                        help="with --forget-data: remove even changes not yet sent")  # fmt: skip
    parser.set_defaults(func=run)


def _password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass("Mật khẩu: ")


def _fail(exc: BaseException) -> int:
    known = classify(exc)
    if known is None:
        raise exc
    print(known.message.render(), file=sys.stderr)
    return 2


def run(args) -> int:
    from app.catalog.cli import _utf8_streams
    from app.store.migrate import open_database

    if args.sync_command == "now" and args.job:
        from app.sync.sync_process import serve

        return serve(args.paths)
    _utf8_streams()
    try:
        db = open_database(args.paths)
    except Exception as exc:
        return _fail(exc)
    closed = False
    try:
        if args.sync_command == "logout" and args.forget_data:
            from app.sync.account import forget_data

            forget_data(db, force=args.force)
            closed = True
            print("Đã đăng xuất và xoá dữ liệu cửa hàng khỏi máy này.")
            return 0
        return HANDLERS[args.sync_command](args, db)
    except Exception as exc:
        return _fail(exc)
    finally:
        if not closed:
            db.close()


def _signup(args, db) -> int:
    from app.sync.account import sign_up

    sign_up(
        db,
        args.hub_url,
        args.shop,
        _password(args),
        args.name,
        args.device_name or socket.gethostname()[:80] or "PC",
    )
    print(f"Đã tạo cửa hàng {args.shop} và đăng nhập máy này.")
    return 0


def _login(args, db) -> int:
    from app.sync.account import sign_in

    sign_in(
        db,
        args.hub_url,
        args.shop,
        _password(args),
        args.device_name or socket.gethostname()[:80] or "PC",
    )
    print(f"Đã đăng nhập cửa hàng {args.shop}.")
    return 0


def _now(args, db) -> int:
    from app.sync.engine import SyncEngine

    report = SyncEngine(db).sync_once()
    if args.json:
        print(json.dumps(report.as_dict()))
    else:
        print(f"Đã gửi {report.pushed}, nhận {report.pulled} thay đổi; {report.conflicts_new} xung đột mới; "
              f"tải lên {report.uploaded}, tải về {report.downloaded} ảnh/video.")  # fmt: skip
    return 0


def status_of(db) -> dict:
    from app.store.engine import session_scope
    from app.sync.device import get_state
    from app.sync.engine import (
        HUB_KEY,
        LAST_SYNC_KEY,
        SHOP_KEY,
        connection_of,
        open_conflicts,
        pending_changes,
    )
    from app.sync.media_transfer import pending_uploads
    from app.sync.stock_status import negative_stock

    settings = connection_of(db)
    with session_scope(db.sessions) as session:
        connection = session.connection()
        return {
            "signed_in": settings is not None,
            "hub": get_state(connection, HUB_KEY),
            "shop": get_state(connection, SHOP_KEY),
            "pending_changes": pending_changes(session),
            "pending_uploads": len(pending_uploads(db)) if settings is not None else 0,
            "last_sync": get_state(connection, LAST_SYNC_KEY),
            "conflicts": len(open_conflicts(session)),
            "negative_stock": negative_stock(session),
        }


def _status(args, db) -> int:
    status = status_of(db)
    if args.json:
        print(json.dumps(status, ensure_ascii=False))
    else:
        for key, value in status.items():
            print(f"{key}: {value}")
    return 0


def conflicts_of(db) -> list[dict]:
    from app.store.engine import session_scope
    from app.sync.engine import open_conflicts
    from app.sync.hlc import HLC

    with session_scope(db.sessions) as session:
        return [
            {
                "id": c.id,
                "table": c.table_name,
                "row_id": c.row_id,
                "field": c.field,
                "winner_value": json.loads(c.winner_value_json),
                "loser_value": json.loads(c.loser_value_json),
                "winner_device": HLC.parse(c.winner_hlc).device_id,
                "loser_device": HLC.parse(c.loser_hlc).device_id,
                "winner_hlc": c.winner_hlc,
                "loser_hlc": c.loser_hlc,
            }
            for c in open_conflicts(session)
        ]


def _conflicts(args, db) -> int:
    rows = conflicts_of(db)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(f"#{row['id']} {row['table']}.{row['field']} ({row['row_id']}): "
                  f"giữ {row['winner_value']!r}, bị thay {row['loser_value']!r}")  # fmt: skip
    return 0


def _videos(args, db) -> int:
    """Same setting as the sync room's "Tải video:" box (the profile's settings.json)."""
    from app.settings import Settings
    from app.sync import media_policy

    path = args.paths.settings_path
    settings = Settings.load(path)
    if args.mode:
        media_policy.set_video_mode(settings, args.mode)
        settings.save(path)
    mode = media_policy.video_mode(settings)
    if args.json:
        print(json.dumps({"video_mode": mode}))
    else:
        print(VIDEO_MODE_WORDS[mode])
    return 0


def _resolve(args, db) -> int:
    from app.store.engine import session_scope
    from app.sync.resolve import resolve

    with session_scope(db.sessions) as session:
        resolve(session, args.id, args.keep)
    print("Đã giữ giá trị đã chọn; lần đồng bộ tới sẽ gửi lên máy chủ.")
    return 0


def _logout(args, db) -> int:
    from app.sync.account import sign_out

    sign_out(db)
    print("Đã đăng xuất máy này khỏi cửa hàng.")
    return 0


HANDLERS = {"signup": _signup, "login": _login, "now": _now, "status": _status,
            "conflicts": _conflicts, "resolve": _resolve, "videos": _videos, "logout": _logout}  # fmt: skip
