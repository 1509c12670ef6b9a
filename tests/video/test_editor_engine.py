"""Engine parts the editor room stands on: platform advice, export jobs (per-segment
names, cancel with stickers), Vietnamese sticker text, the preview proxy, suggestions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import av
import numpy as np
import pytest

from app.config import Paths
from app.editor.export_job import (
    ExportRequest,
    default_file_name,
    modes_explained,
    run_export,
    targets,
)
from app.progress import Cancelled, CancelToken
from app.video.exact import EncodeSettings
from app.video.presets import get_platform, platform_advice
from app.video.probe import probe
from app.video.proxy import build_proxy, proxy_for
from app.video.stickers import Sticker, render_sticker, safe_zone
from app.video.suggestions import Silence, scene_changes, suggest_segments
from app.video.synth import make_clip

FAST = EncodeSettings(x264_preset="ultrafast")


def _paths(tmp_path: Path) -> Paths:
    paths = Paths(tmp_path / "profile")
    paths.cache_dir.mkdir(parents=True, exist_ok=True)
    return paths


# --- platform advice ----------------------------------------------------------------
def test_too_long_for_shopee_offers_the_exact_trim():
    [advice] = platform_advice("shopee", 67.0)
    assert advice.trim_s == pytest.approx(7.0)
    assert advice.extend_s is None
    assert advice.message == ("Dài quá 7 giây so với giới hạn 60 giây của Shopee: cắt bớt 7 giây")


def test_too_short_offers_to_keep_more_and_fitting_lengths_have_no_advice():
    [advice] = platform_advice("shopee", 4.5)
    assert advice.extend_s == pytest.approx(5.5)
    assert "5,5 giây" in advice.message
    assert platform_advice("shopee", 30.0) == []
    assert platform_advice("tiktok_shop", 60.0) == []
    assert platform_advice(None, 5000.0) == []
    assert platform_advice("original", 5000.0) == []


# --- export job -----------------------------------------------------------------------
def test_default_file_name_and_modes_in_plain_words():
    assert default_file_name("GT-01", "tiktok_shop", date(2026, 1, 2)).endswith("-20260102.mp4")
    assert default_file_name(None, "shopee", date(2026, 1, 2)) == "video-shopee-20260102.mp4"
    modes = modes_explained()
    assert [modes[m][0] for m in ("lossless", "smart", "exact")] == [
        "Nhanh",
        "Chính xác",
        "Đầy đủ",
    ]
    assert "chữ" in modes["exact"][1]


def test_each_segment_gets_its_own_file_and_never_overwrites(media, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    taken = out / "Gio-tre-1.mp4"
    taken.write_bytes(b"the seller's earlier clip")
    request = ExportRequest(
        source=media.plain,
        segments=[(0.0, 1.0), (2.0, 3.0), (4.0, 5.0)],
        target=out / "GT-01-zalo-20260102.mp4",
        platform="zalo",
        mode="lossless",
        each_segment=True,
        segment_names=["Giỏ tre", "", "Giỏ tre"],
    )
    assert [p.name for p in targets(request)] == [
        "Gio-tre-1-2.mp4",
        "GT-01-zalo-20260102-2.mp4",
        "Gio-tre-3.mp4",
    ]
    results = run_export(request)
    assert [Path(r.output).name for r in results] == [
        "Gio-tre-1-2.mp4",
        "GT-01-zalo-20260102-2.mp4",
        "Gio-tre-3.mp4",
    ]
    assert taken.read_bytes() == b"the seller's earlier clip"
    for result in results:
        assert probe(result.output).duration == pytest.approx(1.0, abs=0.2)


def test_cancel_during_a_sticker_export_leaves_no_file(media, tmp_path):
    before = media.plain.read_bytes()
    token = CancelToken()

    def progress(fraction: float, _text: str) -> None:
        if fraction > 0.3:
            token.cancel()

    request = ExportRequest(
        source=media.plain,
        segments=[(0.0, 5.0)],
        target=tmp_path / "cancelled.mp4",
        platform="tiktok_shop",
        mode="smart",
        stickers=(Sticker("Freeship", 0.5, 3.0, "bottom"),),
        encode=FAST,
    )
    with pytest.raises(Cancelled):
        run_export(request, progress, token)
    assert list(tmp_path.iterdir()) == []  # no half file, no temp file
    assert media.plain.read_bytes() == before


def test_vietnamese_sticker_text_is_drawn():
    band = render_sticker(Sticker("Giảm 20% — Miễn phí vận chuyển", 0, 1, "bottom"), 1080, 1920)
    alpha = band.pixels[..., 3]
    assert alpha.max() > 200
    white = (band.pixels[..., :3].min(axis=2) > 200) & (alpha > 200)
    assert white.sum() > 500  # the letters, not just the red box
    _left, top, _right, bottom = safe_zone(1080, 1920)
    assert top <= band.y and band.y + band.pixels.shape[0] <= bottom


# --- proxy ----------------------------------------------------------------------------
def test_proxy_is_540p_upright_with_sound_and_reused(media, tmp_path):
    paths = _paths(tmp_path)
    assert proxy_for(media.rotated, paths) is None
    built = build_proxy(media.rotated, paths)
    assert proxy_for(media.rotated, paths) == built
    info = probe(built)
    source = probe(media.rotated)
    assert info.height == 540 or info.width == 540
    assert (info.width > info.height) == (source.width > source.height)  # shown the same way
    assert info.has_audio
    assert info.duration == pytest.approx(source.duration, abs=0.1)
    with av.open(str(built)) as container:
        frame = next(container.decode(video=0))
        assert round(frame.rotation) % 360 == 0  # baked in, no metadata left to honour
    assert build_proxy(media.rotated, paths) == built


def test_cancelled_proxy_leaves_nothing(media, tmp_path):
    paths = _paths(tmp_path)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        build_proxy(media.plain, paths, cancel=token)
    assert proxy_for(media.plain, paths) is None
    assert not [p for p in paths.cache_dir.rglob("*") if p.is_file()]


# --- suggestions ----------------------------------------------------------------------
def test_suggest_segments_keeps_the_speaking_parts():
    silent = [Silence(2.0, 3.0), (5.0, 5.5), (9.7, 10.0)]
    assert suggest_segments(silent, 10.0) == [(0.0, 2.0), (3.0, 5.0), (5.5, 9.7)]
    assert suggest_segments([], 4.0) == [(0.0, 4.0)]
    assert suggest_segments([(0.0, 4.0)], 4.0) == []


def test_scene_change_found_where_the_picture_changes(tmp_path):
    # two generated shots joined: the first dark, the second bright
    path = tmp_path / "two-shots.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
        stream.codec_context.gop_size = 5  # a phone's keyframe spacing, scaled down
        for i in range(40):
            level = 30 if i < 20 else 220
            picture = np.full((64, 64, 3), level, np.uint8)
            picture[:, (i % 8) * 8 : (i % 8) * 8 + 8] = 128  # motion inside each shot
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    found = scene_changes(path, _paths(tmp_path))
    assert len(found) == 1
    assert found[0] == pytest.approx(2.0, abs=0.5)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("platform", "pieces", "total"),
    [
        ("shopee", [(0.0, 5.0), (5.5, 10.8)], 10.3),  # Shopee wants 10–60 s
        ("tiktok_shop", [(0.0, 1.0), (2.0, 3.5)], 2.5),
        ("facebook_reels", [(1.0, 4.5)], 3.5),
    ],
)
def test_portrait_export_for_each_platform(tmp_path, platform, pieces, total):
    clip = make_clip(tmp_path / "portrait.mp4", duration=11.0, width=180, height=320, gop=30)
    request = ExportRequest(
        source=clip,
        segments=pieces,
        target=tmp_path / f"{platform}.mp4",
        platform=platform,
        mode="exact",
        title="Giỏ tre đan tay",
        price=120_000,
        stickers=(Sticker("Freeship", 1.0, 3.0),),
        encode=FAST,
    )
    [result] = run_export(request)
    info = probe(result.output)
    assert (info.width, info.height) == (1080, 1920)
    assert info.has_audio
    assert info.duration == pytest.approx(total, abs=0.1)
    spec = get_platform(platform)
    assert spec.min_duration <= info.duration <= spec.max_duration
    assert info.size_bytes <= spec.max_bytes
    assert platform_advice(platform, info.duration) == []


# --- exact frames for the preview ---------------------------------------------------------
def test_frame_reader_shows_the_exact_frame_stepping_both_ways(media):
    from app.video.frames import FrameReader
    from app.video.synth import read_frame_number

    reader = FrameReader(media.plain)
    try:
        numbers = [100, 101, 102, 99, 98, 97, 96, 80, 79, 170, 15, 14, 0, 1]
        for number in numbers:
            shown = reader.frame_at(number / reader.fps)
            gray = shown.rgb.mean(axis=2).astype(np.uint8)
            assert shown.number == number
            assert read_frame_number(gray) == number
    finally:
        reader.close()
