from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from charitymart.db.models import (
    AllowanceEntry,
    Beneficiary,
    DrawerOpening,
    Sale,
    SaleLine,
    SaleLineLot,
    SaleVoid,
    StockAdjustment,
    StockMovement,
    Tender,
    TimebankEntry,
)
from charitymart.services import clock
from charitymart.services.errors import PermissionDenied, ShiftError, ValidationError
from charitymart.services.people import allowance, timebank
from charitymart.services.sales import refunds, shifts
from charitymart.services.sales.checkout import Payment
from tests.support import factories
from tests.support.counter import (  # noqa: F401  (fixtures)
    MANAGER_PIN,
    assert_chain_ok,
    cashier,
    manager_id,
    on_hand,
    sale_by_number,
    sell,
    shift_id,
    snapshot,
    stock,
)


def refused(store, exc_type, action):
    before = snapshot(store)
    with pytest.raises(exc_type) as err, store.sessions.begin() as s:
        action(s)
    assert snapshot(store) == before
    return err.value


def line_ids(store, number) -> list[int]:
    with store.sessions() as s:
        sale = sale_by_number(s, number)
        return list(s.scalars(select(SaleLine.id).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)))


def tenders_of(s, number) -> list[tuple]:
    sale = sale_by_number(s, number)
    return [(t.kind, t.amount, t.points_x100) for t in
            s.scalars(select(Tender).where(Tender.sale_id == sale.id).order_by(Tender.id))]


def test_void_gives_back_stock_allowance_points_and_cash(store, cashier, manager_id, shift_id):
    rice, _, [rice_lot] = stock(store, name="大米", price=5000, lots=((5, None, "donated"),))
    soap, _, [soap_lot] = stock(store, name="肥皂", price=350, lots=((5, None, "purchased"),))
    with store.sessions.begin() as s:
        ben = factories.add_beneficiary(s, "H0001", amount=15000, visit_limit=2)
        vol = factories.add_volunteer(s, "V001", points_x100=500)
    number = sell(store, cashier, [(rice, 1), (soap, 2)], [
        Payment("allowance", 5000), Payment("points", 300), Payment("cash", 400, received=1000)],
        beneficiary_card="H0001", volunteer_code="V001")
    assert (on_hand(store, rice_lot), on_hand(store, soap_lot)) == (4, 3)

    refused(store, PermissionDenied, lambda s: refunds.void_sale(s, cashier, number, "wrong items"))
    refused(store, ValidationError, lambda s: refunds.void_sale(s, cashier, number, " ", MANAGER_PIN))
    with store.sessions.begin() as s:
        void = refunds.void_sale(s, cashier, number, "wrong items", manager_pin=MANAGER_PIN)
    assert (void.approved_by, void.user_id) == (manager_id, cashier.user_id)
    assert (on_hand(store, rice_lot), on_hand(store, soap_lot)) == (5, 5)
    with store.sessions() as s:
        moves = s.scalars(select(StockMovement).where(StockMovement.kind == "void").order_by(StockMovement.id)).all()
        assert [(m.lot_id, m.quantity) for m in moves] == [(rice_lot, 1), (soap_lot, 2)]
        credit = s.scalar(select(AllowanceEntry).where(AllowanceEntry.kind == "void"))
        assert (credit.amount, credit.period_start) == (5000, date(2026, 1, 1))
        status = allowance.status(s, s.get(Beneficiary, ben.id), date(2026, 3, 10))
        assert (status.remaining, status.visits) == (15000, 0)  # a voided visit doesn't count
        assert timebank.balance_x100(s, vol.id) == 500
        assert shifts.expected_cash(s, shift_id) == 10000
        assert s.scalar(select(DrawerOpening.reason).where(DrawerOpening.reason == "void")) == "void"
        assert sale_by_number(s, number).total == 5700  # the sale itself is never edited
    refused(store, ValidationError, lambda s: refunds.void_sale(s, cashier, number, "again", MANAGER_PIN))
    refused(store, ValidationError, lambda s: refunds.refund(s, cashier, number, [(line_ids(store, number)[0], 1, True)],
                                                              MANAGER_PIN))
    assert_chain_ok(store)


def test_void_only_in_the_sales_own_open_shift(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store)
    number = sell(store, cashier, [(code, 1)])
    with store.sessions.begin() as s:
        shifts.close_shift(s, cashier, {10000: 1, 2500: 1})
    refused(store, ShiftError, lambda s: refunds.void_sale(s, cashier, number, "late", MANAGER_PIN))
    with store.sessions.begin() as s:
        shifts.open_shift(s, cashier, 10000)
    err = refused(store, ShiftError, lambda s: refunds.void_sale(s, cashier, number, "late", MANAGER_PIN))
    assert "refund it instead" in err.message


