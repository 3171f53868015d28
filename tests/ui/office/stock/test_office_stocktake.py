"""Back office, stocktake: start, count by sheet and by scanning, review variances, post, cancel; refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from charitymart.db.models import Lot, StockAdjustment, StockMovement, Stocktake, StocktakeCount
from charitymart.services.stock import control as stock
from charitymart.services.users.session import login_at_till
from charitymart.ui.office.stock.stocktake_page import COUNTED, StocktakePage
from tests.support import factories
from tests.support.counter import CASHIER_PIN, assert_chain_ok, cashier  # noqa: F401  (fixtures)
from tests.support.office_stock import english, office, settle  # noqa: F401  (fixture)


@pytest.fixture
def shelf(store):
    """Rice: 10 on hand (value ¥20 each); oil: 6 on hand (value ¥15)."""
    with store.sessions.begin() as s:
        rice = factories.add_item(s, name="大米 5kg", price=2500)
        rice_lot = factories.add_lot(s, rice, 10, unit_value=2000, expiry=date(2026, 9, 1))
        oil = factories.add_item(s, name="食用油 1L", price=1850)
        oil_lot = factories.add_lot(s, oil, 6, unit_value=1500)
        return {"rice": rice.id, "rice_lot": rice_lot.id, "rice_code": factories.code_of(s, rice),
                "oil": oil.id, "oil_lot": oil_lot.id}


def make_page(store, actor, qtbot):
    page = StocktakePage(office(store, actor))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot, page)
    return page


@pytest.fixture
def page(store, admin, shelf, qtbot, english):
    return make_page(store, admin, qtbot)


def answer(button_text):
    """Click the message box's button with this text once it shows."""
    def click():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                next(b for b in widget.buttons() if b.text() == button_text).click()
    QTimer.singleShot(50, click)


def sheet_row(page, item_id):
    return next(i for i, row in enumerate(page.sheet_model.rows) if row.item_id == item_id)


def test_a_counted_variance_is_posted_as_adjustments(page, store, qtbot, shelf):
    assert not page.tabs.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    settle(qtbot, page)
    assert page.stocktake_id is not None and page.status.text().startswith(f"Stocktake {page.stocktake_id} open")
    assert {row.name: row.expected for row in page.sheet_model.rows} == {"大米 5kg": 10, "食用油 1L": 6}

    # Scan to count: 5*code counts five, a plain scan one more.
    page.tabs.setCurrentIndex(1)
    for typed in (f"5*{shelf['rice_code']}", shelf["rice_code"]):
        qtbot.keyClicks(page.scan, typed)
        qtbot.keyClick(page.scan, Qt.Key_Return)
    assert page.scan_result.text() == "1 × 大米 5kg: 6 counted so far"
    # Count sheet: type the oil's count into its Counted cell.
    page.tabs.setCurrentIndex(0)
    settle(qtbot, page)
    index = page.sheet_model.index(sheet_row(page, shelf["oil"]), COUNTED)
    assert page.sheet_model.setData(index, "7")
    assert page.sheet_model.data(index) == "7"

    page.tabs.setCurrentIndex(2)
    settle(qtbot, page)
    model = page.review_model
    review = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(2, 6)]
              for r in range(model.rowCount())}
    assert review == {"大米 5kg": ["10", "6", "-4", "-¥80.00"], "食用油 1L": ["6", "7", "+1", "¥15.00"]}
    assert "value of the differences -¥65.00" in page.review_total.text()

    answer("Post the differences")
    assert page.post()
    settle(qtbot, page)
    with store.readers() as s:
        assert (s.get(Lot, shelf["rice_lot"]).on_hand, s.get(Lot, shelf["oil_lot"]).on_hand) == (6, 7)
        adjustments = list(s.scalars(select(StockAdjustment).order_by(StockAdjustment.id)))
        assert [a.reason for a in adjustments] == ["stocktake", "stocktake"]
        moves = sorted(s.execute(select(StockMovement.item_id, StockMovement.quantity)
                                 .where(StockMovement.kind == "adjustment")).all())
        assert moves == sorted([(shelf["rice"], -4), (shelf["oil"], 1)])
        assert s.scalar(select(Stocktake.posted_at)) is not None
    assert page.status.text().endswith("2 adjustments written.") and page.start_button.isEnabled()
    assert_chain_ok(store)


def test_going_back_from_the_question_posts_nothing(page, store, qtbot, shelf):
    page.start()
    page.count_scan(shelf["rice_code"])
    answer("Go back")
    assert not page.post()
    with store.readers() as s:
        assert s.scalar(select(StockAdjustment)) is None and s.scalar(select(Stocktake.posted_at)) is None


def test_a_negative_count_is_refused_naming_the_count(page, store, qtbot, shelf):
    page.start()
    settle(qtbot, page)
    index = page.sheet_model.index(sheet_row(page, shelf["rice"]), COUNTED)
    assert not page.sheet_model.setData(index, "-3")
    assert page.error.text() == "a count can't be below 0"
    assert not page.sheet_model.setData(index, "three")
    assert page.error.text() == "The count must be a whole number, such as 12."
    with store.readers() as s:
        assert s.scalar(select(StocktakeCount)) is None


def test_an_unknown_barcode_counts_nothing(page, store, qtbot):
    page.start()
    assert not page.count_scan("4*6999999999994")
    assert page.error.text() == "No item has the barcode 6999999999994. Nothing was counted."
    with store.readers() as s:
        assert s.scalar(select(StocktakeCount)) is None


def test_a_cashier_can_count_but_not_post(store, admin, cashier, shelf, qtbot, english):
    with store.sessions.begin() as s:
        stocktake_id = stock.start_stocktake(s, admin).id
    page = make_page(store, cashier, qtbot)
    assert page.stocktake_id == stocktake_id
    assert page.count_scan(f"3*{shelf['rice_code']}")
    assert not page.post(confirm=False)
    assert page.error.text() == "posting a stocktake needs a manager"
    assert not page.cancel(confirm=False)
    assert page.error.text() == "cancelling a stocktake needs a manager"
    with store.readers() as s:
        assert s.scalar(select(StockAdjustment)) is None
        assert s.get(Lot, shelf["rice_lot"]).on_hand == 10
        assert s.scalar(select(StocktakeCount.counted)) == 3


def test_a_cashier_cannot_start_one(store, admin, cashier, shelf, qtbot, english):
    page = make_page(store, cashier, qtbot)
    assert not page.start()
    assert page.error.text() == "starting a stocktake needs a manager"


def test_cancelling_throws_the_counts_away(page, store, qtbot, shelf):
    page.start()
    page.count_scan(shelf["rice_code"])
    answer("Cancel the stocktake")
    assert page.cancel()
    assert page.stocktake_id is None and not page.tabs.isEnabled()
    with store.readers() as s:
        assert s.scalar(select(Stocktake.cancelled)) is True
        assert s.get(Lot, shelf["rice_lot"]).on_hand == 10
