"""F9 hold and recall at the counter, driven by the keyboard only; several held baskets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charitymart.db.models import ParkedBasket, Sale, SaleLine
from charitymart.ui.app import build_window
from charitymart.ui.counter.hold_dialog import HoldDialog, RecallDialog
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.money import money_text
from tests.support import factories
from tests.support.counter import raise_failures, when_dialog_shows

RICE, OIL = "6901234567892", "6920000000012"


@pytest.fixture
def window(store, qtbot):
    with store.sessions.begin() as s:
        rice = factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE)
        oil = factories.add_item(s, name="食用油 1L", price=1850, barcode=OIL)
        factories.add_lot(s, rice, 20)
        factories.add_lot(s, oil, 20)
    win = build_window(store, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    type_enter(qtbot, win.login_page.pin, "9999")
    type_enter(qtbot, win.float_page.amount, "0")
    assert win.stack.currentWidget() is win.sale_page
    return win


def yuan(fen):
    return money_text(fen, "CNY", "en")


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def visible(window, kind):
    return next(w for w in window.findChildren(kind) if w.isVisible())


def press_with_dialog(qtbot, window, key, kind, answer):
    """Press `key` in the scan field; `answer(dialog)` runs once the modal dialog is up."""
    seen = when_dialog_shows(kind, answer)
    qtbot.keyClick(window.sale_page.scan, key)
    raise_failures(seen)
    assert seen, f"no {kind.__name__} was shown"
    back_at_scan(qtbot, window)
    return seen[0]


def back_at_scan(qtbot, window):
    """After a dialog: the counter window is active again and the scan field has the focus."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is window.sale_page.scan)


def parked(store):
    with store.sessions() as s:
        return [(p.kind, p.label) for p in s.scalars(select(ParkedBasket).order_by(ParkedBasket.id))]


def lines(window):
    return [(l.name, l.quantity) for l in window.controller.basket.lines]


def pay_exact(qtbot, window):
    press_with_dialog(qtbot, window, Qt.Key_F12, PaymentDialog,
                      lambda d: qtbot.keyClick(d.cash, Qt.Key_Return))


def test_hold_two_baskets_recall_each_and_sell_each_once(window, store, qtbot):
    page = window.sale_page
    type_enter(qtbot, page.scan, "2*" + RICE)
    type_enter(qtbot, page.scan, OIL)

    def hold_labelled(dialog):
        assert dialog.label.hasFocus()
        type_enter(qtbot, dialog.label, "red coat")

    press_with_dialog(qtbot, window, Qt.Key_F9, HoldDialog, hold_labelled)
    assert lines(window) == [] and page.total.text() == yuan(0)
    assert "red coat" in page.status.text()
    assert parked(store) == [("held", "red coat")]

    # The next customer; held without a label (just Enter).
    type_enter(qtbot, page.scan, OIL)
    press_with_dialog(qtbot, window, Qt.Key_F9, HoldDialog, lambda d: qtbot.keyClick(d.label, Qt.Key_Return))
    assert lines(window) == []
    qtbot.waitUntil(lambda: parked(store) == [("held", "red coat"), ("held", "")])

    # Empty basket: F9 lists both, oldest first; Down + Enter recalls the second one.
    def recall_second(dialog):
        table = dialog.table
        assert table.rowCount() == 2
        assert [table.item(r, 3).text() for r in range(2)] == ["red coat", ""]
        assert [table.item(r, 1).text() for r in range(2)] == ["2", "1"]
        assert table.item(0, 2).text() == yuan(6850) and table.item(0, 0).text() == "10:00"
        qtbot.keyClick(table, Qt.Key_Down)
        qtbot.keyClick(table, Qt.Key_Return)

    press_with_dialog(qtbot, window, Qt.Key_F9, RecallDialog, recall_second)
    assert lines(window) == [("食用油 1L", 1)] and page.total.text() == yuan(1850)
    assert sorted(parked(store)) == [("held", "red coat"), ("open", "")]
    pay_exact(qtbot, window)

    # Recall the first one (Enter on the only row) and sell it.
    press_with_dialog(qtbot, window, Qt.Key_F9, RecallDialog, lambda d: qtbot.keyClick(d.table, Qt.Key_Return))
    assert lines(window) == [("大米 5kg", 2), ("食用油 1L", 1)]
    pay_exact(qtbot, window)

    with store.sessions() as s:
        sales = s.scalars(select(Sale).order_by(Sale.id)).all()
        assert [sale.total for sale in sales] == [1850, 6850]
        assert [(l.sale_id, l.quantity) for l in s.scalars(select(SaleLine).order_by(SaleLine.id))] == [
            (sales[0].id, 1), (sales[1].id, 2), (sales[1].id, 1)]
    assert parked(store) == []

    # Nothing held and nothing in the basket: a clear message, no dialog.
    qtbot.keyClick(page.scan, Qt.Key_F9)
    assert "No basket is held" in page.status.text()
    assert not any(w.isVisible() for w in window.findChildren(RecallDialog))


def test_escape_changes_nothing(window, store, qtbot):
    page = window.sale_page
    type_enter(qtbot, page.scan, RICE)

    def type_then_escape(dialog):
        qtbot.keyClicks(dialog.label, "later")
        qtbot.keyClick(dialog.label, Qt.Key_Escape)

    press_with_dialog(qtbot, window, Qt.Key_F9, HoldDialog, type_then_escape)
    assert lines(window) == [("大米 5kg", 1)]
    assert [kind for kind, _ in parked(store)] in ([], ["open"])  # at most the saved open basket

    press_with_dialog(qtbot, window, Qt.Key_F9, HoldDialog, lambda d: qtbot.keyClick(d.label, Qt.Key_Return))
    press_with_dialog(qtbot, window, Qt.Key_F9, RecallDialog, lambda d: qtbot.keyClick(d.table, Qt.Key_Escape))
    assert lines(window) == [] and parked(store) == [("held", "")]


def test_held_basket_survives_logout_and_comes_back_to_the_next_cashier(window, store, qtbot):
    page = window.sale_page
    type_enter(qtbot, page.scan, "3*" + OIL)
    press_with_dialog(qtbot, window, Qt.Key_F9, HoldDialog, lambda d: type_enter(qtbot, d.label, "Mrs Li"))
    qtbot.keyClick(page.scan, Qt.Key_F10)
    assert window.stack.currentWidget() is window.login_page
    type_enter(qtbot, window.login_page.pin, "9999")
    assert lines(window) == []
    press_with_dialog(qtbot, window, Qt.Key_F9, RecallDialog, lambda d: qtbot.keyClick(d.table, Qt.Key_Return))
    assert lines(window) == [("食用油 1L", 3)]
    assert page.total.text() == yuan(5550)
