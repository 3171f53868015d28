"""How many statements a 20-line sale sends to the database, pinned so it cannot creep back up.

With several tills on one server every statement is a round trip, and a transaction that holds
lots (and, at its end, the audit chain) waits on every one of them: the count is the commit's
latency. Counted from BEGIN to COMMIT of the pay transaction, cash and allowance-paid.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event

from charitymart.domain.basket import Basket
from charitymart.services.sales import checkout, shifts
from charitymart.services.sales.checkout import Payment
from tests.support import factories

LINES = 20
# PostgreSQL: BEGIN, COMMIT and each statement (an executemany is one pipelined round trip).
# SQLite: BEGIN IMMEDIATE too, and the ids of the new rows are given up front (services.ledger_rows).
MOST_STATEMENTS = {"postgresql": 13, "sqlite": 19}
FIRST_OF_THE_YEAR = 2  # the till's receipt counter for the year is created: a get and an insert more
# Paid partly by a household's allowance: find the card, lock the household, read its ledger by period
# (grants, spending and visits in one query, however long its history), insert the period's grant
# and the use together.
ALLOWANCE = 4


@contextmanager
def counted(engine):
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.fixture
def basket_of_20(store, admin):
    with store.sessions.begin() as s:
        shifts.open_shift(s, admin, 0)
        codes = []
        for n in range(LINES):
            item = factories.add_item(s, name=f"货品{n:02d}", price=100 + n)
            factories.add_lot(s, item, 5)  # two lots each: the sale takes from both for some lines
            factories.add_lot(s, item, 50)
            codes.append(factories.code_of(s, item))
    basket = Basket()
    with store.readers() as s:
        for n, code in enumerate(codes):
            checkout.add_item(s, admin, basket, code, 1 + n % 7)
    return basket


def test_a_20_line_sale_takes_a_fixed_small_number_of_statements(store, admin, basket_of_20):
    dialect = store.engine.dialect.name
    with store.sessions.begin() as s:  # the year's first receipt (counted below)
        checkout.complete_sale(s, admin, basket_of_20, [Payment("cash", basket_of_20.total)])
    with counted(store.engine) as statements, store.sessions.begin() as s:
        sale = checkout.complete_sale(s, admin, basket_of_20, [Payment("cash", basket_of_20.total)])
    assert sale.receipt_number.endswith("-000002")
    # Counted until the COMMIT was sent; BEGIN on SQLite is a statement too.
    assert len(statements) <= MOST_STATEMENTS[dialect], "\n".join(s.split("\n")[0][:90] for s in statements)
    # The statements do not grow with the basket: one per table, not one per line (server).
    if dialect == "postgresql":
        per_table = [s for s in statements if s.startswith("INSERT INTO stock_movements")]
        assert len(per_table) == 1


def test_the_first_sale_of_the_year_creates_the_counter_with_two_more(store, admin, basket_of_20):
    with counted(store.engine) as statements, store.sessions.begin() as s:
        sale = checkout.complete_sale(s, admin, basket_of_20, [Payment("cash", basket_of_20.total)])
    assert sale.receipt_number.endswith("-000001")
    assert len(statements) <= MOST_STATEMENTS[store.engine.dialect.name] + FIRST_OF_THE_YEAR


def test_paying_by_allowance_adds_four_statements_whatever_the_households_history(store, admin, basket_of_20):
    part = 500
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001", amount=10**7, period="month")
        checkout.complete_sale(s, admin, basket_of_20, [Payment("cash", basket_of_20.total)])
    for _ in range(3):  # a history of uses to read back
        with store.sessions.begin() as s:
            checkout.complete_sale(s, admin, basket_of_20, [Payment("allowance", part), Payment(
                "cash", basket_of_20.total - part)], beneficiary_card="H0001")
    with counted(store.engine) as two_tenders, store.sessions.begin() as s:  # the same sale without the card
        checkout.complete_sale(s, admin, basket_of_20, [Payment("mobile", part), Payment(
            "cash", basket_of_20.total - part)])
    with counted(store.engine) as statements, store.sessions.begin() as s:
        checkout.complete_sale(s, admin, basket_of_20, [Payment("allowance", part), Payment(
            "cash", basket_of_20.total - part)], beneficiary_card="H0001")
    assert len(statements) - len(two_tenders) <= ALLOWANCE, "\n".join(s.split("\n")[0][:90] for s in statements)
