"""Open the profile's database: check it, back it up, migrate it to head."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app import errors
from app.config import Paths
from app.store.backup import backup_database, read_only_uri, restore_backup
from app.store.engine import make_engine, make_session_factory
from app.store.revisions import MIGRATIONS_DIR, quick_revisions


@dataclass
class Database:
    paths: Paths
    engine: Engine
    sessions: sessionmaker[Session]
    migrated_from: str | None = None
    backup_path: Path | None = None

    def close(self) -> None:
        self.engine.dispose()


def alembic_config(url):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # configparser interpolates '%': escape it (a folder named "100%" is a valid profile)
    url_text = (
        url.render_as_string(hide_password=False) if hasattr(url, "render_as_string") else url
    )
    config.set_main_option("sqlalchemy.url", str(url_text).replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    return heads[0]


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        known = errors.classify(exc)
        raise (known or errors.not_writable(str(folder))) from exc


def _current_revision(db_path: Path) -> str | None:
    """Read the schema version without writing anything (read-only connection)."""
    try:
        connection = sqlite3.connect(read_only_uri(db_path), uri=True)
        try:
            connection.execute("PRAGMA schema_version").fetchone()  # reads the header page
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower():
            raise errors.db_locked() from exc
        raise errors.db_corrupt(str(db_path)) from exc


def open_database(paths: Paths, *, migrate: bool = True) -> Database:
    """Migrate to head after a backup; refuse a DB from a newer app without touching it."""
    check_writable(paths.data_dir)
    paths.ensure()
    db_path = paths.db_path
    existed = db_path.exists() and db_path.stat().st_size > 0
    current = _current_revision(db_path) if existed else None
    head, known = quick_revisions()
    if current is not None and current not in known:
        raise errors.db_too_new(str(db_path))

    backup_path = None
    if migrate and current != head:
        if existed:
            try:
                backup_path = backup_database(db_path, paths.backups_dir, label=f"before-{head}")
            except OSError as exc:
                raise (errors.classify(exc) or exc) from exc
        engine = make_engine(paths.db_url)
        try:
            from alembic import command

            with engine.begin() as connection:
                config = alembic_config(paths.db_url)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except Exception as exc:
            engine.dispose()
            if backup_path is not None:
                # SQLite DDL is not rolled back on failure: put the pre-migration copy back so
                # the next start (or a newer app) migrates from a clean state, not a half one.
                restore_backup(backup_path, db_path)
            raise (errors.classify(exc) or exc) from exc
    else:
        engine = make_engine(paths.db_url)
    return Database(paths, engine, make_session_factory(engine), current, backup_path)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
