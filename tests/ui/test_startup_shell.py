"""The window paints before the database opens: shell first, rooms after, geometry kept."""

from __future__ import annotations

import subprocess
import sys

from app.ui.application import GEOMETRY_KEY, Studio


def test_sqlalchemy_is_not_imported_before_the_first_paint():
    """Everything run_gui imports before showing the window stays free of SQLAlchemy."""
    code = (
        "import sys; import app.cli, app.ui.application, app.ui.shell.main_window; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_shell_shows_opening_state_then_the_catalog_when_the_database_opens(qapp, paths, qtbot):
    studio = Studio(qapp, paths)
    try:
        window = studio.show_window()
        qtbot.waitExposed(window)
        assert window.context.db is None
        assert "Đang mở" in window.opening.status.text()
        assert window.opening.search_box.isVisible() and not window.navigation.isEnabled()
        window.opening.search_box.setText("non la")  # typed while opening: not lost
        studio.open_database()
        assert window.navigation.isEnabled() and window.current_room == "catalog"
        catalog = window.rooms["catalog"]
        assert window.stack.currentWidget() is catalog
        assert catalog.search_box.text() == "non la"
        assert "editor" not in dict(window.rooms.items())  # other rooms wait until shown
        window.show_room("rehearsal")
        assert window.stack.currentWidget() is window.rooms["rehearsal"]
    finally:
        if studio.window is not None:
            studio.window.close()
        studio.tasks.wait_idle()
        studio.shutdown()


def test_first_start_on_a_small_screen_is_maximized_later_starts_restore(qapp, paths, qtbot):
    """The offscreen screen is 800 px wide (≤ 1440): a first start opens maximized; after
    the user makes the window normal-sized, the next start restores that instead."""
    first = Studio(qapp, paths)
    first.open_database()
    window = first.show_window()
    qtbot.waitExposed(window)
    assert window.isMaximized()
    window.showNormal()
    window.setGeometry(40, 50, 1100, 650)
    qapp.processEvents()
    window.close()
    first.tasks.wait_idle()
    first.shutdown()
    second = Studio(qapp, paths)
    again = None
    try:
        assert second.settings.extra.get(GEOMETRY_KEY)  # saved to the settings file on close
        second.open_database()
        again = second.show_window()
        qtbot.waitExposed(again)
        assert not again.isMaximized()
        assert again.height() == 650  # (the width is clamped to the 800 px offscreen screen)
    finally:
        if again is not None:
            again.close()
        second.tasks.wait_idle()
        second.shutdown()
