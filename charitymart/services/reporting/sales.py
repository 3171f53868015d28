"""Sales figures: totals by tender kind and fund source (per period or per day); consignor settlement.

Every figure is aggregated in SQL over the signed sale events of `reporting_common` (refunds
and voids reduce the period they are entered in).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    FUND_SOURCES,
    TENDER_KINDS,
    Item,
    Lot,
    Party,
    Sale,
    SaleLine,
    SaleLineLot,
    SaleVoid,
    Tender,
)
from charitymart.services.context import Actor, require_role
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.reporting.common import (
    Period,
    date_period,
    day_index,
    in_range,
    month_period,
    not_voided_by,
    sale_events,
    unindexed,
)


@dataclass(frozen=True)
class KindAmount:
    kind: str  # a tender kind
    amount: int


@dataclass(frozen=True)
class FundSourceAmount:
    fund_source: str  # donated | purchased | consigned
    quantity: int
    amount: int


@dataclass(frozen=True)
class SalesTotals:
    """Net figures for a period: sales + collections + refunds - voids. Money in fen."""

    total: int  # sum of sale totals; equals the tenders' sum and the fund sources' sum
    tenders: tuple[KindAmount, ...]  # every tender kind, in TENDER_KINDS order
    fund_sources: tuple[FundSourceAmount, ...]  # every fund source, in FUND_SOURCES order
    sales: int  # ordinary sales made and not voided by the period's end
    collections: int
    refunds: int
    refunds_total: int  # negative: the refunds' totals
    voids: int  # voids entered in the period
    voids_total: int  # the totals of the sales they voided

    def tender(self, kind: str) -> int:
        return next((t.amount for t in self.tenders if t.kind == kind), 0)

    def fund_source(self, source: str) -> FundSourceAmount:
        return next(f for f in self.fund_sources if f.fund_source == source)


@dataclass(frozen=True)
class DaySales:
    day: date
    totals: SalesTotals


@dataclass(frozen=True)
class SalesSummary:
    first: date
    last: date
    days: tuple[DaySales, ...]  # every day of the range, quiet days included
    totals: SalesTotals


def _totals_by_bucket(session: Session, period: Period, by_day: bool) -> dict[int, SalesTotals]:
    """SalesTotals per local day (by_day) or for the whole period (bucket 0)."""
    buckets = range((period.last - period.first).days + 1) if by_day else range(1)
    edges = period.day_edges() if by_day else []
    totals, tenders, sources = _money_by_bucket(session, period, by_day)
    counts, voids = _counts_by_bucket(session, period, edges)
    return {
        b: SalesTotals(
            total=totals.get(b, 0),
            tenders=tuple(KindAmount(k, tenders[b].get(k, 0)) for k in _ordered(TENDER_KINDS, tenders[b])),
            fund_sources=tuple(FundSourceAmount(s, *sources[b].get(s, (0, 0)))
                               for s in _ordered(FUND_SOURCES, sources[b])),
            sales=counts[b].get("sale", (0, 0))[0],
            collections=counts[b].get("collection", (0, 0))[0],
            refunds=counts[b].get("refund", (0, 0))[0],
            refunds_total=counts[b].get("refund", (0, 0))[1],
            voids=voids.get(b, (0, 0))[0],
            voids_total=voids.get(b, (0, 0))[1],
        )
        for b in buckets
    }


def _money_by_bucket(session: Session, period: Period, by_day: bool):
    """Signed sums over the sale events: totals, tenders by kind, lot splits by fund source."""
    events = sale_events(period, by_day)
    sign = events.c.sign
    totals: dict[int, int] = {}
    tenders: dict[int, dict[str, int]] = defaultdict(dict)
    sources: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for day, total in session.execute(
        select(events.c.day, func.sum(sign * Sale.total)).select_from(events)
        .join(Sale, Sale.id == events.c.sale_id).group_by(events.c.day)
    ):
        totals[day] = total or 0
    for day, kind, amount in session.execute(
        select(events.c.day, Tender.kind, func.sum(sign * Tender.amount)).select_from(events)
        .join(Tender, Tender.sale_id == events.c.sale_id).group_by(events.c.day, Tender.kind)
    ):
        tenders[day][kind] = amount or 0
    for day, source, quantity, amount in session.execute(
        select(events.c.day, SaleLineLot.fund_source, func.sum(sign * SaleLineLot.quantity),
               func.sum(sign * SaleLineLot.amount))
        .select_from(events)
        .join(SaleLine, SaleLine.sale_id == events.c.sale_id)
        .join(SaleLineLot, SaleLineLot.sale_line_id == SaleLine.id)
        .group_by(events.c.day, SaleLineLot.fund_source)
    ):
        sources[day][source] = (quantity or 0, amount or 0)
    return totals, tenders, sources


def _counts_by_bucket(session: Session, period: Period, edges: list[datetime]):
    """Sales by kind made and not voided by the period's end; voids entered, with the voided totals."""
    made_day = day_index(Sale.created_at, edges) if edges else literal(0)
    made = (
        select(made_day.label("day"), Sale.kind, func.count(), func.sum(Sale.total))
        .where(in_range(Sale.created_at, period.start_utc, period.end_utc), not_voided_by(period.end_utc))
    )
    counts: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for day, kind, count, total in session.execute(made.group_by(made_day, Sale.kind) if edges
                                                   else made.group_by(Sale.kind)):
        counts[day][kind] = (count, total or 0)
    void_day = day_index(SaleVoid.created_at, edges) if edges else literal(0)
    entered = (
        select(void_day.label("day"), func.count(), func.sum(Sale.total))
        .select_from(SaleVoid).join(Sale, Sale.id == SaleVoid.sale_id)
        .where(in_range(SaleVoid.created_at, period.start_utc, period.end_utc))
    )
    voids = {day: (count, total or 0) for day, count, total in
             session.execute(entered.group_by(void_day) if edges else entered) if count}
    return counts, voids


