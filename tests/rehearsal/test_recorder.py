"""The file camera: loops like a camera that never ends, records sound alone when the file
has no picture, and gives the preview its frames and the meter its level."""

from __future__ import annotations

import time
from pathlib import Path

import av
import numpy as np
from rehearsal_testdata import make_camera_file

from app.rehearsal.recorder import FileCameraRecorder
from app.video.probe import probe
from app.video.synth import make_clip


def _record(source: Path, target: Path, seconds: float, **options) -> FileCameraRecorder:
    recorder = FileCameraRecorder(source, target, **options)
    recorder.start()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not recorder.finished.is_set():
        time.sleep(0.05)
    return recorder


def test_a_short_file_loops_and_the_recording_keeps_counting(tmp_path):
    clip = make_clip(tmp_path / "one-second.mp4", duration=1.0, width=160, height=120)
    recorder = _record(clip, tmp_path / "looped.mp4", 2.6)
    preview = recorder.latest_frame(max_width=80)
    level = recorder.audio_level()
    result = recorder.stop()
    assert result.stopped_by == "stop" and result.stats.loops >= 2
    assert preview is not None and preview.shape == (60, 80, 3) and preview.dtype == np.uint8
    assert 0.1 < level < 0.5  # the clip's tone is 0.3 full scale
    info = probe(result.path)
    assert abs(info.duration - 2.6) <= 0.3 and info.has_audio and info.video_codec == "h264"
    assert not info.vfr  # the loops join without a gap or an overlap
    assert result.stats.written_frames >= 0.98 * result.stats.source_frames


def test_sound_only_file_records_sound_only_and_stops_at_its_end(tmp_path):
    sound = make_camera_file(tmp_path / "voice.m4a", duration=1.2, silences=[], video=False)
    recorder = _record(sound, tmp_path / "voice-take.mp4", 5.0, at_end="stop")
    result = recorder.stop()
    assert result.stopped_by == "end_of_file"
    assert result.has_audio and not result.has_video and recorder.latest_frame() is None
    with av.open(str(result.path)) as container:
        assert not container.streams.video and container.streams.audio
    assert abs(probe(result.path).duration - 1.2) <= 0.15


def test_preview_without_recording_writes_nothing(tmp_path):
    clip = make_clip(tmp_path / "clip.mp4", duration=1.0, width=160, height=120)
    recorder = _record(clip, tmp_path / "none.mp4", 0.5, record=False)
    assert recorder.latest_frame() is not None
    recorder.stop()
    assert not (tmp_path / "none.mp4").exists()


def test_a_portrait_phone_video_stays_portrait(tmp_path):
    clip = make_clip(tmp_path / "phone.mp4", duration=1.0, width=160, height=96, rotation=90)
    recorder = _record(clip, tmp_path / "phone-take.mp4", 0.8)
    preview = recorder.latest_frame(max_width=48)
    result = recorder.stop()
    assert preview.shape == (80, 48, 3)  # shown upright: taller than wide
    info = probe(result.path)
    assert (info.rotation, info.width, info.height) == (90, 96, 160)


def test_the_preview_never_converts_a_frame_the_recording_is_still_scaling(tmp_path, monkeypatch):
    """PyAV keeps one scaler per frame: the preview thread converting the frame the writer
    is scaling at that moment hung the take (seen in CI) or crashed it. A frame is shown
    only once the writer is done with it."""
    from app.rehearsal.recording_writer import RecordingWriter

    shown_while_writing = []
    write_video = RecordingWriter.write_video

    def watched(self, frame, at):
        shown_while_writing.append(recorder._latest is frame)
        return write_video(self, frame, at)

    monkeypatch.setattr(RecordingWriter, "write_video", watched)
    clip = make_clip(tmp_path / "clip.mp4", duration=1.0, width=320, height=240)
    recorder = FileCameraRecorder(clip, tmp_path / "small.mp4", max_height=120)
    recorder.start()
    deadline = time.monotonic() + 1.5
    converted = 0
    while time.monotonic() < deadline:  # the preview pump's job, far faster than it runs
        converted += recorder.latest_frame(max_width=90) is not None
        time.sleep(0.001)  # lets the recorder keep its pace (late frames are not written)
    result = recorder.stop()
    assert converted > 100 and len(shown_while_writing) >= 10
    assert not any(shown_while_writing)
    assert probe(result.path).height == 120
