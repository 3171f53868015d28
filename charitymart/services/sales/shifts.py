"""Shifts at a till: open with a float, cash in/out, drawer openings, expected cash, Z totals, close.

Expected cash in the drawer (all amounts in fen, for one shift):

    opening float
    + cash received on sales and collections      (Tender.received)
    - change given                                (Tender.change)
    - cash handed back on voided sales            (received - change of each voided sale)
    - cash refunded                               (-Tender.amount of refund tenders)
    + cash in - cash out                          (CashMovement)

A void gives the customer their money back on the spot, so a voided sale's cash stays in
"received" and "change" (it physically went through the drawer) and leaves again as
"voided". Voids are only allowed in the sale's own, still open shift, so both halves always
fall in the same shift.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    CashMovement,
    DrawerOpening,
    RemovedLine,
    Sale,
    SaleLine,
    SaleLineLot,
    SaleVoid,
    Shift,
    ShiftClose,
    Tender,
    Till,
)
from charitymart.domain.money import format_plain
from charitymart.services import audit, clock
from charitymart.services.context import Actor
from charitymart.services.errors import NotFoundError, ShiftError, ValidationError
from charitymart.services.users import auth

CASH_MOVEMENT_KINDS = ("in", "out")
DRAWER_REASONS = ("sale", "refund", "void", "no_sale", "cash_movement")


def _till_of(actor: Actor) -> int:
    if actor.till_id is None:
        raise ShiftError("you are not logged in at a till")
    return actor.till_id


def _check_amount(amount: int, field: str, *, allow_zero: bool) -> int:
    # bool is an int subclass; a float would smuggle in fractions of a fen.
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError("an amount of money must be a whole number of fen", field=field)
    if amount < 0:
        raise ValidationError("the amount cannot be negative", field=field)
    if amount == 0 and not allow_zero:
        raise ValidationError("the amount must be more than zero", field=field)
    return amount


def current_shift(session: Session, till_id: int) -> Shift | None:
    """The till's open shift (a shift with no close), if any."""
    closed = select(ShiftClose.shift_id)
    return session.scalar(
        select(Shift).where(Shift.till_id == till_id, Shift.id.not_in(closed)).order_by(Shift.id.desc()).limit(1)
    )


def require_open_shift(session: Session, actor: Actor) -> Shift:
    shift = current_shift(session, _till_of(actor))
    if shift is None:
        raise ShiftError("no shift is open on this till: open one with the opening float first")
    return shift


def open_shift(session: Session, actor: Actor, opening_float: int) -> Shift:
    till_id = _till_of(actor)
    _check_amount(opening_float, "opening_float", allow_zero=True)
    if current_shift(session, till_id) is not None:
        raise ShiftError("a shift is already open on this till: close it before opening another")
    shift = Shift(till_id=till_id, opened_by=actor.user_id, opened_at=clock.now(), opening_float=opening_float)
    session.add(shift)
    audit.record(session, actor.user_id, "shift.open", [shift])
    return shift


def add_drawer_opening_row(session: Session, shift: Shift, actor: Actor, reason: str, *,
                           sale_id: int | None = None, approved_by: int | None = None) -> DrawerOpening:
    """Add a drawer-opening ledger row without auditing: for services that audit it with their own rows."""
    if reason not in DRAWER_REASONS:
        raise ValidationError("a drawer opening's reason is one of {choices}", field="reason",
                              choices=", ".join(DRAWER_REASONS))
    row = DrawerOpening(shift_id=shift.id, reason=reason, sale_id=sale_id, user_id=actor.user_id,
                        approved_by=approved_by, created_at=clock.now())
    session.add(row)
    return row


def record_drawer_opening(session: Session, actor: Actor, reason: str, sale_id: int | None = None,
                          manager_pin: str | None = None) -> DrawerOpening:
    """Record that the drawer was opened; opening it without a sale ("no_sale") needs a manager."""
    shift = require_open_shift(session, actor)
    approved_by = None
    if reason == "no_sale":
        approved_by = auth.approver_for(session, actor, manager_pin,
                                        "opening the drawer without a sale needs a manager's PIN")
    row = add_drawer_opening_row(session, shift, actor, reason, sale_id=sale_id, approved_by=approved_by)
    audit.record(session, actor.user_id, "drawer.open", [row])
    return row


