"""The hub's database: SQLite in the data dir by default, PostgreSQL by URL; migrated on start."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.store.engine import session_scope

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_MS = 30_000  # many devices push at once; wait for the writer rather than fail


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'hub.sqlite3').as_posix()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_hub_engine(url: str) -> Engine:
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        # As many connections as request threads (anyio's 40): a thread never waits for the pool,
        # only for SQLite's single writer, and that wait is bounded by busy_timeout.
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False},
            pool_size=5,
            max_overflow=35,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        return engine
    if backend == "postgresql":
        # 40 connections, one per anyio request thread.
        return create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)
    raise ValueError(f"unsupported database: {backend} (use sqlite:/// or postgresql+psycopg://)")


def upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class HubDatabase:
    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> HubDatabase:
        engine = make_hub_engine(url)
        if migrate:
            upgrade(engine)
        return cls(engine, sessionmaker(engine, expire_on_commit=False))

    def session(self) -> AbstractContextManager[Session]:
        return session_scope(self.sessions)

    def close(self) -> None:
        self.engine.dispose()
