"""The refund dialog shows the money going back by what paid for the refunded line (issue 12.3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from charitymart.services.people import beneficiaries
from charitymart.services.sales.checkout import Payment
from charitymart.ui.counter.refund_dialog import RefundDialog
from tests.support import factories
from tests.support.counter import (  # noqa: F401  (fixtures)
    CASHIER_PIN,
    MANAGER_PIN,
    cashier,
    manager_id,
    sell,
    shift_id,
    stock,
)
from tests.ui.counter.test_counter_refund import (  # noqa: F401  (fixtures and keyboard helpers)
    answer_pin,
    check,
    drive,
    goods,
    log_in,
    money,
    type_enter,
    window,
)


def test_refunding_a_line_the_allowance_could_not_pay_shows_all_cash(window, store, qtbot, cashier, manager_id,
                                                                      goods):
    rice, _, _, _ = goods
    liquor, _, _ = stock(store, name="白酒", price=5000, allowance_ok=False)
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s, "H0001", amount=15000).id
    # 2 rice (¥50.00, payable by allowance) + liquor (¥50.00, not): ¥50.00 allowance, ¥50.00 cash.
    number = sell(store, cashier, [(rice, 2), (liquor, 1)], [Payment("allowance", 5000), Payment("cash", 5000)],
                  beneficiary_card="H0001")
    log_in(window, qtbot, CASHIER_PIN)
    page = window.sale_page
    shown = {}

    def refund_the_liquor(dialog):
        type_enter(qtbot, dialog.receipt, number)
        assert dialog.model.data(dialog.model.index(1, 0)) == "白酒"
        qtbot.keyClick(dialog.table, Qt.Key_Down)
        qtbot.keyClicks(dialog.table, "1")
        assert "50.00" in money(dialog.amount)
        pin = answer_pin(window, qtbot, MANAGER_PIN)
        qtbot.keyClick(dialog.table, Qt.Key_Return)
        check(pin)
        assert dialog.error.text() == ""
        shown["result"], shown["cash"] = money(dialog.result_label), money(dialog.cash_back)
        qtbot.keyClick(dialog.table, Qt.Key_Return)

    errors = drive(window, RefundDialog, refund_the_liquor)
    qtbot.keyClick(page.scan, Qt.Key_F3)
    check(errors)
    back_line = next(line for line in shown["result"].splitlines() if line.startswith("Back by the original payment"))
    assert "Cash" in back_line and "50.00" in back_line
    assert "Allowance" not in back_line
    assert "50.00" in shown["cash"]
    with store.sessions() as s:
        assert beneficiaries.allowance_summary(s, ben_id).status.remaining == 15000 - 5000
