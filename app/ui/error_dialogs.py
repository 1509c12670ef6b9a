"""Show problems: a plain sentence for known ones, the trace for bugs (which are also logged)."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import UserFacingError, classify

log = logging.getLogger(__name__)


def user_message(exc: UserFacingError) -> str:
    return exc.message.render(QCoreApplication.translate)


def show_exception(exc: BaseException, parent: QWidget | None = None) -> None:
    known = classify(exc)
    parent = parent or QApplication.activeWindow()
    if known is not None:
        log.info("user-facing problem: %s", known)
        QMessageBox.warning(
            parent, QCoreApplication.translate("errors", "Có vấn đề"), user_message(known)
        )
        return
    trace = "".join(traceback.format_exception(exc))
    log.error("unexpected error\n%s", trace)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Lỗi không mong muốn"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Ứng dụng gặp lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Hãy chụp màn hình "
            "này gửi cho người hỗ trợ, rồi thử lại.",
        )
    )
    box.setDetailedText(trace)
    box.exec()


def install_excepthook() -> None:
    """Bugs in slots end up here instead of killing the app silently."""
    import sys

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_exception(exc)

    sys.excepthook = hook


def damaged_database_box(problem: str, backup_name: str, parent: QWidget | None = None):
    """The question asked when the database is damaged: open the newest backup?"""
    from app import APP_NAME

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(problem)
    box.setInformativeText(
        QCoreApplication.translate("startup", "Mở bản sao lưu gần nhất (%1)?").replace(
            "%1", backup_name
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("startup", "Mở bản sao lưu")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("startup", "Thoát")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box