def test_no_void_of_a_refund_or_of_a_sale_with_refunds(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store)
    number = sell(store, cashier, [(code, 2)])
    with store.sessions.begin() as s:
        refund = refunds.refund(s, cashier, number, [(line_ids(store, number)[0], 1, True)], MANAGER_PIN)
    refused(store, ValidationError, lambda s: refunds.void_sale(s, cashier, number, "x", MANAGER_PIN))
    refused(store, ValidationError, lambda s: refunds.void_sale(s, cashier, refund.receipt_number, "x", MANAGER_PIN))
    refused(store, ValidationError, lambda s: refunds.refund(
        s, cashier, refund.receipt_number, [(line_ids(store, refund.receipt_number)[0], 1, True)], MANAGER_PIN))


def test_refund_returns_stock_to_the_lots_most_recently_taken_first(store, cashier, manager_id, shift_id):
    code, _, [sooner, later] = stock(store, price=1000, lots=(
        (3, date(2026, 4, 1), "donated"), (5, date(2026, 9, 1), "purchased")))
    number = sell(store, cashier, [(code, 5)])  # takes 3 donated, then 2 purchased
    [line_id] = line_ids(store, number)

    refused(store, PermissionDenied, lambda s: refunds.refund(s, cashier, number, [(line_id, 1, True)]))
    with store.sessions.begin() as s:
        first = refunds.refund(s, cashier, number, [(line_id, 3, True)], manager_pin=MANAGER_PIN, reason="wrong size")
    with store.sessions() as s:
        sale = s.get(Sale, first.id)
        assert (sale.kind, sale.receipt_number, sale.total, sale.refund_of_id, sale.approved_by, sale.note) == (
            "refund", "T1-2026-000002", -3000, sale_by_number(s, number).id, manager_id, "wrong size")
        line = s.scalar(select(SaleLine).where(SaleLine.sale_id == sale.id))
        assert (line.quantity, line.line_total, line.refund_of_line_id, line.restock) == (-3, -3000, line_id, True)
        lots = s.scalars(select(SaleLineLot).where(SaleLineLot.sale_line_id == line.id).order_by(SaleLineLot.id))
        assert [(r.lot_id, r.quantity, r.amount, r.fund_source) for r in lots] == [
            (later, -2, -2000, "purchased"), (sooner, -1, -1000, "donated")]
        assert tenders_of(s, sale.receipt_number) == [("cash", -3000, 0)]
        assert s.scalar(select(DrawerOpening.reason).where(DrawerOpening.sale_id == sale.id)) == "refund"
    assert (on_hand(store, sooner), on_hand(store, later)) == (1, 5)

    # The last two are damaged: refunded but not restocked.
    with store.sessions.begin() as s:
        second = refunds.refund(s, cashier, number, [(line_id, 2, False)], manager_pin=MANAGER_PIN)
    assert (on_hand(store, sooner), on_hand(store, later)) == (1, 5)
    with store.sessions() as s:
        line = s.scalar(select(SaleLine).where(SaleLine.sale_id == second.id))
        assert line.restock is False
        assert s.scalar(select(func.count()).select_from(StockMovement).where(StockMovement.sale_line_id == line.id)) == 0
        adjustment = s.scalar(select(StockAdjustment))
        assert adjustment.reason == "refund_damaged" and second.receipt_number in adjustment.note
        # Income by fund source nets out to nothing.
        z = shifts.z_totals(s, shift_id)
        assert z["fund_sources"] == {"donated": {"quantity": 0, "amount": 0}, "purchased": {"quantity": 0, "amount": 0}}
        assert z["refunds"] == {"count": 2, "total": -5000}
        assert shifts.expected_cash(s, shift_id) == 10000
    # Nothing left to refund.
    err = refused(store, ValidationError, lambda s: refunds.refund(s, cashier, number, [(line_id, 1, True)], MANAGER_PIN))
    assert "only 0" in err.message
    assert_chain_ok(store)


def test_over_refund_in_one_request_is_refused(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store)
    number = sell(store, cashier, [(code, 2)])
    [line_id] = line_ids(store, number)
    refused(store, ValidationError, lambda s: refunds.refund(s, cashier, number, [(line_id, 3, True)], MANAGER_PIN))
    refused(store, ValidationError, lambda s: refunds.refund(
        s, cashier, number, [(line_id, 1, True), (line_id, 2, False)], MANAGER_PIN))
    refused(store, ValidationError, lambda s: refunds.refund(s, cashier, number, [(line_id, 0, True)], MANAGER_PIN))
    refused(store, ValidationError, lambda s: refunds.refund(s, cashier, number, [(line_id + 99, 1, True)], MANAGER_PIN))
    refused(store, ValidationError, lambda s: refunds.refund(s, cashier, number, [], MANAGER_PIN))


