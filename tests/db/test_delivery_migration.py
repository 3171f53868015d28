"""Migration 0012 (delivery outcomes) on a store made at revision 0010 with deliveries in it: the
deliveries made before tracking began are not listed as still to deliver (their fate was never
recorded), a delivery made after the upgrade is, its outcomes are audit-chained, and verify passes."""

from __future__ import annotations

import sqlite3

from sqlalchemy import inspect

from charitymart.db import migrate
from charitymart.db.engine import make_engine, make_session_factory
from charitymart.services.sales import deliveries, shifts
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.store.verify import verify
from charitymart.services.users.session import login_at_till
from tests.support import factories
from tests.support.counter import sell, stock


class Handle:  # what tests.support.counter's helpers need of a store
    def __init__(self, sessions):
        self.sessions = sessions


def test_a_store_at_0010_with_deliveries_upgrades_and_tracks_new_ones(tmp_path, home):
    path = tmp_path / "shop.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0010")
    sessions = make_session_factory(engine)
    with sessions.begin() as s:
        create_store(s, name="阳光社区慈善超市", admin_name="Admin", admin_pin="9999")
        factories.add_beneficiary(s, "H0001", name="张三").address = "幸福路 8 号"
    old = Handle(sessions)
    admin = login_at_till(sessions, "T1", "9999")
    with sessions.begin() as s:
        shifts.open_shift(s, admin, 10000)
    code, _item, _lots = stock(old, lots=((20, None, "donated"),))
    before = [sell(old, admin, [(code, 1)], beneficiary_card="H0001", delivery=True) for _ in range(2)]
    engine.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0010"
    assert con.execute("SELECT COUNT(*) FROM sales WHERE delivery = 1").fetchone()[0] == 2
    con.close()

    handle = open_store(path)
    try:
        assert migrate.current_revision(handle.engine) == migrate.head_revision()
        assert "delivery_outcomes" in inspect(handle.engine).get_table_names()
        admin = login_at_till(handle.sessions, "T1", "9999")
        with handle.readers() as s:
            assert deliveries.list_deliveries(s, admin, include_closed=True) == []  # never tracked
            assert verify(s).ok
        after = sell(handle, admin, [(code, 2)], beneficiary_card="H0001", delivery=True)
        with handle.sessions() as s:
            (open_one,) = deliveries.list_deliveries(s, admin)
        assert open_one.receipt_number == after and open_one.receipt_number not in before
        with handle.sessions.begin() as s:
            deliveries.record_outcome(s, admin, open_one.sale_id, "failed", "nobody at home")
        with handle.readers() as s:
            report = verify(s)
            assert report.ok, report.problems
        con = sqlite3.connect(path)  # an edited outcome is found, as in any other ledger
        con.execute("UPDATE delivery_outcomes SET reason = 'delivered fine'")
        con.commit()
        con.close()
        with handle.readers() as s:
            report = verify(s)
        assert not report.ok and any("delivery_outcomes" in problem for problem in report.problems)
    finally:
        handle.close()
