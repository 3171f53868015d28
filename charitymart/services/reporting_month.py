"""The month's figures for the public transparency report (公示).

Public document: the dataclass holds counts, money and consenting donors' names only, never a
non-consenting donor's name, a household's name or card number, or a volunteer's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from charitymart.services import audit, clock
from charitymart.services.context import get_store
from charitymart.services.reporting_common import month_period
from charitymart.services.reporting_households import HouseholdFigures, household_figures
from charitymart.services.reporting_intake import (
    AnonymousDonors,
    CategoryFigures,
    CorrectionNote,
    IntakeFigures,
    PublicDonor,
    corrections_entered,
    donated_by_category,
    donors,
    intake_figures,
)
from charitymart.services.reporting_sales import SalesTotals, sales_totals
from charitymart.services.reporting_stock import StockValue, stock_by_fund_source
from charitymart.services.reporting_volunteers import VolunteerFigures, volunteer_figures


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
    corrections: tuple[CorrectionNote, ...]  # of earlier months, entered this month
    # When and from which audit-chain head the figures were read: print both, so an auditor
    # can run `charitymart verify --head HASH`.
    generated_at: datetime  # naive UTC
    chain_head: str

    @property
    def stock_value(self) -> int:
        return sum(s.value for s in self.stock_at_month_end)


def month_figures(session: Session, year: int, month: int) -> MonthFigures:
    """Everything the month's 公示 prints. Read-only; run it in one transaction so all figures
    and the chain head come from the same state of the ledger."""
    store = get_store(session)
    period = month_period(session, year, month)
    intake = intake_figures(session, period)
    public, anonymous = donors(session, period)
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
        stock_at_month_end=stock_by_fund_source(session, period.end_utc if period.end_utc < clock.now() else None),
        corrections=corrections_entered(session, period),
        generated_at=clock.now(),
        chain_head=audit.head_hash(session),
    )
