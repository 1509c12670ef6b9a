"""Put a page in a scroll area so a small window scrolls the page instead of cutting it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(
    page: QWidget, parent: QWidget | None = None, *, horizontal: bool = False
) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if horizontal
        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    area.setWidget(page)
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    return area
