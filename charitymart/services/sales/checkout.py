"""Completing a sale or a household collection, and numbering receipts.

`complete_sale` writes the whole sale in the caller's one transaction, under one audit event:
the sale and its lines, the lots each line took (first expiry first) with their fund source,
the stock movements, the tenders, the allowance and time-bank points used, the receipt
number and the drawer opening. Any refusal raises before the caller commits, so nothing of
a refused sale (not even its receipt number) is kept.

The basket operations (scan, quantities, prices, removals) live in `services.sales.basket` and are
re-exported here, so the counter screen can use this one module.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from charitymart.db.models import (
    TENDER_KINDS,
    Beneficiary,
    Item,
    Lot,
    ReceiptCounter,
    Sale,
    SaleLine,
    SaleLineLot,
    StockMovement,
    Tender,
    Till,
    Volunteer,
)
from charitymart.domain.basket import Basket, BasketLine
from charitymart.domain.money import split_proportionally
from charitymart.services import audit, clock
from charitymart.services.ledger_rows import insert_rows
from charitymart.services.context import Actor, get_store, store_today
from charitymart.services.errors import AllowanceError, NotFoundError, ValidationError
from charitymart.services.people import allowance, timebank
from charitymart.services.sales import shifts
from charitymart.services.sales.basket import (  # noqa: F401  (re-exported)
    ScanResult,
    add_item,
    change_price,
    remove_line,
    resolve_code,
    sellable_lots,
    sellable_lots_of,
    sellable_quantity,
    set_quantity,
    stock_shortage_error,
)
from charitymart.services.users import auth

__all__ = [
    "Payment", "ScanResult", "add_item", "change_price", "complete_sale", "next_receipt_number", "remove_line",
    "resolve_code", "sellable_lots", "sellable_quantity", "set_quantity",
]

# Tenders a sale may hold at most one of: one drawer, one household card, one volunteer card.
SINGLE_TENDER_KINDS = ("cash", "allowance", "points")


@dataclass(frozen=True)
class Payment:
    """One tender offered at the till.

    `amount` is what it pays of the total. For cash, `received` is what the customer handed
    over (0 means exactly `amount`) and the change is `received - amount`. Only cash gives change.
    """

    kind: str  # cash | mobile | card | allowance | points
    amount: int
    received: int = 0
    reference: str = ""


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def _is_fen(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def next_receipt_number(session: Session, till_id: int) -> tuple[str, int, int]:
    """(number, year, sequence) for the next sale or refund at a till, e.g. `T1-2026-000123`.

    Numbered per till and per year of the store's time zone. The counter row is updated in
    the caller's transaction, so a sale that rolls back gives its number back: no gaps.
    """
    year = clock.local_date(clock.now(), get_store(session).timezone).year
    counters = ReceiptCounter.__table__
    # One statement takes the number, locks the counter row (two tills queue here) and reads the
    # till's code, instead of a get, a SELECT ... FOR UPDATE and a later UPDATE (issue 14).
    taken = session.execute(
        update(counters).where(counters.c.till_id == till_id, counters.c.year == year)
        .values(last_number=counters.c.last_number + 1)
        .returning(counters.c.last_number, select(Till.code).where(Till.id == counters.c.till_id).scalar_subquery())
    ).first()
    if taken is not None:
        number, code = taken
    else:  # the till's first receipt of the year; a till racing us to create it makes this a retried duplicate
        till = session.get(Till, till_id)
        if till is None:
            raise NotFoundError("no till {till}", till=till_id)
        session.add(ReceiptCounter(till_id=till_id, year=year, last_number=1))
        number, code = 1, till.code
    return f"{code}-{year}-{number:06d}", year, number


@dataclass
class _CheckedLine:
    """A basket line re-read against the catalogue at payment time."""

    basket_line: BasketLine
    item: Item
    approved_by: int | None

    @property
    def total(self) -> int:
        return self.basket_line.quantity * self.basket_line.unit_price


def _check_lines(session: Session, basket: Basket) -> list[_CheckedLine]:
    """Re-check every line: item still sold, sane quantity and price, changed prices approved."""
    checked = []
    # One query for all of the basket's items instead of a get per line (issue 15).
    ids = {line.item_id for line in basket.lines}
    items = {item.id: item for item in session.scalars(select(Item).where(Item.id.in_(ids)))} if ids else {}
    for line in basket.lines:
        item = items.get(line.item_id)
        if item is None or not item.active:
            raise ValidationError("{name} is no longer sold: remove it from the basket", field="basket", name=line.name)
        if not _is_fen(line.quantity) or line.quantity < 1:
            raise ValidationError("the quantity of {name} must be at least 1", field="quantity", name=item.name)
        if not _is_fen(line.unit_price) or line.unit_price < 0:
            raise ValidationError("the price of {name} must be 0 or more", field="price", name=item.name)
        approved_by = None
        # Compare with today's catalogue price, not the basket's copy (which the caller holds).
        if line.unit_price != item.price:
            if line.price_approved_by is None and line.unit_price == line.regular_price:
                raise ValidationError("the price of {name} changed to {price} since it was scanned: remove it and "
                                      "scan it again", field="basket", name=item.name, price=_yuan(item.price))
            auth.check_approver(session, line.price_approved_by, "selling {name} at {price} needs a manager's approval",
                                name=item.name, price=_yuan(line.unit_price))
            approved_by = line.price_approved_by
        checked.append(_CheckedLine(line, item, approved_by))
    return checked


def _check_payments(payments: list[Payment], total: int) -> list[tuple[Payment, int, int]]:
    """(payment, received, change) for each tender; they must add up to exactly the total."""
    result = []
    for p in payments:
        if p.kind not in TENDER_KINDS:
            raise ValidationError("unknown way to pay: {kind}", field="tenders", kind=p.kind)
        if not _is_fen(p.amount) or p.amount <= 0:
            raise ValidationError("each payment must be more than zero", field="tenders")
        received, change = 0, 0
        if p.kind == "cash":
            received = p.received or p.amount
            if not _is_fen(received) or received < p.amount:
                raise ValidationError("cash received {received} is less than the {amount} due", field="received",
                                      received=_yuan(received), amount=_yuan(p.amount))
            change = received - p.amount
        elif p.received not in (0, p.amount):
            raise ValidationError("only cash gives change", field="received")
        result.append((p, received, change))
    for kind in SINGLE_TENDER_KINDS:
        if sum(1 for p in payments if p.kind == kind) > 1:
            raise ValidationError("a sale takes one {kind} payment at most", field="tenders", kind=kind)
    paid = sum(p.amount for p in payments)
    if paid != total:
        raise ValidationError("the payments add up to {paid} but the total is {total}", field="tenders",
                              paid=_yuan(paid), total=_yuan(total))
    return result


def _take_lots(session: Session, lines: list[_CheckedLine]) -> list[list[tuple[Lot, int]]]:
    """For each line, the (lot, quantity) it takes: first expiry first, never an expired lot.

    Counts what earlier lines of the same item already took, so stock never goes negative.
    """
    today = store_today(session)
    lots_of = sellable_lots_of(session, {line.item.id for line in lines}, today)  # one query per basket
    left: dict[int, int] = {}  # lot id -> units not yet taken by this sale
    taken_per_line = []
    for line in lines:
        lots = lots_of[line.item.id]
        for lot in lots:
            left.setdefault(lot.id, lot.on_hand)
        wanted = line.basket_line.quantity
        available = sum(left[lot.id] for lot in lots)
        if wanted > available:
            raise stock_shortage_error(session, line.item, wanted, available, today)
        taken = []
        for lot in lots:
            if wanted == 0:
                break
            quantity = min(wanted, left[lot.id])
            if quantity:
                taken.append((lot, quantity))
                left[lot.id] -= quantity
                wanted -= quantity
        taken_per_line.append(taken)
    return taken_per_line


def _find_beneficiary(session: Session, card: str | None) -> Beneficiary | None:
    if not card:
        return None
    ben = session.scalar(select(Beneficiary).where(Beneficiary.card_number == card.strip()))
    if ben is None:
        raise NotFoundError("no household has the card {card}", field="beneficiary_card", card=card)
    return ben


def _find_volunteer(session: Session, code: str | None) -> Volunteer | None:
    if not code:
        return None
    vol = session.scalar(select(Volunteer).where(Volunteer.code == code.strip()))
    if vol is None:
        raise NotFoundError("no volunteer has the code {code}", field="volunteer_code", code=code)
    return vol


def complete_sale(session: Session, actor: Actor, basket: Basket, tenders: list[Payment], *,
                  beneficiary_card: str | None = None, volunteer_code: str | None = None,
                  collection: bool = False, delivery: bool = False) -> Sale:
    """Commit a paid basket as a sale (or, with `collection`, free goods against an allowance).

    In a collection the whole total is paid by the household's allowance (pass no tenders to
    have that filled in); every line must be payable by allowance. `delivery` marks goods taken
    to a household's home and needs its card.
    """
    shift = shifts.require_open_shift(session, actor)
    if basket.is_empty:
        raise ValidationError("the basket is empty: scan something first", field="basket")
    store = get_store(session)
    today = store_today(session)
    lines = _check_lines(session, basket)
    total = sum(line.total for line in lines)
    allowance_payable = sum(line.total for line in lines if line.item.allowance_ok)
    beneficiary = _find_beneficiary(session, beneficiary_card)
    volunteer = _find_volunteer(session, volunteer_code)
    payments = list(tenders)

    if collection:
        if beneficiary is None:
            raise AllowanceError("a collection needs the household's card", field="beneficiary_card")
        not_payable = [line.item.name for line in lines if not line.item.allowance_ok]
        if not_payable:
            raise AllowanceError("not payable by allowance, so not collectable: {items}", field="basket",
                                 items=", ".join(not_payable))
        if not payments and total > 0:
            payments = [Payment("allowance", total)]
        if any(p.kind != "allowance" for p in payments):
            raise ValidationError("a collection is paid by the household allowance only", field="tenders")
    if delivery and beneficiary is None:
        raise ValidationError("a delivery is for a registered household: scan its card", field="beneficiary_card")
    checked_payments = _check_payments(payments, total)

    allowance_amount = sum(p.amount for p in payments if p.kind == "allowance")
    if allowance_amount:
        if beneficiary is None:
            raise ValidationError("paying by allowance needs the household's card", field="beneficiary_card")
        allowance.check_card(beneficiary, today)
        if allowance_amount > allowance_payable:
            raise AllowanceError("the allowance can pay at most {amount} of this basket (some items are not payable "
                                 "by allowance)", field="tenders", amount=_yuan(allowance_payable))
    if any(p.kind == "points" for p in payments):
        if not store.timebank_enabled:
            raise ValidationError("this store does not take time-bank points", field="tenders")
        if volunteer is None:
            raise ValidationError("paying with points needs the volunteer's card", field="volunteer_code")

    taken_per_line = _take_lots(session, lines)
    number, year, seq = next_receipt_number(session, actor.till_id)
    now = clock.now()
    stock_day = clock.local_date(now, store.timezone)  # the sale's business day, as the sales reports count it
    sale = Sale(kind="collection" if collection else "sale", receipt_number=number, till_id=actor.till_id,
                receipt_year=year, receipt_seq=seq, shift_id=shift.id, cashier_id=actor.user_id, created_at=now,
                total=total, refund_of_id=None, beneficiary_id=beneficiary.id if beneficiary else None,
                delivery=delivery, approved_by=None, note="")
    session.add(sale)
    session.flush()

    # The lines, the lots they took, the stock movements and the tenders go in as Core rows (one
    # statement per table), the cost of a sale that several tills wait for on a server (issue 14).
    sale_lines = insert_rows(session, SaleLine, [
        {"sale_id": sale.id, "line_no": line_no, "item_id": line.item.id, "quantity": line.basket_line.quantity,
         "unit_price": line.basket_line.unit_price, "regular_price": line.item.price,
         "price_approved_by": line.approved_by, "line_total": line.total, "allowance_ok": line.item.allowance_ok,
         "refund_of_line_id": None, "restock": True}
        for line_no, line in enumerate(lines, start=1)])
    lot_rows, movements = [], []
    for sale_line, line, taken in zip(sale_lines, lines, taken_per_line):
        # Each lot's share of the money, so income is reported by fund source.
        amounts = split_proportionally(line.total, [quantity for _, quantity in taken])
        for (lot, quantity), amount in zip(taken, amounts):
            lot_rows.append({"sale_line_id": sale_line.values["id"], "lot_id": lot.id, "quantity": quantity,
                             "amount": amount, "fund_source": lot.fund_source})
            movements.append({"lot_id": lot.id, "item_id": lot.item_id, "kind": "sale", "quantity": -quantity,
                              "created_at": now, "business_date": stock_day, "user_id": actor.user_id,
                              "sale_line_id": sale_line.values["id"], "adjustment_id": None})
            lot.on_hand -= quantity
    rows: list = [sale, *sale_lines, *insert_rows(session, SaleLineLot, lot_rows),
                  *insert_rows(session, StockMovement, movements)]

    store_points_value = store.point_value_fen
    tenders = []
    for payment, received, change in checked_payments:
        tender = {"sale_id": sale.id, "kind": payment.kind, "amount": payment.amount, "received": received,
                  "change": change, "reference": (payment.reference or "")[:100], "beneficiary_id": None,
                  "volunteer_id": None, "points_x100": 0}
        if payment.kind == "allowance":
            tender["beneficiary_id"] = beneficiary.id
            rows.extend(allowance.use(session, beneficiary, payment.amount, sale.id, today, actor.user_id))
        elif payment.kind == "points":
            points = timebank.points_for_amount(payment.amount, store_points_value)
            tender["volunteer_id"] = volunteer.id
            tender["points_x100"] = points
            rows.append(timebank.spend(session, volunteer, points, sale.id, actor.user_id))
        tenders.append(tender)
    rows.extend(insert_rows(session, Tender, tenders))
    if any(payment.kind == "cash" for payment, _, _ in checked_payments):
        rows.append(shifts.add_drawer_opening_row(session, shift, actor, "sale", sale_id=sale.id))

    audit.record(session, actor.user_id, f"{sale.kind}.complete", rows)
    return sale

