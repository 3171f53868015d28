"""Property tests: random sequences of counter and stock-room actions keep the books true.

After every step: tenders sum to each sale's total, change is never negative, no allowance
period is overspent, no lot goes negative and every lot equals the sum of its movements, and
each shift's expected cash equals its cash movements. At the end `verify` passes, and any
single edited, deleted or inserted ledger row is found.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from charitymart.db.models import (
    AllowanceEntry,
    CashMovement,
    Lot,
    Sale,
    SaleVoid,
    Shift,
    StockMovement,
    Tender,
    ledger_tables,
)
from charitymart.domain.basket import Basket
from charitymart.services import clock
from charitymart.services.errors import CharityMartError
from charitymart.services.sales import checkout, refunds, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.store.verify import verify
from charitymart.services.users.session import login_at_till
from tests.conftest import START, own_home
from tests.support import factories

ITEMS = 4
PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A store with items, a household, a volunteer with points and a manager, built once."""
    folder = tmp_path_factory.mktemp("template")
    clock.set_now(START)
    # Module-scoped: it runs before the autouse `home` of any test, so it sets its own home
    # before the store (and its identity key) is made.
    with own_home(folder / "home"):
        handle = open_store(folder / "store.sqlite")
        with handle.sessions.begin() as s:
            create_store(s, name="性质测试", admin_name="Admin", admin_pin="9999")
            for i in range(ITEMS):
                item = factories.add_item(s, name=f"商品{i}", price=150 * (i + 1), allowance_ok=(i != 3))
                factories.add_lot(s, item, 5, fund_source=("donated", "purchased", "consigned")[i % 3])
            factories.add_beneficiary(s, "H0001", amount=2000, visit_limit=6)
            factories.add_volunteer(s, "V001", points_x100=1500)
        admin = login_at_till(handle.sessions, "T1", "9999")
        with handle.sessions.begin() as s:
            shifts.open_shift(s, admin, 5000)
        handle.close()
    return folder / "store.sqlite"


def check_invariants(s) -> None:
    for sale_id, total in s.execute(select(Sale.id, Sale.total)):
        paid = s.scalar(select(func.coalesce(func.sum(Tender.amount), 0)).where(Tender.sale_id == sale_id))
        assert paid == total, f"sale {sale_id}: tenders {paid} != total {total}"
    assert s.scalar(select(func.count()).select_from(Tender).where(Tender.change < 0)) == 0
    cash_rows = s.execute(select(Tender.received, Tender.change, Tender.amount).where(
        Tender.kind == "cash", Tender.amount > 0)).all()
    assert all(amount == received - change for received, change, amount in cash_rows)
    for ben_id, start, balance in s.execute(
        select(AllowanceEntry.beneficiary_id, AllowanceEntry.period_start, func.sum(AllowanceEntry.amount))
        .group_by(AllowanceEntry.beneficiary_id, AllowanceEntry.period_start)
    ):
        assert balance >= 0, f"household {ben_id} overspent in the period from {start}"
    for lot in s.scalars(select(Lot)):
        moved = s.scalar(select(func.sum(StockMovement.quantity)).where(StockMovement.lot_id == lot.id))
        assert lot.on_hand >= 0 and lot.on_hand == moved
    for shift in s.scalars(select(Shift)):
        cash = s.scalar(
            select(func.coalesce(func.sum(Tender.amount), 0)).join(Sale, Sale.id == Tender.sale_id)
            .where(Sale.shift_id == shift.id, Tender.kind == "cash")
        )
        voided = s.scalar(
            select(func.coalesce(func.sum(Tender.amount), 0)).join(Sale, Sale.id == Tender.sale_id)
            .join(SaleVoid, SaleVoid.sale_id == Sale.id).where(Sale.shift_id == shift.id, Tender.kind == "cash")
        )
        moved_in = s.scalar(select(func.coalesce(func.sum(CashMovement.amount), 0)).where(
            CashMovement.shift_id == shift.id, CashMovement.kind == "in"))
        moved_out = s.scalar(select(func.coalesce(func.sum(CashMovement.amount), 0)).where(
            CashMovement.shift_id == shift.id, CashMovement.kind == "out"))
        independent = shift.opening_float + cash - voided + moved_in - moved_out
        assert shifts.expected_cash(s, shift.id) == independent


def tender_plan(draw, total: int) -> tuple[list[Payment], dict]:
    """Split a total over random tenders; the service must refuse what is not allowed."""
    kinds = draw(st.lists(st.sampled_from(["cash", "mobile", "card", "allowance", "points"]),
                          min_size=1, max_size=3, unique=True))
    payments, left, extra = [], total, {}
    for i, kind in enumerate(kinds):
        amount = left if i == len(kinds) - 1 else draw(st.integers(0, left))
        left -= amount
        if kind == "cash":
            payments.append(Payment("cash", amount, received=amount + draw(st.sampled_from([0, 0, 50, 1000]))))
        else:
            payments.append(Payment(kind, amount))
        if kind == "allowance":
            extra["beneficiary_card"] = "H0001"
        if kind == "points":
            extra["volunteer_code"] = "V001"
    return [p for p in payments if p.amount > 0] or payments[:1], extra


