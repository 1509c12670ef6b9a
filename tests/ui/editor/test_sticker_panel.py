"""Text stickers after adding them: text, start, end and place changed in the sticker
table, start/end taken from the playhead, kept inside the exported video, at most five,
each change one undo step; the exported clip shows a sticker only in its time range."""

from __future__ import annotations

import av
import numpy as np
import pytest

from app.video.exact import EncodeSettings

FAST = EncodeSettings(x264_preset="ultrafast", crf=10)


def _opened(room, clips):
    # kept: source 0–1 s and 2–3 s → an exported video of 2 s
    room.open_video(clips.portrait, segments=[(0.0, 1.0, "", None), (2.0, 3.0, "", None)])
    return room.page.sticker_panel


def _start(panel, row):
    return panel.table.cellWidget(row, 1)


def _end(panel, row):
    return panel.table.cellWidget(row, 2)


def test_edit_times_place_and_text_in_the_table(room, clips):
    panel = _opened(room, clips)
    panel.text_edit.setText("Freeship")
    panel.add_button.click()
    assert room.project.stickers[0].start == 0.0
    assert room.project.stickers[0].end == pytest.approx(2.0)  # 3 s asked, the video is 2 s
    assert panel.table.isVisible() and panel.table.rowCount() == 1
    _start(panel, 0).setValue(0.5)
    _end(panel, 0).setValue(1.5)
    panel.table.cellWidget(0, 3).setCurrentIndex(1)  # giữa
    panel.table.item(0, 0).setText("Giảm 20%")
    sticker = room.project.stickers[0]
    assert (sticker.text, sticker.start, sticker.end, sticker.position) == (
        "Giảm 20%",
        0.5,
        1.5,
        "middle",
    )
    room.undo_stack.undo()  # the text change only
    assert room.project.stickers[0].text == "Freeship"
    assert panel.table.item(0, 0).text() == "Freeship"
    room.undo_stack.undo()
    assert room.project.stickers[0].position == "top"
    assert panel.table.cellWidget(0, 3).currentData() == "top"


def test_times_stay_inside_the_video(room, clips):
    panel = _opened(room, clips)
    room.page.add_sticker("Freeship", 0.5, 1.5)
    assert _end(panel, 0).maximum() == pytest.approx(2.0)  # the spin box cannot go past
    room.project.set_sticker(0, end=9.0)
    assert room.project.stickers[0].end == pytest.approx(2.0)
    room.project.set_sticker(0, start=1.9)  # moving the start past the end pushes the end
    assert 1.9 <= room.project.stickers[0].start < room.project.stickers[0].end <= 2.0
    room.project.set_sticker(0, end=0.0)  # the end before the start pulls the start back
    assert room.project.stickers[0].start == 0.0 < room.project.stickers[0].end


def test_start_and_end_from_the_playhead(room, clips):
    panel = _opened(room, clips)
    room.page.add_sticker("Freeship", 0.0, 2.0)
    panel.table.selectRow(0)
    room.page.seek(2.25)  # source 2.25 s is 1.25 s into the export
    panel.from_here.click()
    room.page.seek(0.5)  # source 0.5 s: 0.5 s into the export — before the start
    panel.to_here.click()
    sticker = room.project.stickers[0]
    assert sticker.end == pytest.approx(0.5)
    assert sticker.start < sticker.end  # the start gave way
    room.page.seek(2.75)
    panel.to_here.click()
    assert room.project.stickers[0].end == pytest.approx(1.75)


def test_at_most_five(room, clips):
    panel = _opened(room, clips)
    for i in range(5):
        panel.text_edit.setText(f"Chữ {i}")
        panel.add_button.click()
    assert len(room.project.stickers) == 5
    assert not panel.add_button.isEnabled()
    panel.table.selectRow(2)
    panel.remove_button.click()
    assert [s.text for s in room.project.stickers] == ["Chữ 0", "Chữ 1", "Chữ 3", "Chữ 4"]
    assert panel.add_button.isEnabled()


def _frames(path):
    with av.open(str(path)) as container:
        return [
            (float(f.pts * f.time_base), f.to_ndarray(format="rgb24").astype(np.int16))
            for f in container.decode(video=0)
        ]


@pytest.mark.slow
def test_exported_clip_shows_the_sticker_only_in_its_range(room, clips, tmp_path):
    panel = _opened(room, clips)
    plain = tmp_path / "plain.mp4"
    room.export_to(plain, "zalo", "exact", encode=FAST)  # same frame, no text
    panel.text_edit.setText("Freeship")
    panel.add_button.click()
    _start(panel, 0).setValue(0.6)
    _end(panel, 0).setValue(1.4)
    marked = tmp_path / "marked.mp4"
    room.export_to(marked, "zalo", "exact", encode=FAST)
    seen = []
    for (t, a), (_, b) in zip(_frames(plain), _frames(marked), strict=True):
        changed = int((np.abs(a - b).max(axis=2) > 40).sum())
        if 0.6 + 0.02 < t < 1.4 - 0.02:
            assert changed > 300, t
            seen.append(t)
        elif t < 0.6 - 0.02 or t > 1.4 + 0.02:
            assert changed == 0, t
    assert len(seen) >= 20  # ~0.8 s at 30 fps
