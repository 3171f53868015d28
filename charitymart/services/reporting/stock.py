"""Stock on hand (now or at the end of a past day) by item and by fund source, and lots expiring soon.

On hand at the end of a day is the movement ledger summed up to that day by each movement's
business date (the day the stock changed: an intake's day received, see services.stock.dates),
never by when it was typed in, so goods entered late still count on the day they came in.
Summing five years of movements is slow on a large store (3 s for 2,000,000), so the query reads
whichever side of the day has fewer movements: the movements up to it, or the lots' cached
on-hand minus the movements dated after it. Both give the same number whenever the cache agrees
with the ledger, which `verify` checks. A recent month reads only a few weeks of movements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from charitymart.db.models import FUND_SOURCES, Barcode, Category, Item, Lot, StockMovement
from charitymart.services.context import get_store, store_today
from charitymart.services.reporting import stock_totals
from charitymart.services.reporting.common import unindexed


def _day(as_of: date | None) -> date | None:
    if isinstance(as_of, datetime):  # a moment would compare as text with the dates on SQLite: wrong, silently
        raise TypeError("stock as of a day takes the store-local date, not a moment")
    return as_of


def _fewer_before(session: Session, as_of: date) -> bool:
    """True when fewer movements are dated up to `as_of` than after it (counted on the
    business_date index; the count of the earlier side stops once it reaches the later side's)."""
    after = session.scalar(select(func.count()).where(StockMovement.business_date > as_of)) or 0
    capped = select(StockMovement.id).where(StockMovement.business_date <= as_of).limit(after).subquery()
    before = session.scalar(select(func.count()).select_from(capped)) or 0
    return before < after


def _movements_per_lot(*condition):
    lot_key = unindexed(StockMovement.lot_id)
    return (
        select(lot_key.label("lot_id"), func.sum(StockMovement.quantity).label("quantity"))
        .where(*condition).group_by(lot_key).subquery("moved")
    )


def lots_on_hand(session: Session, as_of: date | None):
    """Subquery (lot_id, item_id, fund_source, unit_value, expiry, on_hand) at the end of the
    store-local day `as_of` (None: now).

    Every join here goes from a grouped per-lot table to `lots` by primary key. (A LEFT JOIN of
    lots to grouped movements let SQLite, without ANALYZE statistics, rescan the grouped rows
    for every lot: minutes on a large store.)
    """
    columns = (Lot.id.label("lot_id"), Lot.item_id, Lot.fund_source, Lot.unit_value, Lot.expiry)
    as_of = _day(as_of)
    if as_of is None:
        return select(*columns, Lot.on_hand.label("on_hand")).subquery("lot_stock")
    if _fewer_before(session, as_of):
        per_lot = _movements_per_lot(StockMovement.business_date <= as_of)
    else:
        # Today's cached on-hand, less every movement dated after the day.
        deltas = union_all(
            select(Lot.id.label("lot_id"), Lot.on_hand.label("quantity")),
            select(StockMovement.lot_id, -StockMovement.quantity).where(StockMovement.business_date > as_of),
        ).subquery("deltas")
        per_lot = (select(deltas.c.lot_id, func.sum(deltas.c.quantity).label("quantity"))
                   .group_by(deltas.c.lot_id).subquery("moved"))
    return (
        select(*columns, per_lot.c.quantity.label("on_hand"))
        .select_from(per_lot).join(Lot, Lot.id == per_lot.c.lot_id)
        .subquery("lot_stock")
    )


def stock_day_or_now(session: Session, as_of: date | None) -> date | None:
    """`as_of`, or None (the lots' cached on-hand, quickest) for today or later: no movement is
    dated after today (intake refuses a future day; everything else is dated when entered)."""
    as_of = _day(as_of)
    return None if as_of is None or as_of >= store_today(session) else as_of


@dataclass(frozen=True)
class StockValue:
    fund_source: str
    quantity: int
    value: int  # on hand * estimated unit value, fen


def stock_by_fund_source(session: Session, as_of: date | None) -> tuple[StockValue, ...]:
    """On hand by fund source at the end of the store-local day `as_of` (None: now). A past day
    reads the per-month movement totals and at most one month of movements (stock_totals), so
    its cost does not grow with the store's history."""
    as_of = _day(as_of)
    if as_of is None:
        found = {source: (quantity or 0, value or 0) for source, quantity, value in session.execute(
            select(Lot.fund_source, func.sum(Lot.on_hand), func.sum(Lot.on_hand * Lot.unit_value))
            .group_by(Lot.fund_source))}
    else:
        found = stock_totals.stock_at_end_of(session, as_of)
    sources = list(FUND_SOURCES) + sorted(set(found) - set(FUND_SOURCES))
    return tuple(StockValue(s, *found.get(s, (0, 0))) for s in sources)


@dataclass(frozen=True)
class StockLine:
    item_id: int
    barcode: str  # the item's first barcode
    name: str
    name_en: str
    category: str
    unit: str
    on_hand: int
    value: int
    earliest_expiry: date | None  # of the lots still holding stock
    category_en: str = ""  # the category's English name, for English papers


@dataclass(frozen=True)
class ExpiringLot:
    lot_id: int
    barcode: str
    name: str
    fund_source: str
    expiry: date
    on_hand: int
    value: int
    days_left: int  # negative: already expired


@dataclass(frozen=True)
class StockReport:
    as_of: date  # end of this store-local day
    lines: tuple[StockLine, ...]  # items with stock, by category then name
    expiring: tuple[ExpiringLot, ...]  # lots with stock expiring within the warning days, soonest first
    warning_days: int
    by_fund_source: tuple[StockValue, ...]
    quantity: int
    value: int


def _first_barcode(item_id_column):
    return (
        select(Barcode.code).where(Barcode.item_id == item_id_column).order_by(Barcode.id).limit(1)
        .scalar_subquery()
    )


def stock_report(session: Session, as_of: date | None = None) -> StockReport:
    """Stock at the end of `as_of` (a store-local date); None means now (today's cached figures)."""
    store = get_store(session)
    day = _day(as_of) or store_today(session)
    lots = lots_on_hand(session, stock_day_or_now(session, as_of))
    item_key = unindexed(lots.c.item_id)
    per_item = (
        select(item_key.label("item_id"), func.sum(lots.c.on_hand).label("on_hand"),
               func.sum(lots.c.on_hand * lots.c.unit_value).label("value"), func.min(lots.c.expiry).label("expiry"))
        .where(lots.c.on_hand != 0).group_by(item_key).subquery("per_item")
    )
    rows = session.execute(
        select(Item.id, _first_barcode(Item.id), Item.name, Item.name_en, func.coalesce(Category.name, ""),
               Item.unit, per_item.c.on_hand, per_item.c.value, per_item.c.expiry,
               func.coalesce(Category.name_en, ""))
        .select_from(per_item).join(Item, Item.id == per_item.c.item_id)
        .outerjoin(Category, Category.id == Item.category_id)
        .order_by(func.coalesce(Category.name, ""), Item.name, Item.id)
    ).all()
    lines = tuple(StockLine(*row) for row in rows)

    horizon = day + timedelta(days=store.expiry_warning_days)
    expiring = tuple(
        ExpiringLot(lot_id, code, name, source, expiry, on_hand, on_hand * unit_value, (expiry - day).days)
        for lot_id, code, name, source, expiry, on_hand, unit_value in session.execute(
            select(lots.c.lot_id, _first_barcode(Item.id), Item.name, lots.c.fund_source, lots.c.expiry,
                   lots.c.on_hand, lots.c.unit_value)
            .select_from(lots).join(Item, Item.id == lots.c.item_id)
            .where(lots.c.on_hand > 0, lots.c.expiry.is_not(None), lots.c.expiry <= horizon)
            .order_by(lots.c.expiry, Item.name, lots.c.lot_id)
        )
    )
    by_source = stock_by_fund_source(session, stock_day_or_now(session, as_of))
    return StockReport(
        as_of=day, lines=lines, expiring=expiring, warning_days=store.expiry_warning_days,
        by_fund_source=by_source, quantity=sum(s.quantity for s in by_source),
        value=sum(s.value for s in by_source),
    )
