"""The migration chain's head read from the scripts' text: no Alembic, no SQLAlchemy.

Both the database opener (app.store.migrate) and the start-up's quick first page
(app.catalog.quick_page) need the head; the quick page runs before SQLAlchemy is
imported, so this module imports only the standard library.
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=\n]+)?=\s*['\"]?(\w+)['\"]?", re.MULTILINE
)


def quick_revisions() -> tuple[str, set[str]]:
    """(head, all known revisions) read from the scripts' text, without importing Alembic.

    Importing Alembic costs a few hundred ms on an old PC; an up-to-date profile (every
    start but the first after an update) never needs it. A test checks this agrees with
    Alembic's own view.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in values:
            revisions.add(values["revision"])
            if values.get("down_revision", "None") != "None":
                parents.add(values["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migration scripts must form one chain; heads: {sorted(heads)}")
    return heads.pop(), revisions
