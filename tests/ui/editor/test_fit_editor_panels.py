"""The editing page with everything this room can show at once fits a 1280×720 and a
1366×728 window with every text whole, in Vietnamese and English (the room scene of
test_fit_screens only shows the start page). Two states, as they cannot be on screen
together: a busy 9:16 export (five stickers in their table, suggestion settings,
"Khung dọc" with the crop window and its hint, the slow-PC offer), and a "Nhanh"
(lossless, original quality, no text) export whose first segment is snapped to the
keyframe before it — the hatched lead-in on the timeline and "(+0,9 giây)" in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from app.ui.shell.fit_scenes import SIZES, settle
from app.ui.widgets.fit_check import report, texts_past_control, widgets_past_window


def _cells_past_column(table) -> list[str]:
    """Segment list cells whose text is cut (fit_check reads headers, not cells)."""
    metrics = table.fontMetrics()
    out = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            width = table.visualItemRect(item).width() - 8  # the cell's own padding
            if metrics.horizontalAdvance(item.text()) > width:
                out.append(f"row {row} column {column}: {item.text()!r} in {width}px")
    return out


def _misfits(window, page, label: str) -> list[str]:
    problems = []
    for name, size in SIZES.items():
        window.showNormal()
        window.resize(size)
        settle()
        assert window.size() == QSize(size)
        misfits = widgets_past_window(window) + texts_past_control(window)
        if misfits:
            problems.append(f"{label} {name}:\n{report(misfits)}")
        problems += [f"{label} {name}: {cut}" for cut in _cells_past_column(page.table)]
    return problems


@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    """A landscape phone clip (the crop window shows on a 16:9 picture), a keyframe a
    second."""
    from app.video.synth import make_clip

    folder = tmp_path_factory.mktemp("fit-editor")
    return make_clip(folder / "wide.mp4", duration=9.0, width=320, height=180, gop=30)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["vi", "en"])
def test_busy_editor_page_fits(qapp, qtbot, studio, wide, language):
    from app.ui.application import apply_look

    previous_sheet = qapp.styleSheet()
    apply_look(qapp)  # the stylesheet's paddings and fonts, as users get them
    studio.languages.apply(language)
    try:
        window = studio.show_window()
        window.show_room("editor")
        room = window.rooms["editor"]
        room.open_video(wide, segments=[(0.9, 3.0, "", None), (4.0, 8.0, "", None)])
        page = room.page
        for i in range(5):
            page.add_sticker(f"Giảm {10 * (i + 1)}% hôm nay", 0.0, 2.0, "top")
        page.platform_box.setCurrentIndex(page.platform_box.findData("tiktok_shop"))
        page.fit_control.box.setCurrentIndex(page.fit_control.box.findData("crop"))
        page.proxy_offer.offer()
        qtbot.waitUntil(lambda: page.frame_view.crop_rect() is not None, timeout=10_000)
        problems = _misfits(window, page, "9:16")
        assert page.proxy_offer.isVisible() and page.sticker_panel.table.isVisible()
        assert page.frame_view.hint_text()  # the crop window's hint was on screen
        # "Nhanh": a copy of the original, no text; the first segment starts on the
        # keyframe at 0 s (keyframes every second), 0.9 s before its in point
        for _ in range(5):
            page.sticker_panel.remove_button.click()
        page.platform_box.setCurrentIndex(page.platform_box.findData("original"))
        room.project.mode = "lossless"
        room.loader.ensure_keyframes()
        qtbot.waitUntil(lambda: len(room.info.keyframes) > 3, timeout=10_000)
        page.refresh()
        assert page.timeline.snaps == [0.0, None]
        assert "(+0,9" in page.table.item(0, 2).text()
        assert "0,9" in page.table.item(0, 0).toolTip()
        assert not page.sticker_panel.table.isVisible()
        problems += _misfits(window, page, "lossless")
        assert not problems, "\n".join(problems)
        room.shutdown()
    finally:
        qapp.setStyleSheet(previous_sheet)
