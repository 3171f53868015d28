"""The network to the PostgreSQL server drops while the till commits a sale: the till says it cannot
reach the server, keeps the basket, and nothing of the sale is saved (no sale, no stock taken, no
receipt number used). When the network is back the same basket sells, with the number it would
have had."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url

from charitymart.db.models import Lot, ReceiptCounter, Sale
from charitymart.services.errors import ServerUnreachable
from charitymart.services.sales.checkout import Payment
from charitymart.ui.counter.controller import CounterController
from tests.support import factories
from tests.support.counter import CASHIER_PIN, assert_chain_ok

pytestmark = pytest.mark.postgresql_only


def drop_the_connection_at_the_audit_insert(engine):
    """Kill this till's server connection just as the sale's audit event is written (its last step)."""
    url = make_url(engine.url.render_as_string(hide_password=False)).set(drivername="postgresql")

    def before(conn, cursor, statement, parameters, context, executemany):
        # The event is inserted with its rows in one statement (a CTE: WITH ... INSERT INTO audit_events ...).
        if "INSERT INTO audit_events" in statement:
            with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (conn.connection.dbapi_connection.info.backend_pid,))

    event.listen(engine, "before_cursor_execute", before)
    return lambda: event.remove(engine, "before_cursor_execute", before)


def test_a_dropped_connection_keeps_the_basket_and_saves_nothing(store, admin):
    factories.add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    with store.sessions.begin() as s:
        item = factories.add_item(s, name="食用油 1L", price=1800)
        lot_id = factories.add_lot(s, item, 5).id
        code = factories.code_of(s, item)
    till = CounterController(store, "T1")
    till.login(CASHIER_PIN)
    till.open_shift(10000)
    till.scan(code)
    till.scan(code)

    reconnect = drop_the_connection_at_the_audit_insert(store.engine)
    with pytest.raises(ServerUnreachable, match="cannot reach the database server"):
        till.pay([Payment("cash", 3600)])
    reconnect()

    assert [(line.name, line.quantity) for line in till.basket.lines] == [("食用油 1L", 2)]
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0
        assert s.get(Lot, lot_id).on_hand == 5
        assert s.scalar(select(ReceiptCounter.last_number)) is None
    done = till.pay([Payment("cash", 3600)])
    assert done.receipt_number.endswith("-000001")
    with store.sessions() as s:
        assert s.get(Lot, lot_id).on_hand == 3
    assert_chain_ok(store)
