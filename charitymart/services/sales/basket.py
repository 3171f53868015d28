"""The counter's basket: exact-code lookup, adding items, quantities, price changes, removals.

The basket (`domain.basket.Basket`) lives in the caller's memory between scans; these
services check stock and permissions as it changes. Nothing here writes a sale: that is
`services.sales.checkout.complete_sale`. Only removals (and lowered quantities) write a ledger row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import Barcode, Beneficiary, Item, Lot, RemovedLine, Sale, Volunteer
from charitymart.domain.basket import Basket, BasketLine
from charitymart.services import audit, clock
from charitymart.services.context import Actor, store_today
from charitymart.services.errors import NotFoundError, ShiftError, StockError, ValidationError
from charitymart.services.sales import shifts
from charitymart.services.users import auth


@dataclass(frozen=True)
class ScanResult:
    """What an exact code typed or scanned at the counter is."""

    kind: str  # item | household | volunteer | receipt
    id: int
    code: str


def _is_fen(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_quantity(quantity) -> int:
    if not _is_fen(quantity) or quantity < 1:
        raise ValidationError("the quantity must be a whole number of at least 1", field="quantity")
    return quantity


def resolve_code(session: Session, code: str) -> ScanResult | None:
    """Look up an exact code: item barcode, household card, volunteer code, then receipt number.

    Returns ids only (no names), so resolving a household card shows no personal details.
    """
    code = (code or "").strip()
    if not code:
        return None
    lookups = (
        ("item", select(Barcode.item_id).where(Barcode.code == code)),
        ("household", select(Beneficiary.id).where(Beneficiary.card_number == code)),
        ("volunteer", select(Volunteer.id).where(Volunteer.code == code)),
        ("receipt", select(Sale.id).where(Sale.receipt_number == code)),
    )
    for kind, query in lookups:
        found = session.scalar(query)
        if found is not None:
            return ScanResult(kind=kind, id=found, code=code)
    return None


def _not_expired(today: date):
    return or_(Lot.expiry.is_(None), Lot.expiry >= today)


def _sale_order(lot: Lot):
    """The order a sale takes lots in: first expiry first, never-expiring last, oldest received first."""
    return (lot.expiry is None, lot.expiry or date.min, lot.received_on, lot.id)


def sellable_lots_of(session: Session, item_ids, today: date) -> dict[int, list[Lot]]:
    """sellable_lots of several items (a sale's whole basket) in one query that also locks them.

    The rows are locked in id order (FOR NO KEY UPDATE): two tills whose baskets share items
    then queue instead of deadlocking (each holding one item's lots, waiting for the other's);
    each item's lots are then put in the order a sale takes them."""
    found: dict[int, list[Lot]] = {item_id: [] for item_id in item_ids}
    for lot in session.scalars(
        select(Lot)
        .where(Lot.item_id.in_(list(found)), Lot.on_hand > 0, _not_expired(today))
        .order_by(Lot.id)
        .with_for_update(key_share=True)  # FOR NO KEY UPDATE: see services.people.allowance.ROW_LOCK
        .execution_options(populate_existing=True)  # the locked, current quantities
    ):
        found[lot.item_id].append(lot)
    for lots in found.values():
        lots.sort(key=_sale_order)
    return found


def sellable_lots(session: Session, item_id: int, today: date) -> list[Lot]:
    """Lots that may be sold, in the order a sale takes them.

    First expiry first; lots that never expire (NULL) last; ties by the oldest received.
    Locked FOR UPDATE where the database supports it, so two tills never take the same units.
    """
    return list(session.scalars(
        select(Lot)
        .where(Lot.item_id == item_id, Lot.on_hand > 0, _not_expired(today))
        .order_by(Lot.expiry.is_(None), Lot.expiry, Lot.received_on, Lot.id)
        .with_for_update(key_share=True)  # FOR NO KEY UPDATE: see services.people.allowance.ROW_LOCK
        .execution_options(populate_existing=True)  # the locked, current quantities
    ))


def sellable_quantity(session: Session, item_id: int, today: date) -> int:
    return session.scalar(
        select(func.coalesce(func.sum(Lot.on_hand), 0))
        .where(Lot.item_id == item_id, Lot.on_hand > 0, _not_expired(today))
    )


def stock_shortage_error(session: Session, item: Item, wanted: int, available: int, today: date) -> StockError:
    """The error for too little sellable stock, saying so when the rest is expired."""
    expired = session.scalar(
        select(func.coalesce(func.sum(Lot.on_hand), 0))
        .where(Lot.item_id == item.id, Lot.on_hand > 0, Lot.expiry < today)
    )
    if available == 0 and expired:
        return StockError("{name} cannot be sold: all of its stock is past its expiry date; take it off the shelf",
                          field="code", name=item.name)
    if expired:
        return StockError("only {available} of {name} can be sold, and the basket needs {wanted} "
                          "({expired} more are past their expiry date)", field="quantity",
                          available=available, name=item.name, wanted=wanted, expired=expired)
    return StockError("only {available} of {name} can be sold, and the basket needs {wanted}", field="quantity",
                      available=available, name=item.name, wanted=wanted)


def _check_stock(session: Session, item: Item, wanted: int) -> None:
    today = store_today(session)
    available = sellable_quantity(session, item.id, today)
    if wanted > available:
        raise stock_shortage_error(session, item, wanted, available, today)


def add_item(session: Session, actor: Actor, basket: Basket, code: str, quantity: int = 1) -> BasketLine:
    """Add `quantity` of the item with this exact barcode; a second scan adds to the item's line."""
    _check_quantity(quantity)
    code = (code or "").strip()
    item = session.scalar(select(Item).join(Barcode, Barcode.item_id == Item.id).where(Barcode.code == code))
    if item is None:
        raise NotFoundError("no item has the barcode {code}", field="code", code=code)
    if not item.active:
        raise ValidationError("{name} is no longer sold", field="code", name=item.name)
    _check_stock(session, item, basket.quantity_of(item.id) + quantity)
    index = basket.line_index_for(item.id)
    if index is not None:
        basket.lines[index].quantity += quantity
        return basket.lines[index]
    line = BasketLine(item_id=item.id, name=item.name, barcode=code, quantity=quantity, unit_price=item.price,
                      regular_price=item.price, price_approved_by=None, allowance_ok=item.allowance_ok)
    basket.lines.append(line)
    return line


def _line_at(basket: Basket, index: int) -> BasketLine:
    try:
        return basket.line(index)
    except IndexError as exc:
        raise ValidationError("the basket has no line {number}", field="line", number=index + 1) from exc


def _record_removal(session: Session, actor: Actor, line: BasketLine, quantity: int, reason: str) -> RemovedLine:
    # Taking goods off an unpaid basket is a classic leak, so it is a ledger row even though
    # no money or stock moved.
    if actor.till_id is None:
        raise ShiftError("you are not logged in at a till")
    shift = shifts.current_shift(session, actor.till_id)
    row = RemovedLine(till_id=actor.till_id, shift_id=shift.id if shift else None, user_id=actor.user_id,
                      item_id=line.item_id, quantity=quantity, unit_price=line.unit_price,
                      reason=(reason or "").strip()[:200], created_at=clock.now())
    session.add(row)
    audit.record(session, actor.user_id, "basket.remove_line", [row])
    return row


def set_quantity(session: Session, actor: Actor, basket: Basket, line_index: int, quantity: int,
                 reason: str = "") -> BasketLine:
    """Change a line's quantity; lowering it records the units taken off like a removed line."""
    line = _line_at(basket, line_index)
    _check_quantity(quantity)
    if quantity > line.quantity:
        item = session.get(Item, line.item_id)
        _check_stock(session, item, basket.quantity_of(line.item_id) - line.quantity + quantity)
    elif quantity < line.quantity:
        _record_removal(session, actor, line, line.quantity - quantity, reason or "quantity lowered")
    line.quantity = quantity
    return line


def change_price(session: Session, actor: Actor, basket: Basket, line: int, new_price: int,
                 manager_pin: str | None = None) -> BasketLine:
    """Sell a line at another price: needs a manager (the actor, or a manager's PIN)."""
    basket_line = _line_at(basket, line)
    if not _is_fen(new_price) or new_price < 0:
        raise ValidationError("the price must be a whole number of fen, 0 or more", field="price")
    approver = auth.approver_for(session, actor, manager_pin, "changing a price needs a manager's PIN")
    basket_line.unit_price = new_price
    basket_line.price_approved_by = None if new_price == basket_line.regular_price else approver
    return basket_line


def remove_line(session: Session, actor: Actor, basket: Basket, line_index: int, reason: str = "") -> RemovedLine:
    """Take a line off the unpaid basket, recording it (RemovedLine + audit event)."""
    line = _line_at(basket, line_index)
    row = _record_removal(session, actor, line, line.quantity, reason)
    basket.lines.pop(line_index)
    return row
