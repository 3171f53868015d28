"""Stock by fund source at the end of a past day from the per-month movement totals (issue 15).

`stock_month_totals` holds every stock movement summed by business month and fund source (a
database trigger adds each new movement, migration 0013). Stock at the end of a day is then the
totals of the months before it plus the movements of its own month up to the day, or the totals
up to its month less the movements after the day: it reads one month of movements at most, so an
old month costs what a recent one does. `check` compares the totals with the ledger; `rebuild`
recomputes them (a store written in bulk, without the trigger's help).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from charitymart.db.models import Lot, StockMonthTotal, StockMovement
from charitymart.services.reporting.common import dialect_name


@dataclass(frozen=True)
class MonthTotalMismatch:
    month: date
    fund_source: str
    stored: tuple[int, int]  # (quantity, value) in stock_month_totals
    ledger: tuple[int, int]  # the same summed from stock_movements


def _month_of(day_column, session: Session | Connection):
    if dialect_name(session) == "sqlite":
        return func.date(day_column, "start of month")
    return func.cast(func.date_trunc("month", day_column), StockMonthTotal.month.type)


def _ledger_by_month(session: Session | Connection):
    month = _month_of(StockMovement.business_date, session)
    return (select(month.label("month"), Lot.fund_source, func.sum(StockMovement.quantity),
                   func.sum(StockMovement.quantity * Lot.unit_value))
            .select_from(StockMovement).join(Lot, Lot.id == StockMovement.lot_id)
            .group_by(month, Lot.fund_source))


def rebuild(session: Session | Connection) -> None:
    """Recompute every total from the ledger (in the caller's transaction)."""
    session.execute(delete(StockMonthTotal))
    session.execute(insert(StockMonthTotal).from_select(["month", "fund_source", "quantity", "value"],
                                                        _ledger_by_month(session)))


def check(session: Session) -> list[MonthTotalMismatch]:
    """Every (month, fund source) whose stored total differs from the ledger's; reads the whole ledger."""
    ledger = {(str(m), s): (q or 0, v or 0) for m, s, q, v in session.execute(_ledger_by_month(session))}
    stored = {(str(t.month), t.fund_source): (t.quantity, t.value) for t in session.scalars(select(StockMonthTotal))}
    return [MonthTotalMismatch(date.fromisoformat(month), source, stored.get((month, source), (0, 0)),
                               ledger.get((month, source), (0, 0)))
            for month, source in sorted(set(ledger) | set(stored))
            if stored.get((month, source), (0, 0)) != ledger.get((month, source), (0, 0))]


def _movements_by_source(session: Session, *condition) -> dict[str, tuple[int, int]]:
    rows = session.execute(
        select(Lot.fund_source, func.sum(StockMovement.quantity), func.sum(StockMovement.quantity * Lot.unit_value))
        .select_from(StockMovement).join(Lot, Lot.id == StockMovement.lot_id)
        .where(*condition).group_by(Lot.fund_source))
    return {source: (quantity or 0, value or 0) for source, quantity, value in rows}


def stock_at_end_of(session: Session, day: date) -> dict[str, tuple[int, int]]:
    """(quantity, value) by fund source at the end of the store-local day `day`."""
    first = day.replace(day=1)
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    upper_half = day.day * 2 >= last.day  # read the shorter side of the month
    through = StockMonthTotal.month <= first if upper_half else StockMonthTotal.month < first
    found = {source: [quantity or 0, value or 0] for source, quantity, value in session.execute(
        select(StockMonthTotal.fund_source, func.sum(StockMonthTotal.quantity), func.sum(StockMonthTotal.value))
        .where(through).group_by(StockMonthTotal.fund_source))}
    if upper_half:
        if day < last:
            partial = _movements_by_source(session, StockMovement.business_date > day,
                                           StockMovement.business_date <= last)
            for source, (quantity, value) in partial.items():
                totals = found.setdefault(source, [0, 0])
                totals[0], totals[1] = totals[0] - quantity, totals[1] - value
    else:
        partial = _movements_by_source(session, StockMovement.business_date >= first,
                                       StockMovement.business_date <= day)
        for source, (quantity, value) in partial.items():
            totals = found.setdefault(source, [0, 0])
            totals[0], totals[1] = totals[0] + quantity, totals[1] + value
    # int(): PostgreSQL sums BIGINT columns as NUMERIC (Decimal); the figures are whole units and fen.
    return {source: (int(quantity), int(value)) for source, (quantity, value) in found.items()}
