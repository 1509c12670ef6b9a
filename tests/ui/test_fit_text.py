"""Every visible button, tab and one-line label shows its whole text, marks included.

Measured with each control's own font against its content rect: a text wider
than its button (Qt then cuts both ends) or taller than its tab (the hook of
"Ả" cut off reads as a different word) fails, in Vietnamese and English, at
1280×720 and 1366×728.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar

from app.ui.shell.fit_scenes import visit_all
from app.ui.widgets.fit_check import texts_past_control


@pytest.mark.slow
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_text_fits_its_control(qapp, tmp_path, language):
    problems = visit_all(qapp, tmp_path, language, texts_past_control)
    assert not problems, "texts cut:\n" + "\n".join(problems)


def test_the_check_sees_a_squeezed_button_and_a_short_tab(qapp, qtbot):
    """The check itself fails on what a person sees cut (so the tests above can fail)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    button = QPushButton("Chuẩn bị ảnh cho sàn", window)
    button.setFixedWidth(60)
    tabs = QTabBar(window)
    tabs.addTab("Ảnh")
    tabs.setStyleSheet("QTabBar::tab { height: 8px; }")
    label = QLabel("Địa chỉ máy chủ của xã (hỏi cán bộ xã)", window)
    label.setFixedWidth(80)
    for widget in (button, tabs, label):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    found = {type(m.widget).__name__ for m in texts_past_control(window)}
    assert found == {"QPushButton", "QTabBar", "QLabel"}
    big = QFont(window.font())
    button.setFixedWidth(button.sizeHint().width() + 4)
    label.setFixedWidth(label.sizeHint().width() + 4)
    # Fusion's own tabs clip the hook of an unselected "Ả"; the app's padding (app.qss) does not
    tabs.setStyleSheet("QTabBar::tab { padding: 6px 12px 4px 12px; min-height: 24px; }")
    tabs.setFont(big)
    qapp.processEvents()
    assert not texts_past_control(window)
