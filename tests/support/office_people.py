"""Helpers for the households, volunteers and clock-panel tests: an OfficeContext on the test
store, answering modal dialogs, waiting for background lists."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from charitymart.services.users.session import login_at_till
from charitymart.ui import messages
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.theme import load_fonts
from tests.support import factories

MANAGER_PIN = "5555"
CASHIER_PIN = "1234"
LEFT_OPEN_MS = 5000
# Resident ID numbers with correct check digits (made up, not real people).
GOOD_ID = "110105194912310011"
OTHER_GOOD_ID = "510104199001011230"
BAD_ID = "110105194912310012"  # last digit wrong


def office_context(store, admin, role="manager", language="en") -> OfficeContext:
    pin = {"manager": MANAGER_PIN, "cashier": CASHIER_PIN}[role]
    factories.add_user(store, admin, {"manager": "李经理", "cashier": "王阿姨"}[role], role, pin)
    actor = login_at_till(store.sessions, "T1", pin)
    app = QApplication.instance()
    load_fonts(app)
    app._charitymart_translators = messages.install_translators(app, language)
    return OfficeContext(handle=store, actor=actor, language=language, currency="CNY")


def answer(parent, cls, handler, tries=150):
    """Run `handler(dialog)` once a modal `cls` dialog under `parent` is showing (it blocks the test)."""
    def check(left=tries):
        dialog = next((w for w in parent.findChildren(cls) if w.isVisible()), None)
        if dialog is None:
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
    try:
        still_open = dialog.isVisible()
    except RuntimeError:  # already deleted
        return
    if still_open:
        dialog.reject()
        raise AssertionError(f"{type(dialog).__name__} was left open")


def loaded(context, qtbot):
    """Let the page's background list load arrive on the GUI thread."""
    assert context.jobs.wait(10000)
    qtbot.wait(10)


def table_texts(model) -> list[tuple[str, ...]]:
    return list(model.rows)
