"""The alerts of a manager's start page: lots expiring or expired on the shelf, items below their
reorder level. Read-only; counted and limited in SQL (issue 15)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, literal_column, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import Item, Lot
from charitymart.services.context import get_store, store_today


def _not_expired(today: date):
    # A lot is sellable through its expiry date (same rule as the counter's basket).
    return or_(Lot.expiry.is_(None), Lot.expiry >= today)


@dataclass(frozen=True)
class LotAlert:
    lot_id: int
    item_id: int
    name: str
    fund_source: str
    expiry: date
    on_hand: int
    days_left: int  # negative: expired that many days ago


@dataclass(frozen=True)
class ReorderAlert:
    item_id: int
    name: str
    sellable: int
    reorder_level: int

    @property
    def shortfall(self) -> int:
        return self.reorder_level - self.sellable


def _lot_alerts(session: Session, *conditions, limit: int | None = None) -> list[LotAlert]:
    today = store_today(session)
    rows = session.execute(
        select(Lot.id, Lot.item_id, Item.name, Lot.fund_source, Lot.expiry, Lot.on_hand)
        .join(Item, Item.id == Lot.item_id)
        .where(Lot.on_hand > 0, Lot.expiry.is_not(None), *conditions)
        .order_by(Lot.expiry, Item.name, Lot.id)
        .limit(limit)
    )
    return [LotAlert(lot_id=lot_id, item_id=item_id, name=name, fund_source=source, expiry=expiry,
                     on_hand=quantity, days_left=(expiry - today).days)
            for lot_id, item_id, name, source, expiry, quantity in rows]


def _expiring_within(session: Session, within_days: int | None):
    days = get_store(session).expiry_warning_days if within_days is None else within_days
    today = store_today(session)
    return Lot.expiry >= today, Lot.expiry <= today + timedelta(days=days)


def expiring_lots(session: Session, within_days: int | None = None, limit: int | None = None) -> list[LotAlert]:
    """Lots still sellable that expire within N days (default: the store's warning setting),
    soonest first; `limit` rows at most."""
    return _lot_alerts(session, *_expiring_within(session, within_days), limit=limit)


def expiring_count(session: Session, within_days: int | None = None) -> int:
    """How many lots expiring_lots would list, counted in SQL (index ix_lots_in_stock)."""
    return session.scalar(select(func.count(Lot.id)).where(Lot.on_hand > 0, Lot.expiry.is_not(None),
                                                           *_expiring_within(session, within_days))) or 0


def expired_on_shelf(session: Session, limit: int | None = None) -> list[LotAlert]:
    """Expired lots with stock left: to take off the shelf (adjust with reason "expired")."""
    return _lot_alerts(session, Lot.expiry < store_today(session), limit=limit)


def _sellable_of_listed_item(today: date):
    # Lots with stock only: served by the partial covering index ix_lots_in_stock (item_id, expiry, on_hand).
    return (select(func.coalesce(func.sum(Lot.on_hand), 0))
            .where(Lot.item_id == Item.id, Lot.on_hand > 0, _not_expired(today))
            .correlate(Item).scalar_subquery())


def _reorder_candidates(session: Session, min_level: int = 1):
    # Reads only the covering index ix_items_reorder (reorder_level, active, name), never item rows.
    return (select(Item.id, Item.name, _sellable_of_listed_item(store_today(session)).label("sellable"),
                   Item.reorder_level)
            .where(Item.reorder_level >= max(1, min_level), Item.active)
            # OFFSET 0: not flattened into the outer query, so each item's stock is summed once, not thrice
            .offset(literal_column("0"))
            .subquery())


def _below_reorder_from(session: Session, min_level: int, limit: int | None) -> list[ReorderAlert]:
    candidates = _reorder_candidates(session, min_level)
    query = (select(candidates)
             .where(candidates.c.sellable < candidates.c.reorder_level)
             .order_by((candidates.c.reorder_level - candidates.c.sellable).desc(), candidates.c.name,
                       candidates.c.id)
             .limit(limit))
    return [ReorderAlert(item_id=i, name=name, sellable=qty, reorder_level=level)
            for i, name, qty, level in session.execute(query)]


def _highest_level_below(session: Session, level: int | None) -> int | None:
    """The highest reorder level of an active item under `level` (None: of any), from the index."""
    query = select(func.max(Item.reorder_level)).where(Item.reorder_level > 0, Item.active)
    return session.scalar(query if level is None else query.where(Item.reorder_level < level))


def below_reorder(session: Session, limit: int | None = None) -> list[ReorderAlert]:
    """Active items whose sellable stock is below their reorder level (0 = no alert), the largest
    shortfall first; `limit` rows at most (the start page shows 50, SQL stops there).

    With a limit, items are looked at from the highest reorder level down: a shortfall is never
    more than the item's level, so once `limit` items fall short by more than the highest level
    not yet looked at, no other item can come before them (issue 15: a store with 100,000 items
    below their level no longer sums stock for every one of them to show 50)."""
    if limit is None:
        return _below_reorder_from(session, 1, None)
    floor = _highest_level_below(session, None)
    while floor is not None:
        found = _below_reorder_from(session, floor, limit)
        rest = _highest_level_below(session, floor)
        if rest is None or (len(found) == limit and found[-1].shortfall > rest):
            return found
        floor = min(rest, floor // 2)  # halving: at most twice the work of the final step
    return []


def below_reorder_count(session: Session, cap: int | None = None) -> int:
    """How many items below_reorder would list, counted in SQL; with `cap`, counting stops at
    cap + 1 (the start page says "more than cap" then)."""
    candidates = _reorder_candidates(session)
    short = select(candidates.c.id).where(candidates.c.sellable < candidates.c.reorder_level)
    if cap is not None:
        short = short.limit(cap + 1)
    return session.scalar(select(func.count()).select_from(short.subquery())) or 0


def expired_on_shelf_count(session: Session) -> int:
    """How many lots expired_on_shelf would list, counted in SQL (index ix_lots_in_stock)."""
    return session.scalar(select(func.count(Lot.id))
                          .where(Lot.on_hand > 0, Lot.expiry.is_not(None), Lot.expiry < store_today(session))) or 0
