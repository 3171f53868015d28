"""The counter driven by the keyboard only, as a volunteer does (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select

from charitymart.db.models import Sale, SaleLine, Tender
from charitymart.ui.app import build_window
from charitymart.ui.counter.payment_dialog import PaymentDialog
from tests.support import factories
from tests.support.counter import raise_failures, when_dialog_shows


@pytest.fixture
def window(store, qtbot):
    with store.sessions.begin() as s:
        rice = factories.add_item(s, name="大米 5kg", price=2500, barcode="6901234567892")
        oil = factories.add_item(s, name="食用油 1L", price=1850, barcode="6920000000012")
        factories.add_lot(s, rice, 20)
        factories.add_lot(s, oil, 20)
    win = build_window(store, language="zh_CN")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def test_login_float_scan_with_quantity_prefix_and_pay_cash(window, store, qtbot):
    type_enter(qtbot, window.login_page.pin, "9999")
    assert window.stack.currentWidget() is window.float_page
    type_enter(qtbot, window.float_page.amount, "200")
    page = window.sale_page
    assert window.stack.currentWidget() is page and page.scan.hasFocus()
    type_enter(qtbot, page.scan, "3*6901234567892")
    type_enter(qtbot, page.scan, "6920000000012")
    type_enter(qtbot, page.scan, "6920000000012")
    assert [(l.name, l.quantity) for l in window.controller.basket.lines] == [("大米 5kg", 3), ("食用油 1L", 2)]
    assert page.total.text().replace("\xa0", "") == "¥112.00"

    def answer(dialog):
        assert dialog.cash.text() == "112.00"  # the amount due, filled in as cash
        dialog.cash.selectAll()
        type_enter(qtbot, dialog.cash, "120")

    shown = when_dialog_shows(PaymentDialog, answer)
    qtbot.keyClick(page.scan, Qt.Key_F12)
    raise_failures(shown)
    assert shown
    assert "8.00" in page.status.text()
    with store.sessions() as s:
        sale = s.scalar(select(Sale))
        assert sale.total == 11200 and sale.receipt_number == "T1-2026-000001"
        assert [l.quantity for l in s.scalars(select(SaleLine).order_by(SaleLine.line_no))] == [3, 2]
        cash = s.scalar(select(Tender))
        assert (cash.kind, cash.amount, cash.received, cash.change) == ("cash", 11200, 12000, 800)
    assert window.controller.basket.lines == []
    qtbot.waitUntil(lambda: window.focusWidget() is page.scan)


def test_unknown_code_beeps_and_adds_nothing(window, qtbot):
    type_enter(qtbot, window.login_page.pin, "9999")
    type_enter(qtbot, window.float_page.amount, "0")
    page = window.sale_page
    type_enter(qtbot, page.scan, "6900000000001")
    assert window.controller.basket.lines == []
    assert "6900000000001" in page.status.text()
    qtbot.waitUntil(lambda: window.focusWidget() is page.scan)


def test_del_removes_the_selected_line_and_records_it(window, store, qtbot):
    from charitymart.db.models import RemovedLine

    type_enter(qtbot, window.login_page.pin, "9999")
    type_enter(qtbot, window.float_page.amount, "0")
    page = window.sale_page
    type_enter(qtbot, page.scan, "6901234567892")
    type_enter(qtbot, page.scan, "6920000000012")
    qtbot.keyClick(page.scan, Qt.Key_Up)
    qtbot.keyClick(page.scan, Qt.Key_Delete)
    assert [line.name for line in window.controller.basket.lines] == ["食用油 1L"]
    with store.sessions() as s:
        removed = s.scalars(select(RemovedLine)).all()
        assert [(r.quantity, r.unit_price) for r in removed] == [(1, 2500)]
