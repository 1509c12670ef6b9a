"""Opening a profile: backup before migrating, and faults that must leave the DB untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app import errors
from app.config import Paths
from app.store.backup import backup_database, list_backups, restore_backup
from app.store.engine import session_scope
from app.store.migrate import open_database
from app.store.models import LocalState


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_profile_is_created_and_migrated(tmp_path):
    paths = Paths(tmp_path / "Nguyễn Văn A" / "hồ sơ")
    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            session.add(LocalState(key="k", value="Màn tuyn"))
        with session_scope(db.sessions) as session:
            assert session.get(LocalState, "k").value == "Màn tuyn"
    finally:
        db.close()
    assert paths.db_path.exists()
    assert db.backup_path is None, "nothing to back up in a brand-new profile"


def test_migration_of_an_older_database_backs_it_up_first(paths):
    from alembic import command

    from app.store.migrate import alembic_config, head_revision

    if head_revision() == "0001":
        pytest.skip("only one revision exists; nothing to migrate from")
    paths.ensure()
    command.upgrade(alembic_config(paths.db_url), "0001")  # a profile left by an older version
    with sqlite3.connect(paths.db_path) as connection:
        connection.execute(
            "INSERT INTO local_state (key, value, updated_at) VALUES ('shop', 'Nhà bà Lan', '2026-01-01')"
        )
    db = open_database(paths)
    db.close()
    assert db.migrated_from == "0001"
    assert db.backup_path is not None and db.backup_path.exists()
    with sqlite3.connect(db.backup_path) as backup:
        assert backup.execute("SELECT value FROM local_state WHERE key='shop'").fetchone() == (
            "Nhà bà Lan",
        )
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_database_from_a_newer_app_is_refused_and_untouched(paths):
    open_database(paths).close()
    with sqlite3.connect(paths.db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    before = _digest(paths.db_path)
    with pytest.raises(errors.DatabaseTooNew) as caught:
        open_database(paths)
    assert "phiên bản mới hơn" in str(caught.value)
    assert _digest(paths.db_path) == before
    assert list_backups(paths.backups_dir) == []


def test_corrupt_database_is_reported_and_never_overwritten(paths):
    paths.ensure()
    garbage = b"this is not sqlite at all " * 200
    paths.db_path.write_bytes(garbage)
    with pytest.raises(errors.DatabaseCorrupt) as caught:
        open_database(paths)
    assert "bị hỏng" in str(caught.value)
    assert paths.db_path.read_bytes() == garbage


def test_restoring_a_backup_keeps_the_damaged_file(paths):
    db = open_database(paths)
    with session_scope(db.sessions) as session:
        session.add(LocalState(key="k", value="còn nguyên"))
    db.close()
    backup = backup_database(paths.db_path, paths.backups_dir)
    paths.db_path.write_bytes(b"broken" * 100)
    kept = restore_backup(backup, paths.db_path)
    assert kept.read_bytes() == b"broken" * 100
    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            assert session.get(LocalState, "k").value == "còn nguyên"
    finally:
        db.close()


def test_backups_keep_only_the_newest(paths):
    open_database(paths).close()
    made = [backup_database(paths.db_path, paths.backups_dir, keep=3) for _ in range(5)]
    assert list_backups(paths.backups_dir) == sorted(made[-3:], reverse=True)


def test_read_only_data_dir_is_explained_and_db_untouched(paths, monkeypatch):
    open_database(paths).close()
    before = _digest(paths.db_path)
    real_write = type(paths.data_dir).write_bytes

    def refuse(self, data):
        if self.name.startswith(".write-test"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_write(self, data)

    monkeypatch.setattr(type(paths.data_dir), "write_bytes", refuse)
    with pytest.raises(errors.DataDirNotWritable) as caught:
        open_database(paths)
    assert "Không ghi được" in str(caught.value)
    assert _digest(paths.db_path) == before


def test_disk_full_during_backup_is_explained_and_db_untouched(paths, monkeypatch):
    from alembic import command

    from app.store import migrate
    from app.store.migrate import alembic_config, head_revision

    if head_revision() == "0001":
        pytest.skip("only one revision exists; nothing to migrate from")
    paths.ensure()
    command.upgrade(alembic_config(paths.db_url), "0001")
    before = _digest(paths.db_path)

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "backup_database", full)
    with pytest.raises(errors.DiskFull) as caught:
        open_database(paths)
    assert "Ổ đĩa đã đầy" in str(caught.value)
    assert _digest(paths.db_path) == before


def test_unwritable_data_dir_is_explained_even_as_root(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(errors.UserFacingError) as caught:
        open_database(Paths(blocker / "profile"))
    assert str(blocker) in str(caught.value) or "thư mục" in str(caught.value)


def test_profile_path_with_uri_characters_is_read_in_place(tmp_path):
    paths = Paths(tmp_path / "Lớp #2 ?100%" / "hồ sơ")
    open_database(paths).close()
    db = open_database(paths)  # second start: already at head, so no backup is needed
    db.close()
    assert db.backup_path is None, "the revision must be read from the real file"
    assert not (tmp_path / "Lớp ").exists(), "no stray database made from half the path"


def test_failed_migration_puts_the_backup_back(paths, monkeypatch):
    from alembic import command

    from app.store.migrate import alembic_config, head_revision

    if head_revision() == "0001":
        pytest.skip("only one revision exists; nothing to migrate from")
    paths.ensure()
    command.upgrade(alembic_config(paths.db_url), "0001")
    with sqlite3.connect(paths.db_path) as connection:
        connection.execute(
            "INSERT INTO local_state (key, value, updated_at) VALUES ('k', 'v', '2026-01-01')"
        )

    def half_then_fail(config, _target):
        with sqlite3.connect(paths.db_path) as connection:
            connection.execute("CREATE TABLE half_done (x)")  # DDL survives a rollback in SQLite
        raise RuntimeError("migration script failed half-way")

    monkeypatch.setattr(command, "upgrade", half_then_fail)
    with pytest.raises(RuntimeError):
        open_database(paths)
    monkeypatch.undo()
    with sqlite3.connect(paths.db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    open_database(paths).close()  # and the next start migrates cleanly


def test_media_store_refuses_names_that_are_not_hashes(paths):
    from app.store.media import MediaStore

    store = MediaStore(paths)
    with pytest.raises(ValueError):
        store.path_for("../../etc/passwd" + "0" * 48)
    assert store.path_for("a" * 64).parent.name == "aa"
