"""Stock: adjustments, stocktakes, alerts; on hand always equals the movement ledger."""

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from charitymart.db.models import (
    DonationLine,
    Item,
    Lot,
    StockAdjustment,
    StockMovement,
    Stocktake,
    StocktakeCount,
)
from charitymart.services import clock
from charitymart.services.errors import PermissionDenied, StockError
from charitymart.services.stock import catalog, intake
from charitymart.services.stock import control as stock
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.store import verify
from charitymart.services.users.session import login_at_till
from tests.services.stock.test_catalog import CASHIER_PIN, refused
from tests.support.factories import add_user, ean13

TODAY = date(2026, 3, 10)


@pytest.fixture
def cashier(store, admin):
    add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    return login_at_till(store.sessions, "T1", CASHIER_PIN)


def receive(store, admin, item_id, quantity, expiry=None, received_on=None) -> int:
    """Donate `quantity` units in one lot (through the intake service); the lot's id."""
    with store.sessions.begin() as s:
        donation = intake.record_intake(s, admin, fund_source="donated", received_on=received_on,
                                        lines=[IntakeLine(item_id=item_id, quantity=quantity, unit_value=100,
                                                          expiry=expiry)])
        return s.scalar(select(Lot.id).join(DonationLine, DonationLine.id == Lot.donation_line_id)
                        .where(DonationLine.donation_id == donation.id))


def lots_of(store, item_id):
    with store.sessions() as s:
        return [(lot.on_hand, lot.expiry) for lot in s.scalars(select(Lot).where(Lot.item_id == item_id)
                                                                .order_by(Lot.id))]


def assert_ledger_agrees(store):
    """On hand (lot caches) equals the sum of movements, per lot and per item; nothing negative."""
    with store.sessions() as s:
        for item_id in s.scalars(select(Item.id)):
            assert stock.on_hand(s, item_id) == stock.ledger_on_hand(s, item_id)
        for lot in s.scalars(select(Lot)):
            moved = s.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                             .where(StockMovement.lot_id == lot.id))
            assert lot.on_hand == moved >= 0
        report = verify.verify(s)
        assert report.ok, report.problems


@pytest.fixture
def rice(store, admin):
    with store.sessions.begin() as s:
        return catalog.add_item(s, admin, name="大米", price=2500, barcodes=[ean13(1)], reorder_level=10).id


def test_taking_stock_away_goes_first_expiry_first(store, admin, rice):
    receive(store, admin, rice, 5)  # never expires: taken last
    receive(store, admin, rice, 3, expiry=TODAY + timedelta(days=30))
    receive(store, admin, rice, 2, expiry=TODAY + timedelta(days=5))
    with store.sessions.begin() as s:
        adjustment = stock.adjust(s, admin, rice, None, -4, "damaged", note="水泡了")
        assert (adjustment.reason, adjustment.note) == ("damaged", "水泡了")
    assert [on_hand for on_hand, _ in lots_of(store, rice)] == [5, 1, 0]
    with store.sessions() as s:
        moves = s.scalars(select(StockMovement).where(StockMovement.kind == "adjustment")
                          .order_by(StockMovement.id)).all()
        assert [(m.quantity, m.adjustment_id) for m in moves] == [(-2, adjustment.id), (-2, adjustment.id)]
        assert stock.on_hand(s, rice) == 6
    assert_ledger_agrees(store)


def test_a_named_lot_and_never_below_zero(store, admin, rice):
    receive(store, admin, rice, 5)
    second = receive(store, admin, rice, 3)
    refused(store, lambda s: stock.adjust(s, admin, rice, second, -4, "lost"), StockError, field="quantity")
    refused(store, lambda s: stock.adjust(s, admin, rice, None, -9, "lost"), StockError, field="quantity")
    with store.sessions.begin() as s:
        stock.adjust(s, admin, rice, second, -3, "transferred", note="给街道食物银行")
    assert [on_hand for on_hand, _ in lots_of(store, rice)] == [5, 0]
    assert_ledger_agrees(store)


def test_found_stock_goes_to_the_lot_given_or_a_new_donated_lot(store, admin, rice):
    lot_id = receive(store, admin, rice, 2)
    with store.sessions.begin() as s:
        stock.adjust(s, admin, rice, lot_id, 3, "found")
        stock.adjust(s, admin, rice, None, 4, "found")
    with store.sessions() as s:
        lots = s.scalars(select(Lot).order_by(Lot.id)).all()
        assert [(lot.on_hand, lot.quantity_received, lot.fund_source) for lot in lots] == \
               [(5, 2, "donated"), (4, 0, "donated")]
        assert lots[1].donation_line_id is None and lots[1].received_on == TODAY
    assert_ledger_agrees(store)


