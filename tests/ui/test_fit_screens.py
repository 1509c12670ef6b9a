"""Every room, editor tab and dialog fits a 1280×720 window and a maximized 1366×728 one.

Walks the visible widgets of each screen, in Vietnamese and English, and fails
when one reaches past its window (widgets scrolled inside a scroll area are
fine; the scroll area itself must fit).
"""

from __future__ import annotations

import pytest

from app.ui.shell.fit_scenes import visit_all
from app.ui.widgets.fit_check import widgets_past_window


@pytest.mark.slow
@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_widget_reaches_past_its_window(qapp, tmp_path, language):
    problems = visit_all(qapp, tmp_path, language, widgets_past_window)
    assert not problems, "cut off:\n" + "\n".join(problems)