def act(draw, sessions, actor) -> None:
    action = draw(st.sampled_from(["sell", "sell", "sell", "refund", "void", "stock_in", "cash", "time"]))
    with sessions.begin() as s:
        codes = [factories.code_of(s, item) for item in _items(s)]
        receipts = s.scalars(select(Sale.receipt_number).where(Sale.kind != "refund")).all()
    try:
        with sessions.begin() as s:
            if action == "sell":
                basket = Basket()
                for code, qty in draw(st.lists(st.tuples(st.sampled_from(codes), st.integers(1, 3)), min_size=1, max_size=3)):
                    checkout.add_item(s, actor, basket, code, qty)
                payments, extra = tender_plan(draw, basket.total)
                collection = draw(st.booleans()) and draw(st.booleans())
                if collection:
                    payments, extra = [], {"beneficiary_card": "H0001"}
                checkout.complete_sale(s, actor, basket, payments, collection=collection, **extra)
            elif action == "refund" and receipts:
                number = draw(st.sampled_from(receipts))
                sale = s.scalar(select(Sale).where(Sale.receipt_number == number))
                lines = s.scalars(select(checkout.SaleLine).where(checkout.SaleLine.sale_id == sale.id)).all()
                line = draw(st.sampled_from(lines))
                refunds.refund(s, actor, number, [(line.id, draw(st.integers(1, 3)), draw(st.booleans()))])
            elif action == "void" and receipts:
                refunds.void_sale(s, actor, draw(st.sampled_from(receipts)), "test")
            elif action == "stock_in":
                item = draw(st.sampled_from(_items(s)))
                days = draw(st.sampled_from([None, 1, 30]))
                expiry = None if days is None else clock.local_date(clock.now(), "Asia/Shanghai") + timedelta(days=days)
                factories.add_lot(s, item, draw(st.integers(1, 6)), expiry=expiry,
                                  fund_source=draw(st.sampled_from(["donated", "purchased", "consigned"])))
            elif action == "cash":
                shifts.cash_movement(s, actor, draw(st.sampled_from(["in", "out"])), draw(st.integers(1, 3000)), "找零")
            elif action == "time":
                clock.advance(timedelta(hours=draw(st.sampled_from([1, 30, 24 * 40]))))
        event(f"{action} done")
    except CharityMartError as exc:
        # refused: the transaction rolled back; the invariants below still hold
        event(f"{action} refused: {type(exc).__name__}")


def _items(s):
    return s.scalars(select(checkout.Item).order_by(checkout.Item.id)).all()


@PROPERTY_SETTINGS
@given(data=st.data())
def test_random_counter_days_keep_the_books_true(template, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("run") / "store.sqlite"
    shutil.copy(template, path)
    clock.set_now(START + timedelta(minutes=5))
    handle = open_store(path)
    try:
        actor = login_at_till(handle.sessions, "T1", "9999")
        for _ in range(data.draw(st.integers(1, 20))):
            act(data.draw, handle.sessions, actor)
            with handle.sessions() as s:
                check_invariants(s)
        with handle.sessions() as s:
            report = verify(s)
            assert report.ok, report.problems
            candidates = [(m.__tablename__, n) for m in ledger_tables()
                          for n in [s.scalar(select(func.count()).select_from(m))] if n]
    finally:
        handle.close()
    table, rows = data.draw(st.sampled_from(candidates))
    tamper = data.draw(st.sampled_from(["edit", "delete", "insert"]))
    tamper_with(path, table, data.draw(st.integers(1, rows)), tamper)
    handle = open_store(path)
    try:
        with handle.sessions() as s:
            assert not verify(s).ok, f"{tamper} of a {table} row went unnoticed"
    finally:
        handle.close()


def tamper_with(path, table: str, nth: int, how: str) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    row_id = con.execute(f"SELECT id FROM {table} ORDER BY id LIMIT 1 OFFSET ?", (nth - 1,)).fetchone()[0]
    columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    if how == "delete":
        con.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    elif how == "insert":
        copy_row(con, table, row_id, columns)
    else:
        editable = [c for c in columns if c not in ("id", "on_hand")]
        column = editable[nth % len(editable)]
        value = con.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
        if isinstance(value, int):
            changed = value + 1
        elif value is None:
            changed = 1
        else:
            changed = str(value) + "x"
        try:
            con.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (changed, row_id))
        except sqlite3.IntegrityError:
            # e.g. receipt_seq + 1 is the next sale's number: tamper with a value no row holds
            far = value + 100000 if isinstance(value, int) else f"{value}-edited"
            con.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (far, row_id))
    con.commit()
    con.close()


def copy_row(con, table: str, row_id: int, columns: list[str]) -> None:
    """Insert a copy of a row under a new id, altering whatever a unique constraint refuses."""
    values = dict(zip(columns, con.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()))
    values["id"] = con.execute(f"SELECT max(id) + 1 FROM {table}").fetchone()[0]
    for _ in range(len(columns)):
        try:
            con.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                        list(values.values()))
            return
        except sqlite3.IntegrityError as exc:
            column = str(exc).rsplit(".", 1)[-1]
            value = values[column]
            values[column] = value + 100000 if isinstance(value, int) else f"{value}-copy"
    raise AssertionError(f"could not insert a copy into {table}")


def test_the_template_keeps_its_identity_key_in_a_test_folder(template, tmp_path_factory):
    """The module-scoped template is built before any test's own home exists: it must set up a
    home of its own first, or its store's key lands in whatever folder the environment names
    (once the user's real config folder)."""
    con = sqlite3.connect(template)
    store_uuid = con.execute("SELECT uuid FROM store WHERE id = 1").fetchone()[0]
    con.close()
    assert list(tmp_path_factory.getbasetemp().rglob(f"{store_uuid}.key")), "the key was written outside the tests"
