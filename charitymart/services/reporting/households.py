"""Goods given to households: the public month figures (no names) and the private statements.

A household visit is a collection, or a sale paid at least partly by an allowance tender. The
household is the sale's beneficiary, or else the allowance tender's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    AllowanceEntry,
    Beneficiary,
    BeneficiaryCategory,
    Item,
    Sale,
    SaleLine,
    SaleVoid,
    Tender,
)
from charitymart.domain.periods import next_period_start, period_start
from charitymart.services.context import Actor, require_role
from charitymart.services.reporting.common import (
    Period,
    in_range,
    local_time,
    month_period,
    not_voided_by,
    sale_events,
)

ALLOWANCE = "allowance"


@dataclass(frozen=True)
class HouseholdFigures:
    """Public figures: counts and value only, never a name or card number."""

    households: int  # distinct households with a visit not voided by the month's end
    visits: int
    collections: int
    goods_value: int  # allowance tenders (collections and part-paid sales), net of refunds and voids


def household_figures(session: Session, period: Period) -> HouseholdFigures:
    allowance = and_(Tender.sale_id == Sale.id, Tender.kind == ALLOWANCE)
    visits, households, collections = session.execute(
        select(func.count(func.distinct(Sale.id)),
               func.count(func.distinct(func.coalesce(Sale.beneficiary_id, Tender.beneficiary_id))),
               func.count(func.distinct(case((Sale.kind == "collection", Sale.id)))))
        .select_from(Sale).outerjoin(Tender, allowance)
        .where(in_range(Sale.created_at, period.start_utc, period.end_utc), not_voided_by(period.end_utc),
               Sale.kind != "refund", or_(Sale.kind == "collection", Tender.id.is_not(None)))
    ).one()
    events = sale_events(period)
    value = session.scalar(
        select(func.coalesce(func.sum(events.c.sign * Tender.amount), 0)).select_from(events)
        .join(Tender, Tender.sale_id == events.c.sale_id).where(Tender.kind == ALLOWANCE)
    )
    return HouseholdFigures(households=households or 0, visits=visits or 0, collections=collections or 0,
                            goods_value=value or 0)


@dataclass(frozen=True)
class StatementLine:
    item_name: str
    item_name_en: str
    unit: str
    quantity: int  # negative on a refund or a void
    unit_price: int
    line_total: int


@dataclass(frozen=True)
class StatementVisit:
    receipt_number: str
    kind: str  # sale | collection | refund | void (a void entered this month of an earlier sale)
    local_time: datetime  # store-local, time-zone aware
    delivery: bool
    lines: tuple[StatementLine, ...]
    total: int
    allowance_used: int  # negative when allowance was given back (refund, void)
    other_paid: int  # total - allowance_used: cash, mobile, card or points


@dataclass(frozen=True)
class AllowancePeriod:
    """An allowance period the month touched, as its ledger stood at the month's end."""

    period_start: date
    period_end: date  # inclusive
    granted: int  # including carry-over
    used: int  # net of refunds and voids
    remaining: int


@dataclass(frozen=True)
class HouseholdStatement:
    """Private document for the household's signature: names and card numbers allowed."""

    card_number: str
    name: str
    category: str
    household_size: int
    first: date
    last: date
    visits: tuple[StatementVisit, ...]
    allowance_used: int  # in this month, net
    goods_value: int  # sum of visit totals, net
    periods: tuple[AllowancePeriod, ...]
    category_en: str = ""  # the category's English name, for English papers


def _household_sales(session: Session, period: Period) -> dict[int, list[tuple[int, int, datetime, int]]]:
    """{beneficiary id: [(sale id, sign, event time, allowance of the sale)]}, same-month voids cancelled."""
    # Allowance paid per sale, limited to the period's sales (the events) before grouping.
    tender_events = sale_events(period)
    allowance = (
        select(Tender.sale_id, func.sum(Tender.amount).label("amount"), func.max(Tender.beneficiary_id).label("ben"))
        .where(Tender.kind == ALLOWANCE, Tender.sale_id.in_(select(tender_events.c.sale_id)))
        .group_by(Tender.sale_id).subquery()
    )
    events = sale_events(period)
    rows = session.execute(
        select(Sale.id, events.c.sign, func.coalesce(Sale.beneficiary_id, allowance.c.ben), Sale.created_at,
               SaleVoid.created_at, func.coalesce(allowance.c.amount, 0))
        .select_from(events).join(Sale, Sale.id == events.c.sale_id)
        .outerjoin(allowance, allowance.c.sale_id == Sale.id)
        .outerjoin(SaleVoid, and_(SaleVoid.sale_id == Sale.id, events.c.sign < 0))
        .where(or_(Sale.beneficiary_id.is_not(None), allowance.c.ben.is_not(None)))
    ).all()
    signs: dict[int, int] = defaultdict(int)
    for sale_id, sign, *_ in rows:
        signs[sale_id] += sign
    out: dict[int, list] = defaultdict(list)
    for sale_id, sign, ben, made_at, voided_at, amount in rows:
        if signs[sale_id] == 0:
            continue  # made and voided within the month: nothing happened
        out[ben].append((sale_id, sign, voided_at if sign < 0 else made_at, amount))
    return out


