import json

import pytest

from app.cli import main
from app.video.probe import probe


def run(capsys, *argv):
    code = main(["video", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_probe_prints_json(media, capsys):
    code, out, _ = run(capsys, "probe", media.rotated)
    assert code == 0
    data = json.loads(out)
    for key in (
        "duration",
        "width",
        "height",
        "rotation",
        "fps",
        "vfr",
        "has_audio",
        "video_codec",
        "audio_codec",
    ):
        assert key in data
    assert (data["width"], data["height"], data["rotation"]) == (240, 320, 90)


@pytest.mark.parametrize("mode", ["lossless", "smart", "exact"])
def test_cut_with_both_time_forms(media, tmp_path, capsys, mode):
    out_file = tmp_path / "out.mp4"
    code, out, _ = run(
        capsys,
        "cut",
        media.plain,
        "-o",
        out_file,
        "--segment",
        "0.5-1.5",
        "--segment",
        "0:03.000-0:04.000",
        "--mode",
        mode,
        "--quiet",
    )
    assert code == 0
    data = json.loads(out)
    assert data["mode"] == mode and len(data["segments"]) == 2
    assert probe(out_file).duration == pytest.approx(2.0, abs=0.1)


def test_cut_with_preset_and_overlay(media, tmp_path, capsys):
    out_file = tmp_path / "out.mp4"
    code, _, _ = run(
        capsys,
        "cut",
        media.plain,
        "-o",
        out_file,
        "--segment",
        "1-1.5",
        "--preset",
        "square",
        "--fit",
        "crop",
        "--center",
        "0.3,0.5",
        "--title",
        "Nón lá",
        "--price",
        "85k",
        "--quiet",
    )
    assert code == 0
    assert (probe(out_file).width, probe(out_file).height) == (1080, 1080)


def test_thumbs_are_written_and_cached_in_the_profile(media, tmp_path, capsys):
    profile = tmp_path / "profile"
    code = main(
        [
            "--data-dir",
            str(profile),
            "video",
            "thumbs",
            str(media.plain),
            "-o",
            str(tmp_path / "strip"),
            "-n",
            "4",
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 0
    assert len(json.loads(out)["files"]) == 4
    assert list((profile / "cache" / "video").rglob("thumbs-*.npz"))


@pytest.mark.parametrize(
    "argv",
    [
        ["probe", "{text}"],
        ["probe", "{empty}"],
        ["cut", "{plain}", "-o", "{out}", "--segment", "9-12"],
        ["cut", "{plain}", "-o", "{out}", "--segment", "abc"],
        ["cut", "{plain}", "-o", "/nonexistent-dir/x.mp4", "--segment", "0-1"],
        ["cut", "{plain}", "-o", "{out}", "--segment", "0-1", "--preset", "tiktok"],
    ],
)
def test_errors_are_one_clear_line(media, tmp_path, capsys, argv):
    values = {
        "text": media.text,
        "empty": media.empty,
        "plain": media.plain,
        "out": tmp_path / "out.mp4",
    }
    code, _out, err = run(capsys, *[a.format(**values) for a in argv])
    assert code != 0
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err
    assert not (tmp_path / "out.mp4").exists()


def test_selftest_hook(tmp_path):
    from app.config import Paths
    from app.video.selftest import run as selftest

    result = selftest(Paths(tmp_path))
    assert result["ok"] and result["cut_seconds"] == 1.2