def cash_movement(session: Session, actor: Actor, kind: str, amount: int, reason: str) -> CashMovement:
    """Cash put into ("in") or taken out of ("out") the drawer; the drawer opening is recorded too."""
    shift = require_open_shift(session, actor)
    if kind not in CASH_MOVEMENT_KINDS:
        raise ValidationError("cash goes either in or out", field="kind")
    _check_amount(amount, "amount", allow_zero=False)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("say why the cash goes in or out", field="reason")
    if kind == "out":
        # Taking out more than the drawer should hold would make the expected cash negative.
        available = expected_cash(session, shift.id)
        if amount > available:
            raise ValidationError("the drawer should hold only {amount}", field="amount",
                                  amount=format_plain(available))
    movement = CashMovement(shift_id=shift.id, kind=kind, amount=amount, reason=reason[:200],
                            user_id=actor.user_id, created_at=clock.now())
    session.add(movement)
    opening = add_drawer_opening_row(session, shift, actor, "cash_movement")
    audit.record(session, actor.user_id, f"cash.{kind}", [movement, opening])
    return movement


def _voided_ids():
    return select(SaleVoid.sale_id)


def _cash_summary(session: Session, shift: Shift) -> dict[str, int]:
    def cash_sum(column, *conditions) -> int:
        return session.scalar(
            select(func.coalesce(func.sum(column), 0))
            .select_from(Tender)
            .join(Sale, Sale.id == Tender.sale_id)
            .where(Sale.shift_id == shift.id, Tender.kind == "cash", *conditions)
        )

    def movement_sum(kind: str) -> int:
        return session.scalar(
            select(func.coalesce(func.sum(CashMovement.amount), 0)).where(
                CashMovement.shift_id == shift.id, CashMovement.kind == kind)
        )

    not_refund = Sale.kind != "refund"
    received = cash_sum(Tender.received, not_refund)
    change = cash_sum(Tender.change, not_refund)
    voided = cash_sum(Tender.amount, not_refund, Sale.id.in_(_voided_ids()))
    refunded = -cash_sum(Tender.amount, Sale.kind == "refund")
    cash_in, cash_out = movement_sum("in"), movement_sum("out")
    expected = shift.opening_float + received - change - voided - refunded + cash_in - cash_out
    return {"float": shift.opening_float, "received": received, "change": change, "voided": voided,
            "refunded": refunded, "in": cash_in, "out": cash_out, "expected": expected}


def _get_shift(session: Session, shift_id: int) -> Shift:
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFoundError("no shift {shift}", shift=shift_id)
    return shift


def expected_cash(session: Session, shift_id: int) -> int:
    """The cash the drawer should hold now (see the module docstring for the formula)."""
    return _cash_summary(session, _get_shift(session, shift_id))["expected"]


def _count_and_total(session: Session, *conditions) -> dict[str, int]:
    count, total = session.execute(
        select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0)).where(*conditions)
    ).one()
    return {"count": count, "total": total}


