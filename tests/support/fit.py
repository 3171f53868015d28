"""Does a window fit its screen? Every visible button inside the window's visible area, and no
table header cut so that its words are lost (they fit, or are elided with the whole text as a
tooltip). Used by the screen-size tests (tests/ui/test_fits_small_screens.py)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QScrollArea,
    QWidget,
)

PAGE_SCROLLER = "PageScroller"  # charitymart.ui.office.shell.page_scroller
HEADER_PADDING = 12  # a header section's frame and margins around its text (Fusion: ~10 px)


def _label(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {text!r}" if text else f"{type(widget).__name__} {widget.objectName()!r}"


def _is_shown(widget: QWidget, window: QWidget) -> bool:
    while widget is not None and widget is not window:
        if widget.isHidden():
            return False
        widget = widget.parentWidget()
    return widget is window


def _scrolls_to(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area a page has on purpose (a long form, a preview), which can bring it
    into view. The back office's page scroller is not one: a page that needs it does not fit."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.objectName() != PAGE_SCROLLER:
            return True
        parent = parent.parentWidget()
    return False


def scrolled_pages(window: QWidget) -> list[str]:
    """The back office's page scroller shows a scroll bar: the page is larger than the screen."""
    problems = []
    for scroller in window.findChildren(QScrollArea, PAGE_SCROLLER):
        if not _is_shown(scroller, window):
            continue
        stack = scroller.widget()
        page = stack.currentWidget() if hasattr(stack, "currentWidget") else stack
        needed, room = page.minimumSizeHint(), scroller.viewport().size()
        bars = scroller.verticalScrollBar().isVisible() or scroller.horizontalScrollBar().isVisible()
        if needed.width() > room.width() or needed.height() > room.height() or bars:
            problems.append(f"{type(page).__name__} needs {needed.width()}x{needed.height()}, "
                            f"has {room.width()}x{room.height()}")
    return problems


def visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` not clipped by its ancestors, in window coordinates."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def cut_buttons(window: QWidget) -> list[str]:
    """Buttons shown but (partly) outside the window or clipped by a parent that cannot scroll."""
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not _is_shown(button, window) or button.width() == 0 or isinstance(button.parentWidget(), QHeaderView):
            continue
        if _in_item_view(button, window):
            continue  # the view's own scroll bars reach it
        whole = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        seen = visible_rect(button, window)
        if seen != whole and not _scrolls_to(button, window):
            problems.append(f"{_label(button)} at {whole.getRect()} shows only {seen.getRect()}")
    return problems


def _in_item_view(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def cut_headers(window: QWidget) -> list[str]:
    """Table columns whose header words don't fit and are not elided with the whole as a tooltip,
    and columns a table cannot scroll to."""
    problems = []
    for view in window.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if header is None or not _is_shown(view, window) or view.model() is None:
            continue
        header = header()
        if header.isHidden():
            continue
        metrics = header.fontMetrics()
        model = view.model()
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            text = model.headerData(column, Qt.Horizontal, Qt.DisplayRole)
            if not text:
                continue
            needed = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + HEADER_PADDING
            width = header.sectionSize(column)
            tooltip = model.headerData(column, Qt.Horizontal, Qt.ToolTipRole)
            if width < needed and not (header.textElideMode() != Qt.ElideNone and tooltip):
                problems.append(f"{type(view).__name__} column {text!r}: {width} px for {needed} px of words")
        if isinstance(view, QAbstractScrollArea) and view.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff:
            hidden = header.length() - view.viewport().width()
            if hidden > 2:
                problems.append(f"{type(view).__name__}: {hidden} px of columns cut off with no scroll bar")
    return problems


def misfits(window: QWidget, size: tuple[int, int]) -> list[str]:
    """Everything that does not fit `window` shown at `size`."""
    problems = []
    if (window.width(), window.height()) != size:
        hint = window.minimumSizeHint()
        problems.append(f"the window needs {window.width()}x{window.height()} (minimum {hint.width()}x"
                        f"{hint.height()}), not {size[0]}x{size[1]}")
    return problems + scrolled_pages(window) + cut_buttons(window) + cut_headers(window)
