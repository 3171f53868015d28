from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from charitymart.db.models import (
    AllowanceEntry,
    AuditEvent,
    AuditRow,
    Beneficiary,
    DrawerOpening,
    ReceiptCounter,
    RemovedLine,
    SaleLine,
    SaleLineLot,
    StockMovement,
    Store,
    Tender,
    TimebankEntry,
)
from charitymart.domain.basket import Basket
from charitymart.services import clock
from charitymart.services.errors import (
    AllowanceError,
    NotFoundError,
    PermissionDenied,
    ShiftError,
    StockError,
    ValidationError,
)
from charitymart.services.sales import checkout, shifts
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

TODAY = date(2026, 3, 10)


def refused(store, exc_type, action):
    """Run `action(session)` in its own transaction; it must raise and leave the database unchanged."""
    before = snapshot(store)
    with pytest.raises(exc_type) as err, store.sessions.begin() as s:
        action(s)
    assert snapshot(store) == before
    return err.value


def basket_of(s, actor, *scans):
    basket = Basket()
    for code, quantity in scans:
        checkout.add_item(s, actor, basket, code, quantity)
    return basket


def test_resolve_code_finds_items_cards_volunteers_and_receipts(store, cashier, shift_id):
    code, item_id, _ = stock(store)
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s, "H0007").id
        vol_id = factories.add_volunteer(s, "V042").id
    number = sell(store, cashier, [(code, 1)])
    with store.sessions() as s:
        assert checkout.resolve_code(s, code) == checkout.ScanResult("item", item_id, code)
        assert checkout.resolve_code(s, " H0007 ") == checkout.ScanResult("household", ben_id, "H0007")
        assert checkout.resolve_code(s, "V042").kind == "volunteer" and checkout.resolve_code(s, "V042").id == vol_id
        assert checkout.resolve_code(s, number).kind == "receipt"
        assert checkout.resolve_code(s, "6900000000000") is None
        assert checkout.resolve_code(s, "") is None


def test_scanning_again_adds_to_the_line_and_checks_stock(store, cashier):
    code, item_id, _ = stock(store, lots=((3, None, "donated"),))
    with store.sessions() as s:
        basket = Basket()
        checkout.add_item(s, cashier, basket, code)
        checkout.add_item(s, cashier, basket, code, 2)
        assert len(basket.lines) == 1 and basket.lines[0].quantity == 3 and basket.total == 7500
        with pytest.raises(StockError) as err:
            checkout.add_item(s, cashier, basket, code)
        assert "大米" in err.value.message
        assert basket.lines[0].quantity == 3
        with pytest.raises(NotFoundError):
            checkout.add_item(s, cashier, basket, "0000")
        with pytest.raises(ValidationError):
            checkout.add_item(s, cashier, basket, code, 0)
        assert Basket.from_dict(basket.to_dict()) == basket


def test_an_item_with_only_expired_stock_says_so(store, cashier, shift_id):
    code, _, _ = stock(store, name="牛奶", lots=((4, TODAY - timedelta(days=1), "donated"),))
    with store.sessions() as s:
        with pytest.raises(StockError) as err:
            checkout.add_item(s, cashier, Basket(), code)
    assert "expir" in err.value.message and "牛奶" in err.value.message
    # Stock expiring today can still be sold today.
    code2, _, _ = stock(store, name="面包", lots=((1, TODAY, "donated"),))
    assert sell(store, cashier, [(code2, 1)]) == "T1-2026-000001"


def test_stock_that_expired_or_went_between_scan_and_payment_is_refused(store, cashier, shift_id):
    code, _, [lot_id] = stock(store, lots=((2, TODAY, "donated"),))
    with store.sessions() as s:
        basket = basket_of(s, cashier, (code, 2))
    sell(store, cashier, [(code, 1)])  # another customer took one meanwhile
    err = refused(store, StockError, lambda s: checkout.complete_sale(s, cashier, basket, [Payment("cash", 5000)]))
    assert "only 1" in err.message
    assert on_hand(store, lot_id) == 1
    basket.lines[0].quantity = 1
    clock.advance(timedelta(days=1))  # the lot's last day has passed
    refused(store, StockError, lambda s: checkout.complete_sale(s, cashier, basket, [Payment("cash", 2500)]))


