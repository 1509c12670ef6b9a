import pytest

from app.video.errors import VideoError
from app.video.timecode import Segment, check_segments, format_time, parse_segment, parse_time


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("12.5", 12.5),
        ("12,5", 12.5),
        ("0", 0.0),
        ("1:05.250", 65.25),
        ("01:02:03.5", 3723.5),
        (" 2:00 ", 120.0),
    ],
)
def test_times_in_seconds_and_clock_form(text, seconds):
    assert parse_time(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "abc", "1:75", "-3", "1:2:3:4", "12s"])
def test_bad_times_are_refused_with_a_hint(text):
    with pytest.raises(VideoError, match="giây"):
        parse_time(text)


def test_segment_text_and_round_trip():
    assert parse_segment("0:03.5-12") == Segment(3.5, 12.0)
    assert format_time(65.25) == "1:05.250"
    with pytest.raises(VideoError):
        parse_segment("12")


def test_segments_keep_their_order_and_clamp_the_end():
    checked = check_segments([Segment(5, 6), Segment(1, 2.02)], duration=2.0 + 4)
    assert checked == [Segment(5, 6), Segment(1, 2.02)]
    assert check_segments([Segment(1, 6.03)], duration=6.0) == [Segment(1, 6.0)]


@pytest.mark.parametrize(
    ("segments", "needle"),
    [
        ([], "Chưa chọn"),
        ([Segment(3, 2)], "không sau"),
        ([Segment(5, 9)], "ngoài video"),
        ([Segment(1, 3), Segment(2, 4)], "chồng lên"),
    ],
)
def test_bad_segment_lists(segments, needle):
    with pytest.raises(VideoError, match=needle):
        check_segments(segments, duration=6.0)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0.0, "00:00.000"), (12.48, "00:12.480"), (65.25, "01:05.250"), (-0.2, "00:00.000")],
)
def test_editor_clock_text(seconds, shown):
    from app.video.timecode import clock

    assert clock(seconds) == shown