def z_totals(session: Session, shift_id: int) -> dict:
    """The shift's figures as plain JSON-able data (stored on the close, printed as the Z report).

    Sales, collections, tenders and fund sources are net of voids (a voided sale is listed
    under "voids" only); refunds are negative and included in tenders and fund sources.
    """
    shift = _get_shift(session, shift_id)
    in_shift = Sale.shift_id == shift.id
    live = Sale.id.not_in(_voided_ids())

    tenders = {}
    for kind, count, amount in session.execute(
        select(Tender.kind, func.count(Tender.id), func.coalesce(func.sum(Tender.amount), 0))
        .join(Sale, Sale.id == Tender.sale_id).where(in_shift, live).group_by(Tender.kind).order_by(Tender.kind)
    ):
        tenders[kind] = {"count": count, "amount": amount}

    fund_sources = {}
    for source, quantity, amount in session.execute(
        select(SaleLineLot.fund_source, func.coalesce(func.sum(SaleLineLot.quantity), 0),
               func.coalesce(func.sum(SaleLineLot.amount), 0))
        .join(SaleLine, SaleLine.id == SaleLineLot.sale_line_id).join(Sale, Sale.id == SaleLine.sale_id)
        .where(in_shift, live).group_by(SaleLineLot.fund_source).order_by(SaleLineLot.fund_source)
    ):
        fund_sources[source] = {"quantity": quantity, "amount": amount}

    drawer = {reason: count for reason, count in session.execute(
        select(DrawerOpening.reason, func.count(DrawerOpening.id))
        .where(DrawerOpening.shift_id == shift.id).group_by(DrawerOpening.reason).order_by(DrawerOpening.reason)
    )}

    removed_count, removed_qty, removed_value = session.execute(
        select(func.count(RemovedLine.id), func.coalesce(func.sum(RemovedLine.quantity), 0),
               func.coalesce(func.sum(RemovedLine.quantity * RemovedLine.unit_price), 0))
        .where(RemovedLine.shift_id == shift.id)
    ).one()

    movements = {}
    for kind in CASH_MOVEMENT_KINDS:
        count, amount = session.execute(
            select(func.count(CashMovement.id), func.coalesce(func.sum(CashMovement.amount), 0))
            .where(CashMovement.shift_id == shift.id, CashMovement.kind == kind)
        ).one()
        movements[kind] = {"count": count, "amount": amount}

    collections = _count_and_total(session, in_shift, live, Sale.kind == "collection")
    collections["deliveries"] = _count_and_total(session, in_shift, live, Sale.kind == "collection",
                                                 Sale.delivery.is_(True))["count"]
    till_code = session.scalar(select(Till.code).where(Till.id == shift.till_id))
    return {
        "shift_id": shift.id,
        "till": till_code,
        "opened_at": shift.opened_at.isoformat(),
        "sales": _count_and_total(session, in_shift, live, Sale.kind == "sale"),
        "collections": collections,
        "refunds": _count_and_total(session, in_shift, Sale.kind == "refund"),
        "voids": _count_and_total(session, in_shift, Sale.id.in_(_voided_ids())),
        "tenders": tenders,
        "fund_sources": fund_sources,
        "cash": _cash_summary(session, shift),
        "cash_movements": movements,
        "drawer_openings": {"count": sum(drawer.values()), "by_reason": drawer},
        "removed_lines": {"count": removed_count, "quantity": removed_qty, "value": removed_value},
    }


def _counted_total(counted_by_denomination: dict[int, int]) -> tuple[int, dict[str, int]]:
    total = 0
    clean: dict[str, int] = {}
    for value, count in sorted(counted_by_denomination.items()):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValidationError("{value} is not a denomination in fen", field="denominations", value=repr(value))
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValidationError("the count of {value} notes or coins must be 0 or more",
                                  field="denominations", value=format_plain(value))
        if count:
            clean[str(value)] = count
            total += value * count
    return total, clean


def close_shift(session: Session, actor: Actor, counted_by_denomination: dict[int, int]) -> ShiftClose:
    """Close the till's open shift with the counted cash; stores expected, variance and Z totals."""
    shift = require_open_shift(session, actor)
    counted, denominations = _counted_total(counted_by_denomination)
    totals = z_totals(session, shift.id)
    expected = totals["cash"]["expected"]
    close = ShiftClose(
        shift_id=shift.id, closed_by=actor.user_id, closed_at=clock.now(), expected_cash=expected,
        counted_cash=counted, variance=counted - expected,
        denominations=json.dumps(denominations, sort_keys=True),
        z_totals=json.dumps(totals, sort_keys=True, ensure_ascii=False),
    )
    session.add(close)
    audit.record(session, actor.user_id, "shift.close", [close])
    return close
