"""Helpers shared by the counter tests (shifts, checkout, refunds): users, a shift, a sale, snapshots."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from charitymart.db.models import Base, Lot, Sale
from charitymart.domain.basket import Basket
from charitymart.services import checkout, shifts
from charitymart.services.checkout import Payment
from charitymart.services.session import login_at_till
from charitymart.services.verify import verify
from tests import factories

CASHIER_PIN = "1234"
MANAGER_PIN = "5555"


@pytest.fixture
def cashier(store, admin):
    factories.add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    return login_at_till(store.sessions, "T1", CASHIER_PIN)


@pytest.fixture
def manager_id(store, admin):
    return factories.add_user(store, admin, "李经理", "manager", MANAGER_PIN)


@pytest.fixture
def shift_id(store, cashier):
    """An open shift on T1 with a ¥100 float."""
    with store.sessions.begin() as s:
        return shifts.open_shift(s, cashier, 10000).id


def stock(store, name="大米 5kg", price=2500, lots=((10, None, "donated"),), **item_kw):
    """An item with lots given as (quantity, expiry, fund source); returns (barcode, item id, [lot ids])."""
    with store.sessions.begin() as s:
        item = factories.add_item(s, name=name, price=price, **item_kw)
        lot_ids = [factories.add_lot(s, item, q, expiry=e, fund_source=f).id for q, e, f in lots]
        return factories.code_of(s, item), item.id, lot_ids


def sell(store, actor, scans, tenders=None, **kwargs) -> str:
    """Scan (code, quantity) pairs and pay (exact cash by default); returns the receipt number."""
    with store.sessions.begin() as s:
        basket = Basket()
        for code, quantity in scans:
            checkout.add_item(s, actor, basket, code, quantity)
        if tenders is None and not kwargs.get("collection"):
            tenders = [Payment("cash", basket.total)]
        return checkout.complete_sale(s, actor, basket, tenders or [], **kwargs).receipt_number


def on_hand(store, lot_id) -> int:
    with store.sessions() as s:
        return s.get(Lot, lot_id).on_hand


def sale_by_number(s, number) -> Sale:
    return s.scalar(select(Sale).where(Sale.receipt_number == number))


def snapshot(store) -> dict[str, list[tuple]]:
    """Every row of every table: equal snapshots mean a refused action changed nothing."""
    with store.sessions() as s:
        return {
            table.name: [tuple(row) for row in s.execute(select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }


def assert_chain_ok(store) -> None:
    with store.sessions() as s:
        report = verify(s)
    assert report.ok, report.problems
