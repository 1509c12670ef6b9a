"""The editing page with everything this room can show at once — five stickers in their
table, suggestion settings, "Khung dọc" with the crop window, the slow-PC offer, a snapped
lossless segment — fits a 1280×720 and a 1366×728 window with every text whole, in
Vietnamese and English (the room scene of test_fit_screens only shows the start page)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from app.ui.shell.fit_scenes import SIZES, settle
from app.ui.widgets.fit_check import report, texts_past_control, widgets_past_window


@pytest.mark.slow
@pytest.mark.parametrize("language", ["vi", "en"])
def test_busy_editor_page_fits(qapp, studio, clips, language):
    from app.ui.application import apply_look

    previous_sheet = qapp.styleSheet()
    apply_look(qapp)  # the stylesheet's paddings and fonts, as users get them
    studio.languages.apply(language)
    try:
        window = studio.show_window()
        window.show_room("editor")
        room = window.rooms["editor"]
        room.open_video(clips.long, segments=[(0.9, 3.0, "", None), (4.0, 8.0, "", None)])
        page = room.page
        for i in range(5):
            page.add_sticker(f"Giảm {10 * (i + 1)}% hôm nay", 0.0, 2.0, "top")
        page.platform_box.setCurrentIndex(page.platform_box.findData("tiktok_shop"))
        page.fit_control.box.setCurrentIndex(page.fit_control.box.findData("crop"))
        room.project.mode = "lossless"
        page.refresh()
        page.proxy_offer.offer()
        problems = []
        for name, size in SIZES.items():
            window.showNormal()
            window.resize(size)
            settle()
            assert window.size() == QSize(size)
            misfits = widgets_past_window(window) + texts_past_control(window)
            if misfits:
                problems.append(f"{language} {name}:\n{report(misfits)}")
        assert page.proxy_offer.isVisible() and page.sticker_panel.table.isVisible()
        assert not problems, "\n".join(problems)
        room.shutdown()
    finally:
        qapp.setStyleSheet(previous_sheet)
