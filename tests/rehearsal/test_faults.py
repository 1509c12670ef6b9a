"""Faults during a take: the process killed, the disk full. What was recorded stays
playable and the markers so far stay in the database."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import av
import pytest
from rehearsal_testdata import LANTERN, TRAY
from sqlalchemy import select

from app.cli import main
from app.rehearsal.plans import create_plan
from app.rehearsal.recorder import FileCameraRecorder
from app.rehearsal.recording_writer import RecordingWriter
from app.rehearsal.review import review_take
from app.rehearsal.takes import recover_interrupted
from app.store.engine import session_scope
from app.store.models import RehearsalTake, TakeMarker
from app.video.probe import probe

ROOT = Path(__file__).resolve().parents[2]


def _decoded(path: Path) -> tuple[int, float]:
    """(video frames, seconds of sound) that decode from ``path``."""
    frames, sound = 0, 0.0
    with av.open(str(path)) as container:
        for frame in container.decode(*container.streams):
            if isinstance(frame, av.VideoFrame):
                frames += 1
            else:
                sound += frame.samples / frame.sample_rate
    return frames, sound


def _markers(db, take_id: str) -> list[str]:
    """Kinds of the take's markers in time order, practice comments left out."""
    with session_scope(db.sessions) as session:
        kinds = session.scalars(
            select(TakeMarker.kind)
            .where(TakeMarker.take_id == take_id)
            .order_by(TakeMarker.at_s, TakeMarker.id)
        )
        return [k for k in kinds if not k.startswith("comment_")]


@pytest.mark.slow
def test_killed_take_leaves_a_playable_recording_and_its_markers(shop, camera_file, tmp_path):
    with session_scope(shop.sessions) as session:
        plan_id = create_plan(session, "Bị ngắt", [LANTERN, TRAY])
    script = tmp_path / "script.json"
    steps = [{"at": 1.5, "do": "next"}, {"at": 3.0, "do": "flash_sale"}, {"at": 60, "do": "stop"}]
    script.write_text(json.dumps(steps), encoding="utf-8")
    command = [
        sys.executable, str(ROOT / "main.py"), "--data-dir", str(shop.paths.data_dir),
        "rehearsal", "take", plan_id, "--camera-file", str(camera_file), "--script", str(script),
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        take_id = None
        while time.monotonic() < deadline:
            with session_scope(shop.sessions) as session:
                row = session.scalars(select(RehearsalTake)).first()
                take_id = row.id if row else None
            if take_id and "flash_sale" in _markers(shop, take_id):
                break
            time.sleep(0.2)
        assert take_id, "the take never started"
        time.sleep(2.5)  # a few more fragments, then the power cut
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with session_scope(shop.sessions) as session:
        row = session.get(RehearsalTake, take_id)
        assert row.status == "recording"
        partial = Path(row.recording_path)
    assert _markers(shop, take_id) == ["next", "flash_sale"]
    info = probe(partial)  # plays up to the last complete fragment
    assert info.has_video and info.has_audio and info.duration >= 4.0
    frames, sound = _decoded(partial)
    assert frames >= 4.0 * 30 and sound >= 4.0

    assert recover_interrupted(shop.sessions, shop.paths) == []  # could still be recording
    os.utime(partial, (time.time() - 60, time.time() - 60))  # a minute later
    assert recover_interrupted(shop.sessions, shop.paths) == [take_id]
    review = review_take(shop.sessions, shop.paths, take_id)
    assert review.status == "interrupted" and not partial.exists()
    assert review.recording is not None and abs(review.duration_s - info.duration) <= 0.5
    assert abs(review.products[0].seconds - (review.duration_s - 1.5)) <= 0.5
    assert review.flash_sale


@pytest.mark.slow
def test_disk_full_stops_the_recording_cleanly_and_the_take_goes_on(
    shop, camera_file, tmp_path, capsys, monkeypatch
):
    real_write = RecordingWriter._write_packets

    def filling_up(self, packets):
        if self.duration_s >= 2.0:  # two seconds in, the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, packets)

    monkeypatch.setattr(RecordingWriter, "_write_packets", filling_up)
    with session_scope(shop.sessions) as session:
        plan_id = create_plan(session, "Đầy đĩa", [LANTERN])
    script = tmp_path / "script.json"
    script.write_text(json.dumps([{"at": 1, "do": "next"}, {"at": 4, "do": "stop"}]), "utf-8")
    code = main(
        ["--data-dir", str(shop.paths.data_dir), "rehearsal", "take", plan_id,
         "--camera-file", str(camera_file), "--script", str(script)]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    assert "Ổ đĩa đã đầy nên việc ghi hình đã dừng" in err
    take_id = json.loads(out)["take_id"]
    assert _markers(shop, take_id) == ["next", "camera_lost", "stop"]
    review = review_take(shop.sessions, shop.paths, take_id)
    assert abs(review.duration_s - 4) <= 0.3  # the rehearsal itself ran to the end
    info = probe(review.recording)
    assert abs(info.duration - 2.0) <= 0.5 and info.has_audio
    frames, sound = _decoded(review.recording)
    assert frames >= 1.5 * 30 and sound >= 1.5


def test_a_real_full_disk_from_ffmpeg_is_recognised(camera_file):
    recorder = FileCameraRecorder(camera_file, Path("/dev/full"))  # every write: ENOSPC
    recorder.start()
    assert recorder.finished.wait(10)
    result = recorder.stop()
    assert result.stopped_by == "disk_full"
    assert "Ổ đĩa đã đầy" in str(result.error)
