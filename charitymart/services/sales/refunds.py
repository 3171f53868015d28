"""Voids (a whole paid sale, in its own still open shift) and refunds (any part, by the original tenders).

Both need a manager (the actor, or a manager's PIN). Nothing is edited: a void is a
SaleVoid row plus stock back to the very lots the sale took; a refund is a new Sale of kind
"refund" with its own receipt number, negative quantities and totals, pointing at the sale
it corrects, and negative SaleLineLot rows so income by fund source nets out.

Goods refunded with `restock=False` (damaged, unsellable) go back to no lot: the refund line
keeps `restock=False`, its SaleLineLot rows still say which lots they came from, and one
StockAdjustment with reason "refund_damaged" records the write-off. No stock movement is
written, because the units already left stock when they were sold.

A refund's money goes back by what paid for its lines: the allowance only ever paid lines
payable by allowance, so it gets back its share of those and nothing of the others
(`domain.refund_split`); the other tenders share the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    AllowanceEntry,
    Beneficiary,
    Item,
    Lot,
    Sale,
    SaleLine,
    SaleLineLot,
    SaleVoid,
    StockAdjustment,
    StockMovement,
    Tender,
)
from charitymart.domain import refund_split
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, store_today
from charitymart.services.errors import NotFoundError, ShiftError, ValidationError
from charitymart.services.people import allowance, timebank
from charitymart.services.sales import shifts
from charitymart.services.sales.checkout import next_receipt_number
from charitymart.services.users import auth

# The order money goes back in when a refund is split over several tenders (also the order
# of the refund's tender rows).
TENDER_ORDER = ("allowance", "points", "card", "mobile", "cash")


class RefundLine(NamedTuple):
    sale_line_id: int
    quantity: int
    restock: bool = True


def _sale_by_receipt(session: Session, receipt_number: str) -> Sale:
    sale = session.scalar(select(Sale).where(Sale.receipt_number == (receipt_number or "").strip()))
    if sale is None:
        raise NotFoundError("no receipt {receipt}", field="receipt_number", receipt=receipt_number)
    return sale


def _is_voided(session: Session, sale_id: int) -> bool:
    return session.scalar(select(SaleVoid.id).where(SaleVoid.sale_id == sale_id)) is not None


def _allowance_period(session: Session, sale_id: int):
    """The period the sale's allowance was taken from (a refund in that period goes back to it)."""
    return session.scalar(
        select(AllowanceEntry.period_start).where(AllowanceEntry.sale_id == sale_id, AllowanceEntry.kind == "use")
        .order_by(AllowanceEntry.id).limit(1)
    )


def _lines_of(session: Session, sale_id: int) -> list[SaleLine]:
    return list(session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.line_no)))


def _lots_of(session: Session, sale_line_id: int) -> list[SaleLineLot]:
    return list(session.scalars(select(SaleLineLot).where(SaleLineLot.sale_line_id == sale_line_id)
                                .order_by(SaleLineLot.id)))


def _tenders_of(session: Session, sale_id: int) -> list[Tender]:
    return list(session.scalars(select(Tender).where(Tender.sale_id == sale_id).order_by(Tender.id)))


def _locked_lot(session: Session, lot_id: int) -> Lot:
    """The lot, locked and re-read: another till may have sold from it since this session read it."""
    return session.get(Lot, lot_id, with_for_update={"key_share": True}, populate_existing=True)


