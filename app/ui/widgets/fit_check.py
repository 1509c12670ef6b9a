"""Find what does not fit: widgets past their window, texts past their control.

Used by the fit tests (tests/ui/test_fit_*.py) and by build/screenshots.py, so
a screenshot run says in words what a person would see cut off.

Two checks:

* ``widgets_past_window``: every visible widget, mapped to its top-level window,
  must lie inside it. Widgets inside a scroll area's viewport may be scrolled
  out of sight (that is what scrolling is for) and are skipped; the scroll area
  itself must fit.
* ``texts_past_control``: the text of every visible button, tab and non-wrapping
  label must fit the control's content rect, measured with the control's own
  font — including the marks Vietnamese stacks above capitals (Ả, Ẩ, Ỗ), which
  reach higher than the font's ascent in many fonts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionTab,
    QTabBar,
    QToolButton,
    QWidget,
)  # fmt: skip

STACKED_MARKS = "ẢẨỖẾỸ"  # the tallest Vietnamese capitals: a hook or tilde over a circumflex
SLACK = 1  # px: rounding of fractional metrics


@dataclass(frozen=True)
class Misfit:
    widget: QWidget
    what: str

    def __str__(self) -> str:
        name = self.widget.objectName() or type(self.widget).__name__
        return f"{name}: {self.what}"


def _visible_descendants(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window) and w.isVisible()]


def _in_scrolled_viewport(widget: QWidget, window: QWidget) -> bool:
    """True when the widget lives inside some scroll area's viewport (it may be scrolled away)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _is_internal(widget: QWidget) -> bool:
    """Qt's own helper children (scroll buttons of a tab bar, a combo's popup parts...)."""
    name = widget.objectName()
    return name.startswith("qt_") or widget.isWindow()


def widgets_past_window(window: QWidget) -> list[Misfit]:
    bounds = window.rect()
    found = []
    for widget in _visible_descendants(window):
        if _is_internal(widget) or _in_scrolled_viewport(widget, window):
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            found.append(
                Misfit(
                    widget,
                    f"{rect.x()},{rect.y()} {rect.width()}×{rect.height()} past the window "
                    f"{bounds.width()}×{bounds.height()}",
                )
            )
    return found


# -- text inside controls ----------------------------------------------------------------


def _glyph_box(metrics: QFontMetrics, text: str) -> tuple[int, int]:
    """(width, height) the text needs when laid out on one line, marks included."""
    width = metrics.horizontalAdvance(text)
    ink = metrics.boundingRect(text + STACKED_MARKS)  # relative to the baseline
    line_top = -metrics.ascent()
    top = min(ink.top(), line_top)
    bottom = max(ink.bottom() + 1, metrics.descent())
    return width, bottom - top


def _lines(text: str) -> list[str]:
    return [line for line in text.replace("&&", "\0").replace("&", "").split("\n")] or [""]


def _button_misfit(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text.strip():
        return None
    metrics = button.fontMetrics()
    hint = button.sizeHint()
    # A layout squeezed a button below the size its text asks for: Qt then cuts both ends.
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton)) and (
        button.width() + SLACK < hint.width()
    ):
        return f"text {text!r} needs {hint.width()} px, has {button.width()}"
    if isinstance(button, QToolButton):
        style_text_only = button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
        if button.width() + SLACK < hint.width() and (style_text_only or button.icon().isNull()):
            return f"text {text!r} needs {hint.width()} px, has {button.width()}"
    content = button.contentsRect()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = text
        option.icon = button.icon()
        option.iconSize = button.iconSize()
        content = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
    needed_w, needed_h = _glyph_box(metrics, max(_lines(text), key=metrics.horizontalAdvance))
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    ):
        needed_h += button.iconSize().height()
        if needed_w > button.width() + SLACK:
            return f"text {text!r} is {needed_w} px wide, the button {button.width()}"
        return None
    if needed_h > content.height() + SLACK and needed_h > button.height():
        return f"text {text!r} is {needed_h} px tall with its marks, the control {button.height()}"
    return None


def _tab_text_rect(bar: QTabBar, index: int, *, selected: bool) -> QRect:
    option = QStyleOptionTab()
    option.initFrom(bar)
    option.rect = bar.tabRect(index)
    option.text = bar.tabText(index)
    option.shape = bar.shape()
    option.documentMode = bar.documentMode()
    option.state = option.state | QStyle.StateFlag.State_Selected if selected else option.state
    if not selected:
        option.state = option.state & ~QStyle.StateFlag.State_Selected
    rect = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
    if not selected:  # QTabBar paints unselected tabs this much lower inside the same clip
        shift = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, option, bar)
        rect = rect.intersected(option.rect.adjusted(0, shift, 0, 0))
    return rect


