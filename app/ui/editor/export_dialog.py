"""Export dialog: platform, mode in plain words, fit, folder and name, the platform's
rule problems with a fix, per-segment clips, progress with time left and Huỷ, then
"Xem", "Mở thư mục", "Gắn vào sản phẩm"."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.editor.export_job import ORIGINAL, default_file_name
from app.editor.export_process import export_in_child
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP
from app.ui.error_dialogs import user_message
from app.video.presets import check_platform, platform_advice, platforms

log = logging.getLogger(__name__)

MODES = (
    (
        "lossless",
        QT_TRANSLATE_NOOP("ExportDialog", "Nhanh"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Chép nguyên hình, xong trong vài giây; điểm cắt nhảy về khung khoá gần nhất.",
        ),
    ),
    (
        "smart",
        QT_TRANSLATE_NOOP("ExportDialog", "Chính xác"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Cắt đúng khung hình, chỉ mã hoá lại chỗ cắt; nhanh mà không lệch.",
        ),
    ),
    (
        "exact",
        QT_TRANSLATE_NOOP("ExportDialog", "Đầy đủ"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Mã hoá lại toàn bộ: cần khi đổi khổ 9:16, thêm chữ hoặc giá; chậm nhất.",
        ),
    ),
)
FITS = (
    ("pad-blur", QT_TRANSLATE_NOOP("ExportDialog", "Nền mờ")),
    ("pad-solid", QT_TRANSLATE_NOOP("ExportDialog", "Nền đơn sắc")),
    ("crop", QT_TRANSLATE_NOOP("ExportDialog", "Cắt khung")),
)


class ExportDialog(QDialog):
    def __init__(self, room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.project = room.project
        self.setWindowTitle(self.tr("Xuất video"))
        self.handle = None
        self.results = []
        tr = lambda text: QCoreApplication.translate("ExportDialog", text)  # noqa: E731
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.platform_box = QComboBox(self)
        for platform in platforms().values():
            self.platform_box.addItem(platform.label, platform.name)
        self.platform_box.addItem(self.tr("Chất lượng gốc"), ORIGINAL)
        index = self.platform_box.findData(self.project.platform or ORIGINAL)
        self.platform_box.setCurrentIndex(max(0, index))
        form.addRow(self.tr("Nền tảng"), self.platform_box)
        modes = QVBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for name, label, sentence in MODES:
            button = QRadioButton(f"{tr(label)} — {tr(sentence)}", self)
            self.mode_group.addButton(button)
            self.mode_buttons[name] = button
            modes.addWidget(button)
        self.mode_buttons.get(self.project.mode, self.mode_buttons["exact"]).setChecked(True)
        form.addRow(self.tr("Cách xuất"), modes)
        self.text_note = QLabel(self)
        self.text_note.setWordWrap(True)
        form.addRow("", self.text_note)
        self.fit_box = QComboBox(self)
        for name, label in FITS:
            self.fit_box.addItem(tr(label), name)
        self.fit_box.setCurrentIndex(max(0, self.fit_box.findData(self.project.fit)))
        form.addRow(self.tr("Khung dọc"), self.fit_box)
        self.center_note = QLabel(self)  # the crop centre is dragged in the room's preview
        self.center_note.setWordWrap(True)
        form.addRow("", self.center_note)
        self.fit_box.currentIndexChanged.connect(self._show_center)
        self._show_center()
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(Path(self.project.source).parent), self)
        folder_row.addWidget(self.folder_edit, 1)
        pick = QPushButton(self.tr("Chọn…"), self)
        pick.clicked.connect(self._pick_folder)
        folder_row.addWidget(pick)
        form.addRow(self.tr("Thư mục"), folder_row)
        self.name_edit = QLineEdit(self)
        form.addRow(self.tr("Tên tệp"), self.name_edit)
        self.each_box = QCheckBox(self.tr("Xuất mỗi đoạn thành một video riêng"), self)
        form.addRow("", self.each_box)
        layout.addLayout(form)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.problems)
        self.fix_button = QPushButton(self)
        self.fix_button.clicked.connect(self._fix)
        layout.addWidget(self.fix_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Xuất"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Huỷ"), self)
        self.cancel_button.clicked.connect(self._cancel)
        self.view_button = QPushButton(self.tr("Xem"), self)
        self.view_button.clicked.connect(self._view)
        self.folder_button = QPushButton(self.tr("Mở thư mục"), self)
        self.folder_button.clicked.connect(self._open_folder)
        self.attach_button = QPushButton(self.tr("Gắn vào sản phẩm"), self)
        self.attach_button.clicked.connect(self.attach)
        for button in (self.view_button, self.folder_button, self.attach_button):
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.platform_box.currentIndexChanged.connect(self.update_state)
        self.mode_group.buttonToggled.connect(lambda *_: self.update_state())
        self.update_state()

    # --- state -------------------------------------------------------------------
    def _show_center(self) -> None:
        x, y = getattr(self.project, "center", (0.5, 0.5)) or (0.5, 0.5)
        cropping = self.fit_box.currentData() == "crop"
        fit = self.fit_box.currentData()
        if self.project.fit != fit:
            # the room's preview shows (or hides) the crop window to drag: keep it in step
            # (one undo step, as the same choice under the preview is)
            self.room.edit(self.tr("Đổi khung dọc"), lambda p: setattr(p, "fit", fit))
        self.center_note.setVisible(cropping)
        self.center_note.setText(
            self.tr("Tâm khung cắt: %1% từ trái, %2% từ trên (kéo trong khung xem trước để dời).")
            .replace("%1", f"{x * 100:.0f}")
            .replace("%2", f"{y * 100:.0f}")
        )

    def platform(self) -> str:
        return self.platform_box.currentData()

    def mode(self) -> str:
        return next(n for n, b in self.mode_buttons.items() if b.isChecked())

    def update_state(self) -> None:
        project = self.project
        page_platform = self.room.page.platform_box
        if page_platform.currentData() != self.platform():
            # the room's total line and lossless lead-ins follow the platform chosen here
            page_platform.setCurrentIndex(max(0, page_platform.findData(self.platform())))
        sku = getattr(self.room.page, "product_sku", "") or Path(project.source).stem
        self.name_edit.setText(default_file_name(sku, self.platform()))
        has_text = project.has_text()  # the same rule as Project.export_is_exact
        needs_exact = has_text or self.platform() != ORIGINAL
        if needs_exact and not self.mode_buttons["exact"].isChecked():
            self.mode_buttons["exact"].setChecked(True)
        self.text_note.setText(
            self.tr(
                "Có chữ trên video hoặc đổi khổ cho nền tảng: chỉ chế độ Đầy đủ vẽ được, "
                "đã tự chọn Đầy đủ."
            )
            if needs_exact
            else ""
        )
        if project.mode != self.mode():
            # the room's timeline shows where a "Nhanh" cut really starts: keep it in step
            project.mode = self.mode()
            self.room.page.refresh()
            self.room.schedule_save()
        self.problems.setText("")
        self.fix_button.hide()
        spec = platforms().get(self.platform())
        if spec is None:
            return
        total = project.total()
        problems = check_platform(spec, total)
        advice = platform_advice(spec, total)
        self.problems.setText("\n".join(a.message for a in advice) or "\n".join(problems))
        trim = next((a.trim_s for a in advice if a.trim_s), None)
        if trim:
            self.excess = trim
            self.fix_button.setText(
                self.tr("Cắt bớt %1 giây").replace(
                    "%1", f"{trim:.0f}" if trim >= 1 else f"{trim:.1f}"
                )
            )
            self.fix_button.show()
        self.export_button.setEnabled(not problems and bool(project.segments))

    def _fix(self) -> None:
        """Trim the excess off the end of the last segments."""
        excess = getattr(self, "excess", 0.0) + 0.01

        def trim(p) -> None:
            left = excess
            while left > 0 and p.segments:
                last = p.segments[-1]
                if last.duration > left + 0.1:
                    p.set_edge(len(p.segments) - 1, end=last.end - left)
                    left = 0
                else:
                    left -= last.duration
                    p.delete(len(p.segments) - 1)

        self.room.edit(self.tr("Cắt bớt cho vừa nền tảng"), trim)
        self.update_state()

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    # --- running -----------------------------------------------------------------
    def request(self):
        folder = Path(self.folder_edit.text())
        each = self.each_box.isChecked()
        target = folder / self.name_edit.text()  # per segment: <name>-<n>.mp4 beside it
        self.project.fit = self.fit_box.currentData()
        self.project.mode = self.mode()
        return self.room.export_request(target, self.platform(), self.mode(), each_segment=each)

    def start(self) -> None:
        request = self.request()
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.started = time.monotonic()
        finished = self._finished = []

        def export(progress, cancel):
            # in a process of its own: the export's threads never hold this process's GIL
            results = export_in_child(request, progress, cancel)
            finished.append(results)  # done before Huỷ reached it: the file is there
            return results

        self.handle = self.room.context.tasks.submit(
            export,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            label=self.tr("Đang xuất video"),
        )

    def _progress(self, fraction: float, _text: str) -> None:
        self.progress.setValue(round(fraction * 1000))
        elapsed = time.monotonic() - self.started
        if fraction > 0.02:
            left = elapsed / fraction * (1 - fraction)
            self.status.setText(self.tr("Còn khoảng %1 giây").replace("%1", f"{left:.0f}"))

    def _done(self, results) -> None:
        self.handle = None
        self.results = results
        self.progress.setValue(1000)
        notes = [n for r in results for n in r.notes]
        self.status.setText(
            self.tr("Xong: %1").replace("%1", ", ".join(Path(r.output).name for r in results))
            + ("\n" + "\n".join(notes) if notes else "")
        )
        self.view_button.show()
        self.folder_button.show()
        self.attach_button.setVisible(bool(self.project.product_id))
        self.cancel_button.setText(self.tr("Đóng"))

    def _failed(self, exc) -> None:
        self.handle = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        log.warning("export failed", exc_info=exc)
        if isinstance(exc, UserFacingError):  # disk full, file gone…: says what to do
            self.status.setText(user_message(exc))
        else:
            self.status.setText(
                self.tr(
                    "Chưa xuất được video do lỗi trong máy. Video gốc và các đoạn đã chọn "
                    "vẫn giữ nguyên; hãy thử lại hoặc chọn cách xuất Đầy đủ."
                )
            )

    def _cancelled(self) -> None:
        if getattr(self, "_finished", None):
            self._done(self._finished[0])  # Huỷ came as the last frame was written: say so
            return
        self.handle = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Đã huỷ; không để lại tệp dở dang."))

    def _cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        else:
            self.reject()

    def _view(self) -> None:
        if self.results:
            self.room._open_from_ui(Path(self.results[0].output))
            self.accept()

    def _open_folder(self) -> None:
        if self.results:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.results[0].output).parent)))

    def attach(self) -> None:
        """Add each exported clip to the linked product's media (one click)."""
        from app.catalog.videos import attach_video
        from app.store.engine import session_scope
        from app.store.media import MediaStore
        from app.video.probe import probe

        product_id = self.project.product_id
        if not product_id or not self.results:
            return
        store = MediaStore(self.room.context.paths)
        with session_scope(self.room.context.db.sessions) as session:
            for result in self.results:
                info = probe(result.output, scan=False)
                attach_video(
                    session,
                    store,
                    product_id,
                    Path(result.output),
                    duration_ms=round(info.duration * 1000),
                    width=info.width,
                    height=info.height,
                )
        self.attach_button.setEnabled(False)
        self.status.setText(self.status.text() + "\n" + self.tr("Đã gắn vào sản phẩm."))
