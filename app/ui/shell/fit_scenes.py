"""Every screen a person can reach, set up one after another: for the fit tests and screenshots.

A scene is a name and a function that puts a booted main window (demo shop
loaded) into one state and returns the top-level widget to look at — the main
window itself for rooms and editor tabs, or an open dialog. Rooms that land
later are covered automatically: each room in ``ROOMS`` is a scene; their
dialogs are added here as they land.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.ui.shell.rooms import ROOMS
from app.ui.widgets import fit_check

Scene = Callable[[QWidget], QWidget]
SIZES = {"1280x720": QSize(1280, 720), "1366x728": QSize(1366, 728)}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _room(key: str) -> Scene:
    def scene(window):
        window.show_room(key)
        return window

    return scene


def _catalog(window):
    window.show_room("catalog")
    room = window.rooms["catalog"]
    return room if hasattr(room, "editor") else None


def _editor_tab(index: int) -> Scene:
    def scene(window):
        room = _catalog(window)
        if room is None:
            return None
        room.table.selectRow(0)
        first = room.model.index(0, 0)
        room._open_index(first) if first.isValid() else room.new_product()
        room.editor.tabs.setCurrentIndex(index)
        return window

    return scene


def _grid(window):
    room = _catalog(window)
    if room is None:
        return None
    if room._editor is not None:
        room.editor.hide()
    room.grid_button.click()
    return window


def _dialog(build: Callable[[QWidget], QDialog | None]) -> Scene:
    def scene(window):
        dialog = build(window)
        if dialog is None:
            return None
        dialog.show()
        settle()
        return dialog

    return scene


def _settings(window):
    from app.ui.shell.settings_dialog import SettingsDialog

    return SettingsDialog(window.context.settings, window)


def _import_step(step: int, sheet: Path | None) -> Scene:
    def build(window):
        from app.ui.catalog.import_wizard import ImportWizard

        wizard = ImportWizard(window.context, window)
        if step >= 1 and sheet is not None:
            wizard.load_file(sheet)
            window.context.tasks.wait_idle()
            settle()
        if step >= 2 and sheet is not None:
            wizard.run_preview()
            window.context.tasks.wait_idle()
            settle()
        return wizard

    return _dialog(build)


def _export(window):
    from app.ui.catalog.export_dialog import ExportDialog

    return ExportDialog(window.context, window)


def _labels(window):
    room = _catalog(window)
    if room is None or not hasattr(room, "tools"):
        return None
    from app.ui.catalog.labels_dialog import LabelsDialog

    return LabelsDialog(window.context, room.tools.selected_product_ids(), window)


def _categories(window):
    room = _catalog(window)
    if room is None or not hasattr(room, "tools"):
        return None
    dialog = room.tools.open_categories()
    return dialog


def _damaged_database(window):
    from app.ui.error_dialogs import damaged_database_box

    return damaged_database_box(
        "Tệp dữ liệu bị hỏng (ví dụ).", "lang-nghe-2026-11-28-2130.sqlite3", window
    )


def sample_sheet(folder: Path) -> Path:
    """A small spreadsheet with long Vietnamese column names, as sellers' files have."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Tên hàng hoá đầy đủ", "Giá bán lẻ (đồng)", "Mã hàng", "Ảnh", "Ghi chú nội bộ"])
    sheet.append(["Nón lá bài thơ Huế", "150k", "NL-01", "khong-co.jpg", "x"])
    sheet.append(["Giỏ mây tre đan", "abc", "GM-02", "", "y"])
    path = folder / "hàng hoá.xlsx"
    workbook.save(path)
    return path


def scenes(sheet_folder: Path) -> Iterator[tuple[str, Scene]]:
    sheet = sample_sheet(sheet_folder)
    for spec in ROOMS:
        yield f"room-{spec.key}", _room(spec.key)
    for index, name in enumerate(("details", "variants", "photos", "stock")):
        yield f"catalog-editor-{name}", _editor_tab(index)
    yield "catalog-grid", _grid
    yield "dialog-settings", _dialog(_settings)
    yield "dialog-import-choose", _import_step(0, sheet)
    yield "dialog-import-columns", _import_step(1, sheet)
    yield "dialog-import-preview", _import_step(2, sheet)
    yield "dialog-export", _dialog(_export)
    yield "dialog-labels", _dialog(_labels)
    yield "dialog-categories", _dialog(_categories)
    yield "dialog-damaged-database", _dialog(_damaged_database)


def close_dialogs(window: QWidget) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    settle()


def visit_all(qapp, folder: Path, language: str, check) -> list[str]:
    """Run ``check(top_level) -> list[Misfit]`` on every scene at both sizes; return problems.

    Boots a throwaway profile with the demo shop in ``folder``, in ``language``.
    """
    from app.catalog.demo import load_demo
    from app.config import Paths
    from app.store.engine import session_scope
    from app.store.media import MediaStore
    from app.ui.application import Studio, apply_look

    previous_sheet, previous_style = qapp.styleSheet(), qapp.style().name()
    apply_look(qapp)  # the stylesheet sets paddings and fonts: measure what users get

    paths = Paths(folder / f"profile-{language}").ensure()
    studio = Studio(qapp, paths, language)
    studio.open_database()
    with session_scope(studio.db.sessions) as session:
        load_demo(session, MediaStore(paths))
    problems: list[str] = []
    try:
        window = studio.show_window()
        for size_name, size in SIZES.items():
            window.showNormal()
            window.resize(size)
            settle()
            assert window.size() == size, f"window refuses {size_name}: {window.size()}"
            for name, scene in scenes(folder):
                top = scene(window)
                settle()
                if top is None:
                    continue
                if top is not window:
                    limit = size
                    if top.width() > limit.width() or top.height() > limit.height():
                        problems.append(
                            f"{language} {size_name} {name}: dialog {top.width()}×"
                            f"{top.height()} larger than the screen"
                        )
                    top.resize(top.size().boundedTo(limit))
                    settle()
                misfits = check(top)
                if misfits:
                    problems.append(f"{language} {size_name} {name}:\n{fit_check.report(misfits)}")
                close_dialogs(window)
        studio.tasks.wait_idle()
    finally:
        close_dialogs(None)
        if studio.window is not None:
            studio.window.close()
            studio.window.deleteLater()
        studio.languages.apply("vi")
        studio.shutdown()
        qapp.setStyleSheet(previous_sheet)  # the test process goes on with its own look
        qapp.setStyle(previous_style)
        qapp.processEvents()
    return problems
