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


@dataclass(frozen=True)
class _Period:
    """One period of a household's ledger, summed by the database."""

    grant: int | None  # the grant row's amount; None while it is not written yet
    movements: int  # uses, refunds and voids, net
    visits: int  # sales that used the allowance in it, voided ones not counted


def _ledger(session: Session, beneficiary_id: int) -> dict[date, _Period]:
    """Every period the household has entries in, in one query that returns a row per period (not
    one per entry: a household served weekly for years has hundreds, read at every payment)."""
    is_grant = AllowanceEntry.kind == "grant"
    used_in = (AllowanceEntry.kind == "use") & AllowanceEntry.sale_id.not_in(select(SaleVoid.sale_id))
    rows = session.execute(
        select(AllowanceEntry.period_start, func.count().filter(is_grant), func.sum(AllowanceEntry.amount).filter(is_grant),
               func.sum(AllowanceEntry.amount).filter(~is_grant),
               func.count(func.distinct(AllowanceEntry.sale_id)).filter(used_in))
        .where(AllowanceEntry.beneficiary_id == beneficiary_id)
        .group_by(AllowanceEntry.period_start)
    )
    return {start: _Period(int(granted) if grants else None, int(moved or 0), visits)
            for start, grants, granted, moved, visits in rows}


def _grants_through(ben: Beneficiary, ledger: dict[date, _Period], until: date) -> list[tuple[date, int, bool]]:
    """(period start, grant amount, already written) for every period from registration to `until`."""
    written = {start: period.grant for start, period in ledger.items() if period.grant is not None}
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
        carry = max(0, grant + (ledger[current].movements if current in ledger else 0))
        current = next_period_start(current, ben.period)
    return result


def _status(ben: Beneficiary, ledger: dict[date, _Period], today: date) -> AllowanceStatus:
    start = period_start(today, ben.period)
    grants = _grants_through(ben, ledger, today)
    granted = grants[-1][1] if grants and grants[-1][0] == start else ben.allowance_amount
    period = ledger.get(start, _Period(None, 0, 0))
    return AllowanceStatus(
        period_start=start,
        next_period_start=next_period_start(start, ben.period),
        granted=granted,
        used=-period.movements,
        remaining=granted + period.movements,
        visits=period.visits,
        visit_limit=ben.visit_limit,
    )


def status(session: Session, ben: Beneficiary, today: date) -> AllowanceStatus:
    return _status(ben, _ledger(session, ben.id), today)


def _new_grants(ben: Beneficiary, ledger: dict[date, _Period], today: date, user_id: int | None) -> list[AllowanceEntry]:
    return [AllowanceEntry(beneficiary_id=ben.id, period_start=start, kind="grant", amount=amount, user_id=user_id,
                           created_at=clock.now(), note="")
            for start, amount, is_written in _grants_through(ben, ledger, today) if not is_written]


def ensure_grants(session: Session, ben: Beneficiary, today: date, user_id: int | None) -> list[AllowanceEntry]:
    rows = _new_grants(ben, _ledger(session, ben.id), today, user_id)
    session.add_all(rows)
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
    ledger = _ledger(session, ben.id)
    now_status = _status(ben, ledger, today)
    if now_status.visit_limit is not None and now_status.visits >= now_status.visit_limit:
        raise AllowanceError("visit limit reached: {visits} of {limit} visits this period",
                             visits=now_status.visits, limit=now_status.visit_limit)
    if amount > now_status.remaining:
        raise AllowanceError("allowance left this period is {remaining}, less than {amount}",
                             remaining=format_plain(now_status.remaining), amount=format_plain(amount))
    rows = _new_grants(ben, ledger, today, user_id)
    rows.append(AllowanceEntry(
        beneficiary_id=ben.id, period_start=now_status.period_start, kind="use", amount=-amount,
        sale_id=sale_id, user_id=user_id, created_at=clock.now(), note="",
    ))
    session.add_all(rows)  # grants and the use in one insert
    session.flush()
    return rows


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
