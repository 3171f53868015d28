"""The back-office window: who is logged in and the way back to the counter on top, the
areas' pages listed on the left, the chosen page on the right.

Areas (charitymart/ui/office/areas.py) are imported only when the back office opens. An area
whose module is not installed in this build is logged and left out, so the other areas still
work; any other error in an area is a real bug and is not hidden.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from charitymart.ui.office.areas import AREAS
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.labels import role_text
from charitymart.ui.office.shared.print_hooks import connect_print_hooks

log = logging.getLogger(__name__)

NAV_STYLE = """
QListWidget { font-size: 17pt; background: #23313f; color: white; border: none; outline: none; }
QListWidget::item { padding: 14px 12px; border-bottom: 1px solid #34495e; }
QListWidget::item:selected { background: #ffe08a; color: black; font-weight: bold; }
"""


class CurrentPageStack(QStackedWidget):
    """A stack as large as the page it shows, not as its largest page: one tall page must not
    make every page (and the window) taller than a 1366x768 or 1280x720 screen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout().setSizeConstraint(QLayout.SetNoConstraint)
        self.currentChanged.connect(lambda _row: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, _width: int) -> int:
        """The page's minimum height: the scroller asks this (the stack's layout wraps text), and
        the page's preferred height for its width would give every page a scroll bar."""
        return self.minimumSizeHint().height()


def page_scroller(stack: QStackedWidget) -> QScrollArea:
    """On a screen smaller than a page needs, the page scrolls; the window keeps the screen's size."""
    scroller = QScrollArea()
    scroller.setObjectName("PageScroller")
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.NoFrame)
    scroller.setWidget(stack)
    return scroller


def load_pages(context: OfficeContext, areas: Iterable[str] = AREAS) -> list[QWidget]:
    """Every page of every area that is installed, in the areas' order."""
    pages: list[QWidget] = []
    for name in areas:
        try:
            module = importlib.import_module(name)
        except ImportError:
            log.warning("back-office area %s is not installed: left out", name, exc_info=True)
            continue
        pages.extend(module.pages(context))
    return pages


class OfficeShell(QWidget):
    closed = Signal()  # "Back to the counter": the window shows the counter's login again

    def __init__(self, context: OfficeContext, parent=None, *, areas: Iterable[str] = AREAS):
        super().__init__(parent)
        self.context = context
        # The jobs' results are delivered by a timer of the queue: it must die with the pages.
        context.jobs.setParent(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.who = QLabel()
        self.who.setStyleSheet("font-size: 16pt;")
        self.back = QPushButton()
        self.back.setStyleSheet("font-size: 16pt; padding: 8px 18px;")
        self.back.clicked.connect(self.back_to_counter)
        QShortcut(QKeySequence("F10"), self, context=Qt.WidgetWithChildrenShortcut, activated=self.back_to_counter)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.who)
        top.addSpacing(16)
        top.addWidget(self.back)

        self.nav = QListWidget()
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFixedWidth(270)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.pages = CurrentPageStack()
        for page in load_pages(context, areas):
            connect_print_hooks(page, context)
            self.pages.addWidget(page)
            self.nav.addItem(page.windowTitle())
        self.nav.currentRowChanged.connect(self.show_page)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.nav)
        self.scroller = page_scroller(self.pages)
        body.addWidget(self.scroller, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        banner = QHBoxLayout()
        banner.setContentsMargins(16, 4, 16, 8)
        banner.addLayout(top)
        layout.addLayout(banner)
        layout.addLayout(body, 1)
        self.retranslate()
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Back office"))
        self.who.setText(self.tr("Logged in: {name} ({role})").format(
            name=self.context.actor.name, role=role_text(self.context.actor.role)))
        self.back.setText(self.tr("Back to the counter (F10)"))
        for row in range(self.pages.count()):
            self.nav.item(row).setText(self.pages.widget(row).windowTitle())

    def page_titles(self) -> list[str]:
        return [self.nav.item(row).text() for row in range(self.nav.count())]

    def show_page(self, row: int) -> None:
        """Show a page; a page with a `refresh()` gets fresh figures each time it is shown."""
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        page = self.pages.widget(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def open_page(self, title: str) -> QWidget:
        """Show the page with this navigation label (tests, links between pages)."""
        row = self.page_titles().index(title)
        self.nav.setCurrentRow(row)
        return self.pages.widget(row)

    def back_to_counter(self) -> None:
        self.closed.emit()
