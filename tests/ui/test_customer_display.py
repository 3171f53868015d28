"""The customer display follows the basket: lines and a very large total, a welcome between customers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from charitymart.ui.app import build_window
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.customer_display import attach_customer_display, customer_display_wanted
from charitymart.ui.money import money_text
from tests.support import factories
from tests.support.counter import raise_failures, when_dialog_shows

RICE, OIL = "6901234567892", "6920000000012"


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def test_display_shows_lines_and_total_after_scans(store, qtbot):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE), 20)
        factories.add_lot(s, factories.add_item(s, name="食用油 1L", price=1850, barcode=OIL), 20)
    window = build_window(store, language="en")
    qtbot.addWidget(window)
    window.show()
    display = attach_customer_display(window)
    assert window.customer_display is display and display.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the keyboard stays at the counter
    assert display.total.text() == "" and display.lines.count() == 0

    type_enter(qtbot, window.login_page.pin, "9999")
    type_enter(qtbot, window.float_page.amount, "0")
    page = window.sale_page
    type_enter(qtbot, page.scan, "2*" + RICE)
    type_enter(qtbot, page.scan, OIL)
    assert display.total.text() == money_text(6850, "CNY", "en")
    shown = [display.lines.item(i).text() for i in range(display.lines.count())]
    assert len(shown) == 2 and "大米 5kg" in shown[0] and "× 2" in shown[0]
    assert money_text(1850, "CNY", "en") in shown[1]
    assert QApplication.focusWidget() is page.scan

    shown = when_dialog_shows(PaymentDialog, lambda dialog: qtbot.keyClick(dialog.cash, Qt.Key_Return))
    qtbot.keyClick(page.scan, Qt.Key_F12)
    raise_failures(shown)
    assert display.total.text() == money_text(0, "CNY", "en") and display.lines.count() == 0
    assert display.message.text() == "Thank you!"

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.scan, Qt.Key_F10)  # logged out: only a welcome
    assert display.message.text() == "Welcome" and display.total.text() == ""


def test_when_the_display_is_wanted():
    assert customer_display_wanted(["--customer-display"], {})
    assert customer_display_wanted([], {"CHARITYMART_CUSTOMER_DISPLAY": "1"})
    assert not customer_display_wanted([], {})
