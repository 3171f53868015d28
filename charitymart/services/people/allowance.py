"""Household allowances: calendar periods, carry-over, visit limits, and the allowance ledger.

Grants are ledger rows, written for every period up to the current one the first time the
household's allowance is used (or credited) in a period; reading a balance writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import AllowanceEntry, Beneficiary, SaleVoid
from charitymart.domain.money import format_plain
from charitymart.domain.periods import next_period_start, period_start
from charitymart.services import clock
from charitymart.services.errors import AllowanceError

# FOR NO KEY UPDATE: the lock an UPDATE takes. Unlike FOR UPDATE it does not wait for the key-share
# locks that inserting a sale or tender pointing at this household takes, so two tills charging it
# queue here instead of deadlocking.
ROW_LOCK = {"key_share": True}


@dataclass(frozen=True)
class AllowanceStatus:
    period_start: date
    next_period_start: date
    granted: int  # this period's grant including carry-over
    used: int  # net of refunds and voids
    remaining: int
    visits: int
    visit_limit: int | None

    @property
    def visits_left(self) -> int | None:
        return None if self.visit_limit is None else max(0, self.visit_limit - self.visits)


def _entries(session: Session, beneficiary_id: int) -> list[AllowanceEntry]:
    return list(
        session.scalars(
            select(AllowanceEntry)
            .where(AllowanceEntry.beneficiary_id == beneficiary_id)
            .order_by(AllowanceEntry.period_start, AllowanceEntry.id)
        )
    )


def _grants_through(ben: Beneficiary, entries: list[AllowanceEntry], until: date) -> list[tuple[date, int, bool]]:
    """(period start, grant amount, already written) for every period from registration to `until`."""
    written = {e.period_start: e.amount for e in entries if e.kind == "grant"}
    movements: dict[date, int] = {}
    for e in entries:
        if e.kind != "grant":
            movements[e.period_start] = movements.get(e.period_start, 0) + e.amount
    first = period_start(ben.registered_on, ben.period)
    if written:
        first = min(first, min(written))
    result = []
    carry = 0
    current = first
    last = period_start(until, ben.period)
    while current <= last:
        if current in written:
            grant, is_written = written[current], True
        else:
            grant, is_written = ben.allowance_amount + (carry if ben.carry_over else 0), False
        result.append((current, grant, is_written))
        carry = max(0, grant + movements.get(current, 0))
        current = next_period_start(current, ben.period)
    return result


def _visits(session: Session, beneficiary_id: int, start: date) -> int:
    voided = select(SaleVoid.sale_id)
    return session.scalar(
        select(func.count(func.distinct(AllowanceEntry.sale_id))).where(
            AllowanceEntry.beneficiary_id == beneficiary_id,
            AllowanceEntry.period_start == start,
            AllowanceEntry.kind == "use",
            AllowanceEntry.sale_id.not_in(voided),
        )
    ) or 0


def status(session: Session, ben: Beneficiary, today: date) -> AllowanceStatus:
    entries = _entries(session, ben.id)
    start = period_start(today, ben.period)
    grants = _grants_through(ben, entries, today)
    granted = grants[-1][1] if grants and grants[-1][0] == start else ben.allowance_amount
    net = sum(e.amount for e in entries if e.kind != "grant" and e.period_start == start)
    return AllowanceStatus(
        period_start=start,
        next_period_start=next_period_start(start, ben.period),
        granted=granted,
        used=-net,
        remaining=granted + net,
        visits=_visits(session, ben.id, start),
        visit_limit=ben.visit_limit,
    )


def ensure_grants(session: Session, ben: Beneficiary, today: date, user_id: int | None) -> list[AllowanceEntry]:
    rows = []
    for start, amount, is_written in _grants_through(ben, _entries(session, ben.id), today):
        if not is_written:
            row = AllowanceEntry(
                beneficiary_id=ben.id, period_start=start, kind="grant", amount=amount,
                user_id=user_id, created_at=clock.now(), note="",
            )
            session.add(row)
            rows.append(row)
    session.flush()
    return rows


def check_card(ben: Beneficiary, today: date) -> None:
    if not ben.active:
        raise AllowanceError("this household card has been deactivated")
    if ben.valid_until < today:
        raise AllowanceError("this household card expired on {date}", date=ben.valid_until.isoformat())


def use(session: Session, ben: Beneficiary, amount: int, sale_id: int, today: date,
        user_id: int | None) -> list[AllowanceEntry]:
    """Spend `amount` fen of this period's allowance on a sale; refuses overspend and extra visits."""
    check_card(ben, today)
    if amount <= 0:
        raise AllowanceError("the allowance amount must be positive")
    # Two tills charging one household queue here, so the second sees what the first spent.
    session.get(Beneficiary, ben.id, with_for_update=ROW_LOCK)
    now_status = status(session, ben, today)
    if now_status.visit_limit is not None and now_status.visits >= now_status.visit_limit:
        raise AllowanceError("visit limit reached: {visits} of {limit} visits this period",
                             visits=now_status.visits, limit=now_status.visit_limit)
    if amount > now_status.remaining:
        raise AllowanceError("allowance left this period is {remaining}, less than {amount}",
                             remaining=format_plain(now_status.remaining), amount=format_plain(amount))
    rows = ensure_grants(session, ben, today, user_id)
    entry = AllowanceEntry(
        beneficiary_id=ben.id, period_start=now_status.period_start, kind="use", amount=-amount,
        sale_id=sale_id, user_id=user_id, created_at=clock.now(), note="",
    )
    session.add(entry)
    session.flush()
    return rows + [entry]


def credit(session: Session, ben: Beneficiary, amount: int, sale_id: int, original_period: date,
           today: date, user_id: int | None, kind: str) -> list[AllowanceEntry]:
    """Give allowance back (refund or void): to the original period if still current, else the current one."""
    current = period_start(today, ben.period)
    target = original_period if original_period == current else current
    session.get(Beneficiary, ben.id, with_for_update=ROW_LOCK)  # one period grant, even with two tills at once
    rows = ensure_grants(session, ben, today, user_id)
    entry = AllowanceEntry(
        beneficiary_id=ben.id, period_start=target, kind=kind, amount=amount,
        sale_id=sale_id, user_id=user_id, created_at=clock.now(), note="",
    )
    session.add(entry)
    session.flush()
    return rows + [entry]
