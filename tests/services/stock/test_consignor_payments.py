"""Consignor settlement payments: figures equal to an independent sum, paid once, never more than
owed, only for a month that is over; the migration that adds their table."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, inspect, select

from charitymart.db import migrate
from charitymart.db.engine import make_engine, make_session_factory
from charitymart.db.models import AuditEvent, ConsignorPayment, Lot, Party, Sale, SaleLine, SaleLineLot
from charitymart.report_commands.common import script_actor
from charitymart.services import clock
from charitymart.services.errors import PermissionDenied, ValidationError
from charitymart.services.people import parties
from charitymart.services.stock import catalog, consignor_payments
from charitymart.services.stock.intake import IntakeLine, record_intake
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.store.verify import verify
from tests.support import factories
from tests.support.counter import assert_chain_ok, cashier, sell, shift_id  # noqa: F401  (fixtures)
from tests.support.factories import ean13

SCARF, JAM, RICE = ean13(21), ean13(22), ean13(23)
APRIL = datetime(2026, 4, 2, 2, 0)  # 10:00 in Shanghai on 2 April


@pytest.fixture
def consigned_sales(store, admin, cashier, shift_id):
    """March: the knitting group's scarves (15 % to the shop) and another maker's jam sell beside donated rice."""
    with store.sessions.begin() as s:
        knitters = parties.add_party(s, admin, kind="consignor", name="手工编织小组", shop_share_bp=1500).code
        jam_maker = parties.add_party(s, admin, kind="consignor", name="老李酱菜", shop_share_bp=2000).code
        scarf = catalog.add_item(s, admin, name="手工围巾", price=4500, barcodes=[SCARF]).id
        jam = catalog.add_item(s, admin, name="酱菜", price=1250, barcodes=[JAM]).id
        rice = catalog.add_item(s, admin, name="大米", price=2500, barcodes=[RICE]).id
        record_intake(s, admin, fund_source="consigned", party_code=knitters,
                      lines=[IntakeLine(item_id=scarf, quantity=10, unit_value=3800)])
        record_intake(s, admin, fund_source="consigned", party_code=jam_maker,
                      lines=[IntakeLine(item_id=jam, quantity=10, unit_value=1000)])
        record_intake(s, admin, fund_source="donated", lines=[IntakeLine(item_id=rice, quantity=10)])
    sell(store, cashier, [(SCARF, 3), (JAM, 1), (RICE, 2)])
    sell(store, cashier, [(SCARF, 1), (JAM, 2)])
    return {"knitters": knitters, "jam_maker": jam_maker}


def independent_sum(store, code) -> int:
    """The consignor's sales straight from the ledger: every sale line lot taken from their lots."""
    with store.sessions() as s:
        return s.scalar(select(func.sum(SaleLineLot.amount)).join(Lot, Lot.id == SaleLineLot.lot_id)
                        .join(Party, Party.id == Lot.party_id).join(SaleLine, SaleLine.id == SaleLineLot.sale_line_id)
                        .join(Sale, Sale.id == SaleLine.sale_id).where(Party.code == code, Sale.kind == "sale"))


def status(store, code, year=2026, month=3):
    with store.readers() as s:
        return consignor_payments.settlement_status(s, script_actor(s), code, year, month)


def pay(store, actor, code, amount, year=2026, month=3, **kw):
    with store.sessions.begin() as s:
        return consignor_payments.record_payment(s, actor, code, year, month, amount, **kw).id


def test_settlement_figures_equal_the_ledger(store, consigned_sales):
    knitters = status(store, consigned_sales["knitters"])
    assert knitters.settlement.amount == independent_sum(store, consigned_sales["knitters"]) == 4 * 4500
    assert (knitters.settlement.shop_share, knitters.settlement.owed) == (2700, 15300)
    assert [(line.item_name, line.quantity) for line in knitters.settlement.lines] == [("手工围巾", 4)]
    jam = status(store, consigned_sales["jam_maker"])
    assert jam.settlement.amount == independent_sum(store, consigned_sales["jam_maker"]) == 3750
    assert (jam.settlement.shop_share, jam.remaining, jam.month_over) == (750, 3000, False)


def test_a_month_is_paid_once_it_is_over_and_never_more_than_owed(store, admin, consigned_sales):
    code = consigned_sales["knitters"]
    with pytest.raises(ValidationError, match="2026-03 is not over yet"):
        pay(store, admin, code, 15300)
    clock.set_now(APRIL)
    with pytest.raises(ValidationError, match="more than the 153.00 still owed"):
        pay(store, admin, code, 15301)
    pay(store, admin, code, 10000, method="transfer", note="第一笔")
    with pytest.raises(ValidationError, match="more than the 53.00 still owed"):
        pay(store, admin, code, 6000)
    pay(store, admin, code, 5300)
    with pytest.raises(ValidationError, match="already been paid the 153.00 owed for 2026-03"):
        pay(store, admin, code, 1)
    with pytest.raises(ValidationError, match="nothing is owed"):
        pay(store, admin, code, 100, month=2)
    after = status(store, code)
    assert (after.paid, after.remaining) == (15300, 0)
    assert [(p.amount, p.method, p.note) for p in after.payments] == [(10000, "transfer", "第一笔"),
                                                                      (5300, "cash", "")]
    with store.sessions() as s:
        rows = list(s.scalars(select(ConsignorPayment).order_by(ConsignorPayment.id)))
        assert [(r.month, r.sales_amount, r.shop_share, r.owed, r.amount) for r in rows] == [
            ("2026-03", 18000, 2700, 15300, 10000), ("2026-03", 18000, 2700, 15300, 5300)]
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "consignor.payment")) == 2
    assert_chain_ok(store)


def test_a_cashier_cannot_pay_a_consignor(store, cashier, consigned_sales):
    clock.set_now(APRIL)
    with pytest.raises(PermissionDenied):
        pay(store, cashier, consigned_sales["knitters"], 100)


def test_an_edited_payment_is_found_by_verify(store, admin, consigned_sales):
    clock.set_now(APRIL)
    payment_id = pay(store, admin, consigned_sales["knitters"], 15300)
    with store.sessions.begin() as s:
        s.get(ConsignorPayment, payment_id).amount = 1
    with store.sessions() as s:
        assert not verify(s).ok


def test_the_payments_table_is_added_to_an_older_store_and_removed_on_downgrade(tmp_path, home):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0003")
    with make_session_factory(engine).begin() as s:
        create_store(s, name="旧店", admin_name="Admin", admin_pin="9999")
        # No stock: today's models write stock_movements with 0006's column (see tests/db for stock upgrades).
        factories.add_item(s, name="食用油 1L", price=1800)
    assert "consignor_payments" not in inspect(engine).get_table_names()
    engine.dispose()

    handle = open_store(path)
    try:
        assert migrate.current_revision(handle.engine) == migrate.head_revision()
        assert "consignor_payments" in inspect(handle.engine).get_table_names()
        with handle.sessions() as s:
            assert verify(s).ok
            assert s.scalar(select(func.count()).select_from(ConsignorPayment)) == 0
    finally:
        handle.close()

    from alembic import command

    engine = make_engine(f"sqlite:///{path}")
    config = migrate.alembic_config(str(engine.url))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    assert "consignor_payments" not in inspect(engine).get_table_names()
    assert migrate.current_revision(engine) == "0003"
    engine.dispose()
