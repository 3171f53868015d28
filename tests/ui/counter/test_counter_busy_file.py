"""Several tills on one SQLite file: a till whose write waits longer than the busy timeout
(another till's long commit, the office's import) never shows the cashier "database is locked".

Another connection holds the file's write lock for longer than the (shortened) busy timeout
while this till scans, takes a line off, holds and recalls the basket, and pays: each action
waits and then succeeds, exactly once.
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import func, select

from charitymart.db import engine as engine_module
from charitymart.db.models import ParkedBasket, RemovedLine, Sale
from charitymart.services.sales import shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.store.setup import open_store
from charitymart.ui.counter.controller import CounterController
from tests.support import factories

pytestmark = pytest.mark.sqlite_only  # the SQLite file's write lock and busy timeout

RICE, OIL = "6901234567892", "6920000000012"
BUSY_MS = 100
LOCK_HELD_S = 0.6  # six busy timeouts: one wait alone is not enough


@pytest.fixture
def till(store, store_location, admin, monkeypatch):
    with store.sessions.begin() as s:
        for name, code in (("大米 5kg", RICE), ("食用油 1L", OIL)):
            factories.add_lot(s, factories.add_item(s, name=name, price=2500, barcode=code), 20)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", BUSY_MS)
    handle = open_store(store_location, migrate_schema=False)
    controller = CounterController(handle, "T1")
    controller.login("9999")
    with handle.sessions.begin() as s:
        shifts.open_shift(s, controller.actor, 0)
    yield controller
    handle.close()


def while_another_till_writes(path, action, *, writes=True):
    """Run `action` while another connection holds the write lock for LOCK_HELD_S seconds.
    A write waits for it; a read (a scan) does not wait at all."""
    locked = threading.Event()

    def other_till():
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(LOCK_HELD_S)
        con.execute("COMMIT")
        con.close()

    holder = threading.Thread(target=other_till)
    holder.start()
    locked.wait()
    try:
        started = time.perf_counter()
        result = action()
        waited = time.perf_counter() - started
    finally:
        holder.join()
    if writes:
        assert waited >= LOCK_HELD_S * 0.9  # it really waited for the other till
    else:
        assert waited < LOCK_HELD_S / 2
    return result


def count(store, model) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_every_counter_action_waits_for_the_other_till_instead_of_failing(till, store, store_location):
    outcome = while_another_till_writes(store_location, lambda: till.scan(RICE), writes=False)
    assert outcome.kind == "added"
    while_another_till_writes(store_location, lambda: till.add_item_by_code(OIL, 3), writes=False)
    while_another_till_writes(store_location, lambda: till.set_quantity(1, 1))  # lowering it records a removal
    assert [(line.name, line.quantity) for line in till.basket.lines] == [("大米 5kg", 1), ("食用油 1L", 1)]
    assert count(store, RemovedLine) == 1  # recorded once, although the first attempts were refused
    while_another_till_writes(store_location, till.save_basket)

    held_id = while_another_till_writes(store_location, lambda: till.hold("红外套"))
    assert count(store, ParkedBasket) == 1  # held, and the open copy cleared, in one transaction
    state = while_another_till_writes(store_location, lambda: till.recall_held(held_id))
    assert [line["name"] for line in state["basket"]["lines"]] == ["大米 5kg", "食用油 1L"]

    done = while_another_till_writes(store_location, lambda: till.pay([Payment("cash", 5000)]))
    assert done.receipt_number.endswith("-000001")
    with store.sessions() as s:
        assert s.scalars(select(Sale.receipt_number)).all() == [done.receipt_number]  # sold once
