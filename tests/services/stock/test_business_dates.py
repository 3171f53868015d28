"""Each stock movement's business date (services/stock/dates.py) and the as-of stock that reads it:
intake by its day received, sales, voids, refunds and write-offs by the store-local day entered,
stocktakes by the day counted, and changes belonging to a published month by the day entered."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from charitymart.db.models import Barcode, StockMovement
from charitymart.services import clock
from charitymart.services.errors import PeriodClosedError
from charitymart.services.reporting import closing, month_figures
from charitymart.services.people import parties
from charitymart.services.reporting.stock import lots_on_hand, stock_by_fund_source, stock_report
from charitymart.services.sales import refunds, shifts
from charitymart.services.sales.refunds import RefundLine
from charitymart.services.stock import control, intake
from charitymart.services.stock.intake import IntakeLine
from tests.support import factories
from tests.support.counter import assert_chain_ok, sell, snapshot


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """Shanghai wall-clock time as naive UTC."""
    return datetime(day.year, day.month, day.day, hour, minute) - (datetime(1, 1, 1, 8) - datetime(1, 1, 1))


def dated(store) -> list[tuple[str, int, date]]:
    with store.readers() as s:
        return [tuple(row) for row in s.execute(
            select(StockMovement.kind, StockMovement.quantity, StockMovement.business_date).order_by(StockMovement.id))]


def on_hand_at(store, day: date | None) -> int:
    with store.readers() as s:
        return stock_report(s, day).quantity


@pytest.fixture
def rice(store, admin) -> str:
    with store.sessions.begin() as s:
        return factories.code_of(s, factories.add_item(s, name="大米 5kg", price=2500))


def item_of(s, code: str) -> int:
    return s.scalar(select(Barcode.item_id).where(Barcode.code == code))


def take_in(store, admin, code, quantity, received_on, reason=""):
    with store.sessions.begin() as s:
        intake.record_intake(s, admin, fund_source="donated", received_on=received_on, correction_reason=reason,
                             lines=[IntakeLine(barcode=code, quantity=quantity, unit_value=2000)])


def test_intake_entered_late_is_dated_the_day_received(store, admin, rice):
    clock.set_now(local(date(2026, 4, 15), 10))
    take_in(store, admin, rice, 7, date(2026, 3, 3))
    assert dated(store) == [("intake", 7, date(2026, 3, 3))]
    assert [on_hand_at(store, d) for d in (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 31), None)] == [0, 7, 7, 7]
    assert_chain_ok(store)


def test_counter_movements_are_dated_the_store_local_day_entered(store, admin, rice):
    take_in(store, admin, rice, 10, date(2026, 3, 10))
    with store.sessions.begin() as s:
        shifts.open_shift(s, admin, 10000)
    # 00:30 on 11 March in Shanghai is still 10 March in UTC: the store's day counts.
    clock.set_now(local(date(2026, 3, 11), 0, 30))
    first = sell(store, admin, [(rice, 3)])
    voided = sell(store, admin, [(rice, 1)])
    with store.sessions.begin() as s:
        refunds.void_sale(s, admin, voided, "wrong item")
    clock.set_now(local(date(2026, 3, 12), 23, 50))
    with store.sessions.begin() as s:
        line_id = refunds.sale_for_refund(s, first).lines[0].sale_line_id
    with store.sessions.begin() as s:
        refunds.refund(s, admin, first, [RefundLine(line_id, 1, True)], reason="changed mind")
    with store.sessions.begin() as s:
        refunds.refund(s, admin, first, [RefundLine(line_id, 1, False)], reason="torn bag")  # not back in stock
    clock.set_now(local(date(2026, 3, 13), 9))
    with store.sessions.begin() as s:
        control.adjust(s, admin, item_of(s, rice), None, -2, "damaged", "wet")
    assert dated(store)[1:] == [
        ("sale", -3, date(2026, 3, 11)), ("sale", -1, date(2026, 3, 11)), ("void", 1, date(2026, 3, 11)),
        ("refund", 1, date(2026, 3, 12)), ("adjustment", -2, date(2026, 3, 13)),
    ]
    days = (date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 13))
    assert [on_hand_at(store, d) for d in days] == [10, 7, 8, 6]
    assert_chain_ok(store)


def test_a_stocktake_is_dated_the_day_each_item_was_counted(store, admin, rice):
    take_in(store, admin, rice, 10, date(2026, 3, 10))
    clock.set_now(local(date(2026, 3, 31), 21))  # counted on the evening of 31 March
    with store.sessions.begin() as s:
        sheet = control.start_stocktake(s, admin, "month end")
        control.record_count(s, admin, sheet.id, item_of(s, rice), 8)
        sheet_id = sheet.id
    clock.set_now(local(date(2026, 4, 1), 9))  # posted the next morning
    with store.sessions.begin() as s:
        control.post_stocktake(s, admin, sheet_id)
    assert dated(store)[-1] == ("adjustment", -2, date(2026, 3, 31))
    assert on_hand_at(store, date(2026, 3, 30)) == 10
    assert on_hand_at(store, date(2026, 3, 31)) == 8  # March's closing stock is the count
    with store.readers() as s:
        assert sum(v.quantity for v in month_figures(s, 2026, 3).stock_at_month_end) == 8


@pytest.fixture
def february_published(store, admin, rice):
    """5 rice received in February; February published on 2 March."""
    clock.set_now(local(date(2026, 2, 10), 10))
    take_in(store, admin, rice, 5, date(2026, 2, 10))
    clock.set_now(local(date(2026, 3, 2), 10))
    with store.sessions.begin() as s:
        closing.publish_month(s, admin, 2026, 2)


def test_intake_into_a_published_month_without_a_reason_is_refused(store, admin, rice, february_published):
    before = snapshot(store)
    with pytest.raises(PeriodClosedError, match="published: an intake dated 2026-02-20 needs a correction"):
        take_in(store, admin, rice, 3, date(2026, 2, 20))
    assert snapshot(store) == before


def test_a_correction_of_a_published_month_enters_stock_the_day_it_is_entered(store, admin, rice, february_published):
    with store.readers() as s:
        published = month_figures(s, 2026, 2).stock_at_month_end
    clock.set_now(local(date(2026, 4, 15), 10))
    take_in(store, admin, rice, 3, date(2026, 2, 20), reason="delivery note found")
    assert dated(store)[-1] == ("intake", 3, date(2026, 4, 15))
    with store.readers() as s:
        # The published February stays what it was published with, by the ledger too; the
        # correction is April's, the month whose report lists it.
        assert stock_by_fund_source(s, date(2026, 2, 28)) == published
        assert sum(v.quantity for v in month_figures(s, 2026, 3).stock_at_month_end) == 5
        assert [c.received_on for c in month_figures(s, 2026, 4).corrections] == [date(2026, 2, 20)]
    assert on_hand_at(store, date(2026, 4, 15)) == 8
    assert_chain_ok(store)


def test_a_stocktake_counted_in_a_month_published_before_posting_is_dated_the_posting_day(store, admin, rice):
    take_in(store, admin, rice, 10, date(2026, 3, 10))
    clock.set_now(local(date(2026, 3, 31), 21))
    with store.sessions.begin() as s:
        sheet = control.start_stocktake(s, admin)
        control.record_count(s, admin, sheet.id, item_of(s, rice), 9)
        sheet_id = sheet.id
    clock.set_now(local(date(2026, 4, 2), 10))
    with store.sessions.begin() as s:
        closing.publish_month(s, admin, 2026, 3)  # published with 10 on hand
        closing_stock = month_figures(s, 2026, 3).stock_at_month_end
    with store.sessions.begin() as s:
        control.post_stocktake(s, admin, sheet_id)
    assert dated(store)[-1] == ("adjustment", -1, date(2026, 4, 2))
    with store.readers() as s:
        assert stock_by_fund_source(s, date(2026, 3, 31)) == closing_stock
    assert on_hand_at(store, date(2026, 4, 2)) == 9


def test_stock_as_of_refuses_a_moment_instead_of_a_day(store):
    with store.readers() as s, pytest.raises(TypeError, match="store-local date"):
        stock_by_fund_source(s, datetime(2026, 3, 1))


def test_the_month_stock_flow_closes_opening_to_closing(store, admin, rice):
    clock.set_now(local(date(2026, 3, 20), 10))
    take_in(store, admin, rice, 4, date(2026, 2, 27))  # February's, typed in late: opening stock
    take_in(store, admin, rice, 10, date(2026, 3, 5))
    with store.sessions.begin() as s:
        shifts.open_shift(s, admin, 10000)
    sold = sell(store, admin, [(rice, 3)])
    voided = sell(store, admin, [(rice, 1)])
    with store.sessions.begin() as s:
        refunds.void_sale(s, admin, voided, "wrong item")
        line_id = refunds.sale_for_refund(s, sold).lines[0].sale_line_id
    with store.sessions.begin() as s:
        refunds.refund(s, admin, sold, [RefundLine(line_id, 1, True)], reason="changed mind")
    with store.sessions.begin() as s:
        control.adjust(s, admin, item_of(s, rice), None, -2, "expired", "")
    clock.set_now(local(date(2026, 3, 31), 21))
    with store.sessions.begin() as s:
        sheet = control.start_stocktake(s, admin)
        control.record_count(s, admin, sheet.id, item_of(s, rice), 7)  # the ledger says 10
        sheet_id = sheet.id
    clock.set_now(local(date(2026, 4, 1), 9))
    with store.sessions.begin() as s:
        control.post_stocktake(s, admin, sheet_id)
    with store.readers() as s:
        opening = {v.fund_source: (v.quantity, v.value) for v in stock_by_fund_source(s, date(2026, 2, 28))}
        closing_stock = {v.fund_source: (v.quantity, v.value) for v in stock_by_fund_source(s, date(2026, 3, 31))}
        flow = next(f for f in month_figures(s, 2026, 3).stock_flow if f.fund_source == "donated")
    terms = {t.term: t.quantity for t in flow.terms if t.quantity}
    # 4 sold, 1 of them voided and 1 refunded back to the shelf: 2 sold, net of every refund.
    assert terms == {"received": 10, "sold": -2, "expired": -2, "stocktake": -3}
    assert opening["donated"] == (4, 8000) and closing_stock["donated"] == (7, 14000)
    assert (flow.opening.quantity, flow.opening.value) == opening["donated"]
    assert (flow.closing.quantity, flow.closing.value) == closing_stock["donated"]
    moved = (sum(t.quantity for t in flow.terms), sum(t.value for t in flow.terms))
    assert (opening["donated"][0] + moved[0], opening["donated"][1] + moved[1]) == closing_stock["donated"]


def test_a_stocktake_takes_from_the_lots_that_were_on_the_shelf_the_day_counted(store, admin, rice):
    take_in(store, admin, rice, 10, date(2026, 3, 10))
    clock.set_now(local(date(2026, 3, 31), 21))
    with store.sessions.begin() as s:
        sheet = control.start_stocktake(s, admin)
        control.record_count(s, admin, sheet.id, item_of(s, rice), 8)
        sheet_id = sheet.id
    clock.set_now(local(date(2026, 4, 1), 9))
    with store.sessions.begin() as s:  # arrives the next morning, expiring first: the counter sells it first
        supplier = parties.add_party(s, admin, kind="supplier", name="惠民批发").code
        intake.record_intake(s, admin, fund_source="purchased", party_code=supplier,
                             lines=[IntakeLine(barcode=rice, quantity=5, unit_value=1500, expiry=date(2026, 6, 1))])
        control.post_stocktake(s, admin, sheet_id)
    with store.readers() as s:
        lots = s.execute(select(lots_on_hand(s, date(2026, 3, 31)))).mappings().all()
        by_source = {v.fund_source: v.quantity for v in stock_by_fund_source(s, date(2026, 3, 31))}
    assert sorted((lot["fund_source"], lot["on_hand"]) for lot in lots if lot["on_hand"]) == [("donated", 8)]
    assert by_source["donated"] == 8 and by_source["purchased"] == 0


def test_a_correction_dated_before_the_first_published_month_is_dated_the_day_entered(store, admin, rice):
    """Publishing March closes February too (closed_through): a February intake is a correction."""
    clock.set_now(local(date(2026, 4, 2), 10))
    with store.sessions.begin() as s:
        closing.publish_month(s, admin, 2026, 3)
    take_in(store, admin, rice, 2, date(2026, 2, 20), reason="found the delivery note")
    assert dated(store) == [("intake", 2, date(2026, 4, 2))]
