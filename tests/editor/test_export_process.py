"""The room's exports run in a process of their own (``main.py editor --export-job``):
the clip comes out playable with sound, Huỷ and a dying export process leave no half
file, a problem reads as the same Vietnamese sentence as before, and an export process
whose room went away stops by itself."""

from __future__ import annotations

import json
import subprocess
import sys

import av
import pytest

from app.editor import export_job, export_process
from app.editor.export_job import ExportRequest, run_export
from app.editor.export_process import ExportStopped, child_command, export_in_child
from app.editor.export_wire import (
    ExportChildBug,
    dumps,
    error_from_wire,
    error_to_wire,
    request_from_wire,
    request_to_wire,
)
from app.errors import UserFacingError, disk_full
from app.progress import Cancelled, CancelToken
from app.video import errors
from app.video.exact import EncodeSettings
from app.video.probe import probe
from app.video.stickers import Sticker
from app.video.synth import make_clip

FAST = EncodeSettings(x264_preset="ultrafast")


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export-process-src")
    return make_clip(folder / "take.mp4", duration=3.0, width=180, height=320, gop=15)


@pytest.fixture(scope="module")
def long_source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export-process-long")
    return make_clip(folder / "long.mp4", duration=12.0, width=180, height=320, gop=30)


def _request(source, target, **extra) -> ExportRequest:
    fields = dict(
        source=source,
        segments=[(0.5, 2.5)],
        target=target,
        platform=None,
        mode="exact",
        stickers=(Sticker("Freeship", 0.0, 1.0),),
        encode=FAST,
    )
    fields.update(extra)
    return ExportRequest(**fields)


def test_the_clip_comes_out_of_the_export_process_playable_with_sound(
    source, tmp_path, monkeypatch
):
    def not_here(*_args, **_kwargs):
        raise AssertionError("the export ran in the room's process")

    # the names the room's side could call: export_process holds its own reference
    monkeypatch.setattr(export_process, "run_export", not_here)
    monkeypatch.setattr(export_job, "run_export", not_here)  # the child has its own copy
    seen = []
    [result] = export_in_child(
        _request(source, tmp_path / "clip.mp4"), lambda f, _t: seen.append(f)
    )
    assert result.output == str(tmp_path / "clip.mp4")
    info = probe(tmp_path / "clip.mp4")
    assert (info.width, info.height) == (180, 320)
    assert info.has_audio and info.duration == pytest.approx(2.0, abs=0.1)
    with av.open(str(tmp_path / "clip.mp4")) as clip:
        frames = sum(1 for _ in clip.decode(video=0))
    assert frames == pytest.approx(60, abs=2)
    assert seen and seen == sorted(seen) and seen[-1] > 0.5  # progress moved forward
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.mp4"]


def test_each_segment_clip_and_notes_as_the_engine_gives_them(source, tmp_path):
    request = _request(
        source,
        tmp_path / "out" / "video.mp4",
        segments=[(0.0, 1.0), (1.5, 2.5)],
        segment_names=["Giỏ tre", "Nón lá"],
        each_segment=True,
        mode="smart",  # text forces exact: the engine adds a note
    )
    (tmp_path / "out").mkdir()
    results = export_in_child(request)
    assert [r.output for r in results] == [
        str(tmp_path / "out" / "Gio-tre-1.mp4"),
        str(tmp_path / "out" / "Non-la-2.mp4"),
    ]
    here = run_export(
        _request(
            source,
            tmp_path / "here",
            segments=request.segments,
            segment_names=request.segment_names,
            each_segment=True,
            mode="smart",
        )
    )
    assert [(r.mode, r.used, r.notes) for r in results] == [(r.mode, r.used, r.notes) for r in here]


@pytest.mark.slow
def test_cancel_half_way_leaves_no_file(long_source, tmp_path):
    token = CancelToken()

    def progress(fraction: float, _text: str) -> None:
        if fraction > 0.05:
            token.cancel()

    request = _request(long_source, tmp_path / "clip.mp4", segments=[(0.0, 12.0)])
    with pytest.raises(Cancelled):
        export_in_child(request, progress, token)
    assert list(tmp_path.iterdir()) == []  # neither the clip nor its temp file


@pytest.mark.slow
def test_an_export_process_that_dies_says_so_and_leaves_no_file(long_source, tmp_path, monkeypatch):
    started = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(subprocess, "Popen", Recorded)  # app.jobs starts it

    # another export into the same folder, started meanwhile, writing its temp file
    others = [tmp_path / ".ban-dai.k3j4h5g6.part.mp4", tmp_path / ".clip-2.a1b2c3d4.part.mp4"]

    def progress(fraction: float, _text: str) -> None:
        if fraction > 0.05 and started[0].poll() is None:
            for other in others:
                other.write_bytes(b"another export, still running")
            started[0].kill()  # as the OS does when memory runs out

    request = _request(long_source, tmp_path / "clip.mp4", segments=[(0.0, 12.0)])
    with pytest.raises(ExportStopped) as caught:
        export_in_child(request, progress)
    assert "dừng giữa chừng" in str(caught.value) and "giữ nguyên" in str(caught.value)
    # its own .part file was removed here, the other export's were left alone
    assert sorted(tmp_path.iterdir()) == sorted(others)


class _HuyAfterTheRename(CancelToken):
    """Huỷ pressed once the export's file has replaced the old one (the child is
    answering ``done`` or has): reads as cancelled from then on."""

    def __init__(self, target):
        super().__init__()
        self.target, self.old_inode = target, target.stat().st_ino

    @property
    def cancelled(self) -> bool:
        if self.target.stat().st_ino != self.old_inode:
            self.cancel()
        return super().cancelled


