"""Export: Excel/CSV of the whole catalog, or a Shopee / TikTok Shop bulk-upload sheet.

For a marketplace the platform's rules are checked first and every problem is
listed by product; the user can fix them, or export only the products that pass.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.catalog.io.exporter import export_catalog
from app.catalog.io.marketplace_export import export_marketplace
from app.catalog.io.snapshot import load_snapshot
from app.catalog.marketplace_rules import check_catalog
from app.i18n import QT_TRANSLATE_NOOP
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.ui.error_dialogs import show_exception
from app.ui.widgets.delayed_progress import run_with_progress

_T = "ExportDialog"  # translation context of self.tr() in this class
FORMATS = (
    ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel (.xlsx)")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (.csv)")),
    ("shopee", QT_TRANSLATE_NOOP("ExportDialog", "Shopee – đăng hàng loạt")),
    ("tiktok", QT_TRANSLATE_NOOP("ExportDialog", "TikTok Shop – đăng hàng loạt")),
)


class ExportDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất danh mục sản phẩm"))
        self.resize(760, 520)
        self.context = context
        self.violations = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Xuất ra:"), self))
        self.format_box = QComboBox(self)
        for key, text in FORMATS:
            self.format_box.addItem(self.tr(text), key)
        self.format_box.currentIndexChanged.connect(lambda _i: self.check_rules())
        row.addWidget(self.format_box, 1)
        layout.addLayout(row)
        self.with_photos = QCheckBox(
            self.tr("Kèm ảnh đã chuẩn bị cho sàn (vuông, nền trắng, ≤ 2 MB)"), self
        )
        self.with_photos.setChecked(True)
        self.with_photos.toggled.connect(lambda _v: self.check_rules())
        layout.addWidget(self.with_photos)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.violations_model = QStringListModel(self)
        self.violations_view = QListView(self)
        self.violations_view.setModel(self.violations_model)
        layout.addWidget(self.violations_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Đóng"), self)
        cancel.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("Xuất…"), self)
        self.export_button.setObjectName("Primary")
        self.export_button.clicked.connect(self._ask_and_export)
        buttons.addWidget(cancel)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.check_rules()

    @property
    def fmt(self) -> str:
        return self.format_box.currentData()

    def check_rules(self):
        fmt, prepared, sessions = self.fmt, self.with_photos.isChecked(), self.context.db.sessions
        self.with_photos.setVisible(fmt in ("shopee", "tiktok"))
        if fmt not in ("shopee", "tiktok"):
            self.violations = []
            self.summary.setText(
                self.tr(
                    "Mỗi phân loại là một dòng; sửa trong Excel rồi nhập lại sẽ cập nhật theo mã SKU."
                )
            )
            self.violations_model.setStringList([])
            return None

        def work(_progress, _cancel):
            with session_scope(sessions) as session:
                return check_catalog(load_snapshot(session), fmt, photos_prepared=prepared)

        return self.context.tasks.submit(
            work,
            kind="db",
            on_done=self._show_violations,
            on_error=lambda exc: show_exception(exc, self),
        )

    def _show_violations(self, violations) -> None:
        self.violations = violations
        products = len({v.product_id for v in violations})
        if violations:
            self.summary.setText(
                self.tr(
                    "%1 sản phẩm chưa đạt yêu cầu của sàn. Sửa theo danh sách, hoặc xuất "
                    "những sản phẩm đã đạt."
                ).replace("%1", str(products))
            )
        else:
            self.summary.setText(self.tr("Mọi sản phẩm đều đạt yêu cầu của sàn."))
        self.violations_model.setStringList(
            [v.render(QCoreApplication.translate) for v in violations]
        )

    def _ask_and_export(self) -> None:
        suffix = "csv" if self.fmt == "csv" else "xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp"), f"san-pham-{self.fmt}.{suffix}", f"*.{suffix}"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path):
        fmt, sessions = self.fmt, self.context.db.sessions
        store = MediaStore(self.context.paths) if self.with_photos.isChecked() else None

        def work(progress, cancel):
            with session_scope(sessions) as session:
                snapshots = load_snapshot(session)
            if fmt in ("xlsx", "csv"):
                return export_catalog(snapshots, path, progress=progress, cancel=cancel)
            return export_marketplace(
                snapshots,
                fmt,
                path,
                store=store,
                skip_invalid=True,
                progress=progress,
                cancel=cancel,
            )

        handle = run_with_progress(
            self.context.tasks,
            self,
            work,
            kind="work",
            on_done=self._exported,
            label=self.tr("Đang xuất…"),
        )
        return handle

    def _exported(self, _result) -> None:
        self.summary.setText(self.tr("Đã xuất xong."))