def test_lots_are_taken_first_expiry_first_across_fund_sources(store, cashier, shift_id):
    code, item_id, [later, sooner, never, expired] = stock(store, price=300, lots=(
        (5, date(2026, 6, 1), "purchased"),
        (5, date(2026, 4, 1), "donated"),
        (5, None, "consigned"),
        (3, date(2026, 3, 1), "donated"),
    ))
    first = sell(store, cashier, [(code, 8)])
    second = sell(store, cashier, [(code, 5)])
    with store.sessions() as s:
        def taken(number):
            line = s.scalar(select(SaleLine).where(SaleLine.sale_id == sale_by_number(s, number).id))
            rows = s.scalars(select(SaleLineLot).where(SaleLineLot.sale_line_id == line.id).order_by(SaleLineLot.id))
            return [(r.lot_id, r.quantity, r.amount, r.fund_source) for r in rows]

        assert taken(first) == [(sooner, 5, 1500, "donated"), (later, 3, 900, "purchased")]
        assert taken(second) == [(later, 2, 600, "purchased"), (never, 3, 900, "consigned")]
        moves = s.scalars(select(StockMovement).where(StockMovement.kind == "sale").order_by(StockMovement.id)).all()
        assert [(m.lot_id, m.quantity) for m in moves] == [(sooner, -5), (later, -3), (later, -2), (never, -3)]
    assert [on_hand(store, lot) for lot in (later, sooner, never, expired)] == [0, 0, 2, 3]
    with store.sessions() as s:
        # Two sellable units left; the expired lot's three don't count.
        assert checkout.sellable_quantity(s, item_id, TODAY) == 2
        with pytest.raises(StockError) as err:
            checkout.add_item(s, cashier, Basket(), code, 3)
        assert "3 more are past their expiry" in err.value.message
    assert_chain_ok(store)


def test_split_tender_with_change(store, cashier, shift_id):
    code, _, _ = stock(store, price=1000)
    number = sell(store, cashier, [(code, 5)], [
        Payment("mobile", 2000, reference="WX123"), Payment("card", 1000, reference="UP9"),
        Payment("cash", 2000, received=5000)])
    with store.sessions() as s:
        sale = sale_by_number(s, number)
        tenders = s.scalars(select(Tender).where(Tender.sale_id == sale.id).order_by(Tender.id)).all()
        assert [(t.kind, t.amount, t.received, t.change, t.reference) for t in tenders] == [
            ("mobile", 2000, 0, 0, "WX123"), ("card", 1000, 0, 0, "UP9"), ("cash", 2000, 5000, 3000, "")]
        assert sum(t.amount for t in tenders) == sale.total == 5000
        assert s.scalar(select(DrawerOpening.reason).where(DrawerOpening.sale_id == sale.id)) == "sale"
        assert shifts.expected_cash(s, shift_id) == 10000 + 2000


def test_payments_must_add_up_and_only_cash_gives_change(store, cashier, shift_id):
    code, _, _ = stock(store, price=1000)
    with store.sessions() as s:
        basket = basket_of(s, cashier, (code, 2))

    def pay(*tenders):
        return lambda s: checkout.complete_sale(s, cashier, basket, list(tenders))

    assert refused(store, ValidationError, pay(Payment("cash", 1500))).field == "tenders"
    refused(store, ValidationError, pay(Payment("cash", 1000), Payment("mobile", 1500)))
    refused(store, ValidationError, pay(Payment("cash", 2000, received=1000)))
    refused(store, ValidationError, pay(Payment("mobile", 2000, received=5000)))
    refused(store, ValidationError, pay(Payment("cash", 1000), Payment("cash", 1000)))
    refused(store, ValidationError, pay(Payment("cheque", 2000)))
    refused(store, ValidationError, pay(Payment("cash", 2500), Payment("mobile", -500)))