def void_sale(session: Session, actor: Actor, receipt_number: str, reason: str,
              manager_pin: str | None = None) -> SaleVoid:
    """Void a whole paid sale of this till's open shift: stock, allowance and points go back."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("say why the sale is voided", field="reason")
    approver = auth.approver_for(session, actor, manager_pin, "voiding a sale needs a manager's PIN")
    sale = _sale_by_receipt(session, receipt_number)
    if sale.kind == "refund":
        raise ValidationError("{receipt} is a refund and cannot be voided", field="receipt_number",
                              receipt=sale.receipt_number)
    if _is_voided(session, sale.id):
        raise ValidationError("{receipt} is already void", field="receipt_number", receipt=sale.receipt_number)
    if session.scalar(select(Sale.id).where(Sale.refund_of_id == sale.id).limit(1)) is not None:
        raise ValidationError("{receipt} already has refunds: refund the rest instead",
                              field="receipt_number", receipt=sale.receipt_number)
    shift = shifts.require_open_shift(session, actor)
    if sale.shift_id != shift.id:
        raise ShiftError("{receipt} is from another shift: only this shift's sales can be voided; "
                         "refund it instead", receipt=sale.receipt_number)

    now = clock.now()
    today = clock.local_date(now, get_store(session).timezone)  # the void's business day
    void = SaleVoid(sale_id=sale.id, user_id=actor.user_id, approved_by=approver, reason=reason[:200],
                    created_at=now)
    session.add(void)
    rows: list = [void]
    for line in _lines_of(session, sale.id):
        for taken in _lots_of(session, line.id):
            movement = StockMovement(lot_id=taken.lot_id, item_id=line.item_id, kind="void", quantity=taken.quantity,
                                     created_at=now, business_date=today, user_id=actor.user_id, sale_line_id=line.id,
                                     adjustment_id=None)
            session.add(movement)
            rows.append(movement)
            _locked_lot(session, taken.lot_id).on_hand += taken.quantity
    tenders = _tenders_of(session, sale.id)
    for tender in tenders:
        if tender.kind == "allowance":
            ben = session.get(Beneficiary, tender.beneficiary_id)
            rows += allowance.credit(session, ben, tender.amount, sale.id, _allowance_period(session, sale.id),
                                     today, actor.user_id, "void")
        elif tender.kind == "points":
            rows.append(timebank.add_entry(session, tender.volunteer_id, "void", tender.points_x100,
                                           user_id=actor.user_id, sale_id=sale.id, note=sale.receipt_number))
    if any(t.kind == "cash" for t in tenders):
        # The customer's cash goes back out of the drawer (counted as "voided" in expected cash).
        rows.append(shifts.add_drawer_opening_row(session, shift, actor, "void", sale_id=sale.id,
                                                  approved_by=approver))
    audit.record(session, actor.user_id, "sale.void", rows)
    return void


def refunded_quantities(session: Session, sale_id: int) -> dict[int, int]:
    """Units already refunded per line of a sale (positive numbers)."""
    refund_line = select(SaleLine.refund_of_line_id, func.sum(-SaleLine.quantity)).join(
        Sale, Sale.id == SaleLine.sale_id).where(Sale.refund_of_id == sale_id).group_by(SaleLine.refund_of_line_id)
    return {line_id: quantity for line_id, quantity in session.execute(refund_line)}


def _requested(lines, sold: dict[int, SaleLine], already: dict[int, int]) -> list[tuple[SaleLine, int, bool]]:
    if not lines:
        raise ValidationError("choose at least one line to refund", field="lines")
    requested, per_line = [], {}
    for sale_line_id, quantity, restock in lines:
        line = sold.get(sale_line_id)
        if line is None:
            raise ValidationError("that line is not on this receipt", field="lines")
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
            raise ValidationError("the quantity to refund must be at least 1", field="quantity")
        per_line[line.id] = per_line.get(line.id, 0) + quantity
        requested.append((line, quantity, bool(restock)))
    for line_id, quantity in per_line.items():
        left = sold[line_id].quantity - already.get(line_id, 0)
        if quantity > left:
            raise ValidationError("only {left} of line {line} can still be refunded (asked for {quantity})",
                                  field="quantity", left=left, line=sold[line_id].line_no, quantity=quantity)
    return requested


def _returned_per_lot(session: Session, sale_line_ids: list[int]) -> dict[tuple[int, int], int]:
    """Units already given back per (original line, lot) by earlier refunds."""
    refund = select(SaleLine.refund_of_line_id, SaleLineLot.lot_id, func.sum(-SaleLineLot.quantity)).join(
        SaleLineLot, SaleLineLot.sale_line_id == SaleLine.id).where(
        SaleLine.refund_of_line_id.in_(sale_line_ids)).group_by(SaleLine.refund_of_line_id, SaleLineLot.lot_id)
    return {(line_id, lot_id): quantity for line_id, lot_id, quantity in session.execute(refund)}


def _eligible_refunded(session: Session, original: Sale, refund_sale: Sale) -> int:
    """Money earlier refunds of the sale gave back for lines payable by allowance (positive fen)."""
    return session.scalar(
        select(func.coalesce(func.sum(-SaleLine.line_total), 0)).join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.refund_of_id == original.id, Sale.id != refund_sale.id, SaleLine.allowance_ok.is_(True))
    )


def _money_back(session: Session, actor: Actor, original: Sale, refund_sale: Sale, amount_back: int,
                eligible_back: int, shift, approver: int) -> list:
    """Split the refund by what paid for its lines (see `domain.refund_split`).

    The allowance gets back its share of the eligible lines refunded and nothing of the lines it
    could not pay; the other tenders share the rest in proportion to what each has left.
    """
    paid: dict[str, list[Tender]] = {}
    for tender in _tenders_of(session, original.id):
        paid.setdefault(tender.kind, []).append(tender)
    returned: dict[str, tuple[int, int]] = {}  # kind -> (fen, points) already refunded
    for kind, fen, points in session.execute(
        select(Tender.kind, func.sum(-Tender.amount), func.sum(-Tender.points_x100)).join(Sale, Sale.id == Tender.sale_id)
        .where(Sale.refund_of_id == original.id, Sale.id != refund_sale.id).group_by(Tender.kind)
    ):
        returned[kind] = (fen, points)
    left = {k: sum(t.amount for t in paid[k]) - returned.get(k, (0, 0))[0] for k in TENDER_ORDER if k in paid}
    others = [k for k in left if k != "allowance"]
    parts: dict[str, int] = {}
    if "allowance" in left:
        parts["allowance"] = refund_split.allowance_part(
            amount_back, allowance_paid=sum(t.amount for t in paid["allowance"]),
            eligible_total=sum(line.line_total for line in _lines_of(session, original.id) if line.allowance_ok),
            eligible_before=_eligible_refunded(session, original, refund_sale), eligible_now=eligible_back,
            allowance_returned=returned.get("allowance", (0, 0))[0], others_left=sum(left[k] for k in others))
    parts.update(zip(others, refund_split.share_by_left(amount_back - parts.get("allowance", 0),
                                                        [left[k] for k in others])))
    rows, today = [], store_today(session)
    for kind, left_fen in left.items():
        part = parts.get(kind, 0)
        if part <= 0:
            continue
        first = paid[kind][0]
        tender = Tender(sale_id=refund_sale.id, kind=kind, amount=-part, received=0, change=0,
                        reference=first.reference, beneficiary_id=first.beneficiary_id,
                        volunteer_id=first.volunteer_id, points_x100=0)
        if kind == "allowance":
            ben = session.get(Beneficiary, first.beneficiary_id)
            rows += allowance.credit(session, ben, part, refund_sale.id, _allowance_period(session, original.id),
                                     today, actor.user_id, "refund")
        elif kind == "points":
            # Points back at the rate they were spent; the last refund gives back the rest exactly.
            points_paid = sum(t.points_x100 for t in paid[kind])
            points_left = points_paid - returned.get(kind, (0, 0))[1]
            fen_paid = sum(t.amount for t in paid[kind])
            points = points_left if part == left_fen else min(points_left, points_paid * part // fen_paid)
            tender.points_x100 = -points
            rows.append(timebank.add_entry(session, first.volunteer_id, "refund", points, user_id=actor.user_id,
                                           sale_id=refund_sale.id, note=original.receipt_number))
        session.add(tender)
        rows.append(tender)
        if kind == "cash":
            rows.append(shifts.add_drawer_opening_row(session, shift, actor, "refund", sale_id=refund_sale.id,
                                                      approved_by=approver))
    return rows


def refund(session: Session, actor: Actor, receipt_number: str, lines: list[RefundLine | tuple[int, int, bool]],
           manager_pin: str | None = None, reason: str = "") -> Sale:
    """Refund some units of a paid sale, by its original tenders, as a new numbered refund receipt."""
    approver = auth.approver_for(session, actor, manager_pin, "a refund needs a manager's PIN")
    original = _sale_by_receipt(session, receipt_number)
    if original.kind == "refund":
        raise ValidationError("{receipt} is itself a refund", field="receipt_number",
                              receipt=original.receipt_number)
    if _is_voided(session, original.id):
        raise ValidationError("{receipt} is void: there is nothing to refund",
                              field="receipt_number", receipt=original.receipt_number)
    shift = shifts.require_open_shift(session, actor)
    sold = {line.id: line for line in _lines_of(session, original.id)}
    requested = _requested(lines, sold, refunded_quantities(session, original.id))

    now = clock.now()
    stock_day = clock.local_date(now, get_store(session).timezone)  # the refund's business day
    amount_back = sum(line.unit_price * quantity for line, quantity, _ in requested)
    number, year, seq = next_receipt_number(session, actor.till_id)
    refund_sale = Sale(kind="refund", receipt_number=number, till_id=actor.till_id, receipt_year=year,
                       receipt_seq=seq, shift_id=shift.id, cashier_id=actor.user_id, created_at=now,
                       total=-amount_back, refund_of_id=original.id, beneficiary_id=original.beneficiary_id,
                       delivery=False, approved_by=approver, note=(reason or "").strip())
    session.add(refund_sale)
    session.flush()
    rows: list = [refund_sale]
    returned = _returned_per_lot(session, list(sold))
    written_off = []
    for line_no, (line, quantity, restock) in enumerate(requested, start=1):
        refund_line = SaleLine(sale_id=refund_sale.id, line_no=line_no, item_id=line.item_id, quantity=-quantity,
                               unit_price=line.unit_price, regular_price=line.regular_price,
                               price_approved_by=line.price_approved_by, line_total=-quantity * line.unit_price,
                               allowance_ok=line.allowance_ok, refund_of_line_id=line.id, restock=restock)
        session.add(refund_line)
        session.flush()
        rows.append(refund_line)
        # Back to the lots the line took, the most recently taken first. Checkout splits a line's
        # money at exactly unit_price per unit, so each lot's share back is unit_price per unit.
        wanted = quantity
        for taken in reversed(_lots_of(session, line.id)):
            take = min(wanted, taken.quantity - returned.get((line.id, taken.lot_id), 0))
            if take <= 0:
                continue
            returned[(line.id, taken.lot_id)] = returned.get((line.id, taken.lot_id), 0) + take
            wanted -= take
            lot_row = SaleLineLot(sale_line_id=refund_line.id, lot_id=taken.lot_id, quantity=-take,
                                  amount=-take * line.unit_price, fund_source=taken.fund_source)
            session.add(lot_row)
            rows.append(lot_row)
            if restock:
                movement = StockMovement(lot_id=taken.lot_id, item_id=line.item_id, kind="refund", quantity=take,
                                         created_at=now, business_date=stock_day, user_id=actor.user_id,
                                         sale_line_id=refund_line.id, adjustment_id=None)
                session.add(movement)
                rows.append(movement)
                _locked_lot(session, taken.lot_id).on_hand += take
            if wanted == 0:
                break
        if not restock:
            written_off.append(f"{quantity} × {session.get(Item, line.item_id).name}")
    if written_off:
        adjustment = StockAdjustment(reason="refund_damaged", user_id=actor.user_id, created_at=now, stocktake_id=None,
                                     note=f"refund {number} of {original.receipt_number}, not restocked: "
                                          + "; ".join(written_off))
        session.add(adjustment)
        rows.append(adjustment)
    eligible_back = sum(line.unit_price * quantity for line, quantity, _ in requested if line.allowance_ok)
    rows += _money_back(session, actor, original, refund_sale, amount_back, eligible_back, shift, approver)
    audit.record(session, actor.user_id, "sale.refund", rows)
    return refund_sale


# ----- reading a sale for the counter's refund screen (read-only: writes nothing) -----

@dataclass(frozen=True)
class RefundableLine:
    sale_line_id: int
    line_no: int
    name: str
    quantity: int  # sold
    refunded: int  # already refunded by earlier refunds
    unit_price: int
    line_total: int
    allowance_ok: bool

    @property
    def refundable(self) -> int:
        return max(0, self.quantity - self.refunded)


@dataclass(frozen=True)
class TenderInfo:
    kind: str  # cash | mobile | card | allowance | points
    amount: int  # fen; negative on a refund receipt
    reference: str = ""
    points_x100: int = 0


@dataclass(frozen=True)
class RefundableSale:
    """A receipt as plain data: its lines with what is left to refund, its tenders, whether it is void.

    Works for any receipt (a refund receipt shows its own negative lines and tenders, with
    `kind == "refund"` and `refund_of` set), so a screen can also show what a refund gave back.
    """

    sale_id: int
    receipt_number: str
    kind: str  # sale | collection | refund
    created_at: datetime  # naive UTC
    total: int
    shift_id: int
    is_void: bool
    lines: tuple[RefundableLine, ...]
    tenders: tuple[TenderInfo, ...]
    refund_of: str | None = None  # the original's receipt number, on a refund receipt
    refund_numbers: tuple[str, ...] = ()  # earlier refunds of this sale

    @property
    def refundable(self) -> bool:
        return self.kind != "refund" and not self.is_void and any(line.refundable for line in self.lines)


def sale_for_refund(session: Session, receipt_number: str) -> RefundableSale:
    """A receipt's lines (with quantities already refunded), tenders and void state, for display."""
    sale = _sale_by_receipt(session, receipt_number)
    already = refunded_quantities(session, sale.id) if sale.kind != "refund" else {}
    names = dict(session.execute(select(Item.id, Item.name).join(SaleLine, SaleLine.item_id == Item.id)
                                 .where(SaleLine.sale_id == sale.id)).all())
    lines = tuple(
        RefundableLine(sale_line_id=line.id, line_no=line.line_no, name=names.get(line.item_id, ""),
                       quantity=line.quantity, refunded=already.get(line.id, 0), unit_price=line.unit_price,
                       line_total=line.line_total, allowance_ok=line.allowance_ok)
        for line in _lines_of(session, sale.id)
    )
    tenders = tuple(TenderInfo(kind=t.kind, amount=t.amount, reference=t.reference or "", points_x100=t.points_x100)
                    for t in _tenders_of(session, sale.id))
    refund_of = session.get(Sale, sale.refund_of_id).receipt_number if sale.refund_of_id else None
    refund_numbers = tuple(session.scalars(select(Sale.receipt_number).where(Sale.refund_of_id == sale.id)
                                           .order_by(Sale.id)))
    return RefundableSale(sale_id=sale.id, receipt_number=sale.receipt_number, kind=sale.kind,
                          created_at=sale.created_at, total=sale.total, shift_id=sale.shift_id,
                          is_void=_is_voided(session, sale.id), lines=lines, tenders=tenders,
                          refund_of=refund_of, refund_numbers=refund_numbers)
