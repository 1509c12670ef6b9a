"""The hub's own Alembic migrations match its models; the self-test does a real round trip."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.config import Paths
from app.hub import selftest
from app.hub.db import HubDatabase
from app.hub.models import HubBase


def _schema_drift(connection) -> list:
    differences = compare_metadata(MigrationContext.configure(connection), HubBase.metadata)
    # Alembic's own bookkeeping table is not a model.
    return [
        d
        for d in differences
        if not (d[0] == "remove_table" and d[1].name == "hub_alembic_version")
    ]


def test_migrations_build_exactly_the_models(tmp_path):
    db = HubDatabase.open(f"sqlite:///{(tmp_path / 'hub.sqlite3').as_posix()}")
    try:
        with db.engine.connect() as connection:
            differences = _schema_drift(connection)
    finally:
        db.close()
    assert differences == []


def test_migrations_build_the_models_on_postgresql_too(tools):
    import uuid

    import psycopg
    import pytest

    base = tools.pg_base_url()
    if base is None:
        pytest.skip("PostgreSQL not reachable (set LANGNGHE_TEST_PG_URL)")
    schema = f"hubschema_{uuid.uuid4().hex[:10]}"
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        db = HubDatabase.open(
            f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
        )
        try:
            with db.engine.connect() as connection:
                differences = _schema_drift(connection)
        finally:
            db.close()
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    assert differences == []


def test_selftest_round_trips_through_a_real_server(tmp_path):
    result = selftest.run(Paths(tmp_path))
    assert result["hub"] == "ok"