def test_money_goes_back_by_the_original_tenders_in_proportion(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store, price=333)
    number = sell(store, cashier, [(code, 3)], [Payment("mobile", 500, reference="WX1"), Payment("cash", 499)])
    [line_id] = line_ids(store, number)
    backs = []
    for _ in range(3):
        with store.sessions.begin() as s:
            backs.append(refunds.refund(s, cashier, number, [refunds.RefundLine(line_id, 1)], MANAGER_PIN).receipt_number)
    with store.sessions() as s:
        parts = [tenders_of(s, n) for n in backs]
        assert all(sum(amount for _, amount, _ in p) == -333 for p in parts)
        by_kind = {}
        for p in parts:
            for kind, amount, _ in p:
                by_kind[kind] = by_kind.get(kind, 0) + amount
        assert by_kind == {"mobile": -500, "cash": -499}  # all of each tender back, not a fen more
        assert s.scalar(select(Tender.reference).where(Tender.kind == "mobile", Tender.amount < 0).limit(1)) == "WX1"


def test_allowance_refund_goes_to_the_original_period_or_the_current_one(store, cashier, manager_id, shift_id):
    rice, _, _ = stock(store, name="大米", price=5000, lots=((20, None, "donated"),))
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s, "H0001", amount=15000).id
    # 10000 paid 6000 by allowance, 4000 cash; refund one bag (5000) in the same quarter.
    march = sell(store, cashier, [(rice, 2)], [Payment("allowance", 6000), Payment("cash", 4000)],
                 beneficiary_card="H0001")
    with store.sessions.begin() as s:
        back = refunds.refund(s, cashier, march, [(line_ids(store, march)[0], 1, True)], MANAGER_PIN)
    with store.sessions() as s:
        assert tenders_of(s, back.receipt_number) == [("allowance", -3000, 0), ("cash", -2000, 0)]
        entry = s.scalar(select(AllowanceEntry).where(AllowanceEntry.kind == "refund"))
        assert (entry.amount, entry.period_start, entry.sale_id) == (3000, date(2026, 1, 1), back.id)
        assert allowance.status(s, s.get(Beneficiary, ben_id), date(2026, 3, 10)).remaining == 15000 - 6000 + 3000

    # The other bag is refunded in April: the first quarter is over, so it goes to the second.
    clock.set_now(datetime(2026, 4, 2, 2, 0))
    with store.sessions.begin() as s:
        refunds.refund(s, cashier, march, [(line_ids(store, march)[0], 1, True)], MANAGER_PIN)
    with store.sessions() as s:
        entries = s.scalars(select(AllowanceEntry).where(AllowanceEntry.kind == "refund").order_by(AllowanceEntry.id))
        assert [(e.amount, e.period_start) for e in entries] == [(3000, date(2026, 1, 1)), (3000, date(2026, 4, 1))]
        assert allowance.status(s, s.get(Beneficiary, ben_id), date(2026, 4, 2)).remaining == 15000 + 3000
    assert_chain_ok(store)


def test_points_are_given_back(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store, price=150)
    with store.sessions.begin() as s:
        vol_id = factories.add_volunteer(s, "V001", points_x100=1000).id
    number = sell(store, cashier, [(code, 2)], [Payment("points", 300)], volunteer_code="V001")
    with store.sessions.begin() as s:
        back = refunds.refund(s, cashier, number, [(line_ids(store, number)[0], 1, True)], MANAGER_PIN)
    with store.sessions() as s:
        assert tenders_of(s, back.receipt_number) == [("points", -150, -150)]
        entry = s.scalar(select(TimebankEntry).where(TimebankEntry.kind == "refund"))
        assert (entry.points_x100, entry.sale_id) == (150, back.id)
        assert timebank.balance_x100(s, vol_id) == 1000 - 300 + 150


def test_numbering_is_gapless_across_sales_and_refunds_and_shifts(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store, price=100, lots=((20, None, "donated"),))
    first = sell(store, cashier, [(code, 2)])
    second = sell(store, cashier, [(code, 1)])
    with store.sessions.begin() as s:
        shifts.close_shift(s, cashier, {10000: 1, 300: 1})
        shifts.open_shift(s, cashier, 10000)
    # A refund of the last shift's sale is fine (only voids are tied to their shift).
    with store.sessions.begin() as s:
        third = refunds.refund(s, cashier, first, [(line_ids(store, first)[0], 2, True)], MANAGER_PIN).receipt_number
    fourth = sell(store, cashier, [(code, 1)])
    with store.sessions.begin() as s:
        refunds.void_sale(s, cashier, fourth, "scanned twice", MANAGER_PIN)
    fifth = sell(store, cashier, [(code, 1)])
    assert [first, second, third, fourth, fifth] == [f"T1-2026-00000{n}" for n in range(1, 6)]
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SaleVoid)) == 1
    assert_chain_ok(store)
