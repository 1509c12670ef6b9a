"""What a new user sees: four big rooms in Vietnamese, status in words, language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton

from app.ui.shell.connectivity import Online
from app.ui.shell.rooms import ROOMS

VIETNAMESE_ROOMS = ["Sản phẩm", "Cắt video", "Tập livestream", "Đồng bộ"]


def test_four_rooms_with_vietnamese_labels(studio, qtbot):
    window = studio.show_window()
    qtbot.waitExposed(window)
    labels = [window.navigation.buttons[spec.key].text() for spec in ROOMS]
    assert labels == VIETNAMESE_ROOMS
    assert window.navigation.settings_button.text() == "Cài đặt"


def test_every_room_opens_from_its_button(studio, qtbot):
    window = studio.show_window()
    for spec in ROOMS:
        qtbot.mouseClick(window.navigation.buttons[spec.key], Qt.MouseButton.LeftButton)
        assert window.current_room == spec.key
        assert window.stack.currentWidget() is window.rooms[spec.key]
        assert window.navigation.buttons[spec.key].isChecked()


def test_keyboard_shortcuts_switch_rooms(studio, qtbot):
    window = studio.show_window()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    # a button's shortcut "animates" the click, which lands a moment later
    qtbot.waitUntil(lambda: window.current_room == "rehearsal", timeout=2000)


def test_unbuilt_rooms_say_what_they_will_do(studio):
    window = studio.show_window()
    for key, room in window.rooms.items():
        if type(room).__name__ != "EmptyRoom":
            continue
        texts = " ".join(label.text() for label in room.findChildren(QLabel))
        spec = next(s for s in ROOMS if s.key == key)
        assert spec.empty_title in texts
        assert len(texts) > 80, "an empty room must explain itself in a sentence or two"


def test_fits_a_1366x768_screen(studio, qtbot):
    window = studio.show_window()
    window.resize(1366, 700)
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 700
    for button in window.findChildren(QToolButton):
        if button.objectName().startswith("nav_"):
            metrics = button.fontMetrics()
            assert metrics.horizontalAdvance(button.text()) <= button.width(), (
                f"{button.text()} is cut off"
            )


def test_status_bar_speaks_plainly(studio):
    window = studio.show_window()
    window.status.show_network(Online.OFFLINE)
    assert "Không có mạng" in window.status.network_label.text()
    assert "vẫn làm được" in window.status.network_label.text()
    window.status.show_network(Online.ONLINE)
    assert "Có mạng" in window.status.network_label.text()
    assert "chưa kết nối" in window.status.sync_label.text()


def test_switching_to_english_and_back_rebuilds_the_window(studio, qtbot):
    window = studio.show_window()
    window.show_room("editor")
    studio.switch_language("en")
    english = studio.window
    assert english is not window
    assert english.current_room == "editor", "the user stays where they were"
    assert [english.navigation.buttons[s.key].text() for s in ROOMS] == [
        "Products",
        "Cut video",
        "Live practice",
        "Sync",
    ]
    studio.switch_language("vi")
    assert studio.window.navigation.buttons["catalog"].text() == "Sản phẩm"


def test_language_choice_is_saved_in_the_profile(studio, qtbot, monkeypatch):
    from app.settings import Settings
    from app.ui.shell.settings_dialog import SettingsDialog

    window = studio.show_window()
    monkeypatch.setattr(
        SettingsDialog,
        "exec",
        lambda self: (self.language.setCurrentIndex(self.language.findData("en")), True)[1],
    )
    window.open_settings()
    assert Settings.load(studio.paths.settings_path).language == "en"
    assert studio.window.navigation.buttons["sync"].text() == "Sync"


def test_qt_dialog_buttons_speak_vietnamese(studio):
    from PySide6.QtWidgets import QDialogButtonBox

    studio.languages.apply("vi")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Đồng ý", "Huỷ", "Có", "Không"}


def test_lang_option_is_for_this_run_only(qapp, paths):
    from app.settings import Settings
    from app.ui.application import Studio

    booted = Studio(qapp, paths, "en")
    booted.open_database()
    try:
        window = booted.show_window()
        assert window.navigation.buttons["catalog"].text() == "Products"
        window.close()
        assert Settings.load(paths.settings_path).language == "vi"
    finally:
        booted.languages.apply("vi")
        booted.shutdown()