def test_no_open_shift_and_empty_basket_are_refused(store, cashier):
    code, _, _ = stock(store)
    with store.sessions() as s:
        basket = basket_of(s, cashier, (code, 1))
    refused(store, ShiftError, lambda s: checkout.complete_sale(s, cashier, basket, [Payment("cash", 2500)]))
    with store.sessions.begin() as s:
        shifts.open_shift(s, cashier, 0)
    refused(store, ValidationError, lambda s: checkout.complete_sale(s, cashier, Basket(), []))


def test_price_change_needs_a_manager(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store, price=2500)
    with store.sessions() as s:
        basket = basket_of(s, cashier, (code, 2))
        with pytest.raises(PermissionDenied):
            checkout.change_price(s, cashier, basket, 0, 1000, None)
        with pytest.raises(PermissionDenied):
            checkout.change_price(s, cashier, basket, 0, 1000, "1234")
        assert basket.lines[0].unit_price == 2500
    # A basket whose price was changed behind the till's back is refused at payment.
    forged = Basket.from_dict(basket.to_dict())
    forged.lines[0].unit_price = 100
    refused(store, PermissionDenied, lambda s: checkout.complete_sale(s, cashier, forged, [Payment("cash", 200)]))
    forged.lines[0].price_approved_by = cashier.user_id
    refused(store, PermissionDenied, lambda s: checkout.complete_sale(s, cashier, forged, [Payment("cash", 200)]))
    forged.lines[0].price_approved_by, forged.lines[0].regular_price = None, 100
    refused(store, ValidationError, lambda s: checkout.complete_sale(s, cashier, forged, [Payment("cash", 200)]))

    with store.sessions.begin() as s:
        checkout.change_price(s, cashier, basket, 0, 1000, MANAGER_PIN)
        sale = checkout.complete_sale(s, cashier, basket, [Payment("cash", 2000)])
        line = s.scalar(select(SaleLine).where(SaleLine.sale_id == sale.id))
        assert (line.unit_price, line.regular_price, line.price_approved_by, line.line_total) == (1000, 2500, manager_id, 2000)


def test_removed_lines_and_lowered_quantities_are_recorded(store, cashier, shift_id):
    code, item_id, _ = stock(store, price=2500)
    with store.sessions.begin() as s:
        basket = basket_of(s, cashier, (code, 4))
        checkout.set_quantity(s, cashier, basket, 0, 3)
        checkout.remove_line(s, cashier, basket, 0, "customer changed mind")
        with pytest.raises(ValidationError):
            checkout.remove_line(s, cashier, basket, 0)
    assert basket.is_empty
    with store.sessions() as s:
        rows = s.scalars(select(RemovedLine).order_by(RemovedLine.id)).all()
        assert [(r.item_id, r.quantity, r.unit_price, r.reason, r.shift_id) for r in rows] == [
            (item_id, 1, 2500, "quantity lowered", shift_id), (item_id, 3, 2500, "customer changed mind", shift_id)]
    assert_chain_ok(store)


def test_one_audit_event_covers_the_whole_sale(store, cashier, shift_id):
    code, _, _ = stock(store, price=500, lots=((2, date(2026, 5, 1), "donated"), (5, None, "purchased")))
    with store.sessions() as s:
        events_before = s.scalar(select(func.count()).select_from(AuditEvent))
    sell(store, cashier, [(code, 3)], [Payment("cash", 1500, received=2000)])
    with store.sessions() as s:
        event = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
        assert event.seq == events_before + 1 and event.action == "sale.complete"
        tables = sorted(s.scalars(select(AuditRow.table_name).where(AuditRow.event_seq == event.seq)))
    # sale, line, 2 lots taken, 2 movements, tender, drawer opening
    assert tables == sorted(["sales", "sale_lines", "sale_line_lots", "sale_line_lots", "stock_movements",
                             "stock_movements", "tenders", "drawer_openings"])
    assert_chain_ok(store)