@pytest.mark.parametrize("quantity, reason, field", [
    (-1, "stolen", "reason"),
    (0, "lost", "quantity"),
    (2, "damaged", "quantity"),  # damage only takes away
    (-2, "found", "quantity"),
    (1.5, "found", "quantity"),
])
def test_bad_adjustments_are_refused(store, admin, rice, quantity, reason, field):
    receive(store, admin, rice, 5)
    refused(store, lambda s: stock.adjust(s, admin, rice, None, quantity, reason), field=field)


def test_a_lot_of_another_item_and_a_cashier_are_refused(store, admin, cashier, rice):
    with store.sessions.begin() as s:
        oil = catalog.add_item(s, admin, name="油", price=1).id
    oil_lot = receive(store, admin, oil, 5)
    refused(store, lambda s: stock.adjust(s, admin, rice, oil_lot, -1, "lost"), field="lot")
    refused(store, lambda s: stock.adjust(s, admin, rice, oil_lot, 1, "found"), field="lot")
    refused(store, lambda s: stock.adjust(s, cashier, oil, None, -1, "lost"), PermissionDenied)
    refused(store, lambda s: stock.start_stocktake(s, cashier), PermissionDenied)


def test_stocktake_posts_variances_as_adjustments(store, admin, cashier, rice):
    with store.sessions.begin() as s:
        oil = catalog.add_item(s, admin, name="花生油", price=3000).id
        salt = catalog.add_item(s, admin, name="食盐", price=200).id
    receive(store, admin, rice, 10, expiry=TODAY + timedelta(days=60))
    receive(store, admin, rice, 5)
    receive(store, admin, oil, 4)
    receive(store, admin, salt, 7)
    with store.sessions.begin() as s:
        stocktake_id = stock.start_stocktake(s, admin, note="三月盘点").id
    refused(store, lambda s: stock.start_stocktake(s, admin), field="stocktake")  # one at a time
    clock.advance(timedelta(minutes=5))
    with store.sessions.begin() as s:
        # Count sheet for rice; a volunteer scans oil six times and undoes one double scan.
        stock.record_count(s, admin, stocktake_id, rice, 12)
        for _ in range(6):
            stock.record_count(s, cashier, stocktake_id, oil, 1, add=True)
        stock.record_count(s, cashier, stocktake_id, oil, -1, add=True)
        stock.record_count(s, admin, stocktake_id, salt, 7)
    refused(store, lambda s: stock.record_count(s, admin, stocktake_id, oil, -9, add=True), field="counted")
    refused(store, lambda s: stock.post_stocktake(s, cashier, stocktake_id), PermissionDenied)
    # Two rice sold after it was counted: not a loss, and posting must not bring them back.
    clock.advance(timedelta(minutes=5))
    with store.sessions.begin() as s:
        stock.adjust(s, admin, rice, None, -2, "damaged")
    with store.sessions() as s:
        found = {v.name: (v.expected, v.counted, v.difference, v.on_hand_now) for v in stock.variances(s, stocktake_id)}
        assert found == {"大米": (15, 12, -3, 13), "花生油": (4, 5, 1, 4), "食盐": (7, 7, 0, 7)}
    clock.advance(timedelta(minutes=5))
    with store.sessions.begin() as s:
        posted = stock.post_stocktake(s, admin, stocktake_id)
        assert sorted(a.reason for a in posted) == ["stocktake", "stocktake"]
    with store.sessions() as s:
        assert (stock.on_hand(s, rice), stock.on_hand(s, oil), stock.on_hand(s, salt)) == (10, 5, 7)
        assert s.scalar(select(func.count()).select_from(StockAdjustment)
                        .where(StockAdjustment.stocktake_id == stocktake_id)) == 2
        assert s.get(Stocktake, stocktake_id).posted_by == admin.user_id
    assert [on_hand for on_hand, _ in lots_of(store, rice)] == [5, 5]  # the shortfall from the first to expire
    refused(store, lambda s: stock.post_stocktake(s, admin, stocktake_id), field="stocktake")
    refused(store, lambda s: stock.record_count(s, admin, stocktake_id, rice, 1), field="stocktake")
    assert_ledger_agrees(store)


def test_a_shortfall_beyond_what_is_left_empties_the_item(store, admin, rice):
    receive(store, admin, rice, 6)
    with store.sessions.begin() as s:
        stocktake_id = stock.start_stocktake(s, admin).id
        stock.record_count(s, admin, stocktake_id, rice, 1)
    clock.advance(timedelta(minutes=1))
    with store.sessions.begin() as s:
        stock.adjust(s, admin, rice, None, -4, "lost")  # 2 left; the count says 5 short
    clock.advance(timedelta(minutes=1))
    with store.sessions.begin() as s:
        stock.post_stocktake(s, admin, stocktake_id)
        assert stock.on_hand(s, rice) == 0
    assert_ledger_agrees(store)


