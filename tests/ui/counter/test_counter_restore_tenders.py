"""An allowance or points tender taken with F8/F7 survives a crash with its basket, and the
restored basket is sold exactly once with that tender."""

from __future__ import annotations

from sqlalchemy import func, select

from charitymart.db.models import Sale, Tender
from charitymart.services.sales import shifts
from charitymart.services.sales.checkout import Payment
from charitymart.ui.counter import card_payments
from charitymart.ui.counter.controller import CounterController
from tests.support import factories

RICE = "6901234567892"


def _counter(store) -> CounterController:
    controller = CounterController(store, "T1")
    controller.login("9999")
    return controller


def test_allowance_taken_before_a_crash_is_restored_and_paid_once(store, admin):
    with store.sessions.begin() as s:
        rice = factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE)
        factories.add_lot(s, rice, 10)
        factories.add_beneficiary(s, "H0001", amount=3000)
    first = _counter(store)
    first.open_shift(10000)
    first.scan(f"2*{RICE}")
    taken = card_payments.take_allowance(first, card_payments.look_up_household(first, "H0001"))
    assert taken == 3000
    first.save_basket()
    del first  # the till dies here: nothing was paid

    second = _counter(store)
    assert [(line.quantity, line.unit_price) for line in second.basket.lines] == [(2, 2500)]
    assert second.payments == [Payment("allowance", 3000)]
    assert second.context.beneficiary_card == "H0001"
    assert second.amount_due() == 2000
    done = second.pay([Payment("cash", 2000)])

    with store.readers() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        tenders = {t.kind: t.amount for t in s.scalars(select(Tender).where(Tender.sale_id == done.sale_id))}
        assert tenders == {"allowance": 3000, "cash": 2000}
        assert shifts.current_shift(s, second.actor.till_id) is not None
    third = _counter(store)
    assert third.basket.lines == [] and third.payments == []