def household_basket(store, cashier, *, amount=15000, **ben_kw):
    rice, _, _ = stock(store, name="大米", price=5000, lots=((20, None, "donated"),))
    wine, _, _ = stock(store, name="白酒", price=3000, allowance_ok=False, lots=((5, None, "purchased"),))
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001", amount=amount, **ben_kw)
    return rice, wine


def test_allowance_pays_part_and_cash_the_rest(store, cashier, shift_id):
    rice, _ = household_basket(store, cashier)
    number = sell(store, cashier, [(rice, 4)], [Payment("allowance", 15000), Payment("cash", 5000)],
                  beneficiary_card="H0001")
    with store.sessions() as s:
        sale = sale_by_number(s, number)
        entries = s.scalars(select(AllowanceEntry).order_by(AllowanceEntry.id)).all()
        assert [(e.kind, e.amount, e.period_start, e.sale_id) for e in entries] == [
            ("grant", 15000, date(2026, 1, 1), None), ("use", -15000, date(2026, 1, 1), sale.id)]
        tender = s.scalar(select(Tender).where(Tender.kind == "allowance"))
        assert tender.beneficiary_id == sale.beneficiary_id
    # Nothing left this quarter.
    with store.sessions() as s:
        basket = basket_of(s, cashier, (rice, 1))
    err = refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("allowance", 100), Payment("cash", 4900)], beneficiary_card="H0001"))
    assert "0.00" in err.message
    assert_chain_ok(store)


def test_allowance_visit_limit(store, cashier, shift_id):
    rice, _ = household_basket(store, cashier, visit_limit=1)
    sell(store, cashier, [(rice, 1)], [Payment("allowance", 5000)], beneficiary_card="H0001")
    with store.sessions() as s:
        basket = basket_of(s, cashier, (rice, 1))
    err = refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("allowance", 5000)], beneficiary_card="H0001"))
    assert "visit limit" in err.message


def test_items_not_payable_by_allowance(store, cashier, shift_id):
    rice, wine = household_basket(store, cashier)
    with store.sessions() as s:
        basket = basket_of(s, cashier, (rice, 1), (wine, 1))
    err = refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("allowance", 8000)], beneficiary_card="H0001"))
    assert "50.00" in err.message
    refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [], beneficiary_card="H0001", collection=True))
    refused(store, ValidationError, lambda s: checkout.complete_sale(s, cashier, basket, [Payment("allowance", 8000)]))
    # The payable part by allowance, the rest in cash, is fine.
    with store.sessions.begin() as s:
        checkout.complete_sale(s, cashier, basket, [Payment("allowance", 5000), Payment("cash", 3000)],
                               beneficiary_card="H0001")


def test_expired_or_deactivated_card_is_refused(store, cashier, shift_id):
    rice, _ = household_basket(store, cashier, valid_until=TODAY - timedelta(days=1))
    with store.sessions() as s:
        basket = basket_of(s, cashier, (rice, 1))
    err = refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("allowance", 5000)], beneficiary_card="H0001"))
    assert "expired" in err.message
    with store.sessions.begin() as s:
        ben = s.scalar(select(Beneficiary).where(Beneficiary.card_number == "H0001"))
        ben.valid_until, ben.active = TODAY + timedelta(days=30), False
    refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [], beneficiary_card="H0001", collection=True))


