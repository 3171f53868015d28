"""Below-reorder alerts on a store with many items: the limited SQL query equals the old full read."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from charitymart.db.models import Item, Lot
from charitymart.services.context import store_today
from charitymart.services.stock import alerts
from charitymart.services.stock import control as stock
from charitymart.services.store.dashboard import LIST_LIMIT, today_at_a_glance
from tests.support import factories


def old_below_reorder(s) -> list[tuple[int, str, int, int]]:
    """The query before issue 15: every item read, every lot of it summed (expired ones excluded)."""
    today = store_today(s)
    sellable = (select(func.coalesce(func.sum(Lot.on_hand), 0))
                .where(Lot.item_id == Item.id, (Lot.expiry.is_(None)) | (Lot.expiry >= today))
                .correlate(Item).scalar_subquery())
    return [tuple(r) for r in s.execute(select(Item.id, Item.name, sellable, Item.reorder_level)
                                         .where(Item.active, Item.reorder_level > 0, sellable < Item.reorder_level))]


def many_items(store, count=400, seed=15):
    rng = random.Random(seed)
    with store.sessions.begin() as s:
        today = store_today(s)
        for n in range(count):
            # few distinct names: equal shortfalls are ordered by name, then id
            item = factories.add_item(s, name=f"物品{rng.randrange(40):02d} {n}")
            item.reorder_level = rng.choice((0, 0, 3, 5, 10, 20))
            item.active = rng.random() > 0.1
            for _ in range(rng.randrange(4)):
                lot = factories.add_lot(s, item, rng.randint(1, 12),
                                        expiry=rng.choice((None, today - timedelta(days=rng.randint(1, 30)),
                                                           today, today + timedelta(days=rng.randint(1, 90)))))
                if rng.random() < 0.3:
                    lot.on_hand = 0  # sold out: no longer in the partial index
        s.flush()


def test_the_limited_query_returns_the_old_result_largest_shortfall_first(store, admin):
    many_items(store)
    with store.sessions() as s:
        old = old_below_reorder(s)
        expected = sorted(old, key=lambda r: (-(r[3] - r[2]), r[1], r[0]))
        assert len(old) > LIST_LIMIT  # the limit really cuts
        got = [(a.item_id, a.name, a.sellable, a.reorder_level) for a in stock.below_reorder(s, limit=LIST_LIMIT)]
        assert got == expected[:LIST_LIMIT]
        assert [(a.item_id, a.name, a.sellable, a.reorder_level) for a in stock.below_reorder(s)] == expected
        assert stock.below_reorder_count(s) == len(old)
        assert stock.expired_on_shelf_count(s) == len(stock.expired_on_shelf(s)) > 0
        page = today_at_a_glance(s, admin)
    assert [(a.item_id, a.sellable) for a in page.low_stock] == [(r[0], r[2]) for r in expected[:LIST_LIMIT]]
    assert page.low_stock_count == len(old)


@pytest.mark.sqlite_only  # reads SQLite's query plan
def test_below_reorder_reads_indexes_only(store):
    """No item or lot rows are read: both sides come from covering indexes (migration 0010)."""
    with store.sessions() as s:
        compiled = select(alerts._reorder_candidates(s)).compile(s.bind)
        parameters = tuple(compiled.params[name] for name in compiled.positiontup)
        plan = " | ".join(row[3] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}",
                                                                             parameters))
    assert "COVERING INDEX ix_items_reorder" in plan, plan
    assert "COVERING INDEX ix_lots_in_stock" in plan, plan


@pytest.mark.parametrize("limit", [1, 7, 50, 120, 1000])
def test_looking_from_the_highest_level_down_gives_the_full_order(store, limit):
    """below_reorder stops once no lower level can beat the rows found (issue 15): the same rows
    as sorting every item, whatever the limit, ties by name and id included."""
    many_items(store, count=300, seed=limit)
    with store.sessions() as s:
        expected = sorted(old_below_reorder(s), key=lambda r: (-(r[3] - r[2]), r[1], r[0]))
        got = [(a.item_id, a.name, a.sellable, a.reorder_level) for a in stock.below_reorder(s, limit=limit)]
    assert got == expected[:limit]


def test_the_start_page_count_stops_past_its_cap(store):
    many_items(store, count=200)
    with store.sessions() as s:
        exact = stock.below_reorder_count(s)
        assert exact > 20
        assert stock.below_reorder_count(s, cap=20) == 21
        assert stock.below_reorder_count(s, cap=exact) == exact


def test_the_start_page_lists_stop_at_fifty_and_count_the_rest_in_sql(store, admin):
    many_items(store, count=400)
    with store.sessions() as s:
        expired, expiring = stock.expired_on_shelf(s), stock.expiring_lots(s, 60)
        assert len(expired) > LIST_LIMIT
        page = today_at_a_glance(s, admin)
        assert stock.expiring_lots(s, 60, limit=LIST_LIMIT) == expiring[:LIST_LIMIT]
        assert stock.expiring_count(s, 60) == len(expiring)
        warned = stock.expiring_lots(s)  # the store's warning days
        assert stock.expiring_count(s) == len(warned)
    assert page.expired_on_shelf == tuple(expired[:LIST_LIMIT])
    assert page.expired_on_shelf_count == len(expired)
    assert page.expiring == tuple(warned[:LIST_LIMIT]) and page.expiring_count == len(warned)


@pytest.mark.sqlite_only  # reads SQLite's query plan
def test_the_start_page_lot_lists_search_by_expiry(store):
    """Expiring and expired lots come from a date range of ix_lots_expiring (migration 0013)."""
    from sqlalchemy import func, select

    from charitymart.db.models import Lot
    with store.sessions() as s:
        query = select(func.count(Lot.id)).where(Lot.on_hand > 0, Lot.expiry.is_not(None), Lot.expiry < store_today(s))
        compiled = query.compile(s.bind)
        parameters = tuple(compiled.params[name] for name in compiled.positiontup)
        plan = " | ".join(row[3] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}",
                                                                             parameters))
    assert "INDEX ix_lots_expiring (expiry>? AND expiry<?)" in plan, plan  # > NULL, < today
