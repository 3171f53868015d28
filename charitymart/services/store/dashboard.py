"""The manager's start page: today at a glance, gathered in one read-only query function.

Takings are today's net sales (refunds and voids entered today reduce them) by tender and by
fund source, from the same aggregation as the Z-report and the monthly report; donations are
this calendar month's donated intakes (goods value plus cash gifts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import WorkDecision, WorkEntry
from charitymart.services import clock
from charitymart.services.context import Actor, get_store, require_role, store_today
from charitymart.services.people import hours
from charitymart.services.reporting.common import date_period, month_period
from charitymart.services.reporting.intake import intake_figures
from charitymart.services.reporting.sales import SalesTotals, sales_totals
from charitymart.services.stock import control as stock

LIST_LIMIT = 50  # rows shown per list on the start page; the counts are exact
# Items below their reorder level are counted up to this many (then "more than"): an exact count
# sums the stock of every item with a level, linear in the catalogue (issue 15).
LOW_STOCK_COUNT_CAP = 1000


@dataclass(frozen=True)
class VolunteerOnDuty:
    code: str
    name: str
    since_local: datetime  # store-local, time-zone aware


@dataclass(frozen=True)
class Dashboard:
    day: date
    currency: str
    takings: SalesTotals
    donations_count: int  # donated intake records this month
    donations_value: int  # goods value + cash gifts, fen
    expiry_warning_days: int
    expiring: tuple[stock.LotAlert, ...]  # at most LIST_LIMIT, soonest first
    expiring_count: int
    expired_on_shelf_count: int
    low_stock: tuple[stock.ReorderAlert, ...]  # at most LIST_LIMIT, largest shortfall first
    low_stock_count: int  # exact up to LOW_STOCK_COUNT_CAP; LOW_STOCK_COUNT_CAP + 1 means "more"
    on_duty: tuple[VolunteerOnDuty, ...]
    pending_hours: int  # work entries waiting for a manager's decision
    expired_on_shelf: tuple[stock.LotAlert, ...] = ()  # the lots the warning counts, at most LIST_LIMIT


def pending_hours_count(session: Session) -> int:
    return session.scalar(
        select(func.count(WorkEntry.id))
        .outerjoin(WorkDecision, WorkDecision.entry_id == WorkEntry.id)
        .where(WorkDecision.id.is_(None))
    ) or 0


def today_at_a_glance(session: Session, actor: Actor) -> Dashboard:
    require_role(actor, "manager", "the start page needs a manager")
    store = get_store(session)
    today = store_today(session)
    donated = intake_figures(session, month_period(session, today.year, today.month))["donated"]
    # The lists stop at what the page shows; the counts are counted in SQL (issue 15: 1,400 lots
    # expiring and as many expired on a large store were read to show 50 of each).
    expiring = stock.expiring_lots(session, limit=LIST_LIMIT)
    expired = stock.expired_on_shelf(session, limit=LIST_LIMIT)
    on_duty = tuple(VolunteerOnDuty(code=d.code, name=d.name, since_local=clock.to_local(d.since, store.timezone))
                    for d in hours.on_duty(session))
    return Dashboard(
        day=today,
        currency=store.currency,
        takings=sales_totals(session, date_period(session, today, today)),
        donations_count=donated.records,
        donations_value=donated.goods_value + donated.cash_total,
        expiry_warning_days=store.expiry_warning_days,
        expiring=tuple(expiring),
        expiring_count=stock.expiring_count(session),
        expired_on_shelf_count=stock.expired_on_shelf_count(session),
        expired_on_shelf=tuple(expired),
        low_stock=tuple(stock.below_reorder(session, limit=LIST_LIMIT)),
        low_stock_count=stock.below_reorder_count(session, cap=LOW_STOCK_COUNT_CAP),
        on_duty=on_duty,
        pending_hours=pending_hours_count(session),
    )
