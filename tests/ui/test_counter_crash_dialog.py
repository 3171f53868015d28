"""The crash dialog: an error escaping a slot (or a thread) is logged and explained, and the till
carries on with the basket intact. Also the rotating log file."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charitymart import logging_setup, paths
from charitymart.db.models import ParkedBasket
from charitymart.ui import crash
from charitymart.ui.app import build_window
from tests.support import factories

RICE, OIL = "6901234567892", "6920000000012"


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


@pytest.fixture
def logged(home):
    path = logging_setup.setup_logging()
    yield path
    root = logging.getLogger()
    root.removeHandler(logging_setup._handler)
    logging_setup._handler.close()
    logging_setup._handler = None


@pytest.fixture
def window(store, qtbot, logged):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE), 20)
        factories.add_lot(s, factories.add_item(s, name="食用油 1L", price=1850, barcode=OIL), 20)
    win = build_window(store, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    type_enter(qtbot, win.login_page.pin, "9999")
    type_enter(qtbot, win.float_page.amount, "0")
    handler = crash.install(win)
    yield win
    handler.uninstall()


def back_at_scan(qtbot, window):
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window
                    and QApplication.focusWidget() is window.sale_page.scan)


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_the_dialog_and_the_till_carries_on(window, store, qtbot, logged):
    page = window.sale_page
    type_enter(qtbot, page.scan, "2*" + RICE)

    def broken_reprint():
        raise RuntimeError("printer driver exploded")

    page.actions["F4"] = broken_reprint
    qtbot.keyClick(page.scan, Qt.Key_F4)  # the exception escapes the shortcut's slot

    dialog = crash._installed.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert str(logged) in dialog.where.text()
    assert "RuntimeError" in dialog.what.text() and "Traceback" not in dialog.what.text()
    assert "printer driver exploded" in logged.read_text(encoding="utf-8")

    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.close_button, Qt.Key_C, Qt.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "printer driver exploded" in copied and "Traceback" in copied and str(logged) in copied
    qtbot.keyClick(dialog.close_button, Qt.Key_Escape)
    assert not dialog.isVisible()
    back_at_scan(qtbot, window)

    # The basket survived and was saved; the till keeps selling.
    with store.sessions() as s:
        assert s.scalar(select(ParkedBasket.kind)) == "open"
    type_enter(qtbot, page.scan, OIL)
    assert [(l.name, l.quantity) for l in window.controller.basket.lines] == [("大米 5kg", 2), ("食用油 1L", 1)]


@pytest.mark.qt_no_exception_capture
def test_error_in_a_background_thread_reaches_the_dialog(window, qtbot, logged):
    worker = threading.Thread(target=lambda: 1 / 0, name="receipt-printer")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash._installed.dialog is not None and crash._installed.dialog.isVisible())
    dialog = crash._installed.dialog
    assert "ZeroDivisionError" in dialog.what.text()
    assert "receipt-printer" in dialog.details_text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.close_button, Qt.Key_Return)  # Enter closes too
    back_at_scan(qtbot, window)


def test_log_file_rotates_in_the_log_folder(home):
    path = logging_setup.setup_logging(debug=True)
    try:
        assert path.parent == paths.log_dir() and path.name == "charitymart.log"
        handler = logging_setup._handler
        assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
        assert logging.getLogger().level == logging.DEBUG
        logging_setup.set_debug(False)
        assert logging.getLogger().level == logging.INFO
        assert logging_setup.debug_requested(["--debug"], {}) and logging_setup.debug_requested([], {"CHARITYMART_DEBUG": "1"})
        assert not logging_setup.debug_requested([], {})
        assert logging_setup.log_file() == path
    finally:
        logging.getLogger().removeHandler(logging_setup._handler)
        logging_setup._handler.close()
        logging_setup._handler = None
