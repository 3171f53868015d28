"""Closing months: publishing a month's 公示 closes it; later changes dated in it are corrections.

Rules (docs/transparency-report.md):
- A manager publishes a month once it is over. Months are published in calendar order (after
  the first publication, only the month following the last published one), so closing a
  month never silently closes an earlier month nobody published.
- Publishing records the chain head, the figures' canonical hash and the month-end stock as a
  ledger row (PublishedMonth), audited, and advances store.closed_through to the month's end.
- Afterwards, a service that takes a date refuses one on or before closed_through unless the
  change is entered as a correction with a reason: intakes and cash donations
  (Donation.correction_reason), manual volunteer hours and approvals of hours dated there
  (a Correction row). The published month's figures leave corrections out; the report of the
  month a correction was entered in lists it with its reason.
- Everything else is dated when it is entered (sales, refunds, voids, stock adjustments,
  stocktakes, time-bank entries), so it can never fall into a closed month.
- Stock movements carry a business date (services.stock.dates): an intake's day received, a
  stocktake's day counted, but the day entered for a correction of a closed month (or a count
  there posted after publication), so a closed month's month-end stock never changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    CORRECTION_CATEGORIES,
    UNSPECIFIED_CATEGORY,
    Correction,
    CorrectionCategory,
    PublishedMonth,
)
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role, store_today
from charitymart.services.errors import PeriodClosedError, ValidationError
from charitymart.services.reporting.month import figures_hash, month_figures, published_month

REASON_MAX = 500


def closed_through(session: Session) -> date | None:
    return get_store(session).closed_through


def is_closed(session: Session, day: date) -> bool:
    closed = closed_through(session)
    return closed is not None and day <= closed


def correction_reason_for(session: Session, day: date, reason: str, refusal: str, *, field: str) -> str:
    """The cleaned correction reason for a change dated `day`: "" while the day's month is open
    (a reason is refused there: it is not a correction); required once it is closed, else
    PeriodClosedError(refusal) with {closed} and {date} filled in."""
    reason = (reason or "").strip()
    if len(reason) > REASON_MAX:
        raise ValidationError("the correction reason is at most {max_length} characters", field="correction_reason",
                              max_length=REASON_MAX)
    closed = closed_through(session)
    if closed is None or day > closed:
        if reason:
            raise ValidationError("{date} is in a month that is not published: enter it without a correction reason",
                                  field="correction_reason", date=day.isoformat())
        return ""
    if not reason:
        raise PeriodClosedError(refusal, field=field, closed=closed.isoformat(), date=day.isoformat())
    return reason


def correction_category_for(reason: str, category: str | None) -> str:
    """The category to record with a cleaned correction reason: "" when there is no correction,
    else one of CORRECTION_CATEGORIES ("other" when the caller gave none). The public report
    prints the category; the free-text reason stays internal (it may name people)."""
    if not reason:
        return ""
    category = (category or "other").strip()
    if category not in CORRECTION_CATEGORIES:
        raise ValidationError("the correction category must be one of {choices}", field="correction_category",
                              choices=", ".join(CORRECTION_CATEGORIES))
    return category


def add_category(session: Session, row, category: str) -> CorrectionCategory:
    """The category row for a correction `row` (a Donation or a Correction, flushed); the caller
    lists it in its audit event."""
    session.flush()
    entry = CorrectionCategory(table_name=row.__tablename__, row_id=row.id, category=category,
                               created_at=clock.now())
    session.add(entry)
    session.flush()
    return entry


def category_of(session: Session, row) -> str:
    """The category recorded for a correction `row`; unspecified for those entered before categories."""
    found = session.scalar(select(CorrectionCategory.category).where(
        CorrectionCategory.table_name == row.__tablename__, CorrectionCategory.row_id == row.id))
    return found or UNSPECIFIED_CATEGORY


def add_correction(session: Session, actor: Actor, row, dated: date, reason: str) -> Correction:
    """The Correction row pointing at `row` (flushed); the caller lists it in its audit event."""
    session.flush()
    correction = Correction(table_name=row.__tablename__, row_id=row.id, dated=dated, reason=reason,
                            user_id=actor.user_id, created_at=clock.now())
    session.add(correction)
    session.flush()
    return correction


def correction_of(session: Session, row) -> Correction | None:
    return session.scalar(select(Correction).where(Correction.table_name == row.__tablename__,
                                                   Correction.row_id == row.id))


@dataclass(frozen=True)
class Publication:
    year: int
    month: int
    first_day: date
    last_day: date
    chain_head: str  # the head before the publication's own event: the head the figures were read at
    figures_hash: str
    published_at: datetime


def _month_label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def publish_month(session: Session, actor: Actor, year: int, month: int) -> Publication:
    """Publish (and close) a month: manager only; once; after it is over; in calendar order."""
    require_role(actor, "manager", "publishing a month's report needs a manager")
    figures = month_figures(session, year, month)
    label = _month_label(year, month)
    if published_month(session, year, month) is not None:
        raise ValidationError("the report for {month} is already published", field="month", month=label)
    if figures.last >= store_today(session):
        raise ValidationError("{month} is not over yet: publish it after {last}", field="month", month=label,
                              last=figures.last.isoformat())
    latest = session.execute(
        select(PublishedMonth.year, PublishedMonth.month)
        .order_by(PublishedMonth.year.desc(), PublishedMonth.month.desc()).limit(1)
    ).first()
    if latest is not None and (year, month) != _next_month(*latest):
        expected = _month_label(*_next_month(*latest))
        if (year, month) < tuple(latest):
            raise ValidationError("{month} is before the last published month {last}: correct it in a later "
                                  "month instead", field="month", month=label, last=_month_label(*latest))
        raise ValidationError("publish {expected} first: months are published in order", field="month",
                              expected=expected)
    snapshot = json.dumps([[s.fund_source, s.quantity, s.value] for s in figures.stock_at_month_end],
                          ensure_ascii=False, separators=(",", ":"))
    row = PublishedMonth(year=year, month=month, first_day=figures.first, last_day=figures.last,
                         chain_head=figures.chain_head, figures_hash=figures_hash(figures), stock_snapshot=snapshot,
                         published_by=actor.user_id, published_at=clock.now())
    session.add(row)
    store = get_store(session)
    if store.closed_through is None or store.closed_through < figures.last:
        store.closed_through = figures.last
    audit.record(session, actor.user_id, "month.publish", [row, store])
    return Publication(year=year, month=month, first_day=row.first_day, last_day=row.last_day,
                       chain_head=row.chain_head, figures_hash=row.figures_hash, published_at=row.published_at)


def publications(session: Session) -> list[Publication]:
    return [
        Publication(year=p.year, month=p.month, first_day=p.first_day, last_day=p.last_day, chain_head=p.chain_head,
                    figures_hash=p.figures_hash, published_at=p.published_at)
        for p in session.scalars(select(PublishedMonth).order_by(PublishedMonth.year, PublishedMonth.month))
    ]


def published_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(PublishedMonth)) or 0
