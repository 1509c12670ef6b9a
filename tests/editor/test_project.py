"""Project edits, persistence by source file, export names and silence suggestions."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from app.editor import projects
from app.editor.export_job import default_file_name
from app.editor.project import Project
from app.store.engine import session_scope
from app.store.migrate import open_database
from app.video.stickers import Sticker
from app.video.suggestions import silences, speech_segments
from app.video.synth import make_clip


def test_in_out_split_delete_reorder_clamp():
    p = Project("x.mp4", duration=10.0)
    p.set_in(2.0)  # no segment here: one starts at the playhead, runs to the end
    assert p.pairs() == [(2.0, 10.0)]
    p.set_out(5.0)
    assert p.pairs() == [(2.0, 5.0)]
    p.set_in(7.0)
    p.set_out(12.0)  # clamped to the video's end
    assert p.pairs() == [(2.0, 5.0), (7.0, 10.0)]
    assert p.split_at(8.0)
    assert p.pairs() == [(2.0, 5.0), (7.0, 8.0), (8.0, 10.0)]
    assert not p.split_at(6.0)  # between segments: nothing to split
    p.move(2, -2)
    assert p.pairs()[0] == (8.0, 10.0)
    p.delete(0)
    assert p.total() == pytest.approx(4.0)
    p.set_edge(0, start=-3.0)
    assert p.pairs()[0] == (0.0, 5.0)


def test_at_most_five_stickers():
    p = Project("x.mp4", duration=10.0)
    for i in range(5):
        p.add_sticker(Sticker(f"s{i}", 0, 1))
    with pytest.raises(ValueError):
        p.add_sticker(Sticker("sixth", 0, 1))


def test_project_found_again_by_content_even_renamed(paths, tmp_path):
    clip = make_clip(tmp_path / "a.mp4", duration=1.0, width=64, height=48)
    db = open_database(paths)
    try:
        with session_scope(db.sessions) as session:
            p = projects.load_or_create(session, clip, 1.0)
            p.add_segment(0.1, 0.6)
            p.add_sticker(Sticker("Freeship", 0.0, 0.5, "bottom"))
            p.title, p.price, p.platform = "Giỏ tre", 120_000, "tiktok_shop"
            projects.save(session, p)
        moved = clip.rename(tmp_path / "renamed.mp4")
        with session_scope(db.sessions) as session:
            again = projects.load_or_create(session, moved, 1.0)
            listed = projects.recent_projects(session)
            recent = projects.recent_files(session)
        assert again.pairs() == [(0.1, 0.6)]
        assert again.stickers == [Sticker("Freeship", 0.0, 0.5, "bottom")]
        assert (again.title, again.price, again.platform) == ("Giỏ tre", 120_000, "tiktok_shop")
        assert len(listed) == 1 and listed[0].source_path == str(moved)
        assert recent[0] == str(moved)
    finally:
        db.close()


def test_default_file_name():
    assert default_file_name("GT-01", "shopee", date(2026, 11, 29)) == "GT-01-shopee-20261129.mp4"
    assert default_file_name("Giỏ đan", None, date(2026, 1, 2)) == "Gio-dan-original-20260102.mp4"


def test_silences_and_speech_between_them():
    peaks = np.full(500, 0.5, np.float32)  # 5 s of sound in 10 ms bins
    peaks[100:200] = 0.01  # 1.0-2.0 s quiet
    peaks[300:320] = 0.01  # 0.2 s: too short to count
    found = silences(peaks, threshold=0.05, min_length=0.6)
    assert [(s.start, s.end) for s in found] == [(1.0, 2.0)]
    assert speech_segments(peaks, 5.0) == [(0.0, 1.0), (2.0, 5.0)]
