"""The microphone meter's RMS from raw QAudioSource bytes, in each sample format."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtMultimedia import QAudioFormat

from app.ui.rehearsal.camera_source import rms_of
from app.ui.rehearsal.gauges import LevelMeter

SINE = np.sin(2 * np.pi * 440 * np.arange(4800) / 48000) * 0.5  # RMS 0.5 / √2


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        ((SINE * 32767).astype(np.int16).tobytes(), QAudioFormat.SampleFormat.Int16),
        ((SINE * 2147483647).astype(np.int32).tobytes(), QAudioFormat.SampleFormat.Int32),
        (SINE.astype(np.float32).tobytes(), QAudioFormat.SampleFormat.Float),
        ((SINE * 127 + 128).astype(np.uint8).tobytes(), QAudioFormat.SampleFormat.UInt8),
    ],
)
def test_rms_of_a_half_scale_sine(data, fmt):
    assert rms_of(data, fmt) == pytest.approx(0.5 / np.sqrt(2), rel=0.02)


def test_silence_and_an_odd_byte_count():
    assert rms_of(b"", QAudioFormat.SampleFormat.Int16) == 0.0
    assert rms_of(b"\x00\x00\x00", QAudioFormat.SampleFormat.Int16) == 0.0


def test_meter_scale(qtbot):
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.set_rms(0.0)
    assert meter.level == 0.0
    meter.set_rms(1.0)
    assert meter.level == 1.0
    meter.set_rms(10 ** (-30 / 20))  # −30 dBFS: half way up a −60…0 scale
    assert meter.level == pytest.approx(0.5)
