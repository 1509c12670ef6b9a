"""Rehearsal fixtures: a small shop of our own, a run of show from it, a generated camera file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.rehearsal.plans import create_plan, load_plan
from app.store.engine import session_scope

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.append(HERE)  # for rehearsal_testdata; last, so it never shadows anything

from rehearsal_testdata import (  # noqa: E402
    CAMERA_SECONDS,
    LANTERN,
    PLANTED_SILENCE,
    TRAY,
    make_camera_file,
    make_shop,
)


@pytest.fixture(scope="session")
def camera_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("camera")
    return make_camera_file(
        folder / "camera.mp4", duration=CAMERA_SECONDS, silences=[PLANTED_SILENCE]
    )


@pytest.fixture
def shop(database):
    with session_scope(database.sessions) as session:
        make_shop(session)
    return database


@pytest.fixture
def plan(shop):
    with session_scope(shop.sessions) as session:
        plan_id = create_plan(session, "Phiên tối thứ Bảy", [LANTERN, TRAY], minutes_each=0.2)
        return load_plan(session, plan_id)
