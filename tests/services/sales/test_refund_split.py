"""A refund gives money back by what actually paid for each line (issue 12.3).

The allowance may only pay lines whose item is payable by allowance, so a refund of a line it
could not pay gives it nothing back, and a refund of eligible lines gives it back at most its
share of them.
"""

from datetime import date

from sqlalchemy import select

from charitymart.db.models import AllowanceEntry, Beneficiary
from charitymart.domain import refund_split
from charitymart.services.people import allowance
from charitymart.services.sales import refund_audit, refunds, shifts
from charitymart.services.sales.checkout import Payment
from tests.services.sales.test_refunds import line_ids, tenders_of
from tests.support import factories
from tests.support.counter import (  # noqa: F401  (fixtures)
    MANAGER_PIN,
    assert_chain_ok,
    cashier,
    manager_id,
    sell,
    shift_id,
    stock,
)


def test_refunding_an_item_the_allowance_could_not_pay_gives_it_all_back_in_cash(store, cashier, manager_id, shift_id):
    rice, _, _ = stock(store, name="大米", price=5000)
    liquor, _, _ = stock(store, name="白酒", price=5000, allowance_ok=False)
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s, "H0001", amount=15000).id
    number = sell_mixed(store, cashier, rice, liquor)
    rice_line, liquor_line = line_ids(store, number)
    with store.sessions() as s:
        remaining_after_sale = allowance.status(s, s.get(Beneficiary, ben_id), date(2026, 3, 10)).remaining
        cash_after_sale = shifts.expected_cash(s, shift_id)

    with store.sessions.begin() as s:
        back = refunds.refund(s, cashier, number, [(liquor_line, 1, True)], MANAGER_PIN)
    with store.sessions() as s:
        assert tenders_of(s, back.receipt_number) == [("cash", -5000, 0)]
        assert s.scalar(select(AllowanceEntry).where(AllowanceEntry.kind == "refund")) is None
        assert allowance.status(s, s.get(Beneficiary, ben_id), date(2026, 3, 10)).remaining == remaining_after_sale
        assert shifts.expected_cash(s, shift_id) == cash_after_sale - 5000

    # The rice was paid wholly by the allowance: all of it goes back there.
    with store.sessions.begin() as s:
        back = refunds.refund(s, cashier, number, [(rice_line, 1, True)], MANAGER_PIN)
    with store.sessions() as s:
        assert tenders_of(s, back.receipt_number) == [("allowance", -5000, 0)]
        assert allowance.status(s, s.get(Beneficiary, ben_id), date(2026, 3, 10)).remaining == 15000
    assert_chain_ok(store)


def test_allowance_gets_back_only_its_share_of_eligible_lines(store, cashier, manager_id, shift_id):
    rice, _, _ = stock(store, name="大米", price=4000)
    liquor, _, _ = stock(store, name="白酒", price=3000, allowance_ok=False)
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001", amount=15000)
    # Rice 2 × 40.00 = 80.00 eligible, of which the allowance paid 60.00; liquor 30.00 and 20.00 of
    # the rice were cash.
    number = sell(store, cashier, [(rice, 2), (liquor, 1)], [Payment("allowance", 6000), Payment("cash", 5000)],
                  beneficiary_card="H0001")
    rice_line, liquor_line = line_ids(store, number)
    with store.sessions.begin() as s:
        back = refunds.refund(s, cashier, number, [(rice_line, 1, True), (liquor_line, 1, True)], MANAGER_PIN)
    with store.sessions() as s:
        # One rice (40.00, three quarters allowance) and the liquor (30.00, all cash).
        assert tenders_of(s, back.receipt_number) == [("allowance", -3000, 0), ("cash", -4000, 0)]


def sell_mixed(store, cashier, rice, liquor) -> str:
    return sell(store, cashier, [(rice, 1), (liquor, 1)], [Payment("allowance", 5000), Payment("cash", 5000)],
                beneficiary_card="H0001")


def test_refund_audit_finds_refunds_split_by_the_old_rule(store, cashier, manager_id, shift_id, monkeypatch):
    rice, _, _ = stock(store, name="大米", price=5000)
    liquor, _, _ = stock(store, name="白酒", price=5000, allowance_ok=False)
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001", amount=15000)
    number = sell_mixed(store, cashier, rice, liquor)
    rice_line, liquor_line = line_ids(store, number)
    with store.sessions.begin() as s:
        refunds.refund(s, cashier, number, [(rice_line, 1, True)], MANAGER_PIN)
    with store.sessions() as s:
        assert refund_audit.misallocated_refunds(s) == []
    # The rule before issue 12.3: the refund split over all tenders, half to the allowance here.
    number = sell_mixed(store, cashier, rice, liquor)
    rice_line, liquor_line = line_ids(store, number)
    monkeypatch.setattr(refund_split, "allowance_part", lambda amount_back, **_: amount_back // 2)
    with store.sessions.begin() as s:
        wrong = refunds.refund(s, cashier, number, [(liquor_line, 1, True)], MANAGER_PIN).receipt_number
    with store.sessions() as s:
        assert refund_audit.misallocated_refunds(s) == [
            refund_audit.RefundSplitProblem(wrong, number, allowance_back=2500, allowance_due=0)]
