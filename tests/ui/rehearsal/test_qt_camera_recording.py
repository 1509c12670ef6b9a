"""The real-camera path without a camera: Qt's recorder on the capture session (fed by a
QVideoFrameInput where a webcam would be) writes the take's file, which is finished at
stop and kept in the media store with the take."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameInput

from app.rehearsal import plans, takes
from app.store.engine import session_scope
from app.video.probe import probe

# Qt's FFmpeg backend says how it converts frames when there is no GPU (offscreen).
pytestmark = pytest.mark.qt_log_ignore("No RHI backend", "Invalid frameRate", "does not support")
FRAME_US = 33_333


def fake_camera(screen) -> QTimer:
    """~30 generated pictures a second into the capture session, as a webcam would send."""
    frames = QVideoFrameInput(screen)
    screen.driver.qt_source.use_frame_input(frames)
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    sent = [0]

    def push() -> None:
        image.fill(QColor.fromHsv(sent[0] * 7 % 360, 200, 220))
        frame = QVideoFrame(image)
        frame.setStartTime(sent[0] * FRAME_US)
        frame.setEndTime((sent[0] + 1) * FRAME_US)
        frames.sendVideoFrame(frame)
        sent[0] += 1

    camera = QTimer(screen)
    camera.timeout.connect(push)
    camera.start(33)
    return camera


def rehearse(room):
    with session_scope(room.context.db.sessions) as session:
        plan_id = plans.create_plan(session, "Máy quay", ["DLHA-DO"], minutes_each=0.5)
    room.rehearse(plan_id)
    return room.screen


def test_camera_take_is_recorded_by_qt_and_kept(room, qtbot):
    screen = rehearse(room)
    camera = fake_camera(screen)
    screen.start_take()
    assert screen.live.source_kind == "camera"
    qtbot.wait(600)
    qtbot.keyClick(screen, "n")
    qtbot.wait(900)
    take_id = screen.stop_take()
    camera.stop()
    screen.driver.qt_source.use_frame_input(None)
    take = takes.load_take(room.context.db.sessions, room.context.paths, take_id)
    assert take.recording is not None and take.recording.is_file()
    assert take.recording.parent.parent == room.context.paths.media_dir  # in the media store
    info = probe(take.recording)
    assert info.has_video and info.video_codec == "mpeg4"
    assert info.duration == pytest.approx(take.duration_s, abs=0.5)
    assert not list(room.context.paths.media_dir.glob(".recording-*"))  # no temp left


def test_camera_unplugged_mid_take_keeps_what_was_recorded(room, qtbot):
    screen = rehearse(room)
    camera = fake_camera(screen)
    screen.start_take()
    qtbot.wait(800)
    camera.stop()
    screen.driver.qt_source._camera_gone("unplugged")  # what QCamera.errorOccurred leads to
    assert "Mất tín hiệu camera" in screen.notice.text()
    qtbot.wait(500)
    qtbot.keyClick(screen, "n")  # the take goes on
    take_id = screen.stop_take()
    take = takes.load_take(room.context.db.sessions, room.context.paths, take_id)
    assert [m.kind for m in take.markers if m.kind in ("camera_lost", "next", "stop")] == [
        "camera_lost",
        "next",
        "stop",
    ]
    assert take.recording is not None
    info = probe(take.recording)  # what was recorded before the camera went plays
    assert info.has_video and info.duration >= 0.5