def test_cancelled_stocktake_changes_no_stock(store, admin, rice):
    receive(store, admin, rice, 6)
    with store.sessions.begin() as s:
        stocktake_id = stock.start_stocktake(s, admin).id
        stock.record_count(s, admin, stocktake_id, rice, 1)
        stock.cancel_stocktake(s, admin, stocktake_id)
        assert stock.open_stocktake(s) is None
        assert stock.start_stocktake(s, admin).id != stocktake_id
    with store.sessions() as s:
        assert stock.on_hand(s, rice) == 6
        assert s.scalar(select(func.count()).select_from(StockAdjustment)) == 0
        assert s.scalar(select(func.count()).select_from(StocktakeCount)) == 1


def test_alerts(store, admin, rice):
    with store.sessions.begin() as s:
        milk = catalog.add_item(s, admin, name="牛奶", price=500, reorder_level=3).id
        soap = catalog.add_item(s, admin, name="香皂", price=300).id  # no reorder level: never alerted
    receive(store, admin, milk, 2, expiry=TODAY - timedelta(days=1), received_on=TODAY - timedelta(days=20))
    receive(store, admin, milk, 4, expiry=TODAY + timedelta(days=3))
    receive(store, admin, rice, 9, expiry=TODAY + timedelta(days=20))
    receive(store, admin, rice, 1, expiry=TODAY + timedelta(days=14))
    with store.sessions() as s:
        assert [(a.name, a.on_hand, a.days_left) for a in stock.expired_on_shelf(s)] == [("牛奶", 2, -1)]
        assert [(a.name, a.days_left) for a in stock.expiring_lots(s)] == [("牛奶", 3), ("大米", 14)]
        assert [(a.name, a.days_left) for a in stock.expiring_lots(s, within_days=30)] == \
               [("牛奶", 3), ("大米", 14), ("大米", 20)]
        # Rice: 10 sellable, level 10, not below. Milk: 4 sellable (2 more expired) >= 3.
        assert stock.below_reorder(s) == []
        assert stock.sellable_on_hand(s, milk) == 4 and stock.on_hand(s, milk) == 6
    with store.sessions.begin() as s:
        stock.adjust(s, admin, milk, None, -2, "expired")  # takes the expired lot first
        stock.adjust(s, admin, milk, None, -2, "damaged")
        stock.adjust(s, admin, rice, None, -1, "lost")
    with store.sessions() as s:
        assert stock.expired_on_shelf(s) == []
        assert [(a.name, a.sellable, a.reorder_level) for a in stock.below_reorder(s)] == [("大米", 9, 10),
                                                                                         ("牛奶", 2, 3)]
        assert soap not in [a.item_id for a in stock.below_reorder(s)]
    assert_ledger_agrees(store)


def test_on_hand_equals_the_ledger_after_random_work(store, admin):
    rng = random.Random(7)
    with store.sessions.begin() as s:
        items = [catalog.add_item(s, admin, name=f"物品{i}", price=100).id for i in range(4)]
    stocktake_id = None
    for step in range(60):
        clock.advance(timedelta(minutes=1))
        item_id = rng.choice(items)
        action = rng.choice(["intake", "intake", "take", "found", "count"])
        try:
            with store.sessions.begin() as s:
                if action == "intake":
                    expiry = rng.choice([None, TODAY + timedelta(days=rng.randint(0, 40))])
                    intake.record_intake(s, admin, fund_source="donated",
                                         lines=[IntakeLine(item_id=item_id, quantity=rng.randint(1, 9),
                                                           expiry=expiry)])
                elif action == "take":
                    stock.adjust(s, admin, item_id, None, -rng.randint(1, 8), rng.choice(stock.REASONS_OUT))
                elif action == "found":
                    stock.adjust(s, admin, item_id, None, rng.randint(1, 3), "found")
                else:
                    if stocktake_id is None:
                        stocktake_id = stock.start_stocktake(s, admin).id
                    stock.record_count(s, admin, stocktake_id, item_id, rng.randint(0, 12))
        except StockError:
            pass  # more taken than there is: refused, and nothing changed
        if step % 20 == 19 and stocktake_id is not None:
            with store.sessions.begin() as s:
                stock.post_stocktake(s, admin, stocktake_id)
            stocktake_id = None
        if step % 10 == 9:
            assert_ledger_agrees(store)
    assert_ledger_agrees(store)
