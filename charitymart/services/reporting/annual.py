"""The year's figures for the annual report (年度工作报告): built from the months' figures.

Every money, goods and hours figure is the sum of the twelve months' 公示 figures (the months of
the year that have begun, for a year still running): income by tender, value given to
households, goods received by fund source, the stock flow (January's opening, the months' terms,
the last month's closing), visits and allowance by household category, volunteer hours, spending
by category and the balances (January's carried forward, the last month's end). A published
month counts with the figures it was published with. Distinct counts (households helped,
volunteers who served) are counted over the whole year, since a household helped in three months
is one household. Public, like the 公示: counts and totals, never a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from charitymart.db.models import EXPENSE_CATEGORIES, EXPENSE_FUNDS, FUND_SOURCES
from charitymart.services import audit, clock
from charitymart.services.context import get_store, store_today
from charitymart.services.errors import ValidationError
from charitymart.services.reporting.common import date_period
from charitymart.services.reporting.flows import (
    FlowTerm,
    FundSourceFlow,
    HouseholdCategoryFigures,
    MoneyFigures,
    households_by_category,
)
from charitymart.services.reporting.households import household_figures
from charitymart.services.reporting.month import MonthFigures, month_figures
from charitymart.services.reporting.sales import KindAmount
from charitymart.services.reporting.spending import CategorySpent, FundBalance, SpendingFigures
from charitymart.services.reporting.stock import StockValue
from charitymart.services.reporting.volunteers import minutes_to_hours, volunteer_figures


@dataclass(frozen=True)
class MonthLine:
    """One row of the per-month table."""

    month: int
    sales_income: int  # money received from sales (money tenders)
    cash_donations: int
    donated_goods_value: int
    value_given: int  # allowance, free collections, points
    visits: int  # household visits
    volunteer_minutes: int
    spent: int
    balance: int  # all funds, at the month's end

    @property
    def volunteer_hours(self) -> Decimal:
        return minutes_to_hours(self.volunteer_minutes)


@dataclass(frozen=True)
class GoodsIn:
    fund_source: str
    records: int
    quantity: int
    value: int
    weight_g: int


@dataclass(frozen=True)
class AnnualFigures:
    store_name: str
    currency: str
    timezone: str
    year: int
    first: date
    last: date  # the last day counted: the year's end, or the end of the current month
    months: tuple[MonthLine, ...]
    money: MoneyFigures  # summed over the months
    goods_in: tuple[GoodsIn, ...]  # by fund source, summed
    cash_donations: int
    stock_flow: tuple[FundSourceFlow, ...]
    households_helped: int  # distinct over the year
    households_by_category: tuple[HouseholdCategoryFigures, ...]  # households distinct, visits and value summed
    visits: int
    volunteers: int  # distinct over the year
    volunteer_minutes: int
    spending: SpendingFigures
    generated_at: datetime
    chain_head: str

    @property
    def volunteer_hours(self) -> Decimal:
        return minutes_to_hours(self.volunteer_minutes)


def _months_counted(session: Session, year: int) -> list[int]:
    today = store_today(session)
    if year > today.year:
        raise ValidationError("{year} has not begun yet", field="year", year=year)
    return list(range(1, 13 if year < today.year else today.month + 1))


def _money(months: list[MonthFigures]) -> MoneyFigures:
    kinds: dict[str, int] = {}
    for m in months:
        for t in m.money.received:
            kinds[t.kind] = kinds.get(t.kind, 0) + t.amount
    return MoneyFigures(received=tuple(KindAmount(k, a) for k, a in kinds.items()),
                        allowance_in_sales=sum(m.money.allowance_in_sales for m in months),
                        free_collections=sum(m.money.free_collections for m in months),
                        points=sum(m.money.points for m in months))


def _flow(months: list[MonthFigures]) -> tuple[FundSourceFlow, ...]:
    flows = []
    for source in FUND_SOURCES:
        per_month = [next(f for f in m.stock_flow if f.fund_source == source) for m in months]
        terms = tuple(FlowTerm(t.term, sum(f.term(t.term).quantity for f in per_month),
                               sum(f.term(t.term).value for f in per_month)) for t in per_month[0].terms)
        flows.append(FundSourceFlow(source, per_month[0].opening, terms, per_month[-1].closing))
    return tuple(flows)


def _goods_in(months: list[MonthFigures]) -> tuple[GoodsIn, ...]:
    found = []
    for source in FUND_SOURCES:
        parts = [getattr(m, source) for m in months]
        found.append(GoodsIn(source, sum(p.records for p in parts), sum(p.goods_quantity for p in parts),
                             sum(p.goods_value for p in parts), sum(p.weight_g for p in parts)))
    return tuple(found)


def _households(session, period, months: list[MonthFigures]) -> tuple[HouseholdCategoryFigures, ...]:
    distinct = {(c.category, c.category_en): c.households for c in households_by_category(session, period)}
    summed: dict[tuple[str, str], list[int]] = {}
    for m in months:
        for c in m.households_by_category:
            entry = summed.setdefault((c.category, c.category_en), [0, 0])
            entry[0] += c.visits
            entry[1] += c.value
    return tuple(HouseholdCategoryFigures(name, name_en, distinct.get((name, name_en), 0), visits, value)
                 for (name, name_en), (visits, value) in summed.items())


def _spending(months: list[MonthFigures]) -> SpendingFigures:
    funds = []
    for source in EXPENSE_FUNDS:
        parts = [m.spending.fund(source) for m in months]
        received, spent = sum(p.received for p in parts), sum(p.spent for p in parts)
        funds.append(FundBalance(source, parts[0].opening, received, spent, parts[-1].closing))
    by_category = tuple(CategorySpent(c, sum(next(x.amount for x in m.spending.by_category if x.category == c)
                                             for m in months)) for c in EXPENSE_CATEGORIES)
    return SpendingFigures(funds=tuple(funds), by_category=by_category,
                           consignor_payments=sum(m.spending.consignor_payments for m in months))


def _line(m: MonthFigures) -> MonthLine:
    return MonthLine(month=m.month, sales_income=m.money.received_total, cash_donations=m.spending.fund(
        "donations").received, donated_goods_value=m.donated.goods_value, value_given=m.money.given_total,
        visits=m.households.visits, volunteer_minutes=m.volunteers.credited_minutes, spent=m.spending.spent,
        balance=m.spending.closing)


def _quiet(m: MonthFigures) -> bool:
    """Nothing happened in the month and nothing was held: a month before the shop's first record."""
    line = _line(m)
    return (not any((line.sales_income, line.cash_donations, line.donated_goods_value, line.value_given, line.visits,
                     line.volunteer_minutes, line.spent, line.balance, m.spending.opening, m.purchased.records,
                     m.consigned.records, m.donated.records))
            and all(f.opening.quantity == 0 and f.closing.quantity == 0 for f in m.stock_flow))


