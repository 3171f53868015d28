"""Home deliveries: households that can't come (elderly, disabled) have their sale or free
collection taken to them.

A delivery is a sale or collection committed with `delivery` set (the counter's Alt+D in the
household dialog); its address is the household's, entered once in its record and never copied.
What became of it is a row per step in the ledger table `delivery_outcomes`, each with an audit
event: delivered; failed, with the reason; retry (out again after a failure); cancelled, which
refunds what is left of the sale through `refunds.refund` (goods back to stock, allowance back
to its period, money back by the original payments), so money and stock stay right.

    to deliver --delivered--> delivered
        |  ^
     failed retry
        v  |
      failed --delivered--> delivered
        |
      cancel --> cancelled (with the refund's receipt)

The list shows card number and category, never a name or address (any logged-in user may see
it and record an outcome). The address is only on the delivery slip, which a manager prints for
a stated purpose; each print is recorded as an identity access of the household (PIPL Art. 51).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Beneficiary, DeliveryOutcome, Sale, SaleLine, SaleVoid
from charitymart.reports.collection_slip import build_pdf
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.people import beneficiaries, volunteers
from charitymart.services.people.personal_data import (
    record_identity_access,
    require_purpose,
)
from charitymart.services.sales import collection_slips, refunds

TRACKED_AFTER = "deliveries_tracked_after_sale_id"  # set by migration 0012: older deliveries were never tracked
TO_DELIVER, FAILED, DELIVERED, CANCELLED, RETURNED = "to_deliver", "failed", "delivered", "cancelled", "returned"
OPEN_STATUSES = (TO_DELIVER, FAILED)
NEXT_STEPS = {TO_DELIVER: ("delivered", "failed"), FAILED: ("retry", "delivered", "cancelled")}


@dataclass(frozen=True)
class Delivery:
    sale_id: int
    receipt_number: str
    kind: str  # sale | collection
    when: datetime  # store-local time of the sale
    card_number: str
    category: str
    category_en: str
    total: int
    status: str  # to_deliver | failed | delivered | cancelled | returned (voided or refunded at the counter)
    attempts: int  # failed attempts so far
    last_reason: str  # why the newest attempt failed ("" if none)
    has_address: bool  # an address is on file (the list never shows it)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def _tracked_after(session: Session) -> int:
    try:
        extra = json.loads(get_store(session).extra or "{}")
    except ValueError:
        extra = {}
    value = extra.get(TRACKED_AFTER, 0) if isinstance(extra, dict) else 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _outcomes(session: Session, sale_ids: list[int]) -> dict[int, list[DeliveryOutcome]]:
    found: dict[int, list[DeliveryOutcome]] = {sale_id: [] for sale_id in sale_ids}
    if sale_ids:
        for row in session.scalars(select(DeliveryOutcome).where(DeliveryOutcome.sale_id.in_(sale_ids))
                                   .order_by(DeliveryOutcome.id)):
            found[row.sale_id].append(row)
    return found


def _lines(session: Session, sale_id: int) -> list[SaleLine]:
    return list(session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.line_no)))


def _all_returned(session: Session, sale: Sale) -> bool:
    """Voided, or every unit refunded at the counter: nothing is left to take out."""
    if session.scalar(select(SaleVoid.id).where(SaleVoid.sale_id == sale.id)) is not None:
        return True
    refunded = refunds.refunded_quantities(session, sale.id)
    lines = _lines(session, sale.id)
    return bool(lines) and all(refunded.get(line.id, 0) >= line.quantity for line in lines)


def _status(session: Session, sale: Sale, outcomes: list[DeliveryOutcome]) -> tuple[str, int, str]:
    failures = [row for row in outcomes if row.status == "failed"]
    newest = outcomes[-1].status if outcomes else None
    if newest == "delivered":
        status = DELIVERED
    elif newest == "cancelled":
        status = CANCELLED
    elif _all_returned(session, sale):
        status = RETURNED
    else:
        status = FAILED if newest == "failed" else TO_DELIVER
    return status, len(failures), (failures[-1].reason if failures and newest == "failed" else "")


def _view(session: Session, sale: Sale, outcomes: list[DeliveryOutcome], timezone: str) -> Delivery:
    household = session.get(Beneficiary, sale.beneficiary_id)
    zh, en = beneficiaries.category_names(session, household.category_id)
    status, attempts, reason = _status(session, sale, outcomes)
    return Delivery(sale_id=sale.id, receipt_number=sale.receipt_number, kind=sale.kind,
                    when=clock.to_local(sale.created_at, timezone).replace(tzinfo=None),
                    card_number=household.card_number, category=zh, category_en=en, total=sale.total,
                    status=status, attempts=attempts, last_reason=reason, has_address=bool(household.address.strip()))


def list_deliveries(session: Session, actor: Actor, *, include_closed: bool = False) -> list[Delivery]:
    """Deliveries still to be taken out or failed (oldest first); with `include_closed` every one."""
    require_role(actor, "cashier", "only a logged-in user can see the deliveries")
    sales = list(session.scalars(
        select(Sale).where(Sale.delivery.is_(True), Sale.kind.in_(("sale", "collection")),
                           Sale.beneficiary_id.is_not(None), Sale.id > _tracked_after(session))
        .order_by(Sale.created_at, Sale.id)))
    outcomes = _outcomes(session, [sale.id for sale in sales])
    timezone = get_store(session).timezone
    views = [_view(session, sale, outcomes[sale.id], timezone) for sale in sales]
    return views if include_closed else [view for view in views if view.is_open]


def _delivery_sale(session: Session, sale_id: int) -> Sale:
    sale = session.get(Sale, sale_id)
    if sale is None or not sale.delivery or sale.kind == "refund" or sale.id <= _tracked_after(session):
        raise NotFoundError("no delivery {delivery}", field="delivery", delivery=sale_id)
    return sale


def delivery(session: Session, actor: Actor, sale_id: int) -> Delivery:
    require_role(actor, "cashier", "only a logged-in user can see the deliveries")
    sale = _delivery_sale(session, sale_id)
    return _view(session, sale, _outcomes(session, [sale.id])[sale.id], get_store(session).timezone)


def _refuse_step(current: Delivery, step: str) -> None:
    if step in NEXT_STEPS.get(current.status, ()):
        return
    refusals = {
        DELIVERED: "the delivery of {receipt} is already recorded as delivered",
        CANCELLED: "the delivery of {receipt} was cancelled",
        RETURNED: "the goods of {receipt} were returned (voided or refunded): there is nothing to deliver",
        TO_DELIVER: "the delivery of {receipt} has not failed: record it as delivered or failed",
        FAILED: "the delivery of {receipt} failed: retry it, record it as delivered, or cancel it",
    }
    raise ValidationError(refusals[current.status], field="status", receipt=current.receipt_number)


def record_outcome(session: Session, actor: Actor, sale_id: int, step: str, reason: str = "",
                   volunteer_code: str = "") -> DeliveryOutcome:
    """Delivered, failed (a reason is required) or retry; `volunteer_code`: who took it out (optional)."""
    if step not in ("delivered", "failed", "retry"):
        raise ValidationError("a delivery is recorded as delivered, failed or retry, not {step}", field="status",
                              step=step)
    current = delivery(session, actor, sale_id)
    _refuse_step(current, step)
    reason = (reason or "").strip()
    if step == "failed" and not reason:
        raise ValidationError("say why the delivery failed (nobody at home, wrong address, ...)", field="reason")
    volunteer_id = None
    if (volunteer_code or "").strip():
        volunteer = volunteers.find_by_code(session, volunteer_code.strip())
        if volunteer is None:
            raise NotFoundError("no volunteer has the code {code}", field="volunteer", code=volunteer_code.strip())
        volunteer_id = volunteer.id
    row = DeliveryOutcome(sale_id=sale_id, status=step, reason=reason[:200], volunteer_id=volunteer_id,
                          refund_sale_id=None, user_id=actor.user_id, created_at=clock.now())
    session.add(row)
    session.flush()
    audit.record(session, actor.user_id, f"delivery.{step}", [row])
    return row


def cancel(session: Session, actor: Actor, sale_id: int, reason: str,
           manager_pin: str | None = None) -> DeliveryOutcome:
    """Cancel a failed delivery: what is left of the sale is refunded (back to stock, allowance and
    money by the original payments; a manager's PIN as for any refund, an open shift on this till)."""
    current = delivery(session, actor, sale_id)
    _refuse_step(current, "cancelled")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("say why the delivery is cancelled", field="reason")
    sale = session.get(Sale, sale_id)
    refunded = refunds.refunded_quantities(session, sale.id)
    left = [refunds.RefundLine(line.id, line.quantity - refunded.get(line.id, 0), True)
            for line in _lines(session, sale.id) if line.quantity > refunded.get(line.id, 0)]
    refund_sale = refunds.refund(session, actor, sale.receipt_number, left, manager_pin,
                                 reason=reason[:200])
    row = DeliveryOutcome(sale_id=sale_id, status="cancelled", reason=reason[:200], volunteer_id=None,
                          refund_sale_id=refund_sale.id, user_id=actor.user_id, created_at=clock.now())
    session.add(row)
    session.flush()
    audit.record(session, actor.user_id, "delivery.cancelled", [row])
    return row


def delivery_slip_pdf(session: Session, actor: Actor, sale_id: int, purpose: str,
                      language: str = "zh_CN") -> bytes:
    """The slip the volunteer takes out: goods, the household's card and address, a line to sign.
    Manager only; every print is recorded as an identity access of the household."""
    require_role(actor, "manager", "printing a delivery slip shows the household's address: it needs a manager")
    purpose = require_purpose(purpose)
    sale = _delivery_sale(session, sale_id)
    household = session.get(Beneficiary, sale.beneficiary_id)
    slip = collection_slips.slip_data(session, sale.receipt_number, language=language, any_household_sale=True)
    access = record_identity_access(session, actor, Beneficiary.__tablename__, household.id, "print", purpose)
    audit.record(session, actor.user_id, "delivery.print_slip", [access])
    return build_pdf(slip, address=household.address.strip())
