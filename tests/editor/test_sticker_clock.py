"""Sticker times are on the exported video's clock: what "the exported video" is with no
segment, after a segment change, and in each clip of "xuất mỗi đoạn thành một video riêng";
when a "Nhanh" export really is a copy; what an undo step restores."""

from __future__ import annotations

import av
import numpy as np
import pytest

from app.editor.export_job import ExportRequest, run_export, stickers_per_clip
from app.editor.project import Piece, Project
from app.video.exact import EncodeSettings
from app.video.stickers import Sticker
from app.video.synth import make_clip
from app.video.timecode import Segment


def test_nothing_kept_means_no_exported_video():
    p = Project("x.mp4", duration=10.0)
    assert p.output_length() == 0.0  # the export refuses to run without a segment
    assert p.output_time(3.0) is None
    p.add_segment(2.0, 6.0)
    assert p.output_length() == pytest.approx(4.0)
    assert p.output_time(3.0) == pytest.approx(1.0)


def test_a_segment_out_point_counts_when_setting_an_end():
    p = Project("x.mp4", duration=10.0)
    p.add_segment(0.0, 1.0)
    p.add_segment(2.0, 3.0)
    assert p.output_time(1.0) is None  # [start, end): the frame at 1.0 s is not kept
    assert p.output_time(1.0, at_end=True) == pytest.approx(1.0)
    assert p.output_time(3.0, at_end=True) == pytest.approx(2.0)
    assert p.output_time(2.0, at_end=True) is None  # a start is not an end


def test_stickers_move_inside_a_shorter_video():
    p = Project("x.mp4", duration=20.0)
    p.add_segment(0.0, 10.0)
    p.add_sticker(Sticker("Freeship", 8.0, 10.0))
    p.add_sticker(Sticker("Giảm 20%", 1.0, 2.0))
    p.set_out(5.0)
    assert p.fit_stickers() == [0]
    assert p.stickers[0] == Sticker("Freeship", 3.0, 5.0)  # same length, ends at the end
    assert p.stickers[1] == Sticker("Giảm 20%", 1.0, 2.0)
    p.set_out(1.5)
    assert p.fit_stickers() == [0, 1]
    assert (p.stickers[0].start, p.stickers[0].end) == (0.0, 1.5)  # longer than the video
    assert (p.stickers[1].start, p.stickers[1].end) == (0.5, 1.5)
    p.delete(0)  # nothing kept: nothing to fit into, the stickers wait as they are
    assert p.fit_stickers() == []
    with pytest.raises(ValueError):
        p.set_sticker(0, start=0.5)


def test_lossless_lead_ins_only_when_the_export_really_copies():
    keyframes = [0.0, 0.5, 1.0]
    p = Project("x.mp4", duration=2.0, platform="original", mode="lossless")
    p.add_segment(0.9, 1.5)
    assert p.lossless_starts(keyframes) == [0.5]
    for change in (
        {"platform": "shopee"},
        {"title": "Giỏ tre"},
        {"price": 120_000},
        {"stickers": [Sticker("Freeship", 0.0, 0.5)]},
    ):
        q = Project(
            "x.mp4", duration=2.0, **({"platform": "original", "mode": "lossless"} | change)
        )
        q.add_segment(0.9, 1.5)
        assert q.lossless_starts(keyframes) == [None], change


def test_undo_snapshot_holds_accepted_suggestions_and_framing():
    p = Project("x.mp4", duration=5.0)
    before = p.snapshot()
    p.accepted = [(0.0, 1.0)]
    p.fit, p.center = "crop", (0.2, 0.5)
    assert p.snapshot() != before
    p.apply_snapshot(before)
    assert (p.accepted, p.fit, p.center) == ([], "pad-blur", (0.5, 0.5))