def test_collection_is_paid_whole_by_allowance_and_may_be_delivered(store, cashier, shift_id):
    rice, _ = household_basket(store, cashier)
    with store.sessions() as s:
        basket = basket_of(s, cashier, (rice, 2))
    refused(store, ValidationError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("cash", 10000)], beneficiary_card="H0001", collection=True))
    refused(store, AllowanceError, lambda s: checkout.complete_sale(s, cashier, basket, [], collection=True))
    with store.sessions.begin() as s:
        sale = checkout.complete_sale(s, cashier, basket, [], beneficiary_card="H0001", collection=True,
                                      delivery=True)
    with store.sessions() as s:
        assert (sale.kind, sale.total, sale.delivery, sale.receipt_number) == ("collection", 10000, True, "T1-2026-000001")
        assert [(t.kind, t.amount) for t in s.scalars(select(Tender).where(Tender.sale_id == sale.id))] == [
            ("allowance", 10000)]
        assert s.scalar(select(AllowanceEntry.amount).where(AllowanceEntry.kind == "use")) == -10000
        assert s.scalar(select(DrawerOpening.id)) is None  # no cash, no drawer
        z = shifts.z_totals(s, shift_id)
    assert z["collections"] == {"count": 1, "total": 10000, "deliveries": 1}
    assert z["fund_sources"] == {"donated": {"quantity": 2, "amount": 10000}}


def test_points_pay_at_the_store_rate(store, cashier, shift_id):
    code, _, _ = stock(store, price=350)
    with store.sessions.begin() as s:
        factories.add_volunteer(s, "V001", points_x100=500)
    with store.sessions() as s:
        basket = basket_of(s, cashier, (code, 2))
    # 7.00 at 1.00 a point needs 7 points; the volunteer has 5.
    err = refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("points", 700)], volunteer_code="V001"))
    assert "not enough points" in err.message
    refused(store, ValidationError, lambda s: checkout.complete_sale(s, cashier, basket, [Payment("points", 700)]))
    with store.sessions.begin() as s:
        s.get(Store, 1).timebank_enabled = False
    refused(store, ValidationError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("points", 300), Payment("cash", 400)], volunteer_code="V001"))
    with store.sessions.begin() as s:
        s.get(Store, 1).timebank_enabled = True
        s.get(Store, 1).point_value_fen = 200  # a point is worth 2.00
    number = sell(store, cashier, [(code, 2)], [Payment("points", 300), Payment("cash", 400)], volunteer_code="V001")
    with store.sessions() as s:
        sale = sale_by_number(s, number)
        tender = s.scalar(select(Tender).where(Tender.sale_id == sale.id, Tender.kind == "points"))
        assert tender.points_x100 == 150
        spent = s.scalar(select(TimebankEntry).where(TimebankEntry.kind == "spend"))
        assert (spent.points_x100, spent.sale_id) == (-150, sale.id)


def test_receipt_numbers_are_gapless_and_restart_each_local_year(store, cashier):
    code, _, _ = stock(store, price=100, lots=((50, None, "donated"),))
    clock.set_now(datetime(2026, 12, 31, 15, 58))  # 23:58 in Shanghai
    with store.sessions.begin() as s:
        shifts.open_shift(s, cashier, 0)
    numbers = [sell(store, cashier, [(code, 1)])]
    with store.sessions() as s:
        basket = basket_of(s, cashier, (code, 1))
    with store.sessions.begin() as s:
        factories.add_volunteer(s, "V001", points_x100=50)
    # Refused after the receipt number was drawn (the points are checked last): the number is given back.
    refused(store, AllowanceError, lambda s: checkout.complete_sale(
        s, cashier, basket, [Payment("points", 100)], volunteer_code="V001"))
    numbers.append(sell(store, cashier, [(code, 1)]))
    clock.set_now(datetime(2026, 12, 31, 16, 1))  # 00:01 on 1 January in Shanghai, still 2026 in UTC
    numbers += [sell(store, cashier, [(code, 1)]), sell(store, cashier, [(code, 1)])]
    assert numbers == ["T1-2026-000001", "T1-2026-000002", "T1-2027-000001", "T1-2027-000002"]
    with store.sessions() as s:
        counters = {c.year: c.last_number for c in s.scalars(select(ReceiptCounter))}
        assert counters == {2026: 2, 2027: 2}
    assert_chain_ok(store)
