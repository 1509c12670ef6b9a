"""Settings: language and the commune hub's address."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.i18n import LANGUAGES
from app.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cài đặt"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("settings_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        form.addRow(self.tr("Ngôn ngữ:"), self.language)
        self.hub_url = QLineEdit(settings.hub_url, self)
        self.hub_url.setObjectName("settings_hub_url")
        self.hub_url.setPlaceholderText("http://192.168.1.10:8765")
        form.addRow(self.tr("Địa chỉ máy chủ của xã:"), self.hub_url)
        # a placeholder this long was cut (and vanishes on typing): a hint line that stays
        hint = QLabel(self.tr("Ví dụ: http://192.168.1.10:8765 (hỏi cán bộ xã)"), self)
        hint.setObjectName("EmptyHint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply_to(self, settings: Settings) -> None:
        settings.language = self.language.currentData()
        settings.hub_url = self.hub_url.text().strip()
