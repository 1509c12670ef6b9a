""" "Gợi ý đoạn cắt": how quiet counts as silence and how long it must last are set in
two plain controls; changing one while markers are shown finds them again with the new
values; the values stay with the project."""

from __future__ import annotations

import numpy as np
import pytest


def _with_peaks(room, qtbot, clip):
    room.open_video(clip)
    qtbot.waitUntil(lambda: getattr(room.page, "base_peaks", None) is not None, timeout=5000)
    qtbot.waitUntil(lambda: getattr(room.page, "thumbs", None) is not None, timeout=10_000)
    peaks = np.full(len(room.page.base_peaks), 0.5, np.float32)  # loud speech everywhere
    peaks[100:130] = 0.0  # 1.0–1.3 s: a short pause, silent
    peaks[250:330] = 0.08  # 2.5–3.3 s: a longer pause with background noise at 8 %
    room.page.base_peaks = peaks
    room.page.thumbs = []  # the frame-number blocks would read as scene changes
    return room.page.suggestions


def test_threshold_and_min_length_change_what_is_suggested(room, clips, qtbot):
    controls = _with_peaks(room, qtbot, clips.portrait)
    assert controls.threshold.value() == pytest.approx(5.0)  # 5 % of full scale
    assert controls.min_length.value() == pytest.approx(0.6)
    room.page.suggest_button.click()
    # default: the 0.3 s pause is too short and the noisy pause is not quiet enough
    qtbot.waitUntil(lambda: controls.showing, timeout=5000)
    assert room.page.timeline.markers == []
    controls.threshold.setValue(10.0)  # the background noise now counts as silence
    qtbot.waitUntil(lambda: room.page.timeline.markers == [(2.5, 3.3)], timeout=5000)
    controls.min_length.setValue(0.2)  # and the short pause is long enough
    qtbot.waitUntil(lambda: room.page.timeline.markers == [(1.0, 1.3), (2.5, 3.3)], timeout=5000)
    assert "3" in room.page.suggest_button.text()  # "Giữ 3 đoạn có tiếng"
    room.page.suggest_button.click()
    assert room.segments() == [
        (0.0, 1.0),
        (1.3, 2.5),
        (3.3, pytest.approx(4.0, abs=0.02)),
    ]
    assert room.page.timeline.markers == []  # accepted: markers gone


def test_settings_kept_in_the_project(make_room, clips, qtbot):
    first = make_room()
    controls = _with_peaks(first, qtbot, clips.portrait)
    controls.threshold.setValue(12.5)
    controls.min_length.setValue(1.5)
    first.shutdown()
    second = make_room()
    second.open_video(clips.portrait)
    assert second.project.silence_threshold == pytest.approx(0.125)
    assert second.page.suggestions.threshold.value() == pytest.approx(12.5)
    assert second.page.suggestions.min_length.value() == pytest.approx(1.5)


def test_a_newer_setting_wins_over_a_slower_older_run(room, clips, qtbot):
    controls = _with_peaks(room, qtbot, clips.portrait)
    room.page.suggest_button.click()
    qtbot.waitUntil(lambda: controls.showing, timeout=5000)
    older, stale = controls._run, controls.suggested
    controls.threshold.setValue(10.0)
    qtbot.waitUntil(lambda: room.page.timeline.markers == [(2.5, 3.3)], timeout=5000)
    controls._found(older, stale)  # the run with the old value answering late: dropped
    assert room.page.timeline.markers == [(2.5, 3.3)]
    assert controls.suggested.threshold == pytest.approx(0.10)
