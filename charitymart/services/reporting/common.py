"""Shared pieces of the reporting queries: periods in the store's time zone and signed sale events.

How sales, refunds and voids enter a period (every reporting query follows this):
- A sale, collection or refund counts in the period its row was created in (store-local time).
  Refunds carry negative quantities and totals, so a refund in a later month reduces that month.
- A void counts in the period the void was entered: it subtracts the sale it voids. A sale
  voided in the same period therefore nets to nothing (it is "excluded"); a sale voided after
  its period has closed stays in the published period and is subtracted from the next one, so a
  month's figures never change once the month is over (the published 公示 stays reproducible).
- Counts of sales, collections and refunds leave out those voided before the period's end;
  voids are counted in the period they were entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, exists, literal, literal_column, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from charitymart.db.models import Sale, SaleVoid
from charitymart.services import clock
from charitymart.services.context import get_store
from charitymart.services.errors import ValidationError


@dataclass(frozen=True)
class Period:
    """An inclusive range of store-local dates and the matching half-open UTC range [start, end)."""

    first: date
    last: date
    start_utc: datetime
    end_utc: datetime
    timezone: str

    def day_edges(self) -> list[datetime]:
        """UTC start of every local day in the period, then the period's end (DST-safe)."""
        days = (self.last - self.first).days + 1
        edges = [clock.local_day_bounds_utc(self.first + timedelta(days=i), self.first + timedelta(days=i),
                                            self.timezone)[0] for i in range(days)]
        return edges + [self.end_utc]

    def day(self, index: int) -> date:
        return self.first + timedelta(days=index)


def date_period(session: Session, first: date, last: date) -> Period:
    if last < first:
        raise ValidationError("the end date is before the start date", field="to")
    tz = get_store(session).timezone
    start, end = clock.local_day_bounds_utc(first, last, tz)
    return Period(first=first, last=last, start_utc=start, end_utc=end, timezone=tz)


def month_period(session: Session, year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise ValidationError("there is no month {month}", field="month", month=month)
    first = date(year, month, 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return date_period(session, first, last)


def dialect_name(executor: Session | Connection) -> str:
    """A Session's or a Connection's database (a store move rebuilds totals on the target's connection)."""
    bind = executor if isinstance(executor, Connection) else executor.get_bind()
    return bind.dialect.name


def in_range(column, start: datetime, end: datetime) -> ColumnElement[bool]:
    """Half-open range on an indexed timestamp column (stays sargable: no function on the column)."""
    return and_(column >= start, column < end)


def unindexed(column):
    """`column + 0`: the same value, but the planner can no longer use the column's index to
    order a GROUP BY. Without it SQLite walked whole tables through a foreign-key index instead
    of using the selective date range (measured on 2,000,000 stock movements: 1.4 s instead of
    0.2 s; on 100,000 donations grouped by donor: 170 ms instead of 2 ms). A literal, not a bound
    parameter, so the SELECT and GROUP BY expressions are textually equal (PostgreSQL checks)."""
    return column + literal_column("0")


def day_index(column, edges: list[datetime]) -> ColumnElement[int]:
    """Index of the local day holding `column`, as a balanced CASE tree over the day edges.

    Portable (no time-zone functions, which SQLite lacks) and correct across DST changes; a
    tree of ~log2(days) comparisons per row rather than one comparison per day.
    """

    def node(lo: int, hi: int):
        if hi - lo == 1:
            return literal(lo)
        mid = (lo + hi) // 2
        return case((column < edges[mid], node(lo, mid)), else_=node(mid, hi))

    return node(0, len(edges) - 1)


def sale_events(period: Period, by_day: bool = False):
    """Subquery (sale_id, sign, day): sales made in the period (+1) and voids entered in it (-1).

    Join it to lines, lot splits or tenders and sum `sign * amount`. `day` is the local-day index
    when `by_day`, else 0.
    """
    edges = period.day_edges() if by_day else None
    made = select(
        Sale.id.label("sale_id"),
        literal(1).label("sign"),
        (day_index(Sale.created_at, edges) if by_day else literal(0)).label("day"),
    ).where(in_range(Sale.created_at, period.start_utc, period.end_utc))
    voided = select(
        SaleVoid.sale_id.label("sale_id"),
        literal(-1).label("sign"),
        (day_index(SaleVoid.created_at, edges) if by_day else literal(0)).label("day"),
    ).where(in_range(SaleVoid.created_at, period.start_utc, period.end_utc))
    return union_all(made, voided).subquery("events")


def not_voided_by(end_utc: datetime) -> ColumnElement[bool]:
    """The sale (Sale in the query) had no void entered before `end_utc`."""
    return ~exists().where(SaleVoid.sale_id == Sale.id, SaleVoid.created_at < end_utc)


def local_time(at_utc: datetime, tz_name: str) -> datetime:
    return clock.to_local(at_utc, tz_name)