def annual_figures(session: Session, year: int) -> AnnualFigures:
    """The year's figures (read-only; run in one transaction so every month and the chain head
    come from the same state of the ledger). Months before the shop's first record are left
    out (they are all zeros); a year still running ends today."""
    store = get_store(session)
    counted = _months_counted(session, year)
    months = [month_figures(session, year, m) for m in counted]
    while len(months) > 1 and _quiet(months[0]):
        months.pop(0)
    period = date_period(session, months[0].first, min(months[-1].last, store_today(session)))
    volunteers = volunteer_figures(session, period)
    return AnnualFigures(
        store_name=store.name, currency=store.currency, timezone=store.timezone, year=year,
        first=period.first, last=period.last, months=tuple(_line(m) for m in months), money=_money(months),
        goods_in=_goods_in(months), cash_donations=sum(m.spending.fund("donations").received for m in months),
        stock_flow=_flow(months), households_helped=household_figures(session, period).households,
        households_by_category=_households(session, period, months), visits=sum(m.households.visits for m in months),
        volunteers=volunteers.headcount, volunteer_minutes=sum(m.volunteers.credited_minutes for m in months),
        spending=_spending(months), generated_at=clock.now(), chain_head=audit.head_hash(session),
    )


__all__ = ["AnnualFigures", "MonthLine", "GoodsIn", "annual_figures", "StockValue"]
