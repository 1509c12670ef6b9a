"""``main.py editor FILE``: start the GUI in the "Cắt video" room with FILE open
(also what Windows "Open with" passes).

The command only says what the GUI should open (``args.open_in_editor``); the start-up
code hands the file to the editor room once the database is open, through
``context.links.open_in_editor`` like any other room would. No Qt here: core packages
never import the UI.

``main.py editor --export-job`` (hidden) is the room's export process: one request on
stdin, progress and the answer on stdout (``app.editor.export_process``). It is a
command of the app itself so the frozen build runs it too.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "editor",
        help="open the video editor room with FILE (Cắt video)",
        usage="%(prog)s [-h] FILE",
    )
    parser.add_argument("file", metavar="FILE", nargs="?", help="video to open")
    parser.add_argument("--export-job", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=prepare, start_gui=True, editor_parser=parser)


def prepare(args) -> int:
    if args.export_job:
        from app.editor.export_process import serve

        args.start_gui = False
        return serve()
    if not args.file:
        args.editor_parser.error("the following arguments are required: FILE")
    args.open_in_editor = Path(args.file).resolve()
    return 0
