import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.video.cut import ExportOptions, cut_video
from app.video.errors import VideoError
from app.video.framing import Framer
from app.video.overlay import OverlayText, font, render_band
from app.video.presets import budget_for, check_platform, get_platform, get_preset, platforms
from app.video.probe import probe
from app.video.timecode import Segment

VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐ₫"


def glyph(ch: str) -> bytes:
    image = Image.new("L", (60, 60))
    ImageDraw.Draw(image).text((5, 5), ch, font=font(40), fill=255)
    return image.tobytes()


def test_bundled_font_draws_every_vietnamese_letter():
    missing = glyph("\ue000")  # private-use: the font's "no glyph" box
    assert [ch for ch in VIETNAMESE if glyph(ch) == missing] == []


def test_presets_and_platforms_are_data():
    assert (get_preset("vertical").width, get_preset("vertical").height) == (1080, 1920)
    assert get_preset("square").width == get_preset("square").height
    assert {"shopee", "tiktok_shop", "facebook_reels", "zalo"} <= set(platforms())
    with pytest.raises(VideoError, match="vertical"):
        get_preset("tiktok")


def test_platform_limits_are_checked_before_encoding(media, tmp_path):
    shopee = get_platform("shopee")
    assert check_platform(shopee, 30) == []
    assert check_platform(shopee, 5) and check_platform(shopee, 75)
    with pytest.raises(VideoError, match="Shopee"):
        cut_video(
            media.plain, tmp_path / "out.mp4", [Segment(0, 2)], ExportOptions(platform="shopee")
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["shopee", "tiktok_shop"])
def test_bitrate_is_chosen_so_the_longest_clip_fits(name):
    platform = get_platform(name)
    budget = budget_for(platform, platform.max_duration)
    worst = (budget.video_bitrate + 128_000) * platform.max_duration + budget.buffer_bits
    assert worst / 8 < platform.max_bytes


def test_platform_export_uses_the_budget(media, tmp_path):
    result = cut_video(
        media.plain,
        tmp_path / "tiktok.mp4",
        [Segment(0, 1.5)],
        ExportOptions(platform="tiktok_shop", mode="lossless"),
    )
    assert result.mode == "exact" and result.notes
    assert (tmp_path / "tiktok.mp4").stat().st_size < get_platform("tiktok_shop").max_bytes


def test_pad_blur_keeps_the_whole_picture_centred():
    framer = Framer(320, 240, 0, get_preset("square"), "pad-blur")
    source = np.full((240, 320, 3), 200, np.uint8)
    out = framer.apply(source)
    assert out.shape == (1080, 1080, 3)
    assert (out[540, :, 0] == 200).all()  # the picture spans the full width
    assert out[10, 540, 0] < 200  # darkened blurred copy above it


def test_crop_centre_can_be_moved():
    source = np.zeros((240, 320, 3), np.uint8)
    source[:, :160] = 255  # left half white
    left = Framer(320, 240, 0, get_preset("vertical"), "crop", center=(0.0, 0.5)).apply(source)
    right = Framer(320, 240, 0, get_preset("vertical"), "crop", center=(1.0, 0.5)).apply(source)
    assert left.shape == (1920, 1080, 3)
    assert left.mean() > 200 and right.mean() < 50


def test_overlay_band_sits_in_the_vertical_safe_zone():
    band = render_band(OverlayText("Màn tuyn 1m8", 150_000), 1080, 1920)
    height, width = band.pixels.shape[:2]
    assert band.y + height <= 1920 * (1 - 0.22)
    assert band.x + width <= 1080 * (1 - 0.14)
    assert render_band(OverlayText("  ", None), 1080, 1920) is None


def test_overlay_is_burned_into_an_exact_export(media, tmp_path, helpers):
    plain = cut_video(
        media.plain,
        tmp_path / "plain.mp4",
        [Segment(1, 1.5)],
        ExportOptions(preset="vertical", fit="pad-solid"),
    )
    titled = cut_video(
        media.plain,
        tmp_path / "titled.mp4",
        [Segment(1, 1.5)],
        ExportOptions(
            preset="vertical", fit="pad-solid", overlay=OverlayText("Nón lá Huế", 85_000)
        ),
    )
    info = probe(titled.output)
    assert (info.width, info.height) == (1080, 1920)
    before = helpers.frames(plain.output)[0][2]
    after = helpers.frames(titled.output)[0][2]
    diff = np.abs(before.astype(int) - after.astype(int)) > 40
    rows = np.flatnonzero(diff.any(axis=1))
    assert rows.size and rows.min() > 1920 * 0.5 and rows.max() < 1920 * 0.78


def test_lossless_cannot_resize(media, tmp_path):
    with pytest.raises(VideoError, match="exact"):
        cut_video(
            media.plain,
            tmp_path / "out.mp4",
            [Segment(0, 1)],
            ExportOptions(mode="lossless", preset="vertical"),
        )
    smart = cut_video(
        media.plain,
        tmp_path / "smart.mp4",
        [Segment(0, 1)],
        ExportOptions(mode="smart", preset="square"),
    )
    assert smart.mode == "exact" and probe(smart.output).width == 1080


@pytest.mark.parametrize("source_format", ["yuv420p", "yuvj420p"])
def test_pixel_work_keeps_colours(source_format):
    import av

    rgb = np.zeros((240, 320, 3), np.uint8)
    rgb[:, :160] = (200, 40, 60)
    rgb[:, 160:] = (30, 160, 220)
    frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format=source_format)
    framer = Framer(320, 240, 0, get_preset("square"), "pad-solid")
    out = framer.picture(frame).to_ndarray(format="rgb24")
    assert out.shape == (1080, 1080, 3)
    assert np.abs(out[540, 200].astype(int) - (200, 40, 60)).max() <= 6
    assert np.abs(out[540, 880].astype(int) - (30, 160, 220)).max() <= 6
