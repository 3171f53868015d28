"""The back office's stock screens, as plain rows: the item list in pages, typed search, an
item's movement history, a stocktake's count sheet and its variances with their value.

The item list is read in pages by keyset ("the next `limit` items after (name, id)"), never
with OFFSET: every page costs the same on 200,000 items, and rows added or removed while a
manager scrolls don't shift the pages. Each row's stock figures are correlated subqueries
on the lots' item index, so a page of 200 reads only those items' lots.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    Barcode,
    Category,
    Donation,
    DonationLine,
    Item,
    Lot,
    Party,
    Sale,
    SaleLine,
    StockAdjustment,
    StockMovement,
    StocktakeCount,
    User,
)
from charitymart.services.context import get_store, store_today
from charitymart.services.stock import control as stock
from charitymart.services.stock import search
from charitymart.services.stock.catalog import find_by_code

PAGE_SIZE = 200
SEARCH_LIMIT = 50
MOVEMENT_LIMIT = 500
COUNT_SHEET_LIMIT = 3000


@dataclass(frozen=True)
class ItemRow:
    item_id: int
    barcode: str  # the item's first barcode
    name: str
    category: str
    price: int  # fen
    on_hand: int  # every lot, expired or not
    earliest_expiry: date | None  # of the lots still holding stock
    active: bool

    @property
    def page_key(self) -> tuple[str, int]:
        """Where the next page starts (the list's order is name, then id)."""
        return self.name, self.item_id


def _row_columns():
    first_code = (select(Barcode.code).where(Barcode.item_id == Item.id).order_by(Barcode.id).limit(1)
                  .correlate(Item).scalar_subquery())
    on_hand = (select(func.coalesce(func.sum(Lot.on_hand), 0)).where(Lot.item_id == Item.id)
               .correlate(Item).scalar_subquery())
    expiry = (select(func.min(Lot.expiry)).where(Lot.item_id == Item.id, Lot.on_hand > 0)
              .correlate(Item).scalar_subquery())
    category = (select(Category.name).where(Category.id == Item.category_id)
                .correlate(Item).scalar_subquery())
    return (Item.id, first_code, Item.name, func.coalesce(category, ""), Item.price, on_hand, expiry, Item.active)


def _rows(session: Session, statement) -> list[ItemRow]:
    return [ItemRow(*row) for row in session.execute(statement)]


def item_page(session: Session, after: tuple[str, int] | None = None, limit: int = PAGE_SIZE) -> list[ItemRow]:
    """The next `limit` items (active or not) in name order after `after` (a row's page_key)."""
    statement = select(*_row_columns()).order_by(Item.name, Item.id).limit(limit)
    if after is not None:
        name, item_id = after
        # Spelled as OR rather than a row value so every database reads it; SQLite still
        # walks the name index from `name` on.
        statement = statement.where(or_(Item.name > name, and_(Item.name == name, Item.id > item_id)))
    return _rows(session, statement)


def item_rows(session: Session, item_ids: list[int]) -> list[ItemRow]:
    """The list rows of these items, in the order given (ids that don't exist are left out)."""
    if not item_ids:
        return []
    found = {row.item_id: row for row in _rows(session, select(*_row_columns()).where(Item.id.in_(item_ids)))}
    return [found[i] for i in item_ids if i in found]


def search_rows(session: Session, typed: str, limit: int = SEARCH_LIMIT) -> list[ItemRow]:
    """Items matching what was typed (barcode, name, English name, pinyin, initials), best
    first, as list rows. A whole barcode also finds a deactivated item, so it can be edited."""
    hits = [hit.item_id for hit in search.search_items(session, typed, limit)]
    exact = find_by_code(session, typed)
    if exact is not None and exact.id not in hits:
        hits.insert(0, exact.id)
    return item_rows(session, hits[:limit])


@dataclass(frozen=True)
class StockSettings:
    timezone: str
    expiry_warning_days: int
    today: date


def stock_settings(session: Session) -> StockSettings:
    store = get_store(session)
    return StockSettings(timezone=store.timezone, expiry_warning_days=store.expiry_warning_days,
                         today=store_today(session))


# --- one item's lots and history ----------------------------------------------------------------

@dataclass(frozen=True)
class LotRow:
    lot_id: int
    fund_source: str
    party: str  # donor, supplier or consignor ("" if unknown)
    received_on: date
    expiry: date | None
    unit_value: int  # fen
    weight_g: int
    quantity_received: int
    on_hand: int
    expired: bool


def item_lots(session: Session, item_id: int) -> list[LotRow]:
    """Every lot of the item: those holding stock first, first-expiry-first, then the empty ones."""
    today = store_today(session)
    rows = session.execute(
        select(Lot.id, Lot.fund_source, func.coalesce(Party.name, ""), Lot.received_on, Lot.expiry, Lot.unit_value,
               Lot.weight_g, Lot.quantity_received, Lot.on_hand)
        .outerjoin(Party, Party.id == Lot.party_id)
        .where(Lot.item_id == item_id)
        .order_by(Lot.on_hand == 0, *stock.FEFO)
    )
    return [LotRow(*row, expired=row.expiry is not None and row.expiry < today) for row in rows]


# --- one item's history -------------------------------------------------------------------------

@dataclass(frozen=True)
class MovementRow:
    movement_id: int
    created_at: datetime  # UTC
    kind: str  # intake | sale | void | refund | adjustment
    quantity: int  # + into stock, - out of it
    lot_id: int
    reason: str  # adjustments: damaged, expired, ..., stocktake; else ""
    reference: str  # receipt number of a sale, void or refund; donation number of an intake
    user: str
    note: str


def item_movements(session: Session, item_id: int, limit: int = MOVEMENT_LIMIT) -> list[MovementRow]:
    """The item's latest stock movements, newest first, each with what caused it."""
    rows = session.execute(
        select(StockMovement.id, StockMovement.created_at, StockMovement.kind, StockMovement.quantity,
               StockMovement.lot_id, func.coalesce(StockAdjustment.reason, ""),
               func.coalesce(Sale.receipt_number, Donation.number, ""), func.coalesce(User.name, ""),
               func.coalesce(StockAdjustment.note, ""))
        .outerjoin(StockAdjustment, StockAdjustment.id == StockMovement.adjustment_id)
        .outerjoin(SaleLine, SaleLine.id == StockMovement.sale_line_id)
        .outerjoin(Sale, Sale.id == SaleLine.sale_id)
        .outerjoin(Lot, and_(Lot.id == StockMovement.lot_id, StockMovement.kind == "intake"))
        .outerjoin(DonationLine, DonationLine.id == Lot.donation_line_id)
        .outerjoin(Donation, Donation.id == DonationLine.donation_id)
        .outerjoin(User, User.id == StockMovement.user_id)
        .where(StockMovement.item_id == item_id)
        .order_by(StockMovement.created_at.desc(), StockMovement.id.desc())
        .limit(limit)
    )
    return [MovementRow(*row) for row in rows]


# --- stocktake ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetRow:
    item_id: int
    barcode: str
    name: str
    category: str
    expected: int  # on hand now (every lot)
    counted: int | None  # None: not counted yet


def count_sheet(session: Session, stocktake_id: int, category_id: int | None = None,
                limit: int = COUNT_SHEET_LIMIT) -> list[SheetRow]:
    """Items on the shelf (stock on hand, or already counted) of one category or all, by name,
    with what this stocktake has counted so far."""
    counted = (select(StocktakeCount.counted).where(StocktakeCount.stocktake_id == stocktake_id,
                                                     StocktakeCount.item_id == Item.id)
               .correlate(Item).scalar_subquery())
    columns = _row_columns()
    held = select(Lot.item_id).where(Lot.on_hand != 0)
    in_sheet = select(StocktakeCount.item_id).where(StocktakeCount.stocktake_id == stocktake_id)
    statement = (select(Item.id, columns[1], Item.name, columns[3], columns[5], counted)
                 .where(Item.active, or_(Item.id.in_(held), Item.id.in_(in_sheet)))
                 .order_by(Item.name, Item.id).limit(limit))
    if category_id is not None:
        statement = statement.where(Item.category_id == category_id)
    return [SheetRow(*row) for row in session.execute(statement)]


@dataclass(frozen=True)
class VarianceRow:
    item_id: int
    name: str
    barcode: str
    expected: int
    counted: int
    difference: int  # counted - expected
    unit_value: int  # fen: the estimated value of one unit of the item's stock
    value: int  # difference * unit_value


def unit_values(session: Session, item_ids: list[int]) -> dict[int, int]:
    """Estimated value of one unit per item: the average over its lots holding stock, else its
    newest lot's value (0 for an item never received)."""
    if not item_ids:
        return {}
    values: dict[int, int] = {}
    for item_id, quantity, total in session.execute(
            select(Lot.item_id, func.sum(Lot.on_hand), func.sum(Lot.on_hand * Lot.unit_value))
            .where(Lot.item_id.in_(item_ids), Lot.on_hand > 0).group_by(Lot.item_id)):
        values[item_id] = round(total / quantity)
    for item_id in set(item_ids) - set(values):
        values[item_id] = session.scalar(select(Lot.unit_value).where(Lot.item_id == item_id)
                                         .order_by(Lot.received_on.desc(), Lot.id.desc()).limit(1)) or 0
    return values


def variance_review(session: Session, stocktake_id: int) -> list[VarianceRow]:
    """stock.variances with the value of each difference, for the manager to review before posting."""
    found = stock.variances(session, stocktake_id)
    values = unit_values(session, [v.item_id for v in found])
    return [VarianceRow(item_id=v.item_id, name=v.name, barcode=v.barcode, expected=v.expected, counted=v.counted,
                        difference=v.difference, unit_value=values[v.item_id],
                        value=v.difference * values[v.item_id])
            for v in found]
