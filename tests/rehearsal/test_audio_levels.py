"""Speaking share and silences from levels: the threshold and the minimum length hold."""

from __future__ import annotations

import numpy as np
from rehearsal_testdata import speech_like

from app.rehearsal.audio_levels import MIN_SILENCE_S, RATE, SILENCE_DBFS, analyse, levels_of


def _resampled(samples_48k: np.ndarray) -> np.ndarray:
    return samples_48k[::3]  # 48 kHz → 16 kHz is enough for levels


def test_planted_silence_is_found_and_breaths_between_words_are_not():
    levels = levels_of(_resampled(speech_like(12.0, [(4.0, 6.0), (9.0, 9.3)])))
    silences = levels.silences()
    assert len(silences) == 1  # 0.3 s and the 0.12 s breaths are under the minimum
    start, end = silences[0]
    assert abs(start - 4.0) <= 0.05 and abs(end - 6.0) <= 0.05
    assert abs(levels.longest_silence() - 2.0) <= 0.1
    assert abs(levels.speaking_share() - 10 / 12) <= 0.02
    assert levels.speaking_share(0, 4) == 1.0
    assert levels.longest_silence(6.5, 12) == 0.0


def test_quiet_room_noise_under_the_threshold_counts_as_silence():
    quiet_db = SILENCE_DBFS - 6
    amplitude = 10 ** (quiet_db / 20) * np.sqrt(2)  # sine RMS = amplitude / √2
    t = np.arange(int(2 * RATE)) / RATE
    hum = (amplitude * np.sin(2 * np.pi * 100 * t)).astype(np.float32)
    loud = (0.3 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)
    levels = levels_of(np.concatenate([loud, hum, loud]))
    assert [round(s) for s in levels.silences()[0]] == [2, 4]
    assert MIN_SILENCE_S == 0.5


def test_a_file_without_sound_has_no_levels(tmp_path):
    from app.video.synth import make_clip

    clip = make_clip(tmp_path / "mute.mp4", duration=0.5, width=64, height=48, audio=False)
    levels = analyse(clip)
    assert levels.duration_s == 0 and levels.speaking_share() == 0.0
