"""Shared by the back-office stock tests: an English office context on the test store, and waits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from charitymart.ui.messages import install_translators, remove_translators
from charitymart.ui.office.context import OfficeContext


@pytest.fixture
def english(qapp):
    """English on screen as the app installs it (with its plural forms, "1 item"), whatever
    translators earlier tests left installed."""
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    installed = install_translators(qapp, "en")
    yield installed
    remove_translators(qapp, installed)


def office(store, actor) -> OfficeContext:
    return OfficeContext(handle=store, actor=actor, language="en", currency="CNY")


def settle(qtbot, page) -> None:
    """Let every read the page started finish and reach the screen."""
    timer = getattr(page, "detail_timer", None)
    if timer is not None:  # the items page loads the chosen item once the choice rests
        qtbot.waitUntil(lambda: not timer.isActive(), timeout=5000)
    for _ in range(4):  # a delivered result may start the next read (a page after a reload)
        assert page.queue.wait(5000)
        qtbot.wait(1)