def beneficiary_statements(session: Session, actor: Actor, year: int, month: int) -> tuple[HouseholdStatement, ...]:
    """One statement per household with a visit (or a void of one) in the month, by card number.
    They name households, so only for a manager.

    Every sale recorded against the household's card is listed (also one paid in cash only);
    allowance periods are those the month's allowance payments touched, as at the month's end.
    """
    require_role(actor, "manager", "household statements name households: they need a manager")
    period = month_period(session, year, month)
    per_household = _household_sales(session, period)
    if not per_household:
        return ()
    sale_ids = sorted({sale_id for visits in per_household.values() for sale_id, *_ in visits})
    sales = {}
    lines: dict[int, list[StatementLine]] = defaultdict(list)
    for start in range(0, len(sale_ids), 500):
        chunk = sale_ids[start:start + 500]
        sales.update({s.id: s for s in session.execute(
            select(Sale.id, Sale.receipt_number, Sale.kind, Sale.delivery, Sale.total).where(Sale.id.in_(chunk)))})
        for sale_id, name, name_en, unit, quantity, price, total in session.execute(
            select(SaleLine.sale_id, Item.name, Item.name_en, Item.unit, SaleLine.quantity, SaleLine.unit_price,
                   SaleLine.line_total)
            .join(Item, Item.id == SaleLine.item_id).where(SaleLine.sale_id.in_(chunk))
            .order_by(SaleLine.sale_id, SaleLine.line_no)
        ):
            lines[sale_id].append(StatementLine(name, name_en, unit, quantity, price, total))

    households = session.execute(
        select(Beneficiary.id, Beneficiary.card_number, Beneficiary.name, BeneficiaryCategory.name,
               Beneficiary.household_size, Beneficiary.period, BeneficiaryCategory.name_en)
        .join(BeneficiaryCategory, BeneficiaryCategory.id == Beneficiary.category_id)
        .where(Beneficiary.id.in_(list(per_household)))
        .order_by(Beneficiary.card_number)
    ).all()
    built = []
    touched: dict[int, set[date]] = defaultdict(set)
    english = {ben_id: category_en for ben_id, *_, category_en in households}
    for ben_id, card, name, category, size, rule_period, _ in households:
        visits = []
        for sale_id, sign, at, allowance in sorted(per_household[ben_id], key=lambda v: (v[2], v[0])):
            sale = sales[sale_id]
            sale_lines = tuple(StatementLine(ln.item_name, ln.item_name_en, ln.unit, sign * ln.quantity,
                                             ln.unit_price, sign * ln.line_total) for ln in lines[sale_id])
            local = local_time(at, period.timezone)
            visits.append(StatementVisit(
                receipt_number=sale.receipt_number, kind=sale.kind if sign > 0 else "void", local_time=local,
                delivery=sale.delivery, lines=sale_lines, total=sign * sale.total,
                allowance_used=sign * allowance, other_paid=sign * (sale.total - allowance),
            ))
            if allowance:
                # Allowance entries always go to the period current when they are written.
                touched[ben_id].add(period_start(local.date(), rule_period))
        built.append((ben_id, card, name, category, size, rule_period, visits))
    balances = _allowance_balances(session, touched, period)
    return tuple(
        HouseholdStatement(
            card_number=card, name=name, category=category, category_en=english[ben_id] or "",
            household_size=size, first=period.first,
            last=period.last, visits=tuple(visits), allowance_used=sum(v.allowance_used for v in visits),
            goods_value=sum(v.total for v in visits),
            periods=tuple(_balance(start, rule_period, *balances.get((ben_id, start), (0, 0)))
                          for start in sorted(touched.get(ben_id, ()))),
        )
        for ben_id, card, name, category, size, rule_period, visits in built
    )


def _balance(start: date, rule_period: str, granted: int, net: int) -> AllowancePeriod:
    end = next_period_start(start, rule_period) - timedelta(days=1)
    return AllowancePeriod(period_start=start, period_end=end, granted=granted, used=-net, remaining=granted + net)


def _allowance_balances(session: Session, touched: dict[int, set[date]],
                        period: Period) -> dict[tuple[int, date], tuple[int, int]]:
    """{(household, period start): (granted, net of uses and credits)} as written before the month's end."""
    starts = sorted(set().union(*touched.values())) if touched else []
    ids = sorted(touched)
    out: dict[tuple[int, date], list[int]] = {}
    is_grant = AllowanceEntry.kind == "grant"
    for first in range(0, len(ids), 500):
        for ben_id, start, grant, amount in session.execute(
            select(AllowanceEntry.beneficiary_id, AllowanceEntry.period_start, is_grant,
                   func.sum(AllowanceEntry.amount))
            .where(AllowanceEntry.beneficiary_id.in_(ids[first:first + 500]),
                   AllowanceEntry.period_start.in_(starts), AllowanceEntry.created_at < period.end_utc)
            .group_by(AllowanceEntry.beneficiary_id, AllowanceEntry.period_start, is_grant)
        ):
            if start in touched[ben_id]:
                out.setdefault((ben_id, start), [0, 0])[0 if grant else 1] += amount or 0
    return {key: (granted, net) for key, (granted, net) in out.items()}
