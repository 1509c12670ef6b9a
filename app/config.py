"""Where the app keeps its files: one data dir per profile.

A training-class workstation keeps one profile per trainee by pointing
``--data-dir`` (or ``LANGNGHE_DATA_DIR``) at a different folder; a portable
install keeps its data next to the executable when a ``portable.txt`` file sits
there.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_ID

DATA_DIR_ENV = "LANGNGHE_DATA_DIR"
PORTABLE_MARKER = "portable.txt"


@dataclass(frozen=True)
class Paths:
    """Every location inside one profile's data dir."""

    data_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / "studio.sqlite3"

    @property
    def db_url(self):
        """A SQLAlchemy ``URL`` object: a string would read ``?`` or ``#`` in a folder name
        (``Lớp #2``) as URL syntax."""
        from sqlalchemy.engine import URL

        return URL.create("sqlite", database=self.db_path.as_posix())

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> Paths:
        for folder in (
            self.data_dir,
            self.backups_dir,
            self.media_dir,
            self.cache_dir,
            self.logs_dir,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_root() -> Path:
    """Folder that holds ``resources/`` — the source tree, or the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def default_data_dir() -> Path:
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        if (exe_dir / PORTABLE_MARKER).exists():
            return exe_dir / "data"
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The option wins over the environment, which wins over the per-user default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_data_dir()