def test_each_clip_gets_the_stickers_of_its_own_stretch():
    segments = [Segment(0.0, 2.0), Segment(5.0, 8.0)]  # output 0–2 and 2–5
    stickers = [Sticker("Đầu", 0.5, 1.0), Sticker("Hai", 2.5, 4.0), Sticker("Qua", 1.5, 3.0)]
    first, second = stickers_per_clip(stickers, segments)
    assert [(s.text, s.start, s.end) for s in first] == [("Đầu", 0.5, 1.0), ("Qua", 1.5, 2.0)]
    assert [(s.text, s.start, s.end) for s in second] == [("Hai", 0.5, 2.0), ("Qua", 0.0, 1.0)]


def _changed_frames(plain, marked) -> list[float]:
    """Times of the frames where the sticker changed the picture."""
    with av.open(str(plain)) as a, av.open(str(marked)) as b:
        out = []
        for fa, fb in zip(a.decode(video=0), b.decode(video=0), strict=True):
            diff = np.abs(
                fa.to_ndarray(format="rgb24").astype(np.int16)
                - fb.to_ndarray(format="rgb24").astype(np.int16)
            )
            if int((diff.max(axis=2) > 40).sum()) > 200:
                out.append(float(fb.pts * fb.time_base))
        return out


@pytest.mark.slow
def test_a_sticker_on_segment_two_shows_in_clip_two(tmp_path):
    source = make_clip(tmp_path / "take.mp4", duration=4.0, width=360, height=640)
    fast = EncodeSettings(x264_preset="ultrafast", crf=10)
    base = dict(
        source=source,
        segments=[(0.0, 1.0), (2.0, 3.0)],
        platform="original",
        mode="exact",
        each_segment=True,
        encode=fast,
    )
    plain = run_export(ExportRequest(target=tmp_path / "plain", **base))
    # output clock: clip 1 is 0–1 s, clip 2 is 1–2 s; the sticker sits on 1.3–1.7 s
    marked = run_export(
        ExportRequest(target=tmp_path / "marked", stickers=(Sticker("Freeship", 1.3, 1.7),), **base)
    )
    assert _changed_frames(plain[0].output, marked[0].output) == []
    shown = _changed_frames(plain[1].output, marked[1].output)
    assert shown and min(shown) == pytest.approx(0.3, abs=0.04)
    assert max(shown) == pytest.approx(0.7 - 1 / 30, abs=0.04)


def test_opening_settles_segments_and_stickers_into_the_video(paths, tmp_path):
    """A project stored with stickers past the end of its exported video (saved before
    stickers were fitted, or merged from another machine) and a segment past the end of
    the file at its path (now a shorter clip) opens with both inside."""
    from app.editor import projects
    from app.store.engine import session_scope
    from app.store.migrate import open_database

    clip = make_clip(tmp_path / "a.mp4", duration=2.0, width=64, height=48)
    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            p = projects.load_or_create(session, clip, 2.0)
            assert p.moved_on_open == []  # a new project has nothing to settle
            # stored as an old version of the app left it: no fitting on the way in
            p.segments = [Piece(0.0, 1.0), Piece(1.5, 3.5), Piece(2.5, 9.0)]
            p.stickers = [Sticker("Freeship", 4.0, 6.0), Sticker("Giảm 20%", 0.2, 0.8)]
            projects.save(session, p)
        with session_scope(db.sessions) as session:
            again = projects.load_or_create(session, clip, 2.0)
        # the second segment ends at the clip's end; the third lies wholly past it
        assert again.pairs() == [(0.0, 1.0), (1.5, 2.0)]
        assert again.output_length() == pytest.approx(1.5)
        assert again.stickers == [Sticker("Freeship", 0.0, 1.5), Sticker("Giảm 20%", 0.2, 0.8)]
        assert again.moved_on_open == [0]
        assert again.segments_cut_on_open == 2  # one shortened, one dropped: the room says so
    finally:
        db.close()


def test_settling_a_project_with_nothing_kept_leaves_stickers_waiting():
    p = Project("x.mp4", duration=5.0, stickers=[Sticker("Freeship", 7.0, 9.0)])
    assert p.settle() == []
    assert p.stickers == [Sticker("Freeship", 7.0, 9.0)]  # fitted when a segment is kept
