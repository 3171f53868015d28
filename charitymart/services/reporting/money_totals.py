"""Money received from sales before an instant, from the per-day totals (issue 15).

`sales_money_days` holds, per UTC day, the money tenders of the sales made that day less those of
the sales voided that day (database triggers, migration 0016). The money before an instant is then
the days before its UTC midnight plus the sales and voids between that midnight and the instant:
one row a day and a few hours of sales, however long the store's history. `check` compares the
table with the ledger; `rebuild` recomputes it (a store written in bulk, without the triggers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import delete, func, insert, literal, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from charitymart.db.models import Sale, SalesMoneyDay, SaleVoid, Tender
from charitymart.services.reporting.common import Period, dialect_name, sale_events
from charitymart.services.reporting.flows import GIVEN_KINDS


@dataclass(frozen=True)
class DayTotalMismatch:
    day: date
    stored: int  # in sales_money_days
    ledger: int  # the same summed from tenders and voids


def _day_of(at_column, session: Session | Connection):
    if dialect_name(session) == "sqlite":
        return func.date(at_column)
    return func.cast(at_column, SalesMoneyDay.day.type)


def _ledger_by_day(session: Session | Connection):
    money = Tender.kind.not_in(GIVEN_KINDS)
    made = (select(_day_of(Sale.created_at, session).label("day"), Tender.amount.label("amount"))
            .select_from(Tender).join(Sale, Sale.id == Tender.sale_id).where(money))
    voided = (select(_day_of(SaleVoid.created_at, session).label("day"), (literal(0) - Tender.amount).label("amount"))
              .select_from(SaleVoid).join(Tender, Tender.sale_id == SaleVoid.sale_id).where(money))
    events = union_all(made, voided).subquery("money")
    return select(events.c.day, func.sum(events.c.amount)).group_by(events.c.day)


def rebuild(session: Session | Connection) -> None:
    """Recompute every day from the ledger (in the caller's transaction)."""
    session.execute(delete(SalesMoneyDay))
    session.execute(insert(SalesMoneyDay).from_select(["day", "amount"], _ledger_by_day(session)))


def check(session: Session) -> list[DayTotalMismatch]:
    """Every day whose stored total differs from the ledger's; reads the whole ledger."""
    ledger = {str(day): amount or 0 for day, amount in session.execute(_ledger_by_day(session))}
    stored = {str(row.day): row.amount for row in session.scalars(select(SalesMoneyDay))}
    return [DayTotalMismatch(date.fromisoformat(day), stored.get(day, 0), ledger.get(day, 0))
            for day in sorted(set(ledger) | set(stored)) if stored.get(day, 0) != ledger.get(day, 0)]


def sales_money(session: Session, period: Period) -> int:
    """Money tenders of the sales made in the period less those of the sales voided in it."""
    events = sale_events(period)
    return session.scalar(
        select(func.coalesce(func.sum(events.c.sign * Tender.amount), 0)).select_from(events)
        .join(Tender, Tender.sale_id == events.c.sale_id).where(Tender.kind.not_in(GIVEN_KINDS))) or 0


def sales_money_before(session: Session, start_utc: datetime) -> int:
    """Money received from sales before the UTC instant `start_utc` (voids counted when entered)."""
    midnight = datetime.combine(start_utc.date(), time.min)
    days = session.scalar(select(func.coalesce(func.sum(SalesMoneyDay.amount), 0))
                          .where(SalesMoneyDay.day < start_utc.date())) or 0
    since_midnight = Period(midnight.date(), midnight.date(), midnight, start_utc, "UTC")
    return int(days) + sales_money(session, since_midnight)
