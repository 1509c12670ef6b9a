"""How the picture fills the platform's frame ("Khung dọc"): blurred or solid padding,
or a crop whose window the seller drags in the preview or nudges with Alt+arrows
(frame_view.py draws it, with a hint saying so; keys.py lists the keys). The choice and
the centre are kept in the project and are what the export uses (``ExportRequest.fit`` /
``center``). A fit change and each drag of the window are one undo step; a run of
Alt+arrow presses is one undo step too, as a held key or a few quick taps are one move.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QWidget

from app.editor.project import Project
from app.ui.editor.snapshot_command import SnapshotCommand

NUDGE_RUN_S = 1.5  # Alt+arrow presses closer together than this are one undo step
NOTICE_MS = 6000


class _Nudge(SnapshotCommand):
    """An Alt+arrow move of the crop window; the next press within ``NUDGE_RUN_S``
    merges into it, so Ctrl+Z takes the whole run back."""

    ID = 0x6E75  # "nu"

    def __init__(self, room, text: str, before: dict, after: dict) -> None:
        super().__init__(room, text, before, after)
        self.at = time.monotonic()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Nudge) or other.at - self.at > NUDGE_RUN_S:
            return False
        self.after, self.at = other.after, other.at
        return True


class FitControl(QWidget):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Khung dọc"), self)
        self.box = QComboBox(self)
        for name, text in (
            ("pad-blur", self.tr("Nền mờ")),
            ("pad-solid", self.tr("Nền đơn sắc")),
            ("crop", self.tr("Cắt khung")),
        ):
            self.box.addItem(text, name)
        self.box.setToolTip(
            self.tr(
                "Cắt khung: video lấp đầy khung dọc; kéo khung sáng trong hình để chọn "
                "phần giữ lại, hoặc bấm Alt+←/→ (Alt+↑/↓) để dời từng chút."
            )
        )
        label.setBuddy(self.box)
        row.addWidget(label)
        row.addWidget(self.box)
        self.box.currentIndexChanged.connect(self._chosen)
        view = page.frame_view
        self._before: dict | None = None  # the project as a drag found it
        self.last_notice = ""
        view.crop_moved.connect(self._moved)
        view.crop_dropped.connect(self._dropped)

    def show_project(self, project: Project) -> None:
        self.box.blockSignals(True)
        self.box.setCurrentIndex(max(0, self.box.findData(project.fit)))
        self.box.blockSignals(False)
        self.page.frame_view.set_crop(project.center if project.fit == "crop" else None)

    def _chosen(self) -> None:
        project = self.page.project
        if project is None:
            return
        fit = self.box.currentData()
        self.page.room.edit(self.tr("Đổi khung dọc"), lambda p: setattr(p, "fit", fit))
        self.show_project(project)

    def _moved(self, cx: float, cy: float) -> None:
        """The window follows the mouse live; the undo step is made when it is dropped."""
        project = self.page.project
        if project is not None:
            if self._before is None:
                self._before = project.snapshot()
            project.center = (cx, cy)

    def _dropped(self) -> None:
        project, before, self._before = self.page.project, self._before, None
        if project is None or before is None:
            return
        after = project.snapshot()
        project.apply_snapshot(before)
        self.page.room.edit(self.tr("Dời khung cắt"), lambda p: p.apply_snapshot(after))

    def nudge(self, dx: int, dy: int) -> None:
        """Alt+arrow: move the crop window one step; says what to do when the fit is not
        "Cắt khung" (the keys would otherwise seem dead)."""
        project, view = self.page.project, self.page.frame_view
        if project is None:
            return
        if project.fit != "crop" or view.crop_rect() is None:
            self._notice(
                self.tr(
                    "Alt+mũi tên dời khung cắt: chọn Khung dọc “Cắt khung” (với nền tảng "
                    "khung dọc) trước."
                )
            )
            return
        before = project.snapshot()
        center = view.nudge_crop(dx, dy)
        if center is None:
            return  # at the picture's edge already
        project.center = center
        room = self.page.room
        room.undo_stack.push(_Nudge(room, self.tr("Dời khung cắt"), before, project.snapshot()))
        room.schedule_save()

    def _notice(self, text: str) -> None:
        self.last_notice = text
        window = self.window()
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, NOTICE_MS)