def test_a_late_huy_keeps_the_finished_export_and_loses_nothing(source, tmp_path):
    target = tmp_path / "clip.mp4"
    target.write_bytes(b"the clip exported yesterday")
    token = _HuyAfterTheRename(target)
    [result] = export_in_child(_request(source, target), cancel=token)
    assert token.cancelled  # the cancel was passed on, after the work was done
    assert result.output == str(target)
    assert probe(target).duration == pytest.approx(2.0, abs=0.1)  # the new clip, kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.mp4"]


def test_done_then_a_crash_on_the_way_out_still_reports_the_file(source, tmp_path, monkeypatch):
    crashes_after_answering = (
        "import os, sys; from app.editor.export_process import serve; "
        "serve(); sys.stdout.flush(); os._exit(1)"
    )
    monkeypatch.setattr(export_process, "child_command",
                        lambda: [sys.executable, "-c", crashes_after_answering])  # fmt: skip
    [result] = export_in_child(_request(source, tmp_path / "clip.mp4"))
    assert result.output == str(tmp_path / "clip.mp4")
    assert probe(tmp_path / "clip.mp4").has_audio


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-c", "import app.editor.a_module_left_out_of_the_build"],
        [*child_command(), "--a-flag-this-version-lacks"],  # argparse: usage, error, exit 2
    ],
    ids=["import-error", "argparse"],
)
def test_a_child_that_dies_of_a_bug_is_a_bug_not_a_user_error(
    source, tmp_path, monkeypatch, command
):
    monkeypatch.setattr(export_process, "child_command", lambda: command)
    with pytest.raises(ExportChildBug) as caught:
        export_in_child(_request(source, tmp_path / "clip.mp4"))
    assert not isinstance(caught.value, UserFacingError)  # the crash path, not "thiếu bộ nhớ"
    assert "ModuleNotFoundError" in str(caught.value) or "a-flag-this-version-lacks" in str(
        caught.value
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("line", [b"not json\n", b'{"source": "a.mp4"}\n'])
def test_a_bad_request_is_answered_as_a_bug(line):
    child = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)  # fmt: skip
    try:
        out, _err = child.communicate(line, timeout=60)
    finally:
        child.kill()
    answer = json.loads(out.splitlines()[-1])
    assert child.returncode == 2 and "bug" in answer["error"]
    assert isinstance(error_from_wire(answer["error"]), ExportChildBug)


def test_a_problem_reads_as_the_same_sentence_as_in_the_room(source, tmp_path):
    request = _request(source, tmp_path / "clip.mp4", segments=[(0.5, 2.5)], platform="shopee")
    with pytest.raises(UserFacingError) as here:
        run_export(request)
    with pytest.raises(UserFacingError) as there:
        export_in_child(request)
    assert type(there.value) is type(here.value) is errors.VideoError
    assert there.value.message == here.value.message  # "ngắn hơn mức tối thiểu 10 giây"
    assert "10 giây" in str(there.value)
    assert list(tmp_path.iterdir()) == []


def test_errors_cross_the_pipe_as_their_class_or_as_a_bug():
    full = error_from_wire(json.loads(dumps(error_to_wire(disk_full("/media/usb/x.mp4")))))
    assert type(full).__name__ == "DiskFull" and full.message == disk_full("/x").message
    assert full.detail == "/media/usb/x.mp4"
    bug = error_from_wire(json.loads(dumps(error_to_wire(ZeroDivisionError("float division")))))
    assert isinstance(bug, ExportChildBug) and not isinstance(bug, UserFacingError)
    assert "ZeroDivisionError" in str(bug)  # the trace, for the log
    # only the app's own classes are looked up
    odd = error_from_wire({"type": "os:system", "context": "c", "text": "t", "args": []})
    assert type(odd) is UserFacingError


def test_every_request_field_crosses_the_pipe(tmp_path):
    request = ExportRequest(
        source=tmp_path / "Lớp #2" / "a.mp4",
        segments=[(1.0, 2.5), (3.0, 4.25)],
        target=tmp_path / "b.mp4",
        platform="tiktok_shop",
        mode="smart",
        fit="crop",
        center=(0.25, 0.75),
        title="Giỏ tre đan tay",
        price=185_000,
        stickers=(Sticker("Giảm 20%", 1.0, 2.0, "middle"),),
        each_segment=True,
        segment_names=["Nón lá", ""],
        encode=EncodeSettings("veryfast", 23, 2, 1_000_000, 2_000_000, 96_000),
    )
    line = dumps(request_to_wire(request))
    assert line.isascii()  # a Windows pipe's code page can't mangle it
    assert request_from_wire(json.loads(line)) == request


def test_an_export_process_whose_room_went_away_stops_by_itself(long_source, tmp_path):
    request = _request(long_source, tmp_path / "clip.mp4", segments=[(0.0, 12.0)])
    child = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        child.stdin.write(dumps(request_to_wire(request)))
        child.stdin.flush()
        first = json.loads(child.stdout.readline())
        assert "progress" in first
        # the room's process is gone: communicate closes stdin (end of file on the pipe)
        out, _ = child.communicate(timeout=30)
    finally:
        child.kill()  # whatever happened above, no export left running
    answer = json.loads(out.splitlines()[-1])
    assert child.returncode == 130
    assert answer == {"cancelled": True}
    assert list(tmp_path.iterdir()) == []


def test_editor_without_a_file_still_asks_for_one():
    command = child_command()[:-1]  # ``main.py editor`` alone
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "FILE" in done.stderr
