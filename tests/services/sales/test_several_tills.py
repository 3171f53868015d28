"""Several tills on one PostgreSQL server, each in its own process, selling the same scarce goods
to the same household at the same moment: stock is never oversold, the allowance never overspent,
every till's receipt numbers stay gapless, the audit chain stays whole, and no collision reaches
a cashier (the retry inside services.transactions absorbs them)."""

from __future__ import annotations

import multiprocessing
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

import pytest
from sqlalchemy import func, select

from charitymart.db.models import AllowanceEntry, Lot, Sale
from charitymart.services.sales import shifts, tills
from charitymart.services.users.session import login_at_till
from tests.conftest import START
from tests.support import factories
from tests.support.counter import CASHIER_PIN, assert_chain_ok
from tests.support.several_tills import run_till

pytestmark = pytest.mark.postgresql_only

TILLS = ("T1", "T2", "T3", "T4")
BASKETS = 15


def test_four_tills_at_once_never_oversell_overspend_or_skip_a_number(store, admin):
    factories.add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    with store.sessions.begin() as s:
        for code in TILLS[1:]:
            tills.add_till(s, admin, code)
        scarce = factories.add_item(s, name="食用油 1L", price=100)
        factories.add_lot(s, scarce, 3)
        factories.add_lot(s, scarce, 4)
        shared_code = factories.code_of(s, scarce)
        own_codes = []
        for code in TILLS:  # a till's own item: its baskets never wait for another till's stock
            own = factories.add_item(s, name=f"挂面 {code}", price=300)
            factories.add_lot(s, own, 1000)
            own_codes.append(factories.code_of(s, own))
        ben = factories.add_beneficiary(s, card="H0001", amount=4000, period="month")
        ben_id = ben.id
    for code in TILLS:
        cashier = login_at_till(store.sessions, code, CASHIER_PIN)
        with store.sessions.begin() as s:
            shifts.open_shift(s, cashier, 10000)

    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(len(TILLS))
    with ProcessPoolExecutor(len(TILLS), mp_context=context) as pool:
        futures = [pool.submit(run_till, store.url, code, CASHIER_PIN, START, own_codes[i], shared_code, "H0001",
                               BASKETS, i, barrier) for i, code in enumerate(TILLS)]
        outcomes = [f.result(timeout=600) for f in futures]

    assert [o["unexpected"] for o in outcomes] == [[] for _ in TILLS]
    assert sum(len(o["sold"]) for o in outcomes) > 0
    with store.sessions() as s:
        assert s.scalar(select(func.min(Lot.on_hand)).where(Lot.item_id == scarce.id)) >= 0
        sold_scarce = 7 - s.scalar(select(func.sum(Lot.on_hand)).where(Lot.item_id == scarce.id))
        assert sold_scarce <= 7
        used = -s.scalar(select(func.sum(AllowanceEntry.amount)).where(
            AllowanceEntry.beneficiary_id == ben_id, AllowanceEntry.kind == "use"))
        assert 0 < used <= 4000
        numbers = defaultdict(list)
        for till_id, seq in s.execute(select(Sale.till_id, Sale.receipt_seq)):
            numbers[till_id].append(seq)
    for seqs in numbers.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    assert sum(len(seqs) for seqs in numbers.values()) == sum(len(o["sold"]) for o in outcomes)
    refused_stock = sum(o["refused_stock"] for o in outcomes)
    assert sold_scarce == 7 or refused_stock == 0  # stock ran out before anyone was refused for it
    assert sum(o["refused_allowance"] for o in outcomes) > 0  # the household's allowance did run out
    assert_chain_ok(store)
