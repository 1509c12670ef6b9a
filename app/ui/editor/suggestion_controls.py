""" "Gợi ý đoạn cắt" with its two settings in plain words: how quiet counts as silence
("Độ im lặng") and how long a silence must last ("Dài ít nhất … giây").

The suggestions are computed off the GUI thread from the timeline's own waveform peaks
and filmstrip; changing a setting while markers are shown runs them again with the new
values (the newest run wins). The values are kept in the project.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.editor.project import MIN_LENGTH_RANGE, THRESHOLD_RANGE, Project
from app.errors import UserFacingError
from app.ui.error_dialogs import user_message

log = logging.getLogger(__name__)


class SuggestionControls(QWidget):
    """The settings row; ``button`` (placed by the page beside the segment list) runs the
    suggestions, then keeps the speaking parts in one click."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.showing = False  # markers on the timeline, button offers to keep them
        self.suggested = None
        self._run = 0  # newest background run; older results are dropped
        self.button = QPushButton(self.tr("Gợi ý đoạn cắt"), page)
        self.button.setToolTip(
            self.tr("Tìm chỗ im lặng và chỗ đổi cảnh, bấm để giữ phần có tiếng nói")
        )
        self.button.clicked.connect(self.clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        quiet_label = QLabel(self.tr("Độ im lặng"), self)
        # percent of full scale: what a level meter shows, and a number people know
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(THRESHOLD_RANGE[0] * 100, THRESHOLD_RANGE[1] * 100)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(1.0)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(
            self.tr(
                "Tiếng nhỏ hơn mức này (so với tiếng to nhất) được coi là im lặng. "
                "Tăng lên nếu nền có tiếng ồn."
            )
        )
        quiet_label.setBuddy(self.threshold)
        length_label = QLabel(self.tr("Dài ít nhất"), self)
        self.min_length = QDoubleSpinBox(self)
        self.min_length.setRange(*MIN_LENGTH_RANGE)
        self.min_length.setDecimals(1)
        self.min_length.setSingleStep(0.1)
        self.min_length.setSuffix(self.tr(" giây"))
        self.min_length.setToolTip(
            self.tr("Chỉ gợi ý cắt những chỗ im lặng dài ít nhất chừng này.")
        )
        length_label.setBuddy(self.min_length)
        for widget in (quiet_label, self.threshold, length_label, self.min_length):
            row.addWidget(widget)
        for spin in (self.threshold, self.min_length):
            spin.setKeyboardTracking(False)  # one run per finished value, not per digit
            spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.threshold.valueChanged.connect(self._changed)
        self.min_length.valueChanged.connect(self._changed)

    # --- project -----------------------------------------------------------------
    def load(self, project: Project) -> None:
        self.reset()
        for spin, value in (
            (self.threshold, project.silence_threshold * 100),
            (self.min_length, project.silence_min_length),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def reset(self) -> None:
        """Back to "Gợi ý đoạn cắt" with no markers (a newer run in flight is dropped)."""
        self._run += 1
        self.showing = False
        self.suggested = None
        self.button.setEnabled(True)  # a dropped run would never give it back
        self.button.setText(self.tr("Gợi ý đoạn cắt"))
        timeline = self.page.timeline
        timeline.markers, timeline.scenes = [], []
        timeline.update()

    def _changed(self, *_args) -> None:
        project = self.page.project
        if project is None:
            return
        project.silence_threshold = self.threshold.value() / 100
        project.silence_min_length = round(self.min_length.value(), 2)
        self.page.room.schedule_save()
        if self.showing:
            self.run()

    # --- running -----------------------------------------------------------------
    def clicked(self) -> None:
        if self.showing and self.suggested is not None:
            self.accept()
        else:
            self.run()

    def run(self) -> None:
        from app.video.suggestions import suggest

        page = self.page
        peaks = getattr(page, "base_peaks", None)
        if page.info is None:
            return
        if peaks is None or not len(peaks):
            QMessageBox.information(
                self,
                self.tr("Gợi ý đoạn cắt"),
                self.tr("Chưa có tiếng của video để tìm chỗ im lặng."),
            )
            return
        self._run += 1
        run = self._run
        thumbs = list(getattr(page, "thumbs", None) or [])
        duration = page.info.duration
        threshold = self.threshold.value() / 100
        min_length = self.min_length.value()
        self.button.setEnabled(False)
        page.room.context.tasks.submit(
            lambda progress, cancel: suggest(
                peaks, duration, thumbs, threshold=threshold, min_length=min_length
            ),
            on_done=lambda found: self._found(run, found),
            on_error=lambda exc: self._failed(run, exc),
        )

    def _failed(self, run: int, exc: BaseException) -> None:
        if run == self._run:
            self.button.setEnabled(True)
            log.warning("suggestions failed", exc_info=exc)
            if isinstance(exc, UserFacingError):
                text = user_message(exc)
            else:
                text = self.tr(
                    "Chưa tìm được gợi ý cho video này. Các đoạn đã chọn vẫn giữ nguyên; "
                    "hãy chọn đoạn bằng phím I và O."
                )
            QMessageBox.warning(self, self.tr("Gợi ý đoạn cắt"), text)

    def _found(self, run: int, found) -> None:
        if run != self._run or self.page.project is None:
            return
        self.button.setEnabled(True)
        self.suggested = found
        self.showing = True
        timeline = self.page.timeline
        timeline.markers = [(s.start, s.end) for s in found.silences]
        timeline.scenes = list(found.scenes)
        timeline.update()
        self.button.setText(self.tr("Giữ %1 đoạn có tiếng").replace("%1", str(len(found.keep))))

    def accept(self) -> None:
        """Keep the speaking parts as the segments (one undo step); a scene change inside
        a kept part splits it there."""
        keep, scenes = list(self.suggested.keep), list(self.suggested.scenes)

        def change(p: Project) -> None:
            p.segments = []
            for a, b in keep:
                p.add_segment(a, b)
            for t in scenes:
                p.split_at(t)
            p.accepted = keep

        self.page.room.edit(self.tr("Giữ các đoạn gợi ý"), change)
        self.reset()
