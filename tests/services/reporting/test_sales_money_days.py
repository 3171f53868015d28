"""The per-day sales money (migration 0016) kept by the triggers on every backend: money tenders
counted on the sale's UTC day, a void taken off on the void's day, a refund's
negative tender on its own day; the money before any instant equals the ledger's signed events."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from charitymart.db.models import SaleLine, SalesMoneyDay
from charitymart.services import clock
from charitymart.services.reporting import money_totals
from charitymart.services.reporting.common import Period
from charitymart.services.reporting.spending import _sales_money
from charitymart.services.sales import refunds, shifts
from charitymart.services.sales.checkout import Payment
from tests.support.counter import (  # noqa: F401  (fixtures)
    MANAGER_PIN,
    cashier,
    manager_id,
    sale_by_number,
    sell,
    stock,
)

DAY1 = datetime(2026, 5, 4, 3, 0)  # UTC


def money_before(session, instant: datetime) -> int:
    return _sales_money(session, Period(instant.date(), instant.date(), datetime(1970, 1, 1), instant, "UTC"))


def test_tenders_voids_and_refunds_land_on_their_days(store, cashier, manager_id):
    code, _, _ = stock(store, lots=((20, None, "donated"),))
    clock.set_now(DAY1)
    with store.sessions.begin() as s:
        shifts.open_shift(s, cashier, 10000)
    first = sell(store, cashier, [(code, 2)], [Payment("cash", 5000, received=10000)])
    clock.set_now(DAY1 + timedelta(hours=1))
    voided = sell(store, cashier, [(code, 1)], [Payment("mobile", 2500, reference="WX9")])
    clock.set_now(DAY1 + timedelta(days=1))  # the void and the refund on the next UTC day
    with store.sessions.begin() as s:
        refunds.void_sale(s, cashier, voided, "rung up twice", manager_pin=MANAGER_PIN)
    with store.sessions.begin() as s:
        line_id = s.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_by_number(s, first).id))
        refunds.refund(s, cashier, first, [(line_id, 1, True)], manager_pin=MANAGER_PIN, reason="torn bag")
    with store.readers() as s:
        days = {str(row.day): row.amount for row in s.scalars(select(SalesMoneyDay))}
        assert days == {"2026-05-04": 5000 + 2500, "2026-05-05": -2500 - 2500}
        assert money_totals.check(s) == []
        for hours in (-1, 0.5, 2, 20, 24.5, 26, 72):
            instant = DAY1 + timedelta(hours=hours)
            assert money_totals.sales_money_before(s, instant) == money_before(s, instant), hours
