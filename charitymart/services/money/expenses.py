"""Recording what the shop spends (房租, 水电, 人员, ...) and reversing a wrong entry.

Expenses are a ledger: each entry is one Expense row and one audit event; a wrong one is
corrected by a reversal (a row with the negative amount pointing at it, with a reason), never
edited or deleted. Manager or admin only: these are the shop's money and name payees.

Dates follow month closing (services.reporting.closing): an expense can't be dated in a
published month, nor in the future. A reversal takes the original's date while its month is
still open, so a mistake never shows in the report; once that month is published, the reversal
is dated the day it is entered and reduces that month's spending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from charitymart.db.models import EXPENSE_CATEGORIES, EXPENSE_FUNDS, Expense, User
from charitymart.services import audit, clock
from charitymart.services.context import Actor, require_role, store_today
from charitymart.services.errors import NotFoundError, PeriodClosedError, ValidationError
from charitymart.services.reporting import closing
from charitymart.services.reporting.common import month_period

PAYEE_MAX = 100
DESCRIPTION_MAX = 500
REASON_MAX = 500
LARGEST_AMOUNT = 100_000_000_00  # fen: a 100-million-yuan typo is refused, not recorded


@dataclass(frozen=True)
class ExpenseEntry:
    """One row of the month's list (internal: it names payees)."""

    id: int
    spent_on: date
    category: str
    amount: int  # fen; negative for a reversal
    fund_source: str
    payee: str
    description: str
    entered_by: str
    entered_at: datetime  # naive UTC
    reverses_id: int | None
    reason: str
    reversed_by_id: int | None  # the reversal of this entry, if any

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None


def _check_day(session: Session, day: date) -> None:
    if day > store_today(session):
        raise ValidationError("{date} is in the future: enter an expense once it is paid", field="spent_on",
                              date=day.isoformat())
    if closing.is_closed(session, day):
        raise PeriodClosedError("{date} is in a published month (closed through {closed}): date the expense in "
                                "the current month and say in the description which month it was for",
                                field="spent_on", date=day.isoformat(),
                                closed=closing.closed_through(session).isoformat())


def _text(value: str | None, limit: int, field: str, refusal: str) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(refusal, field=field, max_length=limit)
    return value


def record_expense(session: Session, actor: Actor, *, spent_on: date, category: str, amount: int,
                   fund_source: str, payee: str = "", description: str = "") -> Expense:
    """Record one payment (amount in fen, > 0). Manager or admin."""
    require_role(actor, "manager", "recording an expense needs a manager")
    if category not in EXPENSE_CATEGORIES:
        raise ValidationError("the category must be one of {choices}", field="category",
                              choices=", ".join(EXPENSE_CATEGORIES))
    if fund_source not in EXPENSE_FUNDS:
        raise ValidationError("the fund source must be one of {choices}", field="fund_source",
                              choices=", ".join(EXPENSE_FUNDS))
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
        raise ValidationError("the amount must be more than 0", field="amount")
    if amount > LARGEST_AMOUNT:
        raise ValidationError("the amount is too large (at most {largest})", field="amount",
                              largest=f"{LARGEST_AMOUNT // 100}.00")
    if not isinstance(spent_on, date):
        raise ValidationError("give the date the expense was paid", field="spent_on")
    _check_day(session, spent_on)
    row = Expense(spent_on=spent_on, category=category, amount=amount, fund_source=fund_source,
                  payee=_text(payee, PAYEE_MAX, "payee", "the payee is at most {max_length} characters"),
                  description=_text(description, DESCRIPTION_MAX, "description",
                                    "the description is at most {max_length} characters"),
                  reverses_id=None, reason="", user_id=actor.user_id, created_at=clock.now())
    session.add(row)
    session.flush()
    audit.record(session, actor.user_id, "expense.record", [row])
    return row


def reverse_expense(session: Session, actor: Actor, expense_id: int, reason: str) -> Expense:
    """Reverse a wrong entry with a reason: a new row with the negative amount. Manager or admin."""
    require_role(actor, "manager", "reversing an expense needs a manager")
    audit.take_turns(session)  # two back offices never both reverse the same entry
    original = session.get(Expense, expense_id)
    if original is None:
        raise NotFoundError("there is no expense number {number}", field="expense", number=expense_id)
    if original.reverses_id is not None:
        raise ValidationError("expense {number} is itself a reversal: record the expense again instead",
                              field="expense", number=expense_id)
    if session.scalar(select(Expense.id).where(Expense.reverses_id == original.id)) is not None:
        raise ValidationError("expense {number} has already been reversed", field="expense", number=expense_id)
    reason = _text(reason, REASON_MAX, "reason", "the reason is at most {max_length} characters")
    if not reason:
        raise ValidationError("say why the expense is reversed", field="reason")
    dated = original.spent_on if not closing.is_closed(session, original.spent_on) else store_today(session)
    row = Expense(spent_on=dated, category=original.category, amount=-original.amount,
                  fund_source=original.fund_source, payee=original.payee, description=original.description,
                  reverses_id=original.id, reason=reason, user_id=actor.user_id, created_at=clock.now())
    session.add(row)
    session.flush()
    audit.record(session, actor.user_id, "expense.reverse", [row])
    return row


def month_expenses(session: Session, actor: Actor, year: int, month: int) -> list[ExpenseEntry]:
    """The month's entries and reversals by date, then entry order. Manager or admin (payees)."""
    require_role(actor, "manager", "the list of expenses needs a manager")
    period = month_period(session, year, month)
    reversal = aliased(Expense)
    rows = session.execute(
        select(Expense, User.name, reversal.id)
        .outerjoin(User, User.id == Expense.user_id)
        .outerjoin(reversal, reversal.reverses_id == Expense.id)
        .where(Expense.spent_on >= period.first, Expense.spent_on <= period.last)
        .order_by(Expense.spent_on, Expense.id))
    return [ExpenseEntry(id=e.id, spent_on=e.spent_on, category=e.category, amount=e.amount,
                         fund_source=e.fund_source, payee=e.payee, description=e.description,
                         entered_by=name or "", entered_at=e.created_at, reverses_id=e.reverses_id,
                         reason=e.reason, reversed_by_id=reversed_by) for e, name, reversed_by in rows]
