"""The consignor settlement page: the month's figures as the ledger has them; the payment recorded once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from charitymart.db.models import ConsignorPayment
from charitymart.services import clock
from charitymart.ui.office.intake.settlement_page import PaymentDialog, SettlementPage
from charitymart.ui.office.shared.dates import recent_months
from tests.services.stock.test_consignor_payments import APRIL, consigned_sales, independent_sum  # noqa: F401  (fixture)
from tests.support.counter import cashier, shift_id  # noqa: F401  (fixtures)
from tests.support.office import answer, office_context


def open_page(store, admin, qtbot, code, month):
    page = SettlementPage(office_context(store, admin))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.month.setCurrentIndex(page.month.findText(month))
    page.consignor.setCurrentIndex(page.consignor.findData(code))
    qtbot.waitUntil(lambda: page.status is not None and page.status.settlement.party_code == code
                    and page.status.month == month)
    return page


def cells(page):
    return [[page.table.item(r, c).text().replace("\xa0", "") for c in range(4)] for r in range(page.table.rowCount())]


def test_recent_months_start_with_last_month():
    from datetime import date

    assert recent_months(date(2026, 1, 15), 3) == [(2025, 12), (2025, 11), (2025, 10), (2026, 1)]


def test_the_month_shows_what_sold_the_share_and_what_is_owed(store, admin, qtbot, consigned_sales):
    code = consigned_sales["knitters"]
    page = open_page(store, admin, qtbot, code, "2026-03")
    assert page.windowTitle() == "Consignor settlement"
    assert page.consignor.currentText() == f"手工编织小组 ({code})"
    total = independent_sum(store, code)
    assert cells(page) == [["手工围巾", "4", "¥45.00", "¥180.00"]]
    summary = page.summary.text().replace("\xa0", "")
    assert f"Sales ¥{total / 100:.2f}" in summary
    assert "Shop's share (15 %) ¥27.00" in summary and "Owed ¥153.00" in summary
    assert "Still owed ¥153.00" in summary
    assert not page.pay_button.isEnabled() and "not over yet" in page.message.text()


def test_the_payment_is_recorded_once(store, admin, qtbot, consigned_sales):
    code = consigned_sales["knitters"]
    clock.set_now(APRIL)
    page = open_page(store, admin, qtbot, code, "2026-03")
    assert page.pay_button.isEnabled()

    def pay(dialog):
        assert dialog.amount.text() == "153.00"  # what is still owed
        dialog.amount.setText("153.01")
        assert "more than" in dialog.error.text() and not dialog.ok_button.isEnabled()
        dialog.amount.setText("153.00")
        dialog.note.setText("现金")
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    answer(page, PaymentDialog, pay)
    qtbot.mouseClick(page.pay_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.status is not None and page.status.paid == 15300)
    assert not page.pay_button.isEnabled() and page.message.text() == "This month is paid in full."
    assert "Paid ¥153.00 on 2026-04-02 (cash) 现金" in page.payments.text().replace("\xa0", "")
    with store.sessions() as s:
        rows = list(s.scalars(select(ConsignorPayment)))
        assert [(r.amount, r.owed, r.note) for r in rows] == [(15300, 15300, "现金")]
    page.record_payment()  # a second press does nothing: nothing is still owed
    with store.sessions() as s:
        assert len(list(s.scalars(select(ConsignorPayment)))) == 1


def test_a_month_without_sales_owes_nothing(store, admin, qtbot, consigned_sales):
    clock.set_now(APRIL)
    page = open_page(store, admin, qtbot, consigned_sales["jam_maker"], "2026-02")
    assert cells(page) == [] and page.message.text() == "Nothing is owed for this month."
    assert not page.pay_button.isEnabled()
