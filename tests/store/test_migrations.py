"""The migration chain is linear and a fresh database at head matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import app.store.models as models
from app.store.base import Base
from app.store.migrate import alembic_config, current_revision, head_revision, quick_revisions


def test_revision_chain_is_linear():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = script.get_heads()
    assert len(heads) == 1, f"several heads: {heads}; merge or re-parent the new revision"
    seen = []
    for revision in script.walk_revisions():
        parents = revision.down_revision
        assert not isinstance(parents, tuple | list), (
            f"merge point {revision.revision} in a linear chain"
        )
        seen.append(revision.revision)
    assert seen[-1] == script.get_base(), "the walk must end at the single base"
    assert len(seen) == len(set(seen))


def test_quick_head_lookup_agrees_with_alembic():
    head, known = quick_revisions()
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert head == head_revision()
    assert known == {revision.revision for revision in script.walk_revisions()}


def _ignored(obj, name, type_, reflected, compare_to) -> bool:
    # Full-text search tables are virtual tables the models can't describe.
    fts = set(getattr(models, "FTS_TABLES", ()))
    if type_ == "table" and name is not None:
        return not any(name == t or name.startswith(f"{t}_") for t in fts)
    table = getattr(obj, "table", None)
    return table is None or table.name not in fts


def test_fresh_database_at_head_matches_models(database):
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": _ignored, "render_as_batch": True},
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
