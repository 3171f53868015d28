"""Helpers for the back-office page tests: a context on the test store, typing, answering dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from charitymart.ui.messages import install_translators, remove_translators
from charitymart.ui.office.context import OfficeContext

LEFT_OPEN_MS = 5000


@pytest.fixture
def english(qapp):
    """English as the app installs it, with its plural forms ("3 problems", "1 page")."""
    installed = install_translators(qapp, "en")
    yield installed
    remove_translators(qapp, installed)


def office_context(store, actor, language="en") -> OfficeContext:
    return OfficeContext(store, actor, language, "CNY")


def type_text(widget, text):
    """Type any text, Chinese too, as key presses (QTest's keyClicks handles ASCII only)."""
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def type_enter(qtbot, widget, text):
    type_text(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def answer(parent, cls, handler, tries=100):
    """Run `handler(dialog)` once a modal `cls` dialog under `parent` is showing and active."""
    def check(left=tries):
        dialog = next((w for w in parent.findChildren(cls) if w.isVisible()), None)
        if dialog is None or QApplication.activeWindow() is not dialog:
            if left:
                QTimer.singleShot(20, lambda: check(left - 1))
            return
        try:
            handler(dialog)
        except BaseException:
            dialog.reject()
            raise
        QTimer.singleShot(LEFT_OPEN_MS, lambda: close_if_open(dialog))
    QTimer.singleShot(20, check)


def close_if_open(dialog):
    """A handler that leaves its dialog open would block the test forever: close it and fail."""
    try:
        still_open = dialog.isVisible()
    except RuntimeError:  # already deleted
        return
    if still_open:
        dialog.reject()
        raise AssertionError(f"{type(dialog).__name__} was left open")
