"""`charitymart migrate-to URL`: a shop's SQLite file moves onto a PostgreSQL server; verify there
reports the same chain head, the tills go on selling with the next numbers, and a target that
already holds data is refused and left as it was."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from charitymart.cli import main
from charitymart.db.models import SalesMoneyDay, StockMonthTotal
from charitymart.domain.basket import Basket
from charitymart.services.sales import checkout, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till
from tests.support import factories

pytestmark = pytest.mark.postgresql_only

HEAD = re.compile(r"head ([0-9a-f]{64})")


def sell(db, actor_pin="1234", *, card=None) -> str:
    handle = open_store(db)
    actor = login_at_till(handle.sessions, "T1", actor_pin)
    try:
        with handle.sessions.begin() as s:
            basket = Basket()
            checkout.add_item(s, actor, basket, factories.code_of(s, s.get(factories.Item, 1)), 1)
            if card:
                return checkout.complete_sale(s, actor, basket, [], beneficiary_card=card, collection=True).receipt_number
            return checkout.complete_sale(s, actor, basket, [Payment("cash", basket.total)]).receipt_number
    finally:
        handle.close()


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "store.sqlite"
    assert main(["init", "--db", str(path), "--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"]) == 0
    handle = open_store(path)
    actor = login_at_till(handle.sessions, "T1", "1234")
    with handle.sessions.begin() as s:
        item = factories.add_item(s, name="大米 5kg", price=2500)
        factories.add_lot(s, item, 50)
        factories.add_beneficiary(s, card="H0001")
        factories.add_volunteer(s, points_x100=500)
        shifts.open_shift(s, actor, 10000)
    handle.close()
    for _ in range(3):
        sell(path)
    sell(path, card="H0001")
    return path


def month_totals_agree(db) -> bool:
    from charitymart.services.reporting import money_totals, stock_totals
    handle = open_store(db)
    try:
        with handle.sessions() as s:
            return (stock_totals.check(s) == [] and bool(s.scalars(select(StockMonthTotal)).all())
                    and money_totals.check(s) == [] and bool(s.scalars(select(SalesMoneyDay)).all()))
    finally:
        handle.close()


def head_of(db, capsys) -> str:
    assert main(["verify", "--db", str(db)]) == 0
    return HEAD.search(capsys.readouterr().out).group(1)


def test_a_sqlite_store_moves_to_postgresql_with_the_same_head(shop_file, pg_server, capsys):
    target = pg_server.empty()
    try:
        source_head = head_of(shop_file, capsys)
        assert main(["migrate-to", "--db", str(shop_file), target]) == 0
        out = capsys.readouterr().out
        assert f"same head {source_head}" in out
        assert head_of(target, capsys) == source_head

        # The tills carry on on the server: the next number, new rows get new ids.
        assert sell(target) == "T1-2026-000005"
        assert head_of(target, capsys) != source_head
        assert month_totals_agree(target)  # derived: rebuilt from the copy, then kept by the triggers

        # A second move into the same database is refused and changes nothing there.
        before = head_of(target, capsys)
        assert main(["migrate-to", "--db", str(shop_file), target]) == 1
        assert "already holds data" in capsys.readouterr().err
        assert head_of(target, capsys) == before
    finally:
        pg_server.drop(target)
