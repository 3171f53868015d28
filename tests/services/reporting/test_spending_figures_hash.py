"""Months published before revision 0011 (expenses) were hashed without the spending figures: after
the upgrade their 公示 still says the figures match; a month published now is hashed with them, so
a changed expense total no longer matches."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from charitymart.services.money import expenses
from charitymart.services.reporting.month import figures_hash, figures_hash_before_spending
from tests.support.counter import cashier, manager_id  # noqa: F401
from tests.support.month import APRIL_2, build_march, figures, publish


def matches(store) -> bool:
    with store.readers() as s:
        return documents_month.transparency_document(s, 2026, 3).figures_match


def test_a_month_published_before_expenses_still_matches(store, admin, cashier, manager_id):  # noqa: F811
    build_march(store, admin, cashier)
    clock.set_now(APRIL_2)
    publish(store, admin)
    old_hash = figures_hash_before_spending(figures(store))
    assert old_hash != figures_hash(figures(store))
    with store.sessions.begin() as s:  # what revision 0010's code stored
        s.execute(text("UPDATE published_months SET figures_hash = :h"), {"h": old_hash})
    assert matches(store) is True


def test_the_spending_is_in_the_hash_of_a_month_published_now(store, admin, cashier, manager_id):  # noqa: F811
    build_march(store, admin, cashier)
    with store.sessions.begin() as s:
        expenses.record_expense(s, admin, spent_on=date(2026, 3, 2), category="rent", amount=150000,
                                fund_source="sales")
    clock.set_now(APRIL_2)
    publish(store, admin)
    assert matches(store) is True
    with store.sessions.begin() as s:  # an expense changed behind the app's back
        s.execute(text("UPDATE expenses SET amount = 15000"))
    assert matches(store) is False
