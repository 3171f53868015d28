"""The month's money and goods flows for the 公示: money received by tender apart from the value
given to households, the stock flow that closes (opening + in - out = closing, per fund source,
in units and in fen), and households helped by category.

Read-only and aggregated in SQL. Sales follow the signed sale events of reporting.common
(refunds and voids reduce the period they are entered in). Stock movements count in the period
they are dated in (`_moved_in`), the same moments the as-of stock figures use, so the flow's
terms add up exactly to the difference between the opening and closing stock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    FUND_SOURCES,
    TENDER_KINDS,
    Beneficiary,
    BeneficiaryCategory,
    Lot,
    Sale,
    SaleLine,
    SaleLineLot,
    StockAdjustment,
    StockMovement,
    Tender,
)
from charitymart.services.context import store_today
from charitymart.services.reporting.common import Period, in_range, not_voided_by, sale_events
from charitymart.services.reporting.sales import KindAmount
from charitymart.services.reporting.stock import StockValue

GIVEN_KINDS = ("allowance", "points")  # tenders that are value given, not money received

# The stock flow's terms, in print order, each signed as it changes the stock.
FLOW_TERMS = ("received", "sold", "refunded_written_off", "given", "expired", "damaged", "lost", "transferred",
              "stocktake", "other")
WRITE_OFF_REASONS = ("expired", "damaged", "lost", "transferred")


@dataclass(frozen=True)
class MoneyFigures:
    """Money received (cash, mobile, card, ...) apart from value given to households."""

    received: tuple[KindAmount, ...]  # money tenders, net of refunds and voids
    allowance_in_sales: int  # allowance paying (part of) ordinary sales
    free_collections: int  # goods collected free against the allowance, at shop prices
    points: int  # time-bank points spent, at their value

    @property
    def received_total(self) -> int:
        return sum(t.amount for t in self.received)

    @property
    def given_total(self) -> int:
        return self.allowance_in_sales + self.free_collections + self.points


def money_figures(session: Session, period: Period) -> MoneyFigures:
    events = sale_events(period)
    found: dict[tuple[str, str], int] = {}
    for sale_kind, kind, amount in session.execute(
        select(Sale.kind, Tender.kind, func.sum(events.c.sign * Tender.amount)).select_from(events)
        .join(Sale, Sale.id == events.c.sale_id).join(Tender, Tender.sale_id == events.c.sale_id)
        .group_by(Sale.kind, Tender.kind)
    ):
        found[(sale_kind, kind)] = amount or 0
    by_kind: dict[str, int] = {}
    for (_sale_kind, kind), amount in found.items():
        if kind not in GIVEN_KINDS:
            by_kind[kind] = by_kind.get(kind, 0) + amount
    kinds = [k for k in TENDER_KINDS if k not in GIVEN_KINDS] + sorted(set(by_kind) - set(TENDER_KINDS))
    collections = sum(a for (sale_kind, kind), a in found.items() if kind == "allowance" and sale_kind == "collection")
    allowance = sum(a for (_s, kind), a in found.items() if kind == "allowance") - collections
    return MoneyFigures(received=tuple(KindAmount(k, by_kind.get(k, 0)) for k in kinds),
                        allowance_in_sales=allowance, free_collections=collections,
                        points=sum(a for (_s, kind), a in found.items() if kind == "points"))


@dataclass(frozen=True)
class FlowTerm:
    term: str  # one of FLOW_TERMS
    quantity: int  # signed as it changes the stock: received +, sold -, ...
    value: int  # fen, quantity * the lots' estimated unit values


@dataclass(frozen=True)
class FundSourceFlow:
    """opening + sum(terms) == closing, in units and in fen."""

    fund_source: str
    opening: StockValue
    terms: tuple[FlowTerm, ...]  # every term of FLOW_TERMS, in that order, zeros included
    closing: StockValue

    def term(self, name: str) -> FlowTerm:
        return next(t for t in self.terms if t.term == name)

    @property
    def closes(self) -> bool:
        return (self.opening.quantity + sum(t.quantity for t in self.terms) == self.closing.quantity
                and self.opening.value + sum(t.value for t in self.terms) == self.closing.value)


def _moved_in(first: date, last: date):
    """Movements whose business date is in [first, last]: the same column the as-of stock
    queries read, so opening + terms == closing even for goods entered late."""
    return StockMovement.business_date.between(first, last)


def _movement_term():
    """The flow term of a stock movement (joined to its sale line's sale and its adjustment)."""
    return case(
        (StockMovement.kind == "intake", literal("received")),
        (and_(StockMovement.kind.in_(("sale", "void")), Sale.kind == "collection"), literal("given")),
        (StockMovement.kind.in_(("sale", "void", "refund")), literal("sold")),
        (and_(StockMovement.kind == "adjustment", StockAdjustment.reason.in_(WRITE_OFF_REASONS)),
         StockAdjustment.reason),
        (and_(StockMovement.kind == "adjustment", StockAdjustment.reason.in_(("found", "stocktake"))),
         literal("stocktake")),
        else_=literal("other"),
    )


def stock_flow(session: Session, period: Period, until_utc: datetime, opening: tuple[StockValue, ...],
               closing: tuple[StockValue, ...]) -> tuple[FundSourceFlow, ...]:
    """Per fund source: the opening stock, each term of the movements with a business date in the
    period (up to today in a month still running), the closing stock; refunds not restocked are
    those entered from the period's start until `until_utc`.

    Goods refunded and not restocked made no movement (they left stock when sold): they are
    shown as their own write-off term and taken off "sold", so "sold" is net of every refund."""
    term = _movement_term()
    sums: dict[tuple[str, str], list[int]] = {}
    for source, name, quantity, value in session.execute(
        select(Lot.fund_source, term, func.sum(StockMovement.quantity),
               func.sum(StockMovement.quantity * Lot.unit_value))
        .select_from(StockMovement).join(Lot, Lot.id == StockMovement.lot_id)
        .outerjoin(SaleLine, SaleLine.id == StockMovement.sale_line_id)
        .outerjoin(Sale, Sale.id == SaleLine.sale_id)
        .outerjoin(StockAdjustment, StockAdjustment.id == StockMovement.adjustment_id)
        .where(_moved_in(period.first, min(period.last, store_today(session))))
        .group_by(Lot.fund_source, term)
    ):
        sums[(source, name)] = [quantity or 0, value or 0]
    for source, quantity, value in session.execute(
        select(SaleLineLot.fund_source, func.sum(SaleLineLot.quantity),
               func.sum(SaleLineLot.quantity * Lot.unit_value))
        .select_from(Sale).join(SaleLine, SaleLine.sale_id == Sale.id)
        .join(SaleLineLot, SaleLineLot.sale_line_id == SaleLine.id).join(Lot, Lot.id == SaleLineLot.lot_id)
        .where(Sale.kind == "refund", SaleLine.restock.is_(False), in_range(Sale.created_at, period.start_utc,
                                                                            until_utc))
        .group_by(SaleLineLot.fund_source)
    ):
        # Refund lot rows carry negative quantities: the units written off are -quantity.
        sold = sums.setdefault((source, "sold"), [0, 0])
        sold[0] -= quantity or 0
        sold[1] -= value or 0
        sums[(source, "refunded_written_off")] = [quantity or 0, value or 0]
    opening_by = {s.fund_source: s for s in opening}
    closing_by = {s.fund_source: s for s in closing}
    seen = {s for s, _ in sums} | set(opening_by) | set(closing_by)
    sources = list(FUND_SOURCES) + sorted(seen - set(FUND_SOURCES))
    return tuple(
        FundSourceFlow(
            fund_source=source,
            opening=opening_by.get(source, StockValue(source, 0, 0)),
            terms=tuple(FlowTerm(name, *sums.get((source, name), (0, 0))) for name in FLOW_TERMS),
            closing=closing_by.get(source, StockValue(source, 0, 0)),
        )
        for source in sources
    )


@dataclass(frozen=True)
class HouseholdCategoryFigures:
    """Households helped in one household category: counts and value, never a name."""

    category: str
    category_en: str
    households: int
    visits: int
    value: int  # allowance tenders of the category's visits, net of refunds and voids


def households_by_category(session: Session, period: Period) -> tuple[HouseholdCategoryFigures, ...]:
    household = func.coalesce(Sale.beneficiary_id, Tender.beneficiary_id)
    allowance = and_(Tender.sale_id == Sale.id, Tender.kind == "allowance")
    counts = {
        category_id: (households or 0, visits or 0)
        for category_id, households, visits in session.execute(
            select(Beneficiary.category_id, func.count(func.distinct(household)), func.count(func.distinct(Sale.id)))
            .select_from(Sale).outerjoin(Tender, allowance).join(Beneficiary, Beneficiary.id == household)
            .where(in_range(Sale.created_at, period.start_utc, period.end_utc), not_voided_by(period.end_utc),
                   Sale.kind != "refund", or_(Sale.kind == "collection", Tender.id.is_not(None)))
            .group_by(Beneficiary.category_id)
        )
    }
    events = sale_events(period)
    values = dict(session.execute(
        select(Beneficiary.category_id, func.sum(events.c.sign * Tender.amount)).select_from(events)
        .join(Tender, Tender.sale_id == events.c.sale_id).join(Beneficiary, Beneficiary.id == Tender.beneficiary_id)
        .where(Tender.kind == "allowance").group_by(Beneficiary.category_id)
    ).all())
    names = {c.id: (c.name, c.name_en) for c in session.scalars(select(BeneficiaryCategory))}
    rows = [HouseholdCategoryFigures(*names.get(cid, ("", "")), *counts.get(cid, (0, 0)), values.get(cid) or 0)
            for cid in set(counts) | set(values)]
    return tuple(sorted(rows, key=lambda r: (-r.households, -r.value, r.category)))
