"""Big, icon-led navigation down the left edge: one button per room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.ui.icons import icon
from app.ui.shell.rooms import ROOMS

NAV_WIDTH = 164
ICON_SIZE = 48


class NavigationBar(QWidget):
    room_chosen = Signal(str)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(NAV_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(8)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for spec in ROOMS:
            title = QCoreApplication.translate("rooms", spec.title)
            button = self._make_button(spec.icon, title)
            button.setCheckable(True)
            button.setShortcut(QKeySequence(spec.shortcut))
            button.setToolTip(f"{title} ({spec.shortcut})")
            button.setObjectName(f"nav_{spec.key}")
            button.clicked.connect(lambda _checked=False, key=spec.key: self.room_chosen.emit(key))
            self._group.addButton(button)
            self.buttons[spec.key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        settings = self._make_button("settings", self.tr("Cài đặt"))
        settings.setObjectName("nav_settings")
        settings.clicked.connect(self.settings_requested)
        layout.addWidget(settings)
        self.settings_button = settings

    def _make_button(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(ICON_SIZE + 44)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def select(self, key: str) -> None:
        self.buttons[key].setChecked(True)
