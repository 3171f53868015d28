"""Back office, stock alerts: expired lots on the shelf (one-click write-off), lots expiring soon, low stock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from charitymart.db.models import Lot, StockAdjustment, StockMovement
from charitymart.services.stock import listing as stock_list
from charitymart.ui.office.stock.alerts_page import EXPIRED_TAB, EXPIRING_TAB, REORDER_TAB, AlertsPage
from tests.support import factories
from tests.support.counter import assert_chain_ok, cashier  # noqa: F401  (fixtures)
from tests.support.office_stock import english, office, settle  # noqa: F401  (fixture)

# Today is 2026-03-10 (the frozen clock); the store warns 14 days ahead by default.


@pytest.fixture
def lots(store):
    with store.sessions.begin() as s:
        milk = factories.add_item(s, name="牛奶 1L", price=800)
        expired = factories.add_lot(s, milk, 4, expiry=date(2026, 3, 1))
        soon = factories.add_lot(s, milk, 6, expiry=date(2026, 3, 15))
        later = factories.add_lot(s, milk, 9, expiry=date(2026, 5, 9))
        empty_expired = factories.add_lot(s, milk, 0, expiry=date(2026, 2, 1))
        rice = factories.add_item(s, name="大米 5kg", price=2500)
        rice.reorder_level = 10
        factories.add_lot(s, rice, 3)
        oil = factories.add_item(s, name="食用油 1L", price=1850)
        oil.reorder_level = 2
        factories.add_lot(s, oil, 5)
        return {"milk": milk.id, "expired": expired.id, "soon": soon.id, "later": later.id,
                "empty_expired": empty_expired.id}


def make_page(store, actor, qtbot):
    context = office(store, actor)
    page = AlertsPage(context, context.read(stock_list.stock_settings))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot, page)
    return page


@pytest.fixture
def page(store, admin, lots, qtbot, english):
    return make_page(store, admin, qtbot)


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_alerts_list_the_right_lots_and_items(page, lots):
    assert column(page.expired_model, 1) == [str(lots["expired"])]
    assert column(page.expired_model, 4) == ["-9"]
    assert column(page.expiring_model, 1) == [str(lots["soon"])]
    assert column(page.reorder_model, 0) == ["大米 5kg"]
    assert [page.tabs.tabText(i) for i in (EXPIRED_TAB, EXPIRING_TAB, REORDER_TAB)] == [
        "Expired, still on the shelf (1)", "Expiring within 14 days (1)", "Below reorder level (1)"]


def test_a_longer_warning_reaches_later_lots(page, qtbot, lots):
    page.days.setValue(60)
    settle(qtbot, page)
    assert column(page.expiring_model, 1) == [str(lots["soon"]), str(lots["later"])]
    assert page.tabs.tabText(EXPIRING_TAB) == "Expiring within 60 days (2)"


def test_one_click_writes_an_expired_lot_off(page, store, qtbot, lots):
    view = page.expired_view
    cell = view.visualRect(page.expired_model.index(0, page.expired_model.columnCount() - 1))
    assert page.expired_model.data(page.expired_model.index(0, 6)) == "Write off"
    with qtbot.waitSignal(page.written_off) as signal:
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=cell.center())
    assert signal.args == [lots["milk"]]
    settle(qtbot, page)
    with store.readers() as s:
        assert s.get(Lot, lots["expired"]).on_hand == 0
        assert s.get(Lot, lots["soon"]).on_hand == 6
        adjustment = s.scalar(select(StockAdjustment))
        assert (adjustment.reason, adjustment.note) == ("expired", "Expired on 2026-03-01")
        assert s.execute(select(StockMovement.lot_id, StockMovement.quantity)
                         .where(StockMovement.adjustment_id == adjustment.id)).all() == [(lots["expired"], -4)]
    assert page.expired_model.rowCount() == 0
    assert page.notice.text() == f"4 × 牛奶 1L (lot {lots['expired']}) written off as expired."
    assert_chain_ok(store)


def test_a_cashier_cannot_write_off(store, cashier, lots, qtbot, english):
    page = make_page(store, cashier, qtbot)
    assert not page.write_off(0)
    assert page.error.text() == "adjusting stock needs a manager"
    with store.readers() as s:
        assert s.get(Lot, lots["expired"]).on_hand == 4
