import pytest

from app.video.errors import VideoError
from app.video.probe import probe


def test_plain_clip(media):
    info = probe(media.plain)
    assert (info.width, info.height, info.rotation) == (320, 240, 0)
    assert info.duration == pytest.approx(6.0, abs=0.04)
    assert info.fps == pytest.approx(30.0)
    assert not info.vfr
    assert info.frame_count == 180
    assert info.keyframes == pytest.approx([i * 0.5 for i in range(12)])
    assert info.video_codec == "h264" and info.audio_codec == "aac"
    assert info.has_audio and info.sample_rate == 48000 and info.channels == 2


def test_portrait_phone_clip_reports_displayed_size(media):
    info = probe(media.rotated)
    assert (info.coded_width, info.coded_height) == (320, 240)
    assert (info.width, info.height, info.rotation) == (240, 320, 90)


def test_variable_frame_rate_is_detected(media):
    info = probe(media.vfr)
    assert info.vfr
    assert 20 < info.fps < 40


def test_video_without_sound(media):
    info = probe(media.silent)
    assert info.has_video and not info.has_audio and info.audio_codec is None


def test_audio_only_file_is_described(media):
    info = probe(media.audio_only)
    assert not info.has_video and info.has_audio
    assert info.duration == pytest.approx(1.0, abs=0.05)


@pytest.mark.parametrize("name", ["empty", "truncated", "text"])
def test_broken_files_give_a_clear_error(media, name):
    with pytest.raises(VideoError) as caught:
        probe(getattr(media, name))
    assert str(getattr(media, name)) in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(VideoError, match="Không tìm thấy"):
        probe(tmp_path / "nope.mp4")


def test_hevc_from_iphone(hevc_clip):
    info = probe(hevc_clip)
    assert info.video_codec == "hevc"
    assert (info.width, info.height) == (320, 240)
