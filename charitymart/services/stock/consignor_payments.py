"""Consignor settlement: a month's figures (services.reporting) and the payments made for them.

A payment is money leaving the shop: one ConsignorPayment ledger row and one audit event per
payment. A month is settled once it is over; the shop never pays more than it owes, so a
second full payment of the same month is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import PAYMENT_METHODS, ConsignorPayment, Party
from charitymart.domain.money import format_plain
from charitymart.services import audit, clock
from charitymart.services.context import Actor, require_role, store_today
from charitymart.services.errors import ValidationError
from charitymart.services.reporting import ConsignorSettlement, consignor_settlement

MAX_CONSIGNORS = 500  # a shop works with tens of makers; the list stays a short pick-list


@dataclass(frozen=True)
class ConsignorChoice:
    code: str
    name: str
    shop_share_bp: int


@dataclass(frozen=True)
class PaymentInfo:
    paid_on: date
    amount: int
    method: str
    note: str


@dataclass(frozen=True)
class SettlementStatus:
    settlement: ConsignorSettlement
    month: str  # "YYYY-MM"
    payments: tuple[PaymentInfo, ...]
    paid: int
    remaining: int  # owed - paid, never below 0
    month_over: bool  # a month is paid only once it has ended


def consignors(session: Session) -> list[ConsignorChoice]:
    """Active consignors by name, for the settlement page's pick-list."""
    rows = session.execute(select(Party.code, Party.name, Party.shop_share_bp)
                           .where(Party.kind == "consignor", Party.active)
                           .order_by(Party.name, Party.code).limit(MAX_CONSIGNORS))
    return [ConsignorChoice(code, name, share) for code, name, share in rows]


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _payments(session: Session, party_code: str, key: str) -> list[ConsignorPayment]:
    return list(session.scalars(select(ConsignorPayment).join(Party, Party.id == ConsignorPayment.party_id)
                                .where(Party.code == party_code, ConsignorPayment.month == key)
                                .order_by(ConsignorPayment.id)))


def settlement_status(session: Session, actor: Actor, party_code: str, year: int, month: int) -> SettlementStatus:
    """What a consignor's month sold, is owed and was paid (a manager's: money owed to people)."""
    settlement = consignor_settlement(session, actor, party_code, year, month)
    key = month_key(year, month)
    rows = _payments(session, party_code, key)
    paid = sum(row.amount for row in rows)
    return SettlementStatus(
        settlement=settlement, month=key,
        payments=tuple(PaymentInfo(r.paid_on, r.amount, r.method, r.note) for r in rows),
        paid=paid, remaining=max(settlement.owed - paid, 0),
        month_over=settlement.last < store_today(session),
    )


def record_payment(session: Session, actor: Actor, party_code: str, year: int, month: int, amount: int, *,
                   method: str = "cash", note: str = "") -> ConsignorPayment:
    """Pay a consignor (part of) what the month's settlement owes them."""
    require_role(actor, "manager", "paying a consignor needs a manager")
    status = settlement_status(session, actor, party_code, year, month)
    name = status.settlement.name
    if not status.month_over:
        raise ValidationError("{month} is not over yet: its settlement can be paid from the first day of the "
                              "next month", field="month", month=status.month)
    if method not in PAYMENT_METHODS:
        raise ValidationError("the payment method must be one of {choices}", field="method",
                              choices=", ".join(PAYMENT_METHODS))
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
        raise ValidationError("the amount paid must be more than 0", field="amount")
    if status.settlement.owed <= 0:
        raise ValidationError("nothing is owed to {name} for {month}", field="amount", name=name,
                              month=status.month)
    if status.remaining == 0:
        raise ValidationError("{name} has already been paid the {owed} owed for {month}", field="amount",
                              name=name, owed=format_plain(status.settlement.owed), month=status.month)
    if amount > status.remaining:
        raise ValidationError("{amount} is more than the {remaining} still owed to {name} for {month}",
                              field="amount", amount=format_plain(amount), remaining=format_plain(status.remaining),
                              name=name, month=status.month)
    note = (note or "").strip()
    if len(note) > 200:
        raise ValidationError("the note is at most 200 characters", field="note")
    party_id = session.scalar(select(Party.id).where(Party.code == party_code))
    row = ConsignorPayment(
        party_id=party_id, month=status.month, sales_amount=status.settlement.amount,
        shop_share=status.settlement.shop_share, owed=status.settlement.owed, amount=amount, method=method,
        note=note, paid_on=store_today(session), user_id=actor.user_id, created_at=clock.now(),
    )
    session.add(row)
    session.flush()
    audit.record(session, actor.user_id, "consignor.payment", [row])
    return row

