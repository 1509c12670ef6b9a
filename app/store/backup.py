"""Online backups of the SQLite database with the SQLite backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

KEEP_BACKUPS = 10
_SUFFIX = ".sqlite3"


def backup_database(
    db_path: Path, backups_dir: Path, *, keep: int = KEEP_BACKUPS, label: str = ""
) -> Path:
    """Copy the live DB page by page (safe while others read) and prune old copies."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"studio-{stamp}{('-' + label) if label else ''}{_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        _copy_database(db_path, partial)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk must not fill up further on every retry
        raise
    partial.replace(target)  # a half-written backup never looks like a good one
    prune_backups(backups_dir, keep)
    return target


def read_only_uri(db_path: Path) -> str:
    """A read-only SQLite URI; ``as_uri`` percent-encodes ``#``, ``?`` and ``%`` in a
    profile path (a folder named "Lớp #2"), which SQLite would otherwise read as URI syntax."""
    return db_path.resolve().as_uri() + "?mode=ro"


def list_backups(backups_dir: Path) -> list[Path]:
    """Newest first."""
    if not backups_dir.exists():
        return []
    return sorted(backups_dir.glob(f"studio-*{_SUFFIX}"), key=lambda p: p.name, reverse=True)


def prune_backups(backups_dir: Path, keep: int) -> None:
    for old in list_backups(backups_dir)[keep:]:
        old.unlink(missing_ok=True)


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Put a backup in place; the damaged DB is kept beside it, never overwritten."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    if db_path.exists():
        db_path.rename(kept)
        for sidecar in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + sidecar)
            if side.exists():
                side.rename(kept.with_name(kept.name + sidecar))
    partial = db_path.with_suffix(".restoring")
    try:
        _copy_database(backup, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, db_path)  # never a half-copied live database
    return kept


def _copy_database(source_path: Path, target_path: Path) -> None:
    """Page-by-page copy through SQLite's backup API: consistent even while others read."""
    source = sqlite3.connect(read_only_uri(source_path), uri=True)
    try:
        destination = sqlite3.connect(target_path)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
