"""Stock on hand, adjustments with a reason, stocktakes; the alerts of a manager's start page
(services.stock.alerts) are importable from here too.

Every change is a StockAdjustment with one "adjustment" StockMovement per lot it touched;
Lot.on_hand is the cache of a lot's movements, updated alongside (`verify` checks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    Barcode,
    Item,
    Lot,
    StockAdjustment,
    StockMovement,
    Stocktake,
    StocktakeCount,
)
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role, store_today
from charitymart.services.errors import NotFoundError, StockError, ValidationError
from charitymart.services.stock.alerts import (  # noqa: F401  (the alerts' names, as callers use them)
    LotAlert,
    ReorderAlert,
    _not_expired,
    below_reorder,
    below_reorder_count,
    expired_on_shelf,
    expired_on_shelf_count,
    expiring_count,
    expiring_lots,
)
from charitymart.services.stock.dates import movement_date

REASONS_OUT = ("damaged", "expired", "lost", "transferred")  # take stock away (quantity < 0)
REASONS_IN = ("found",)  # add stock (quantity > 0)
FEFO = (Lot.expiry.is_(None), Lot.expiry, Lot.received_on, Lot.id)  # the order sales take lots in


def on_hand(session: Session, item_id: int) -> int:
    """Units of the item in stock, expired or not (the sum of its lots' caches)."""
    return session.scalar(select(func.coalesce(func.sum(Lot.on_hand), 0)).where(Lot.item_id == item_id))


def sellable_on_hand(session: Session, item_id: int) -> int:
    return session.scalar(select(func.coalesce(func.sum(Lot.on_hand), 0))
                          .where(Lot.item_id == item_id, _not_expired(store_today(session))))


def ledger_on_hand(session: Session, item_id: int, *, at: datetime | None = None) -> int:
    """The item's stock by the movement ledger itself (optionally as it stood at `at`)."""
    statement = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(StockMovement.item_id == item_id)
    if at is not None:
        statement = statement.where(StockMovement.created_at <= at)
    return session.scalar(statement)


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError("no such item", field="item")
    return item


def _lot_of(session: Session, item: Item, lot_id: int) -> Lot:
    lot = session.get(Lot, lot_id, with_for_update=True)
    if lot is None or lot.item_id != item.id:
        raise ValidationError("that lot does not hold {name}", field="lot", name=item.name)
    return lot


def _received_after(day: date | None):
    """Sort key: lots received after `day` last (a change dated `day` should not come out of
    a lot that had not yet arrived, or the lot's history would dip below zero)."""
    return case((Lot.received_on > day, 1), else_=0) if day is not None else literal(0)


def _take(session: Session, item: Item, lot_id: int | None, quantity: int, *,
          clamp: bool = False, held_on: date | None = None) -> list[tuple[Lot, int]]:
    """(lot, -units) taking `quantity` units from the lot given, else first-expiry-first
    (so expired lots go first; with `held_on`, lots received by that day first). Never below
    zero: StockError, or with clamp, what there is."""
    if lot_id is not None:
        lots = [_lot_of(session, item, lot_id)]
    else:
        lots = list(session.scalars(select(Lot).where(Lot.item_id == item.id, Lot.on_hand > 0)
                                    .order_by(_received_after(held_on), *FEFO).with_for_update()))
    available = sum(lot.on_hand for lot in lots)
    if quantity > available and not clamp:
        raise StockError("only {available} of {name} in that lot: can't take away {quantity}" if lot_id is not None
                         else "only {available} of {name} in stock: can't take away {quantity}",
                         field="quantity", available=available, name=item.name, quantity=quantity)
    pieces, left = [], min(quantity, available)
    for lot in lots:
        if left == 0:
            break
        part = min(left, lot.on_hand)
        if part:
            pieces.append((lot, -part))
            left -= part
    return pieces


def _new_lot(session: Session, item: Item, today: date) -> Lot:
    """A lot for stock of unknown origin. Counted as donated: it was not bought or consigned
    that anyone recorded. Nothing was received through intake, so quantity_received is 0."""
    lot = Lot(item_id=item.id, fund_source="donated", party_id=None, donation_line_id=None, received_on=today,
              expiry=None, unit_value=0, weight_g=0, quantity_received=0, created_at=clock.now(), on_hand=0)
    session.add(lot)
    session.flush()
    return lot


def _write(session: Session, actor: Actor, adjustment: StockAdjustment, pieces: list[tuple[Lot, int]],
           stock_day: date) -> list:
    session.add(adjustment)
    session.flush()
    rows: list = [adjustment]
    for lot, quantity in pieces:
        lot.on_hand += quantity
        move = StockMovement(lot_id=lot.id, item_id=lot.item_id, kind="adjustment", quantity=quantity,
                             created_at=adjustment.created_at, business_date=stock_day, user_id=actor.user_id,
                             adjustment_id=adjustment.id)
        session.add(move)
        rows.append(move)
    session.flush()
    return rows


def adjust(session: Session, actor: Actor, item_id: int, lot_id: int | None, quantity: int, reason: str,
           note: str = "") -> StockAdjustment:
    """Stock taken away (damaged, expired, lost, transferred: quantity < 0) or found (> 0).

    Taken from the given lot, else first-expiry-first across the item's lots; found stock
    goes into the given lot, else a new donated lot.
    """
    require_role(actor, "manager", "adjusting stock needs a manager")
    item = _item(session, item_id)
    if reason not in REASONS_OUT + REASONS_IN:
        raise ValidationError("the reason must be one of {choices}", field="reason",
                              choices=", ".join(REASONS_OUT + REASONS_IN))
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity == 0:
        raise ValidationError("the quantity must be a whole number other than 0", field="quantity")
    if reason in REASONS_IN and quantity < 0:
        raise ValidationError("found stock is a positive quantity", field="quantity")
    if reason in REASONS_OUT and quantity > 0:
        raise ValidationError("stock {reason} is taken away: enter a negative quantity", field="quantity",
                              reason=reason)
    new_lots: list[Lot] = []
    if quantity < 0:
        pieces = _take(session, item, lot_id, -quantity)
    else:
        lot = _lot_of(session, item, lot_id) if lot_id is not None else None
        if lot is None:
            lot = _new_lot(session, item, store_today(session))
            new_lots.append(lot)
        pieces = [(lot, quantity)]
    adjustment = StockAdjustment(reason=reason, note=(note or "").strip(), stocktake_id=None,
                                 user_id=actor.user_id, created_at=clock.now())
    rows = _write(session, actor, adjustment, pieces, movement_date(session))
    audit.record(session, actor.user_id, "stock.adjust", new_lots + rows)
    return adjustment


# --- stocktake ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Variance:
    item_id: int
    name: str
    barcode: str
    expected: int  # stock by the ledger when the item was (last) counted
    counted: int
    difference: int  # counted - expected: what posting adds (or takes, if negative)
    on_hand_now: int


def _stocktake(session: Session, stocktake_id: int, *, open_only: bool = True) -> Stocktake:
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise NotFoundError("no such stocktake", field="stocktake")
    if open_only and (stocktake.posted_at is not None or stocktake.cancelled):
        raise ValidationError("this stocktake is already posted" if stocktake.posted_at is not None
                              else "this stocktake is already cancelled", field="stocktake")
    return stocktake


def open_stocktake(session: Session) -> Stocktake | None:
    return session.scalar(select(Stocktake).where(Stocktake.posted_at.is_(None), Stocktake.cancelled.is_(False))
                          .order_by(Stocktake.id.desc()).limit(1))


def start_stocktake(session: Session, actor: Actor, note: str = "") -> Stocktake:
    """One stocktake at a time, so a scanned count always lands on the right sheet."""
    require_role(actor, "manager", "starting a stocktake needs a manager")
    if open_stocktake(session) is not None:
        raise ValidationError("a stocktake is already open: post or cancel it first", field="stocktake")
    stocktake = Stocktake(note=(note or "").strip(), started_by=actor.user_id, started_at=clock.now(),
                          cancelled=False)
    session.add(stocktake)
    audit.record(session, actor.user_id, "stocktake.start", [stocktake])
    return stocktake


def record_count(session: Session, actor: Actor, stocktake_id: int, item_id: int, counted: int, *,
                 add: bool = False, note: str = "") -> StocktakeCount:
    """A count sheet sets the count (add=False); scan-to-count adds (add=True, usually 1; a
    negative number undoes a double scan). Anyone logged in may count; posting needs a manager.
    Counts are working data: the posting event lists them."""
    stocktake = _stocktake(session, stocktake_id)
    item = _item(session, item_id)
    if isinstance(counted, bool) or not isinstance(counted, int):
        raise ValidationError("the count must be a whole number", field="counted")
    row = session.scalar(select(StocktakeCount).where(StocktakeCount.stocktake_id == stocktake.id,
                                                      StocktakeCount.item_id == item.id))
    total = (row.counted if row is not None and add else 0) + counted
    if total < 0:
        raise ValidationError("a count can't be below 0", field="counted")
    if row is None:
        row = StocktakeCount(stocktake_id=stocktake.id, item_id=item.id, counted=total, counted_at=clock.now(),
                             note=(note or "").strip()[:200])
        session.add(row)
    else:
        row.counted, row.counted_at = total, clock.now()
        row.note = (note or row.note).strip()[:200]
    session.flush()
    return row


def variances(session: Session, stocktake_id: int) -> list[Variance]:
    """Every counted item: expected (by the ledger at the time of its count, so sales made
    while counting don't show as losses) against counted. Items not counted are left alone."""
    stocktake = _stocktake(session, stocktake_id, open_only=False)
    expected = (select(func.coalesce(func.sum(StockMovement.quantity), 0))
                .where(StockMovement.item_id == StocktakeCount.item_id,
                       StockMovement.created_at <= StocktakeCount.counted_at)
                .correlate(StocktakeCount).scalar_subquery())
    now = (select(func.coalesce(func.sum(Lot.on_hand), 0)).where(Lot.item_id == StocktakeCount.item_id)
           .correlate(StocktakeCount).scalar_subquery())
    code = (select(func.min(Barcode.code)).where(Barcode.item_id == StocktakeCount.item_id)
            .correlate(StocktakeCount).scalar_subquery())
    rows = session.execute(
        select(StocktakeCount.item_id, Item.name, code, expected, StocktakeCount.counted, now)
        .join(Item, Item.id == StocktakeCount.item_id)
        .where(StocktakeCount.stocktake_id == stocktake.id)
        .order_by(Item.name, Item.id)
    )
    return [Variance(item_id=i, name=name, barcode=barcode or "", expected=exp, counted=counted,
                     difference=counted - exp, on_hand_now=current)
            for i, name, barcode, exp, counted, current in rows]


def _surplus_lot(session: Session, item: Item, today: date, counted_on: date) -> tuple[Lot, bool]:
    """Where counted-but-unrecorded units go: the newest sellable lot received by the day
    counted (same fund source as the stock beside it), else the newest sellable lot, else a new
    donated lot received that day."""
    lot = session.scalar(select(Lot).where(Lot.item_id == item.id, _not_expired(today))
                         .order_by(_received_after(counted_on), Lot.received_on.desc(), Lot.id.desc())
                         .limit(1).with_for_update())
    return (lot, False) if lot is not None else (_new_lot(session, item, counted_on), True)


def post_stocktake(session: Session, actor: Actor, stocktake_id: int) -> list[StockAdjustment]:
    """Post every non-zero variance as a "stocktake" adjustment, in one transaction.

    A shortfall larger than what is left now (sold since the count) takes what there is:
    stock never goes below zero."""
    require_role(actor, "manager", "posting a stocktake needs a manager")
    stocktake = _stocktake(session, stocktake_id)
    today = store_today(session)
    adjustments: list[StockAdjustment] = []
    rows: list = []
    counts = list(session.scalars(select(StocktakeCount).where(StocktakeCount.stocktake_id == stocktake.id)))
    timezone = get_store(session).timezone
    # Dated the day each item was counted: the difference is what stood on the shelf that day.
    count_day = {count.item_id: movement_date(session, clock.local_date(count.counted_at, timezone))
                 for count in counts}
    for variance in variances(session, stocktake.id):
        if variance.difference == 0:
            continue
        item = _item(session, variance.item_id)
        counted_on = count_day[variance.item_id]
        if variance.difference < 0:
            pieces = _take(session, item, None, -variance.difference, clamp=True, held_on=counted_on)
            if not pieces:
                continue
        else:
            lot, created = _surplus_lot(session, item, today, counted_on)
            rows += [lot] if created else []
            pieces = [(lot, variance.difference)]
        adjustment = StockAdjustment(reason="stocktake", stocktake_id=stocktake.id, user_id=actor.user_id,
                                     note=f"counted {variance.counted}, expected {variance.expected}",
                                     created_at=clock.now())
        rows += _write(session, actor, adjustment, pieces, counted_on)
        adjustments.append(adjustment)
    stocktake.posted_by, stocktake.posted_at = actor.user_id, clock.now()
    audit.record(session, actor.user_id, "stocktake.post", rows + [stocktake] + counts)
    return adjustments


def cancel_stocktake(session: Session, actor: Actor, stocktake_id: int) -> Stocktake:
    require_role(actor, "manager", "cancelling a stocktake needs a manager")
    stocktake = _stocktake(session, stocktake_id)
    stocktake.cancelled = True
    audit.record(session, actor.user_id, "stocktake.cancel", [stocktake])
    return stocktake
