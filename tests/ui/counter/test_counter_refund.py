"""F3 refund and F8 void at the counter, driven by the keyboard only (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from charitymart.db.models import Sale, SaleLine, SaleVoid, StockAdjustment, Tender
from charitymart.services.people import beneficiaries
from charitymart.services.sales import refunds, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.ui.app import build_window
from charitymart.ui.counter.approval_dialog import ApprovalDialog
from charitymart.ui.counter.refund_dialog import RefundDialog
from tests.support import factories
from tests.support.counter import (  # noqa: F401  (fixtures)
    CASHIER_PIN,
    MANAGER_PIN,
    assert_chain_ok,
    cashier,
    manager_id,
    on_hand,
    sale_by_number,
    sell,
    shift_id,
    snapshot,
    stock,
)

ADMIN_PIN = "9999"


@pytest.fixture
def goods(store):
    """Rice ¥25.00 (20 in one lot) and oil ¥18.50 (20): (rice code, rice lot, oil code, oil lot)."""
    rice, _, [rice_lot] = stock(store, name="大米 5kg", price=2500, lots=((20, None, "donated"),))
    oil, _, [oil_lot] = stock(store, name="食用油 1L", price=1850, lots=((20, None, "purchased"),))
    return rice, rice_lot, oil, oil_lot


@pytest.fixture
def window(store, qtbot, qapp, shift_id):
    # English on screen, whatever translators earlier tests left installed on the application.
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    win = build_window(store, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def log_in(window, qtbot, pin):
    type_enter(qtbot, window.login_page.pin, pin)
    assert window.stack.currentWidget() is window.sale_page  # the shift is already open


def drive(window, cls, steps):
    """Run `steps(dialog)` on the visible `cls` dialog once it is up; if anything fails, close
    every dialog (so the test ends instead of hanging) and keep the error to re-raise."""
    errors: list[BaseException] = []

    def run(tries=250):
        dialog = next((w for w in window.findChildren(cls) if w.isVisible()), None)
        if (dialog is None or QApplication.activeWindow() is not dialog) and tries:
            QTimer.singleShot(20, lambda: run(tries - 1))  # a loaded machine shows dialogs late
            return
        try:
            if dialog is None:
                raise AssertionError(f"no {cls.__name__} came up")
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001  (re-raised by check())
            errors.append(exc)
            for open_dialog in reversed(window.findChildren(QDialog)):
                if open_dialog.isVisible():
                    open_dialog.reject()

    QTimer.singleShot(50, run)
    return errors


def check(errors):
    if errors:
        raise errors[0]


def answer_pin(window, qtbot, pin, seen=None):
    """Answer the manager-PIN dialog that the next key press opens."""
    def steps(dialog):
        assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
        assert dialog.reason_list.hasFocus() and not dialog.reason_edit.isVisible()
        qtbot.keyClicks(dialog.reason_list, "1")  # 1: damaged or faulty, from the list
        qtbot.keyClick(dialog.reason_list, Qt.Key_Return)
        assert dialog.pin_edit.hasFocus() and dialog.reason == "Damaged or faulty"
        if seen is not None:
            seen.append(dialog)
        type_enter(qtbot, dialog.pin_edit, pin)
    return drive(window, ApprovalDialog, steps)


def money(label) -> str:
    return label.text().replace("\xa0", "")


def count(store, model, *where) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_refund_by_keyboard_restores_stock_and_allowance(window, store, qtbot, cashier, manager_id, goods):
    rice, rice_lot, oil, oil_lot = goods
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s, "H0001", amount=15000).id
    # 2 rice + 1 oil = ¥68.50: ¥50.00 from the household allowance, ¥18.50 cash.
    number = sell(store, cashier, [(rice, 2), (oil, 1)], [Payment("allowance", 5000), Payment("cash", 1850)],
                  beneficiary_card="H0001")
    assert on_hand(store, rice_lot) == 18
    log_in(window, qtbot, CASHIER_PIN)
    page = window.sale_page

    def refund_one_bag(dialog):
        assert dialog.receipt.hasFocus()
        type_enter(qtbot, dialog.receipt, number)
        assert dialog.table.hasFocus() and dialog.model.rowCount() == 2
        assert dialog.model.data(dialog.model.index(0, 0)) == "大米 5kg"
        assert dialog.model.data(dialog.model.index(0, 1)) == "2"
        assert "Allowance" in dialog.header.text() and "50.00" in dialog.header.text()
        qtbot.keyClicks(dialog.table, "1")  # the first (selected) line: refund 1 bag
        assert dialog.model.requested() == [(dialog.sale.lines[0].sale_line_id, 1, True)]
        assert "25.00" in money(dialog.amount)
        pin = answer_pin(window, qtbot, MANAGER_PIN)
        qtbot.keyClick(dialog.table, Qt.Key_Return)
        check(pin)
        assert dialog.error.text() == ""
        assert "T1-2026-000002" in dialog.result_label.text()
        with store.sessions() as s:
            cash_back = -s.scalar(select(Tender.amount).join(Sale, Sale.id == Tender.sale_id).where(
                Sale.receipt_number == "T1-2026-000002", Tender.kind == "cash"))
        assert cash_back > 0 and f"{cash_back / 100:.2f}" in money(dialog.cash_back)
        assert dialog.cash_back.isVisible() and dialog.cash_back.objectName() == "Change"
        assert dialog.model.data(dialog.model.index(0, 2)) == "1"  # now shown as refunded before
        qtbot.keyClick(dialog.table, Qt.Key_Return)  # Enter closes once done

    errors = drive(window, RefundDialog, refund_one_bag)
    qtbot.keyClick(page.scan, Qt.Key_F3)
    check(errors)
    qtbot.waitUntil(lambda: window.focusWidget() is page.scan)
    assert "T1-2026-000002" in page.status.text()

    assert on_hand(store, rice_lot) == 19 and on_hand(store, oil_lot) == 19
    with store.sessions() as s:
        refund = sale_by_number(s, "T1-2026-000002")
        assert (refund.kind, refund.total, refund.approved_by) == ("refund", -2500, manager_id)
        back = {t.kind: -t.amount for t in s.scalars(select(Tender).where(Tender.sale_id == refund.id))}
        assert sum(back.values()) == 2500 and back["allowance"] > 0
        remaining = beneficiaries.allowance_summary(s, ben_id).status.remaining
        assert remaining == 15000 - 5000 + back["allowance"]
    assert_chain_ok(store)


def test_scanning_a_receipt_opens_the_refund_and_over_refund_is_refused(window, store, qtbot, cashier, manager_id,
                                                                       goods):
    rice, rice_lot, _, _ = goods
    number = sell(store, cashier, [(rice, 2)])
    log_in(window, qtbot, ADMIN_PIN)  # an admin approves their own refunds: no PIN is asked
    page = window.sale_page
    pin_dialogs: list = []

    def over_refund(dialog):
        assert dialog.sale is not None and dialog.sale.receipt_number == number  # loaded from the scan
        qtbot.waitUntil(lambda: dialog.table.hasFocus())
        qtbot.keyClicks(dialog.table, "3")  # only 2 were sold
        assert "Only 2" in dialog.error.text() and dialog.model.requested() == []
        qtbot.keyClick(dialog.table, Qt.Key_Return)  # nothing chosen: nothing to do
        assert "arrow keys" in dialog.error.text()
        qtbot.keyClicks(dialog.table, "2")
        assert dialog.model.quantity(0) == 2
        # Meanwhile one bag is refunded elsewhere: the service refuses the now too large refund.
        with store.sessions.begin() as s:
            refunds.refund(s, cashier, number, [(dialog.sale.lines[0].sale_line_id, 1, True)], MANAGER_PIN)
        before = snapshot(store)
        # An admin is asked only the reason (from the list), never a PIN.
        QTimer.singleShot(50, lambda: [(pin_dialogs.append(d.pin_edit), qtbot.keyClick(d.reason_list, Qt.Key_Return))
                                       for d in window.findChildren(ApprovalDialog) if d.isVisible()])
        qtbot.keyClick(dialog.table, Qt.Key_Return)
        assert "only 1" in dialog.error.text()
        assert snapshot(store) == before
        qtbot.wait(100)
        qtbot.keyClick(dialog.table, Qt.Key_Escape)

    errors = drive(window, RefundDialog, over_refund)
    type_enter(qtbot, page.scan, number)
    check(errors)
    assert pin_dialogs == [None]
    qtbot.waitUntil(lambda: window.focusWidget() is page.scan)
    assert on_hand(store, rice_lot) == 19  # only the refund made elsewhere
    assert count(store, Sale, Sale.kind == "refund") == 1


def test_wrong_or_cashier_pin_is_refused_and_nothing_is_written(window, store, qtbot, cashier, manager_id, goods):
    rice, rice_lot, _, _ = goods
    number = sell(store, cashier, [(rice, 2)])
    log_in(window, qtbot, CASHIER_PIN)
    page = window.sale_page
    before = snapshot(store)

    def wrong_pins(dialog):
        type_enter(qtbot, dialog.receipt, number)
        qtbot.keyClicks(dialog.table, "1")
        for pin in (CASHIER_PIN, "0000"):
            answer = answer_pin(window, qtbot, pin)
            qtbot.keyClick(dialog.table, Qt.Key_Return)
            check(answer)
            assert "manager" in dialog.error.text() and not dialog.completed
            assert snapshot(store) == before
        # Esc in the PIN dialog: nothing happens either.
        answer = drive(window, ApprovalDialog, lambda d: qtbot.keyClick(d.pin_edit, Qt.Key_Escape))
        qtbot.keyClick(dialog.table, Qt.Key_Return)
        check(answer)
        assert dialog.isVisible() and not dialog.completed
        qtbot.keyClick(dialog.table, Qt.Key_Escape)

    errors = drive(window, RefundDialog, wrong_pins)
    qtbot.keyClick(page.scan, Qt.Key_F3)
    check(errors)
    qtbot.waitUntil(lambda: window.focusWidget() is page.scan)
    assert snapshot(store) == before
    assert on_hand(store, rice_lot) == 18


def test_damaged_goods_are_refunded_without_restocking(window, store, qtbot, cashier, manager_id, goods):
    rice, rice_lot, oil, oil_lot = goods
    number = sell(store, cashier, [(rice, 1), (oil, 3)])
    log_in(window, qtbot, CASHIER_PIN)
    page = window.sale_page

    def refund_damaged(dialog):
        type_enter(qtbot, dialog.receipt, number)
        qtbot.keyClick(dialog.table, Qt.Key_Down)  # the oil
        qtbot.keyClicks(dialog.table, "2")
        qtbot.keyClick(dialog.table, Qt.Key_Space)  # damaged: do not restock
        assert dialog.model.data(dialog.model.index(1, 5), Qt.CheckStateRole) == Qt.Checked
        pin = answer_pin(window, qtbot, MANAGER_PIN)
        qtbot.keyClick(dialog.table, Qt.Key_Return)
        check(pin)
        assert dialog.completed and "37.00" in money(dialog.cash_back)
        qtbot.keyClick(dialog.table, Qt.Key_Escape)

    errors = drive(window, RefundDialog, refund_damaged)
    qtbot.keyClick(page.scan, Qt.Key_F3)
    check(errors)
    assert "37.00" in money(page.status)
    assert on_hand(store, oil_lot) == 17 and on_hand(store, rice_lot) == 19  # unchanged by the refund
    with store.sessions() as s:
        line = s.scalar(select(SaleLine).join(Sale, Sale.id == SaleLine.sale_id).where(Sale.kind == "refund"))
        assert (line.quantity, line.restock) == (-2, False)
        assert s.scalar(select(StockAdjustment.reason)) == "refund_damaged"
    assert_chain_ok(store)


def test_void_of_a_paid_sale_in_this_shift_with_a_manager_pin(window, store, qtbot, cashier, manager_id, goods):
    rice, rice_lot, oil, oil_lot = goods
    number = sell(store, cashier, [(rice, 2), (oil, 1)], [Payment("cash", 6850, received=7000)])
    log_in(window, qtbot, CASHIER_PIN)
    page = window.sale_page

    def void(dialog):
        type_enter(qtbot, dialog.receipt, number)

        def reason_and_pin(approval):
            assert approval.reason_list.hasFocus()
            qtbot.keyClicks(approval.reason_list, str(approval.reason_list.count()))  # the last: Other
            qtbot.keyClick(approval.reason_list, Qt.Key_Return)
            assert approval.reason_edit.isVisible() and approval.reason_edit.hasFocus()
            qtbot.keyClick(approval.reason_edit, Qt.Key_Return)  # no reason yet: refused
            assert approval.isVisible() and approval.error.text()
            type_enter(qtbot, approval.reason_edit, "wrong items rung up")
            assert approval.pin_edit.hasFocus()
            type_enter(qtbot, approval.pin_edit, MANAGER_PIN)

        answer = drive(window, ApprovalDialog, reason_and_pin)
        qtbot.keyClick(dialog.table, Qt.Key_F8)
        check(answer)
        assert dialog.completed and "68.50" in money(dialog.cash_back)
        assert "VOID" in dialog.notice.text()
        qtbot.keyClick(dialog.table, Qt.Key_Return)

    errors = drive(window, RefundDialog, void)
    qtbot.keyClick(page.scan, Qt.Key_F3)
    check(errors)
    qtbot.waitUntil(lambda: window.focusWidget() is page.scan)
    assert "68.50" in money(page.status)
    assert (on_hand(store, rice_lot), on_hand(store, oil_lot)) == (20, 20)
    with store.sessions() as s:
        void = s.scalar(select(SaleVoid))
        assert (void.sale_id, void.approved_by, void.reason) == (
            sale_by_number(s, number).id, manager_id, "wrong items rung up")
    assert_chain_ok(store)


def test_void_of_another_shifts_sale_is_refused_before_asking_a_pin(window, store, qtbot, cashier, goods):
    rice, _, _, _ = goods
    number = sell(store, cashier, [(rice, 1)])
    with store.sessions.begin() as s:
        shifts.close_shift(s, cashier, {10000: 1, 2500: 1})
        shifts.open_shift(s, cashier, 10000)
    log_in(window, qtbot, CASHIER_PIN)
    before = snapshot(store)

    def void(dialog):
        type_enter(qtbot, dialog.receipt, number)
        qtbot.keyClick(dialog.table, Qt.Key_F8)  # no PIN dialog opens: the test would hang on it
        assert "another shift" in dialog.error.text() and not dialog.completed
        qtbot.keyClick(dialog.table, Qt.Key_Escape)

    errors = drive(window, RefundDialog, void)
    qtbot.keyClick(window.sale_page.scan, Qt.Key_F3)
    check(errors)
    assert snapshot(store) == before and count(store, SaleVoid) == 0
