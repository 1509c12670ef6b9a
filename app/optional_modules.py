"""Import a room's module only if that room has been built.

The shell, the command line and the self-test name room modules by string, so
a room can land (or be left out of a build) without touching them. A missing
room is skipped; an import error *inside* a room that exists is a real bug and
is raised.
"""

from __future__ import annotations

import importlib
from types import ModuleType


def import_if_present(module_name: str) -> ModuleType | None:
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if module_name == missing or module_name.startswith(missing + "."):
            return None
        raise
