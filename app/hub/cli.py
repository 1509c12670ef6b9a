"""``python main.py hub``: run the sync hub, or administer it (``hub admin ...``)."""

from __future__ import annotations

import argparse
import getpass
import logging
import logging.handlers
import sys
from pathlib import Path

from app.config import resolve_data_dir

DEFAULT_PORT = 8765


def register(subparsers) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", dest="hub_data_dir", metavar="DIR",
                        help="where the hub keeps its database, blobs and logs")  # fmt: skip
    common.add_argument("--db", metavar="URL",
                        help="database URL (default: SQLite in the data dir), e.g. postgresql+psycopg://user:pw@host/db")  # fmt: skip
    # The same options after an admin action; SUPPRESS keeps an absent one from
    # overwriting what was given before the action.
    again = argparse.ArgumentParser(add_help=False)
    again.add_argument("--data-dir", dest="hub_data_dir", metavar="DIR", default=argparse.SUPPRESS)
    again.add_argument("--db", metavar="URL", default=argparse.SUPPRESS)
    parser = subparsers.add_parser(
        "hub", parents=[common], help="run the commune sync hub (server)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (0.0.0.0 for the whole network)"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--tls-cert", metavar="PEM", help="serve HTTPS with this certificate")
    parser.add_argument("--tls-key", metavar="PEM", help="private key for --tls-cert")
    parser.add_argument("--signups-per-hour", type=int, default=60, metavar="N",
                        help="new shops one address may create per hour (default 60)")  # fmt: skip
    parser.add_argument("--commune-name", default="", metavar="NAME",
                        help='the commune shown as the showcase title, e.g. "xã Phú Vinh"')  # fmt: skip
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="worker processes (PostgreSQL hubs on several cores; sign-in limits "
                             "are counted per worker)")  # fmt: skip
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    parser.set_defaults(func=run_server)

    admin = parser.add_subparsers(dest="hub_command", metavar="admin")
    admin_parser = admin.add_parser("admin", help="commune admin accounts and shop help-desk")
    actions = admin_parser.add_subparsers(dest="admin_action", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create-admin", parents=[again], help="create a commune admin account"
    )
    create.add_argument("username")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    create.set_defaults(func=run_admin)
    shops = actions.add_parser(
        "list-shops", parents=[again], help="list shops (names, contacts, devices)"
    )
    shops.set_defaults(func=run_admin)
    reset = actions.add_parser("reset-password", parents=[again],
                               help="set a new owner password for a shop (signs all its devices out)")  # fmt: skip
    reset.add_argument("login", help="the shop's sign-in name")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(func=run_admin)
    revoke = actions.add_parser(
        "revoke-device", parents=[again], help="sign one device of a shop out"
    )
    revoke.add_argument("login")
    revoke.add_argument("device_id")
    revoke.set_defaults(func=run_admin)


def _data_dir(args) -> Path:
    if getattr(args, "hub_data_dir", None):
        return resolve_data_dir(args.hub_data_dir)
    return args.paths.data_dir  # the global --data-dir (or the profile default)


def _db_url(args, data_dir: Path) -> str:
    from app.hub.db import default_url

    return args.db or default_url(data_dir)


def _setup_logging(data_dir: Path, level: str) -> None:
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("langnghe")
    root.setLevel(level.upper())
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    for handler in (
        logging.StreamHandler(sys.stderr),
        logging.handlers.RotatingFileHandler(
            logs / "hub.log", maxBytes=10_000_000, backupCount=5, encoding="utf-8"
        ),
    ):
        handler.setFormatter(formatter)
        root.addHandler(handler)


def run_server(args) -> int:
    import uvicorn

    from app.hub.context import HubSettings
    from app.hub.server import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        print("hub: --tls-cert and --tls-key go together", file=sys.stderr)
        return 2
    data_dir = _data_dir(args)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        _setup_logging(data_dir, args.log_level)
        app = create_app(HubSettings(data_dir=data_dir, db_url=_db_url(args, data_dir),
                                     signups_per_hour=args.signups_per_hour,
                                     commune_name=args.commune_name.strip()))  # fmt: skip
    except Exception as exc:
        print(
            f"hub: cannot start: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}",
            file=sys.stderr,
        )
        return 1
    if args.workers > 1:
        return _run_workers(args, app, data_dir)
    scheme = "https" if args.tls_cert else "http"
    logging.getLogger("langnghe.hub").info(
        "hub on %s://%s:%s (data %s)", scheme, args.host, args.port, data_dir
    )
    config = uvicorn.Config(
        app, host=args.host, port=args.port, log_level=args.log_level, access_log=False,
        ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key, timeout_graceful_shutdown=5,
    )  # fmt: skip
    server = uvicorn.Server(config)
    server.run()
    return 0 if server.started else 1


def _run_workers(args, app, data_dir: Path) -> int:
    import json
    import os

    import uvicorn

    from app.hub.server import SETTINGS_ENV

    settings = app.state.hub.settings  # the parent migrated the database; workers only serve
    app.state.hub.db.close()
    os.environ[SETTINGS_ENV] = json.dumps({
        "data_dir": str(data_dir), "db_url": settings.db_url,
        "signups_per_hour": settings.signups_per_hour, "log_level": args.log_level,
        "commune_name": settings.commune_name,
    })  # fmt: skip
    uvicorn.run(
        "app.hub.server:app_from_env", factory=True, workers=args.workers, host=args.host,
        port=args.port, log_level=args.log_level, access_log=False, ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key, timeout_graceful_shutdown=5,
    )  # fmt: skip
    return 0


def _read_password(args, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise ValueError("hai lần nhập mật khẩu không giống nhau")
    return first


def run_admin(args) -> int:
    from sqlalchemy import select

    from app.hub import accounts, problems
    from app.hub.api_admin import shop_summaries
    from app.hub.db import HubDatabase
    from app.hub.models import Shop

    data_dir = _data_dir(args)
    data_dir.mkdir(parents=True, exist_ok=True)
    db = HubDatabase.open(_db_url(args, data_dir))
    try:
        with db.session() as session:
            if args.admin_action == "create-admin":
                password = _read_password(args, "Mật khẩu quản trị: ")
                if len(password) < 8:
                    raise ValueError("mật khẩu cần ít nhất 8 ký tự")
                accounts.create_admin(session, args.username, password)
                print(f"admin {args.username} created")
            elif args.admin_action == "list-shops":
                for shop in shop_summaries(session):
                    print(
                        f"{shop.login}\t{shop.display_name}\t{shop.contact}\tdevices={shop.devices}\t{shop.shop_id}"
                    )
            else:
                shop = session.scalars(select(Shop).where(Shop.login == args.login)).first()
                if shop is None:
                    raise ValueError(f"no shop with login {args.login!r}")
                if args.admin_action == "reset-password":
                    password = _read_password(args, "Mật khẩu mới của chủ cửa hàng: ")
                    if len(password) < 8:
                        raise ValueError("mật khẩu cần ít nhất 8 ký tự")
                    accounts.set_shop_password(session, shop, password)
                    print(f"password of {shop.login} reset; its devices must sign in again")
                elif not accounts.revoke_device(session, shop.id, args.device_id):
                    raise ValueError(f"shop {shop.login} has no device {args.device_id}")
                else:
                    print(f"device {args.device_id} signed out")
    except (ValueError, problems.HubProblem) as exc:
        print(f"hub admin: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
    finally:
        db.close()
    return 0
