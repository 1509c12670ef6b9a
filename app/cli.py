"""Command line: no arguments starts the GUI; subcommands drive each room headless.

Each room owns ``app/<room>/cli.py`` with ``register(subparsers)`` adding its
parser and ``set_defaults(func=...)``; the function gets the parsed args (with
``args.paths``) and returns an exit code. Only the named room is imported, so
``main.py video probe`` does not pay for Qt.
"""

from __future__ import annotations

import argparse
import sys

from app import APP_NAME, __version__
from app.config import DATA_DIR_ENV, Paths, resolve_data_dir
from app.optional_modules import import_if_present

COMMANDS: dict[str, str] = {
    "catalog": "app.catalog.cli",
    "video": "app.video.cli",
    "hub": "app.hub.cli",
    "sync": "app.sync.cli",
    "editor": "app.editor.cli",
    "rehearsal": "app.rehearsal.cli",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME} {__version__}",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"profile folder for the database, media and logs (env {DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run headless: migrate a temporary profile, open every room, print one JSON line",
    )
    parser.add_argument(
        "--self-test-output",
        metavar="FILE",
        help="also write the self-test JSON to FILE (a windowed Windows build has no stdout)",
    )
    parser.add_argument("--lang", choices=["vi", "en"], help="language for this run")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        if only is not None and name != only:
            continue
        module = import_if_present(module_name)
        if module is not None:  # a room without a command line yet is simply not listed
            module.register(subparsers)
    return parser


def _command_in(argv: list[str]) -> str | None:
    for token in argv:
        if token in COMMANDS:
            return token
    return None


def main(argv: list[str] | None = None, *, process_start: float | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_help = any(token in ("-h", "--help") for token in argv)
    command = _command_in(argv)
    # The GUI start (no command) registers no command groups: importing them all (barcodes,
    # video, hub...) cost ~0.5 s before the window could paint.
    only = command if command is not None else (None if wants_help else "")
    parser = build_parser(only)
    args = parser.parse_args(argv)
    if args.self_test:
        from app.ui.selftest import run_self_test

        return run_self_test(args, process_start=process_start)
    args.paths = Paths(resolve_data_dir(args.data_dir))
    if args.command:
        code = int(args.func(args) or 0)
        if code or not getattr(args, "start_gui", False):
            return code  # a command that opens the GUI (``editor FILE``) only prepared args
    from app.ui.application import run_gui

    return run_gui(args, process_start=process_start)
