"""The month's figures for the public transparency report (公示).

Public document: the dataclass holds counts, money and consenting donors' names only, never a
non-consenting donor's name, a household's name or card number, or a volunteer's name.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import PublishedMonth
from charitymart.services import audit, clock
from charitymart.services.context import get_store
from charitymart.services.reporting.common import month_period
from charitymart.services.reporting.flows import (
    FundSourceFlow,
    HouseholdCategoryFigures,
    MoneyFigures,
    households_by_category,
    money_figures,
    stock_flow,
)
from charitymart.services.reporting.households import (
    HouseholdFigures,
    household_figures,
)
from charitymart.services.reporting.intake import (
    AnonymousDonors,
    CategoryFigures,
    CorrectionNote,
    IntakeFigures,
    PublicDonor,
    correction_reasons,
    corrections_entered,
    donated_by_category,
    donors,
    intake_figures,
)
from charitymart.services.reporting.sales import SalesTotals, sales_totals
from charitymart.services.reporting.spending import SpendingFigures, spending_figures
from charitymart.services.reporting.stock import StockValue, stock_by_fund_source, stock_day_or_now
from charitymart.services.reporting.volunteers import (
    HoursCorrectionNote,
    VolunteerFigures,
    hours_correction_reasons,
    hours_corrections_entered,
    volunteer_figures,
)


@dataclass(frozen=True)
class MonthPublication:
    """When the month was published (closed) and from which chain head."""

    published_at: datetime  # naive UTC
    chain_head: str
    figures_hash: str


@dataclass(frozen=True)
class MonthFigures:
    store_name: str
    currency: str
    timezone: str
    year: int
    month: int
    first: date
    last: date
    # Intake, by fund source: donated goods and cash, purchases, consignments.
    donated: IntakeFigures
    purchased: IntakeFigures
    consigned: IntakeFigures
    donated_by_category: tuple[CategoryFigures, ...]  # largest value first
    public_donors: tuple[PublicDonor, ...]  # consenting donors, largest total first
    anonymous_donors: AnonymousDonors  # everyone else, as one group (爱心人士)
    # Goods sold, income by fund source and by tender, counts; net of refunds, voids excluded.
    sales: SalesTotals
    households: HouseholdFigures
    volunteers: VolunteerFigures
    stock_at_month_end: tuple[StockValue, ...]  # by fund source
    corrections: tuple[CorrectionNote, ...]  # intakes of earlier months, entered this month
    hours_corrections: tuple[HoursCorrectionNote, ...]  # hours of earlier months approved this month
    # Money received by tender apart from value given to households (allowance, points, collections).
    money: MoneyFigures
    stock_flow: tuple[FundSourceFlow, ...]  # opening + terms = closing, by fund source
    households_by_category: tuple[HouseholdCategoryFigures, ...]
    # Money received by fund source, spent by category, balance carried forward and at month end.
    spending: SpendingFigures
    # When and from which audit-chain head the figures were read: print both, so an auditor
    # can run `charitymart verify --head HASH`.
    generated_at: datetime  # naive UTC
    chain_head: str
    publication: MonthPublication | None = None  # set once the month is published

    @property
    def stock_value(self) -> int:
        return sum(s.value for s in self.stock_at_month_end)


def published_month(session: Session, year: int, month: int) -> PublishedMonth | None:
    return session.scalar(select(PublishedMonth).where(PublishedMonth.year == year, PublishedMonth.month == month))


def _stock_at_end(session: Session, period, published: PublishedMonth | None) -> tuple[StockValue, ...]:
    """Month-end stock: the snapshot taken at publication (an old month would otherwise sum
    years of movements), else the movement ledger dated up to the month's last day (or now, if
    the month is not over), by business date: goods received in the month and entered later count."""
    if published is not None:
        return tuple(StockValue(source, quantity, value) for source, quantity, value in
                     json.loads(published.stock_snapshot))
    return stock_by_fund_source(session, stock_day_or_now(session, period.last))


def month_figures(session: Session, year: int, month: int) -> MonthFigures:
    """Everything the month's 公示 prints. Read-only; run it in one transaction so all figures
    and the chain head come from the same state of the ledger.

    A published month gives the figures it was published with: later changes dated in it are
    corrections, counted in the month they are entered in (see services.reporting.closing)."""
    store = get_store(session)
    period = month_period(session, year, month)
    published = published_month(session, year, month)
    intake = intake_figures(session, period)
    public, anonymous = donors(session, period)
    closing = _stock_at_end(session, period, published)
    until = min(period.end_utc, clock.now())
    # The end of the day before the month: the same as-of rule as the closing figure.
    opening = stock_by_fund_source(session, stock_day_or_now(session, period.first - timedelta(days=1)))
    return MonthFigures(
        store_name=store.name,
        currency=store.currency,
        timezone=store.timezone,
        year=year,
        month=month,
        first=period.first,
        last=period.last,
        donated=intake["donated"],
        purchased=intake["purchased"],
        consigned=intake["consigned"],
        donated_by_category=donated_by_category(session, period),
        public_donors=public,
        anonymous_donors=anonymous,
        sales=sales_totals(session, period),
        households=household_figures(session, period),
        volunteers=volunteer_figures(session, period),
        stock_at_month_end=closing,
        corrections=corrections_entered(session, period),
        hours_corrections=hours_corrections_entered(session, period),
        money=money_figures(session, period),
        stock_flow=stock_flow(session, period, until, opening, closing),
        households_by_category=households_by_category(session, period),
        spending=spending_figures(session, period),
        generated_at=clock.now(),
        chain_head=audit.head_hash(session),
        publication=None if published is None else MonthPublication(
            published_at=published.published_at, chain_head=published.chain_head,
            figures_hash=published.figures_hash),
    )


# Fields added after the first published months (revision 0007): left out of the legacy hash.
_ADDED_FIELDS = ("money", "stock_flow", "households_by_category", "spending")
# Added with revision 0011: months published before it were hashed without it.
_SPENDING_FIELDS = ("spending",)


def figures_hash(figures: MonthFigures) -> str:
    """sha256 of the figures' canonical JSON: every number the report prints, without when and
    from which head it was generated. Consenting donors count by their totals only, so a donor
    who later withdraws consent (and is then shown as anonymous) leaves the hash unchanged."""
    return _hash_of(dataclasses.asdict(figures), figures)


def legacy_figures_hash(session: Session, figures: MonthFigures) -> str:
    """The hash as releases before revision 0007 computed it (no money, flow or household
    categories; corrections with their free-text reasons), so a month published then still
    matches its figures. The reasons are read here, internally: they are never in the figures."""
    content = dataclasses.asdict(figures)
    for added in _ADDED_FIELDS:
        content.pop(added)
    period = month_period(session, figures.year, figures.month)
    goods_reasons, hours_reasons = correction_reasons(session, period), hours_correction_reasons(session, period)
    content["corrections"] = [
        {"donation_number": c.donation_number, "received_on": c.received_on, "fund_source": c.fund_source,
         "reason": goods_reasons.get(c.donation_number, ""), "goods_value": c.goods_value,
         "cash_amount": c.cash_amount} for c in figures.corrections]
    content["hours_corrections"] = [
        {"work_date": h.work_date, "credited_minutes": h.credited_minutes, "reason": reason}
        for h, reason in zip(figures.hours_corrections, hours_reasons)]
    return _hash_of(content, figures)


def figures_hash_before_spending(figures: MonthFigures) -> str:
    """The hash as releases before revision 0011 (expenses) computed it: without the spending."""
    content = dataclasses.asdict(figures)
    for added in _SPENDING_FIELDS:
        content.pop(added)
    return _hash_of(content, figures)


def figures_match(session: Session, figures: MonthFigures, published_hash: str) -> bool:
    return published_hash in (figures_hash(figures), figures_hash_before_spending(figures),
                              legacy_figures_hash(session, figures))


def figures_content(figures: MonthFigures) -> dict:
    """Every figure the report shows, as plain JSON values (what figures_hash covers): the month,
    the store, each section's numbers. A section added to MonthFigures joins it by itself.
    `verify --report` compares the copy embedded in a printed report with this."""
    return json.loads(_canonical_text(dataclasses.asdict(figures), figures))


def _canonical_text(content: dict, figures: MonthFigures) -> str:
    for volatile in ("generated_at", "chain_head", "publication", "public_donors", "anonymous_donors"):
        content.pop(volatile)
    everyone = [(d.donations, d.total) for d in figures.public_donors]
    content["donors"] = {
        "donations": sum(n for n, _ in everyone) + figures.anonymous_donors.donations,
        "total": sum(t for _, t in everyone) + figures.anonymous_donors.total,
    }
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _hash_of(content: dict, figures: MonthFigures) -> str:
    return hashlib.sha256(_canonical_text(content, figures).encode("utf-8")).hexdigest()
