"""Expenses: recorded by a manager, reversed (never edited), refused in a published month, covered
by the audit chain; and the month's spending and balance close to the fen."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from charitymart.services import clock
from charitymart.services.errors import PeriodClosedError, PermissionDenied, ValidationError
from charitymart.services.money import expenses
from charitymart.services.reporting.common import month_period
from charitymart.services.reporting.spending import spending_figures
from charitymart.services.stock import intake
from charitymart.services.store.verify import verify
from tests.support.counter import assert_chain_ok, cashier, manager_id, snapshot  # noqa: F401
from tests.services.store.test_verify import raw_sql
from tests.support.month import APRIL_2, build_march, publish


def spend(store, actor, day, category, amount, fund="donations", payee="", description=""):
    with store.sessions.begin() as s:
        return expenses.record_expense(s, actor, spent_on=day, category=category, amount=amount, fund_source=fund,
                                       payee=payee, description=description).id


def spending(store, year, month):
    with store.readers() as s:
        return spending_figures(s, month_period(s, year, month))


def test_an_expense_is_recorded_listed_and_reversed_with_a_reason(store, admin):
    first = spend(store, admin, date(2026, 3, 2), "rent", 150000, payee="张房东", description="三月房租")
    with store.sessions.begin() as s:
        reversal = expenses.reverse_expense(s, admin, first, "entered twice")
        assert (reversal.amount, reversal.spent_on, reversal.reverses_id) == (-150000, date(2026, 3, 2), first)
    with store.readers() as s:
        rows = expenses.month_expenses(s, admin, 2026, 3)
    assert [(r.amount, r.is_reversal, r.reversed_by_id) for r in rows] == [(150000, False, rows[1].id),
                                                                             (-150000, True, None)]
    assert rows[1].reason == "entered twice" and rows[0].payee == "张房东"
    with pytest.raises(ValidationError, match="already been reversed"):
        with store.sessions.begin() as s:
            expenses.reverse_expense(s, admin, first, "again")
    assert spending(store, 2026, 3).spent == 0
    assert_chain_ok(store)


@pytest.mark.parametrize("changes, error, match", [
    ({"amount": 0}, ValidationError, "more than 0"),
    ({"amount": -500}, ValidationError, "more than 0"),
    ({"category": "party"}, ValidationError, "category must be one of"),
    ({"fund_source": "bank"}, ValidationError, "fund source must be one of"),
    ({"spent_on": date(2026, 3, 11)}, ValidationError, "in the future"),
])
def test_a_bad_expense_is_refused_and_nothing_changes(store, admin, changes, error, match):
    before = snapshot(store)
    arguments = {"spent_on": date(2026, 3, 2), "category": "rent", "amount": 100, "fund_source": "donations"}
    with pytest.raises(error, match=match):
        with store.sessions.begin() as s:
            expenses.record_expense(s, admin, **{**arguments, **changes})
    assert snapshot(store) == before


def test_a_cashier_can_not_record_or_list_expenses(store, admin, cashier):
    with pytest.raises(PermissionDenied):
        with store.sessions.begin() as s:
            expenses.record_expense(s, cashier, spent_on=date(2026, 3, 2), category="rent", amount=100,
                                    fund_source="donations")
    with pytest.raises(PermissionDenied):
        with store.readers() as s:
            expenses.month_expenses(s, cashier, 2026, 3)


def test_a_published_month_takes_no_expense_and_a_reversal_is_dated_today(store, admin, cashier, manager_id):
    build_march(store, admin, cashier)
    wrong = spend(store, admin, date(2026, 3, 5), "office", 4000)
    clock.set_now(APRIL_2)
    publish(store, admin)
    closing_balance = spending(store, 2026, 3).closing
    with pytest.raises(PeriodClosedError, match="published month"):
        spend(store, admin, date(2026, 3, 31), "rent", 100)
    with store.sessions.begin() as s:
        reversal = expenses.reverse_expense(s, admin, wrong, "belonged to another shop")
        assert reversal.spent_on == date(2026, 4, 2)
    march, april = spending(store, 2026, 3), spending(store, 2026, 4)
    assert march.closing == closing_balance  # the published month's figures stay as published
    assert april.opening == closing_balance and april.spent == -4000 and april.closing == closing_balance + 4000


def test_balances_carry_forward_and_close_by_fund_source(store, admin, cashier, manager_id):
    clock.set_now(datetime(2026, 2, 20, 2, 0))
    with store.sessions.begin() as s:
        intake.record_cash_donation(s, admin, None, 100000, received_on=date(2026, 2, 10))
    spend(store, admin, date(2026, 2, 15), "rent", 30000)
    clock.set_now(datetime(2026, 3, 10, 2, 0))
    build_march(store, admin, cashier)  # cash donations 500.00 + 123.45; money from sales 54.00 + 5.00
    spend(store, admin, date(2026, 3, 3), "utilities", 8000, fund="sales")
    spend(store, admin, date(2026, 3, 4), "aid", 20000)
    february, march = spending(store, 2026, 2), spending(store, 2026, 3)
    assert (february.fund("donations").received, february.fund("donations").closing) == (100000, 70000)
    donations, sales = march.fund("donations"), march.fund("sales")
    assert (donations.opening, donations.received, donations.spent, donations.closing) == (70000, 62345, 20000,
                                                                                           112345)
    assert (sales.opening, sales.received, sales.spent, sales.closing) == (0, 5900 + 500, 8000, -1600)
    assert march.opening == february.closing and all(f.closes for f in march.funds)
    assert {c.category: c.amount for c in march.by_category if c.amount} == {"utilities": 8000, "aid": 20000}


def test_verify_names_an_edited_expense(store, admin):
    spend(store, admin, date(2026, 3, 2), "rent", 150000)
    raw_sql(store, "UPDATE expenses SET amount = 15000 WHERE id = 1")
    with store.sessions() as s:
        report = verify(s)
    assert any("expenses row 1 was edited" in p for p in report.problems), report.problems
