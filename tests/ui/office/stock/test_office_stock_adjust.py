"""Back office, items: adjustments with a reason from a chosen lot, and the item's movement history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import select

from charitymart.db.models import Lot, StockAdjustment, StockMovement
from charitymart.services.stock import control as stock
from charitymart.services.stock import listing as stock_list
from charitymart.ui.office.stock.adjust_dialog import AdjustDialog
from charitymart.ui.office.stock.items_page import ItemsPage
from tests.support import factories
from tests.support.counter import assert_chain_ok, cashier, sell, shift_id  # noqa: F401  (fixtures)
from tests.support.office_stock import english, office, settle  # noqa: F401  (fixture)


@pytest.fixture
def rice(store):
    """大米 5kg with two lots: 5 expiring 2026-04-01, 8 expiring 2026-09-01."""
    with store.sessions.begin() as s:
        item = factories.add_item(s, name="大米 5kg", price=2500)
        early = factories.add_lot(s, item, 5, expiry=date(2026, 4, 1))
        late = factories.add_lot(s, item, 8, expiry=date(2026, 9, 1), fund_source="purchased")
        return item.id, early.id, late.id, factories.code_of(s, item)


@pytest.fixture
def page(store, admin, rice, qtbot, english):
    context = office(store, admin)
    widget = ItemsPage(context, context.read(stock_list.stock_settings))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    settle(qtbot, widget)
    widget.table.selectRow(0)
    settle(qtbot, widget)
    assert widget.editor.item_id == rice[0]
    return widget


def run_dialog(page, qtbot, steps):
    """Click "Adjust stock…" and run `steps(dialog)` on the dialog once it is up."""
    errors = []

    def drive():
        dialog = next(w for w in page.findChildren(AdjustDialog) if w.isVisible())
        try:
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001  (re-raised below)
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(50, drive)
    page.editor.adjust_button.click()
    settle(qtbot, page)
    if errors:
        raise errors[0]


def test_damaged_units_are_taken_from_the_chosen_lot(page, store, qtbot, rice):
    item_id, early, late, _ = rice
    seen = {}

    def steps(dialog):
        assert dialog.lot.count() == 3  # "any lot", then both lots with stock
        dialog.choose("damaged", 3, lot_id=late, note="crushed bag")
        seen["recorded"] = dialog.record()

    run_dialog(page, qtbot, steps)
    assert seen["recorded"]
    with store.readers() as s:
        assert (s.get(Lot, early).on_hand, s.get(Lot, late).on_hand) == (5, 5)
        adjustment = s.scalar(select(StockAdjustment))
        assert (adjustment.reason, adjustment.note) == ("damaged", "crushed bag")
        moves = s.execute(select(StockMovement.lot_id, StockMovement.quantity)
                          .where(StockMovement.adjustment_id == adjustment.id)).all()
        assert moves == [(late, -3)]
    assert page.editor.stock_line.text().startswith("On hand: 10")
    assert page.model.row_at(0).on_hand == 10
    assert_chain_ok(store)


def test_passed_to_another_charity_takes_the_first_to_expire(page, store, qtbot, rice):
    item_id, early, late, _ = rice
    run_dialog(page, qtbot, lambda d: (d.choose("transferred", 7), d.record()))
    with store.readers() as s:
        assert (s.get(Lot, early).on_hand, s.get(Lot, late).on_hand) == (0, 6)
        assert s.scalar(select(StockAdjustment.reason)) == "transferred"


def test_taking_more_than_the_lot_holds_is_refused_and_changes_nothing(page, store, qtbot, rice):
    item_id, early, late, _ = rice
    seen = {}

    def steps(dialog):
        dialog.choose("lost", 6, lot_id=early)
        seen["recorded"] = dialog.record()
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()

    run_dialog(page, qtbot, steps)
    assert seen == {"recorded": False, "error": "only 5 of 大米 5kg in that lot: can't take away 6", "open": True}
    with store.readers() as s:
        assert s.scalar(select(StockAdjustment)) is None


def test_found_stock_goes_into_a_new_lot(page, store, qtbot, rice):
    run_dialog(page, qtbot, lambda d: (d.choose("found", 2), d.record()))
    with store.readers() as s:
        new_lot = s.scalars(select(Lot).order_by(Lot.id.desc())).first()
        assert (new_lot.on_hand, new_lot.quantity_received, new_lot.fund_source) == (2, 0, "donated")


def test_the_history_shows_sales_and_adjustments_with_their_reasons(page, store, admin, cashier, shift_id, qtbot,
                                                                    rice):
    item_id, early, _, code = rice
    receipt = sell(store, cashier, [(code, 2)])
    with store.sessions.begin() as s:
        stock.adjust(s, admin, item_id, early, -1, "expired", "past date")
    page.editor.show_item(item_id)
    settle(qtbot, page)
    model = page.editor.moves_model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    kinds = {row[1]: row for row in rows}
    assert kinds["Sale"][2] == "-2" and kinds["Sale"][5] == receipt
    assert kinds["Adjustment"][2:5] == ["-1", str(early), "Expired"] and kinds["Adjustment"][7] == "past date"
    assert sorted(row[1] for row in rows) == ["Adjustment", "Received", "Received", "Sale"]
    lots = page.editor.lots_model
    assert [lots.data(lots.index(r, 8)) for r in range(lots.rowCount())] == ["2", "8"]
