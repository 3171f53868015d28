"""Spending and balance for the 公示 and the annual report: money received by fund source, spent by
category, the balance carried forward and the balance at the period's end.

Per fund source (fund separation, 分别核算): opening + received − spent = closing, to the fen.
- "donations": cash donations (Donation.cash_amount of donated intakes). A donation counts on its
  date, except a correction of a published month, which counts on the day it was entered (as the
  公示's corrections section lists it), so a published month's balance never changes.
- "sales": money received from sales (cash, mobile, card: the money tenders, net of refunds and
  voids, as in reporting.flows.money_figures); value given to households (allowance, points) is
  not money received.
- Spent: expenses by their business date (services.money.expenses; a reversal is a negative
  expense) and, from sales income, what was paid to consignors for goods sold on their behalf.
The opening balance is everything received minus everything spent before the period; the store's
records start at zero.

Public: categories and totals only, never a payee or a description. Every term is a sum of rows
dated (or entered) in the period, so a year's figures are exactly the sum of its months'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    EXPENSE_CATEGORIES,
    EXPENSE_FUNDS,
    ConsignorPayment,
    Donation,
    Expense,
)
from charitymart.services.reporting import money_totals
from charitymart.services.reporting.common import Period, in_range

@dataclass(frozen=True)
class CategorySpent:
    category: str  # one of EXPENSE_CATEGORIES
    amount: int  # fen, net of reversals


@dataclass(frozen=True)
class FundBalance:
    fund_source: str  # one of EXPENSE_FUNDS
    opening: int
    received: int
    spent: int
    closing: int

    @property
    def closes(self) -> bool:
        return self.opening + self.received - self.spent == self.closing


@dataclass(frozen=True)
class SpendingFigures:
    funds: tuple[FundBalance, ...]  # every fund source, in EXPENSE_FUNDS order
    by_category: tuple[CategorySpent, ...]  # every category, in EXPENSE_CATEGORIES order, zeros included
    consignor_payments: int  # paid to consignors from sales income (part of the sales fund's spent)

    def fund(self, source: str) -> FundBalance:
        return next(f for f in self.funds if f.fund_source == source)

    @property
    def opening(self) -> int:
        return sum(f.opening for f in self.funds)

    @property
    def received(self) -> int:
        return sum(f.received for f in self.funds)

    @property
    def spent(self) -> int:
        return sum(f.spent for f in self.funds)

    @property
    def closing(self) -> int:
        return sum(f.closing for f in self.funds)


def _cash_donations(session: Session, period: Period, *, before: bool) -> int:
    plain = Donation.correction_reason == ""
    if before:
        dated = and_(plain, Donation.received_on < period.first)
        entered = and_(~plain, Donation.created_at < period.start_utc)
    else:
        dated = and_(plain, Donation.received_on >= period.first, Donation.received_on <= period.last)
        entered = and_(~plain, in_range(Donation.created_at, period.start_utc, period.end_utc))
    total = 0
    for condition in (dated, entered):
        total += session.scalar(select(func.coalesce(func.sum(Donation.cash_amount), 0))
                                .where(Donation.fund_source == "donated", condition)) or 0
    return total


def _spent(session: Session, first: date | None, last: date) -> dict[tuple[str, str], int]:
    """(fund source, category) -> net amount of expenses dated first..last (first None: from the start)."""
    query = select(Expense.fund_source, Expense.category, func.sum(Expense.amount)).where(Expense.spent_on <= last)
    if first is not None:
        query = query.where(Expense.spent_on >= first)
    return {(source, category): amount or 0 for source, category, amount in
            session.execute(query.group_by(Expense.fund_source, Expense.category))}


def _consignors(session: Session, first: date | None, last: date) -> int:
    query = select(func.coalesce(func.sum(ConsignorPayment.amount), 0)).where(ConsignorPayment.paid_on <= last)
    if first is not None:
        query = query.where(ConsignorPayment.paid_on >= first)
    return session.scalar(query) or 0


def _by_fund(spent: dict[tuple[str, str], int], consignors: int) -> dict[str, int]:
    totals = {source: 0 for source in EXPENSE_FUNDS}
    for (source, _category), amount in spent.items():
        totals[source] = totals.get(source, 0) + amount
    totals["sales"] += consignors
    return totals


def spending_figures(session: Session, period: Period) -> SpendingFigures:
    """Received, spent and the balances for the period (a month, a year or any date range)."""
    day_before = date.fromordinal(period.first.toordinal() - 1)
    received = {"donations": _cash_donations(session, period, before=False), "sales": money_totals.sales_money(session, period)}
    received_before = {"donations": _cash_donations(session, period, before=True),
                       "sales": money_totals.sales_money_before(session, period.start_utc)}
    spent_in = _spent(session, period.first, period.last)
    consignors = _consignors(session, period.first, period.last)
    spent = _by_fund(spent_in, consignors)
    spent_before = _by_fund(_spent(session, None, day_before), _consignors(session, None, day_before))
    funds = []
    for source in EXPENSE_FUNDS:
        opening = received_before[source] - spent_before[source]
        funds.append(FundBalance(source, opening, received[source], spent[source],
                                 opening + received[source] - spent[source]))
    by_category = tuple(CategorySpent(c, sum(a for (_s, cat), a in spent_in.items() if cat == c))
                        for c in EXPENSE_CATEGORIES)
    return SpendingFigures(funds=tuple(funds), by_category=by_category, consignor_payments=consignors)
