"""The per-day sales money (migration 0016) kept by the triggers on every backend: money tenders
counted on the sale's UTC day, a void taken off on the void's day, a refund's
negative tender on its own day; the money before any instant equals the ledger's signed events."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from charitymart.db import migrate

from charitymart.db.models import SaleLine, SalesMoneyDay
from charitymart.services import clock
from charitymart.services.reporting import money_totals
from charitymart.services.reporting.common import Period
from charitymart.services.sales import refunds, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till
from tests.conftest import ADMIN_PIN
from tests.support import factories
from tests.support.old_store import store_at_revision
from tests.support.counter import (  # noqa: F401  (fixtures)
    CASHIER_PIN,
    MANAGER_PIN,
    cashier,
    manager_id,
    sale_by_number,
    sell,
    stock,
)

DAY1 = datetime(2026, 5, 4, 3, 0)  # UTC


def money_before(session, instant: datetime) -> int:
    return money_totals.sales_money(session, Period(instant.date(), instant.date(), datetime(1970, 1, 1), instant, "UTC"))


def test_tenders_voids_and_refunds_land_on_their_days(store, cashier, manager_id):
    code, _, _ = stock(store, lots=((20, None, "donated"),))
    clock.set_now(DAY1)
    with store.sessions.begin() as s:
        shifts.open_shift(s, cashier, 10000)
    first = sell(store, cashier, [(code, 2)], [Payment("cash", 5000, received=10000)])
    clock.set_now(DAY1 + timedelta(hours=1))
    voided = sell(store, cashier, [(code, 1)], [Payment("mobile", 2500, reference="WX9")])
    clock.set_now(DAY1 + timedelta(days=1))  # the void and the refund on the next UTC day
    with store.sessions.begin() as s:
        refunds.void_sale(s, cashier, voided, "rung up twice", manager_pin=MANAGER_PIN)
    with store.sessions.begin() as s:
        line_id = s.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_by_number(s, first).id))
        refunds.refund(s, cashier, first, [(line_id, 1, True)], manager_pin=MANAGER_PIN, reason="torn bag")
    with store.readers() as s:
        days = {str(row.day): row.amount for row in s.scalars(select(SalesMoneyDay))}
        assert days == {"2026-05-04": 5000 + 2500, "2026-05-05": -2500 - 2500}
        assert money_totals.check(s) == []
        for hours in (-1, 0.5, 2, 20, 24.5, 26, 72):
            instant = DAY1 + timedelta(hours=hours)
            assert money_totals.sales_money_before(s, instant) == money_before(s, instant), hours


@pytest.mark.sqlite_only  # the store is made at revision 0015 in a SQLite file
def test_upgrading_a_0015_store_fills_the_days_from_its_sales_and_voids(tmp_path, home):
    path = tmp_path / "r0015.sqlite"
    engine, old = store_at_revision(path, "0015")
    admin = login_at_till(old.sessions, "T1", ADMIN_PIN)
    factories.add_user(old, admin, "王阿姨", "cashier", CASHIER_PIN)
    till = login_at_till(old.sessions, "T1", CASHIER_PIN)
    code, _, _ = stock(old, lots=((20, None, "donated"),))
    clock.set_now(DAY1)
    with old.sessions.begin() as s:
        shifts.open_shift(s, till, 10000)
    sell(old, till, [(code, 2)])
    voided = sell(old, till, [(code, 1)])
    clock.set_now(DAY1 + timedelta(days=1))
    with old.sessions.begin() as s:
        refunds.void_sale(s, till, voided, "rung up twice", manager_pin=ADMIN_PIN)
    engine.dispose()
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0015"
    handle = open_store(path)
    try:
        with handle.readers() as s:
            assert migrate.current_revision(handle.engine) == migrate.head_revision()
            days = {str(row.day): row.amount for row in s.scalars(select(SalesMoneyDay))}
            assert days == {"2026-05-04": 3 * 2500, "2026-05-05": -2500}
            assert money_totals.check(s) == []
        sell(handle, till, [(code, 1)])  # the triggers carry on after the upgrade
        with handle.readers() as s:
            assert money_totals.check(s) == []
            assert s.get(SalesMoneyDay, date(2026, 5, 5)).amount == -2500 + 2500
    finally:
        handle.close()
