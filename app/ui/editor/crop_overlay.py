"""How the picture fills the platform's frame ("Khung dọc"): blurred or solid padding,
or a crop whose window the seller drags sideways in the preview (frame_view.py draws
it and takes the drag and ←/→). The choice and the centre are kept in the project and
are what the export uses (``ExportRequest.fit`` / ``center``). A fit change and each
drag of the window (or ←/→ press) are one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.editor.project import Project


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
                "Cắt khung: video lấp đầy khung dọc; kéo khung sáng trong hình sang trái "
                "hoặc phải để chọn phần giữ lại (bấm vào hình rồi dùng ←/→ cũng được)."
            )
        )
        label.setBuddy(self.box)
        row.addWidget(label)
        row.addWidget(self.box)
        self.box.currentIndexChanged.connect(self._chosen)
        view = page.frame_view
        self._before: dict | None = None  # the project as a drag found it
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