def _tab_misfits(bar: QTabBar) -> list[Misfit]:
    found = []
    metrics = bar.fontMetrics()
    hspace = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index).replace("&", "")
        rect = bar.tabRect(index)
        width, height = _glyph_box(metrics, text)
        icon = bar.iconSize().width() + 4 if not bar.tabIcon(index).isNull() else 0
        # tabSizeHint gives the text hspace/2 on each side; less than half of that is a cut
        if width + icon + hspace // 2 > rect.width() + SLACK:
            found.append(Misfit(bar, f"tab {text!r} needs {width + icon} px, has {rect.width()}"))
        # Qt draws the label clipped to the style's text rect, which for an unselected tab is
        # shifted down (PM_TabBarTabShiftVertical): that is how "Ảnh" lost its hook ("Anh")
        text_rect = _tab_text_rect(bar, index, selected=False)
        if height > text_rect.height() + SLACK:
            found.append(
                Misfit(
                    bar,
                    f"tab {text!r} is {height} px tall with its marks, its text rect "
                    f"{text_rect.height()}",
                )
            )
    return found


def _looks_rich(text: str) -> bool:
    # what Qt::mightBeRichText checks first (PySide6 does not expose it)
    head = text.lstrip()[:40].lower()
    return head.startswith("<") and ">" in head


def _label_misfit(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _looks_rich(text)
    ):
        return None  # rich text lays itself out; its size hint is checked below
    rect = label.contentsRect()
    margin = label.margin() + max(label.indent(), 0)
    rect = rect.adjusted(margin, margin, -margin, -margin)
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text {text[:40]!r} needs {needed} px height, has {label.height()}"
        return None
    lines = text.split("\n")
    widest = max(lines, key=metrics.horizontalAdvance)
    width, height = _glyph_box(metrics, widest)
    height += (len(lines) - 1) * metrics.lineSpacing()
    if width > rect.width() + SLACK:
        return f"text {widest[:60]!r} is {width} px wide, the label {rect.width()}"
    if height > rect.height() + 2 * SLACK + 2:
        return f"text {widest[:60]!r} is {height} px tall with its marks, the label {rect.height()}"
    return None


def _is_internal_edit(edit: QLineEdit) -> bool:
    return edit.parentWidget() is not None and isinstance(
        edit.parentWidget(), (QAbstractSpinBox, QComboBox)
    )


def _line_edit_misfit(edit: QLineEdit) -> str | None:
    """A placeholder is the hint a new user reads; Qt cuts it silently when the field is short."""
    hint = edit.placeholderText()
    if not hint or edit.text():
        return None
    room = edit.contentsRect().width() - 8  # Qt's horizontal text margins inside a frame
    width = edit.fontMetrics().horizontalAdvance(hint)
    if width > room + SLACK:
        return f"placeholder {hint[:60]!r} is {width} px wide, the field {room}"
    return None


def _header_misfits(header: QHeaderView) -> list[Misfit]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        width = metrics.horizontalAdvance(text) + 8
        if width > header.sectionSize(section) + SLACK:
            found.append(
                Misfit(
                    header, f"column {text!r} needs {width} px, has {header.sectionSize(section)}"
                )
            )
    return found


def texts_past_control(window: QWidget) -> list[Misfit]:
    found: list[Misfit] = []
    for widget in _visible_descendants(window):
        if isinstance(widget, QTabBar):  # a QTabWidget's bar is named "qt_tabwidget_tabbar"
            found.extend(_tab_misfits(widget))
            continue
        if isinstance(widget, QHeaderView):
            found.extend(_header_misfits(widget))
            continue
        if _is_internal(widget):
            continue
        problem = None
        if isinstance(widget, QAbstractButton):
            problem = _button_misfit(widget)
        elif isinstance(widget, QLabel):
            problem = _label_misfit(widget)
        elif isinstance(widget, QLineEdit) and not _is_internal_edit(widget):
            problem = _line_edit_misfit(widget)
        if problem:
            found.append(Misfit(widget, problem))
    return found


def report(misfits: list[Misfit]) -> str:
    return "\n".join(f"  - {m}" for m in misfits)
