"""The command line a trainer's script uses: plan create/list, a real-time take with a video
file as camera and microphone, and the report; bad input gives a plain message."""

from __future__ import annotations

import json

import pytest
from rehearsal_testdata import LANTERN, PLANTED_SILENCE, TRAY
from sqlalchemy import func, select

from app.cli import main
from app.rehearsal.audio_levels import analyse
from app.store.engine import session_scope
from app.store.models import RehearsalTake, TakeMarker
from app.video.probe import probe

# opening 0–3 s, A1 3–9 s, A2 9–21 s (holds the planted silence 15–17.5 s), stop at 21 s
SCRIPT = [
    {"at": 3.0, "do": "next"},
    {"at": 6.5, "do": "answer"},
    {"at": 9, "do": "next"},
    {"at": 12.5, "do": "answer"},
    {"at": 19, "do": "flash_sale"},
    {"at": 21, "do": "stop"},
]


def _run(capsys, paths, *args) -> tuple[int, str, str]:
    code = main(["--data-dir", str(paths.data_dir), "rehearsal", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _plan(capsys, paths) -> str:
    code, out, _ = _run(
        capsys, paths, "plan", "create", "Tối thứ Bảy", "--products", f"{LANTERN},{TRAY}"
    )
    assert code == 0
    return json.loads(out)["plan_id"]


def _takes_and_files(shop) -> tuple[int, list]:
    with session_scope(shop.sessions) as session:
        takes = session.scalar(select(func.count()).select_from(RehearsalTake))
    return takes, sorted(p.name for p in shop.paths.media_dir.glob(".recording-*"))


def test_plan_create_and_list(shop, capsys):
    plan_id = _plan(capsys, shop.paths)
    code, out, _ = _run(capsys, shop.paths, "plan", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(p["plan_id"], p["name"], p["products"]) for p in listed] == [
        (plan_id, "Tối thứ Bảy", 2)
    ]


@pytest.mark.slow
def test_scripted_take_then_report_matches_what_the_script_did(shop, capsys, camera_file, tmp_path):
    plan_id = _plan(capsys, shop.paths)
    script = tmp_path / "script.json"
    script.write_text(json.dumps(SCRIPT), encoding="utf-8")
    code, out, err = _run(
        capsys, shop.paths, "take", plan_id, "--camera-file", str(camera_file),
        "--script", str(script), "--pace", "12",
    )  # fmt: skip
    assert code == 0, err
    take_id = json.loads(out)["take_id"]

    with session_scope(shop.sessions) as session:
        kinds = session.scalars(
            select(TakeMarker.kind).where(TakeMarker.take_id == take_id).order_by(TakeMarker.at_s)
        ).all()
    assert [k for k in kinds if k in ("next", "flash_sale", "stop")] == [
        "next", "next", "flash_sale", "stop",
    ]  # fmt: skip

    code, out, err = _run(
        capsys, shop.paths, "report", take_id, "--json", "--html", str(tmp_path / "r.html"),
        "--pdf", str(tmp_path / "r.pdf"),
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert set(report) == {
        "take_id", "plan_id", "duration_s", "recording", "products", "comments", "flash_sale",
    }  # fmt: skip
    assert (report["take_id"], report["plan_id"]) == (take_id, plan_id)
    assert abs(report["duration_s"] - 21) <= 0.5
    lantern, tray = report["products"]
    assert set(lantern) == {
        "sku", "name", "seconds", "target_seconds", "speaking_share", "longest_silence_s",
    }  # fmt: skip
    assert (lantern["sku"], tray["sku"]) == (LANTERN, TRAY)
    assert abs(lantern["seconds"] - 6) <= 0.5 and abs(tray["seconds"] - 12) <= 0.5
    assert lantern["target_seconds"] == 180
    # The planted 2.5 s silence lies in the tray's block; the lantern's has only speech.
    silence = PLANTED_SILENCE[1] - PLANTED_SILENCE[0]
    assert abs(tray["longest_silence_s"] - silence) <= 0.5
    assert lantern["longest_silence_s"] == 0 and lantern["speaking_share"] > 0.95
    assert abs(tray["speaking_share"] - (12 - silence) / 12) <= 0.05
    comments = report["comments"]
    assert comments["answered"] == 2  # both answers found a comment waiting
    assert comments["shown"] == comments["answered"] + comments["missed"] >= 3
    assert report["flash_sale"] is True

    recording = probe(report["recording"])
    assert recording.has_video and recording.has_audio and recording.video_codec == "h264"
    assert abs(recording.duration - report["duration_s"]) <= 0.5
    found = analyse(report["recording"]).silences()
    assert any(
        abs(start - PLANTED_SILENCE[0]) <= 0.5 and abs(end - PLANTED_SILENCE[1]) <= 0.5
        for start, end in found
    ), found
    assert (tmp_path / "r.html").stat().st_size > 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert _takes_and_files(shop) == (1, [])  # the temp file moved into the media store


@pytest.mark.parametrize("problem", ["plan", "camera", "script-json", "script-shape"])
def test_bad_take_input_is_a_plain_message_and_writes_nothing(
    shop, capsys, camera_file, tmp_path, problem
):
    plan_id = _plan(capsys, shop.paths)
    script = tmp_path / "script.json"
    script.write_text(json.dumps(SCRIPT), encoding="utf-8")
    camera = str(camera_file)
    if problem == "plan":
        plan_id = "khong-co-kich-ban"
    elif problem == "camera":
        camera = str(tmp_path / "khong-co.mp4")
    elif problem == "script-json":
        script.write_text("[{at: 8}", encoding="utf-8")
    else:
        script.write_text(json.dumps([{"at": 8, "do": "nhảy"}]), encoding="utf-8")
    code, out, err = _run(
        capsys, shop.paths, "take", plan_id, "--camera-file", camera, "--script", str(script)
    )
    assert code == 2 and out == ""
    assert err.startswith("lỗi: ") and "Traceback" not in err
    expected = {
        "plan": "Không tìm thấy kịch bản",
        "camera": "Không tìm thấy video",
        "script-json": "không đúng dạng",
        "script-shape": "không đúng dạng",
    }[problem]
    assert expected in err
    assert _takes_and_files(shop) == (0, [])


def test_report_of_an_unknown_take_is_a_plain_message(shop, capsys):
    code, out, err = _run(capsys, shop.paths, "report", "khong-co", "--json")
    assert code == 2 and out == "" and "Không tìm thấy buổi tập" in err
