"""``main.py editor FILE``: start the GUI in the "Cắt video" room with FILE open
(also what Windows "Open with" passes).

The command only says what the GUI should open (``args.open_in_editor``); the start-up
code hands the file to the editor room once the database is open, through
``context.links.open_in_editor`` like any other room would. No Qt here: core packages
never import the UI.
"""

from __future__ import annotations

from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "editor", help="open the video editor room with FILE (Cắt video)"
    )
    parser.add_argument("file", metavar="FILE", help="video to open")
    parser.set_defaults(func=prepare, start_gui=True)


def prepare(args) -> int:
    args.open_in_editor = Path(args.file).resolve()
    return 0
