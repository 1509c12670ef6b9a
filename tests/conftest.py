"""Shared fixtures. Tests run headless: Qt's offscreen platform, a fresh profile per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.pop("LANGNGHE_DATA_DIR", None)

from pathlib import Path

import pytest

from app.config import Paths
from app.store.migrate import Database, open_database


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A throwaway profile (data dir) for one test."""
    return Paths(tmp_path / "profile").ensure()


@pytest.fixture
def database(paths: Paths):
    """The profile's database, migrated to head."""
    db: Database = open_database(paths)
    yield db
    db.close()
