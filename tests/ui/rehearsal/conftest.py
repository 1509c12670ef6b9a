"""The rehearsal room on a demo shop, and a short generated clip to use as the camera."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog.demo import load_demo
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.ui.context import AppContext
from app.video.synth import make_clip


@pytest.fixture(scope="session")
def clip(tmp_path_factory) -> Path:
    """3 s of moving picture with a tone: the file camera loops it."""
    folder = tmp_path_factory.mktemp("rehearsal-ui")
    return make_clip(folder / "camera.mp4", duration=3.0, width=320, height=240)


@pytest.fixture
def room(studio, qtbot):
    from app.ui.rehearsal.room import RehearsalRoom

    with session_scope(studio.db.sessions) as session:
        load_demo(session, MediaStore(studio.db.paths))
    context = AppContext(studio.db, studio.settings, studio.tasks)
    widget = RehearsalRoom(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    yield widget
    widget.shutdown()
    studio.tasks.wait_idle()
