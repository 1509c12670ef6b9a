"""The editor room on a fresh profile, and small generated clips (frame number drawn)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from app.ui.context import AppContext
from app.video.synth import make_clip


@pytest.fixture(scope="session")
def clips(tmp_path_factory) -> SimpleNamespace:
    folder = tmp_path_factory.mktemp("editor-ui")
    portrait = make_clip(folder / "portrait.mp4", duration=4.0, width=180, height=320, gop=15)
    phone = make_clip(
        folder / "phone.mp4", duration=3.0, width=320, height=180, rotation=90, gop=30
    )
    long = make_clip(folder / "long.mp4", duration=12.0, width=180, height=320, gop=30)
    audio_only = make_clip(folder / "voice.m4a", duration=1.0, video=False)
    empty = folder / "empty.mp4"
    empty.write_bytes(b"")
    truncated = folder / "truncated.mp4"
    truncated.write_bytes(portrait.read_bytes()[:2000])
    return SimpleNamespace(
        portrait=portrait,
        phone=phone,
        long=long,
        audio_only=audio_only,
        empty=empty,
        truncated=truncated,
        folder=folder,
    )


@pytest.fixture
def make_room(studio, qtbot):
    made = []

    def make():
        from app.ui.editor.room import EditorRoom

        context = AppContext(studio.db, studio.settings, studio.tasks)
        widget = EditorRoom(context)
        qtbot.addWidget(widget)
        widget.resize(1366, 728)
        widget.show()
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.shutdown()
    studio.tasks.wait_idle()


@pytest.fixture
def room(make_room):
    return make_room()


def copy_of(path: Path, folder: Path, name: str) -> Path:
    target = folder / name
    target.write_bytes(path.read_bytes())
    return target