def _ordered(known: tuple[str, ...], seen: dict) -> list[str]:
    """The known kinds in their usual order, then any unexpected kind found in the data (not lost)."""
    return list(known) + sorted(k for k in seen if k not in known)


def sales_totals(session: Session, period: Period) -> SalesTotals:
    return _totals_by_bucket(session, period, by_day=False)[0]


def sales_summary(session: Session, first_date: date, last_date: date) -> SalesSummary:
    """Totals by tender kind and fund source for each local day of first..last, and for the range."""
    period = date_period(session, first_date, last_date)
    by_day = _totals_by_bucket(session, period, by_day=True)
    days = tuple(DaySales(day=period.day(i), totals=t) for i, t in sorted(by_day.items()))
    return SalesSummary(first=first_date, last=last_date, days=days, totals=_sum_totals([d.totals for d in days]))


def _sum_totals(parts: list[SalesTotals]) -> SalesTotals:
    """The range's totals are the days' sums: each day counts sales not voided by the range's end,
    like the whole range does, so no second pass over the rows is needed."""
    tenders: dict[str, int] = {}
    sources: dict[str, list[int]] = {}
    for part in parts:
        for t in part.tenders:
            tenders[t.kind] = tenders.get(t.kind, 0) + t.amount
        for f in part.fund_sources:
            sums = sources.setdefault(f.fund_source, [0, 0])
            sums[0] += f.quantity
            sums[1] += f.amount
    return SalesTotals(
        total=sum(p.total for p in parts),
        tenders=tuple(KindAmount(k, tenders.get(k, 0)) for k in _ordered(TENDER_KINDS, tenders)),
        fund_sources=tuple(FundSourceAmount(f, *sources.get(f, (0, 0))) for f in _ordered(FUND_SOURCES, sources)),
        **{name: sum(getattr(p, name) for p in parts)
           for name in ("sales", "collections", "refunds", "refunds_total", "voids", "voids_total")},
    )


@dataclass(frozen=True)
class SettlementLine:
    item_id: int
    item_name: str
    item_name_en: str
    unit: str
    quantity: int  # net of refunds, voids excluded
    amount: int  # sales amount in fen


@dataclass(frozen=True)
class ConsignorSettlement:
    party_code: str
    name: str
    first: date
    last: date
    shop_share_bp: int  # basis points: 1500 = 15 %
    lines: tuple[SettlementLine, ...]
    quantity: int
    amount: int
    shop_share: int  # round(amount * bp / 10000), halves away from zero, on the month's total
    owed: int  # amount - shop_share: what the shop pays the consignor


def share_of(amount: int, basis_points: int) -> int:
    """The shop's share in whole fen, rounding halves away from zero (half-up on the magnitude).

    Taken once on the period's total rather than per item, so the statement's share is one
    rounding, not the sum of many; a net-negative month (refunds) gives a negative share.
    """
    magnitude = (abs(amount) * basis_points + 5000) // 10000
    return magnitude if amount >= 0 else -magnitude


def consignor_settlement(session: Session, actor: Actor, party_code: str, year: int,
                         month: int) -> ConsignorSettlement:
    require_role(actor, "manager", "consignor settlements show what is owed to people: they need a manager")
    party = session.scalar(select(Party).where(Party.code == party_code))
    if party is None:
        raise NotFoundError("no consignor with code {code}", field="party_code", code=party_code)
    if party.kind != "consignor":
        raise ValidationError("{code} is not a consignor", field="party_code", code=party_code)
    period = month_period(session, year, month)
    # Two stages: net quantity and money per lot over the month's sale events, then the
    # consignor's lots among them. Filtering lots in one flat join let SQLite (without ANALYZE
    # statistics) scan every sale line ever written instead of the month's.
    events = sale_events(period)
    lot_key = unindexed(SaleLineLot.lot_id)
    per_lot = (
        select(lot_key.label("lot_id"), func.sum(events.c.sign * SaleLineLot.quantity).label("quantity"),
               func.sum(events.c.sign * SaleLineLot.amount).label("amount"))
        .select_from(events)
        .join(SaleLine, SaleLine.sale_id == events.c.sale_id)
        .join(SaleLineLot, SaleLineLot.sale_line_id == SaleLine.id)
        .group_by(lot_key).subquery("per_lot")
    )
    rows = session.execute(
        select(Item.id, Item.name, Item.name_en, Item.unit, func.sum(per_lot.c.quantity), func.sum(per_lot.c.amount))
        .select_from(per_lot)
        .join(Lot, Lot.id == per_lot.c.lot_id)
        .join(Item, Item.id == Lot.item_id)
        .where(Lot.party_id == party.id, Lot.fund_source == "consigned")
        .group_by(Item.id, Item.name, Item.name_en, Item.unit)
        .order_by(Item.name, Item.id)
    ).all()
    # An item whose sales were all voided or refunded within the month nets to zero: left out.
    # int(): PostgreSQL sums a sum (bigint) as numeric, which arrives as a Decimal.
    lines = tuple(SettlementLine(i, n, ne, u, int(q or 0), int(a or 0)) for i, n, ne, u, q, a in rows if q or a)
    amount = sum(line.amount for line in lines)
    share = share_of(amount, party.shop_share_bp)
    return ConsignorSettlement(
        party_code=party.code, name=party.name, first=period.first, last=period.last,
        shop_share_bp=party.shop_share_bp, lines=lines, quantity=sum(line.quantity for line in lines),
        amount=amount, shop_share=share, owed=amount - share,
    )
