"""The trainer's report of a take: a preview, then saved as HTML or PDF (the core writes it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.rehearsal import report
from app.rehearsal.review import Comparison, TakeReview
from app.ui.error_dialogs import show_exception


def chart_image(review: TakeReview) -> QImage:
    """The report's SVG chart as an image (Qt's rich text cannot draw inline SVG)."""
    renderer = QSvgRenderer(QByteArray(report.chart_svg(review).encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


class ReportDialog(QDialog):
    def __init__(
        self, review: TakeReview, comparison: Comparison | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.review = review
        self.comparison = comparison
        self.setWindowTitle(self.tr("Báo cáo cho giảng viên"))
        self.resize(820, 640)
        self.browser = QTextBrowser()
        image = chart_image(review)
        self.browser.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), image
        )
        chart = f'<img src="chart.png" width="{image.width()}" height="{image.height()}">'
        self.browser.setHtml(
            report.render_html(
                review, comparison=comparison, translate=QCoreApplication.translate, chart=chart
            )
        )
        self.html_button = QPushButton(self.tr("Lưu HTML…"))
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        close = QPushButton(self.tr("Đóng"))
        self.html_button.clicked.connect(lambda: self._save("html"))
        self.pdf_button.clicked.connect(lambda: self._save("pdf"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.html_button, self.pdf_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)

    def save_to(self, target: Path) -> Path:
        """Write the report (the suffix picks HTML or PDF)."""
        writer = report.write_pdf if target.suffix.lower() == ".pdf" else report.write_html
        return writer(
            self.review, target, comparison=self.comparison, translate=QCoreApplication.translate
        )

    def _save(self, kind: str) -> None:
        default = f"bao-cao-buoi-tap-{self.review.take_id[:8]}.{kind}"
        pattern = self.tr("Trang web (*.html)") if kind == "html" else self.tr("PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), default, pattern)
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != f".{kind}":
            target = target.with_suffix(f".{kind}")
        try:
            self.save_to(target)
        except Exception as exc:  # a full disk or a read-only folder: say so
            show_exception(exc, self)
