"""Qt's own file dialog (used on Linux; Windows shows its native one) speaks Vietnamese."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton


def test_qt_file_dialog_is_in_vietnamese(studio, qtbot):
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Mở", "Huỷ"} <= buttons
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    tooltips = {w.toolTip() for w in dialog.findChildren(QPushButton.__base__)}
    assert "Tạo thư mục mới" in tooltips or "Tạo một thư mục mới" in tooltips
