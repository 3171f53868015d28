"""Intake: goods into lots (donated, purchased, consigned), cash donations, 捐赠票据, parties."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from charitymart.db.models import (
    AuditEvent,
    AuditRow,
    Donation,
    DonationLine,
    DonationReceipt,
    Lot,
    Party,
    StockMovement,
    Store,
)
from charitymart.services.errors import (
    NotFoundError,
    PeriodClosedError,
    PermissionDenied,
)
from charitymart.services.people import parties
from charitymart.services.stock import catalog, intake
from charitymart.services.stock import control as stock
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.store import verify
from charitymart.services.users.session import login_at_till
from tests.services.stock.test_catalog import CASHIER_PIN, refused
from tests.support.factories import add_user, ean13

TODAY = date(2026, 3, 10)


@pytest.fixture
def cashier(store, admin):
    add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    return login_at_till(store.sessions, "T1", CASHIER_PIN)


@pytest.fixture
def shop(store, admin):
    """Two items, a donor of each kind, a supplier and a consignor."""
    with store.sessions.begin() as s:
        rice = catalog.add_item(s, admin, name="大米", price=2500, barcodes=[ean13(1)]).id
        oil = catalog.add_item(s, admin, name="花生油", price=3000, barcodes=[ean13(2)]).id
        parties.add_party(s, admin, kind="person", name="王先生", phone="138 0013 8000", public_name_ok=True)
        parties.add_party(s, admin, kind="organisation", name="幸福社区居委会")
        parties.add_party(s, admin, kind="supplier", name="粮油批发部")
        parties.add_party(s, admin, kind="consignor", name="手工编织小组", shop_share_bp=1500)
    return {"rice": rice, "oil": oil}


def intake_lines(shop):
    return [IntakeLine(item_id=shop["rice"], quantity=10, unit_value=2000, weight_g=50_000, condition="new"),
            IntakeLine(barcode=ean13(2), quantity=4, unit_value=2500, expiry=TODAY + timedelta(days=90))]


def test_party_codes_are_made_per_kind(store, admin, shop):
    with store.sessions.begin() as s:
        assert [p.code for p in s.scalars(select(Party).order_by(Party.id))] == ["D00001", "D00002", "S00001",
                                                                                  "C00001"]
        assert parties.add_party(s, admin, kind="anonymous", public_name_ok=True).name == parties.ANONYMOUS_NAME
        anonymous = parties.get_by_code(s, "D00003")
        assert anonymous.public_name_ok is False  # never named in public
        assert parties.add_party(s, admin, kind="person", name="李", code="VIP-7").code == "VIP-7"
        assert parties.add_party(s, admin, kind="person", name="赵").code == "D00004"


def test_find_parties_as_you_type(store, admin, shop):
    with store.sessions.begin() as s:
        assert [p.name for p in parties.find(s, "王")] == ["王先生"]
        assert [p.name for p in parties.find(s, "13800138")] == []  # phone stored with spaces
        assert [p.code for p in parties.find(s, "d0000")] == ["D00001", "D00002"]
        assert [p.code for p in parties.find(s, "S00001")] == ["S00001"]
        assert [p.name for p in parties.donors(s, "社区")] == ["幸福社区居委会"]
        assert parties.donors(s, "批发") == []
        parties.edit_party(s, admin, "D00001", phone="13800138000", active=False)
        assert parties.find(s, "王") == []
        assert [p.name for p in parties.find(s, "8001380", active_only=False)] == ["王先生"]


@pytest.mark.parametrize("kwargs, field", [
    ({"kind": "friend", "name": "x"}, "kind"),
    ({"kind": "person", "name": ""}, "name"),
    ({"kind": "person", "name": "x", "code": "D00001"}, "code"),
    ({"kind": "person", "name": "x", "code": "有 空格"}, "code"),
    ({"kind": "person", "name": "x", "phone": "call me"}, "phone"),
    ({"kind": "person", "name": "x", "shop_share_bp": 1000}, "shop_share_bp"),
    ({"kind": "consignor", "name": "x", "shop_share_bp": 10001}, "shop_share_bp"),
])
def test_bad_parties_are_refused(store, admin, shop, kwargs, field):
    refused(store, lambda s: parties.add_party(s, admin, **kwargs), field=field)


def test_donation_writes_lines_lots_movements_and_one_event(store, admin, shop):
    with store.sessions.begin() as s:
        number = intake.record_intake(s, admin, fund_source="donated", party_code="D00001", lines=intake_lines(shop),
                                      conditions="只给老人", receipt_code="31000126", receipt_number="0000123").number
    assert number == "D2026-000001"
    with store.sessions() as s:
        donation = s.scalar(select(Donation))
        assert (donation.kind, donation.fund_source, donation.received_on, donation.conditions) == \
               ("goods", "donated", TODAY, "只给老人")
        lots = s.scalars(select(Lot).order_by(Lot.id)).all()
        assert [(lot.item_id, lot.quantity_received, lot.on_hand, lot.unit_value, lot.weight_g, lot.fund_source,
                 lot.party_id, lot.expiry) for lot in lots] == [
            (shop["rice"], 10, 10, 2000, 50_000, "donated", donation.party_id, None),
            (shop["oil"], 4, 4, 2500, 0, "donated", donation.party_id, TODAY + timedelta(days=90))]
        assert all(lot.donation_line_id is not None for lot in lots)
        moves = s.scalars(select(StockMovement).order_by(StockMovement.id)).all()
        assert [(m.kind, m.quantity, m.lot_id) for m in moves] == [("intake", 10, lots[0].id), ("intake", 4, lots[1].id)]
        receipt = s.scalar(select(DonationReceipt))
        assert (receipt.receipt_code, receipt.receipt_number, receipt.issued_on) == ("31000126", "0000123", TODAY)
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "donation.goods"))
        covered = s.scalars(select(AuditRow.table_name).where(AuditRow.event_seq == event.seq)).all()
        assert sorted(covered) == sorted(["donations"] + ["donation_lines", "lots", "stock_movements"] * 2 +
                                         ["donation_receipts"])
        detail = intake.donation_detail(s, number)
        assert (detail.party_name, detail.goods_value, detail.weight_g) == ("王先生", 10 * 2000 + 4 * 2500, 50_000)
        assert [(line.name, line.barcode, line.value) for line in detail.lines] == [
            ("大米", ean13(1), 20000), ("花生油", ean13(2), 10000)]
        assert catalog.item_detail(s, shop["rice"]).on_hand == 10
        assert verify.verify(s).ok


def test_numbers_are_sequential_per_year_and_fund_source(store, admin, shop):
    line = [IntakeLine(item_id=shop["rice"], quantity=1)]
    with store.sessions.begin() as s:
        made = [
            intake.record_intake(s, admin, fund_source="donated", lines=line).number,
            intake.record_intake(s, admin, fund_source="donated", party_code="D00002", lines=line).number,
            intake.record_intake(s, admin, fund_source="purchased", party_code="S00001", lines=line).number,
            intake.record_intake(s, admin, fund_source="consigned", party_code="C00001", lines=line).number,
            intake.record_intake(s, admin, fund_source="donated", lines=line, received_on=date(2025, 12, 30)).number,
            intake.record_cash_donation(s, admin, None, 5000).number,
        ]
        assert made == ["D2026-000001", "D2026-000002", "P2026-000001", "C2026-000001", "D2025-000001",
                        "D2026-000003"]
        purchased = s.scalar(select(Lot).where(Lot.fund_source == "purchased"))
        assert parties.get_by_code(s, "S00001").id == purchased.party_id
        anonymous = s.scalar(select(Donation).where(Donation.number == "D2026-000001"))
        assert anonymous.party_id is None
        assert intake.donation_detail(s, "D2026-000001").party_kind == "anonymous"


@pytest.mark.parametrize("kwargs, field", [
    ({"party_code": "D99999"}, "party_code"),  # unknown party
    ({"party_code": "S00001"}, "party_code"),  # a supplier does not donate
    ({"fund_source": "purchased"}, "party_code"),  # purchased goods need a supplier
    ({"fund_source": "purchased", "party_code": "D00001"}, "party_code"),
    ({"fund_source": "consigned", "party_code": "S00001"}, "party_code"),
    ({"fund_source": "gift"}, "fund_source"),
    ({"lines": []}, "lines"),
    ({"lines": [IntakeLine(barcode=ean13(9), quantity=1)]}, "barcode"),  # unknown barcode
    ({"lines": [IntakeLine(quantity=1)]}, "barcode"),
    ({"lines": [IntakeLine(barcode=ean13(1), quantity=0)]}, "quantity"),
    ({"lines": [IntakeLine(barcode=ean13(1), quantity=-2)]}, "quantity"),
    ({"lines": [IntakeLine(barcode=ean13(1), quantity=1, unit_value=-1)]}, "unit_value"),
    ({"lines": [IntakeLine(barcode=ean13(1), quantity=1, weight_g=-1)]}, "weight_g"),
    ({"lines": [IntakeLine(barcode=ean13(1), quantity=1, expiry=TODAY - timedelta(days=1))]}, "expiry"),
    ({"received_on": TODAY + timedelta(days=1)}, "received_on"),
    ({"receipt_code": "31000126"}, "receipt_number"),  # a receipt needs both
    ({"fund_source": "purchased", "party_code": "S00001", "receipt_code": "1", "receipt_number": "2"},
     "receipt_number"),  # no 捐赠票据 for a purchase
])
def test_refused_intakes_change_nothing(store, admin, shop, kwargs, field):
    values = {"fund_source": "donated", "party_code": "D00001", "lines": intake_lines(shop), **kwargs}
    if values["fund_source"] == "purchased" and "party_code" not in kwargs:
        values["party_code"] = None
    err = refused(store, lambda s: intake.record_intake(s, admin, **values), field=field)
    if field in ("quantity", "unit_value", "weight_g", "expiry", "barcode") and "lines" in kwargs:
        assert err.line == 1 and err.message.startswith("line 1:")


def test_the_second_bad_line_is_named(store, admin, shop):
    lines = [IntakeLine(barcode=ean13(1), quantity=1), IntakeLine(barcode=ean13(2), quantity=0)]
    err = refused(store, lambda s: intake.record_intake(s, admin, fund_source="donated", lines=lines),
                  field="quantity")
    assert err.line == 2


def test_expiry_on_the_day_received_is_accepted_and_backdated_intakes_check_that_day(store, admin, shop):
    with store.sessions.begin() as s:
        intake.record_intake(s, admin, fund_source="donated",
                             lines=[IntakeLine(barcode=ean13(1), quantity=1, expiry=TODAY)])
        intake.record_intake(s, admin, fund_source="donated", received_on=TODAY - timedelta(days=30),
                             lines=[IntakeLine(barcode=ean13(1), quantity=1, expiry=TODAY - timedelta(days=20))])
        assert len(stock.expired_on_shelf(s)) == 1  # history recorded truthfully, and flagged


def test_inactive_party_item_and_cashier_are_refused(store, admin, cashier, shop):
    with store.sessions.begin() as s:
        parties.edit_party(s, admin, "D00002", active=False)
    refused(store, lambda s: intake.record_intake(s, admin, fund_source="donated", party_code="D00002",
                                                  lines=intake_lines(shop)), field="party_code")
    refused(store, lambda s: intake.record_intake(s, cashier, fund_source="donated", lines=intake_lines(shop)),
            PermissionDenied)
    refused(store, lambda s: intake.record_cash_donation(s, cashier, None, 100), PermissionDenied)
    refused(store, lambda s: parties.add_party(s, cashier, kind="person", name="x"), PermissionDenied)
    with store.sessions.begin() as s:
        catalog.deactivate_item(s, admin, shop["oil"])
    refused(store, lambda s: intake.record_intake(s, admin, fund_source="donated", lines=intake_lines(shop)),
            field="barcode")


def test_a_published_month_is_closed_to_intakes(store, admin, shop):
    with store.sessions.begin() as s:
        s.get(Store, 1).closed_through = date(2026, 2, 28)
    refused(store, lambda s: intake.record_intake(s, admin, fund_source="donated", lines=intake_lines(shop),
                                                  received_on=date(2026, 2, 27)), PeriodClosedError)
    with store.sessions.begin() as s:
        intake.record_intake(s, admin, fund_source="donated", lines=intake_lines(shop), received_on=date(2026, 3, 1))


def test_cash_donation_and_a_receipt_issued_later(store, admin, shop):
    with store.sessions.begin() as s:
        number = intake.record_cash_donation(s, admin, "D00002", 50_000, received_on=TODAY - timedelta(days=3)).number
    refused(store, lambda s: intake.record_receipt(s, admin, number, "31000126", "77",
                                                   issued_on=TODAY - timedelta(days=4)), field="issued_on")
    refused(store, lambda s: intake.record_receipt(s, admin, number, "31000126", "77",
                                                   issued_on=TODAY + timedelta(days=1)), field="issued_on")
    refused(store, lambda s: intake.record_receipt(s, admin, "D2026-999999", "1", "2"), NotFoundError)
    with store.sessions.begin() as s:
        intake.record_receipt(s, admin, number, "31000126", "77")
    refused(store, lambda s: intake.record_receipt(s, admin, number, "31000126", "77"), field="receipt_number")
    refused(store, lambda s: intake.record_cash_donation(s, admin, "D00001", 100, receipt_code="31000126",
                                                         receipt_number="77"), field="receipt_number")
    refused(store, lambda s: intake.record_cash_donation(s, admin, "D00001", 0), field="amount")
    refused(store, lambda s: intake.record_cash_donation(s, admin, "C00001", 100), field="party_code")
    with store.sessions() as s:
        detail = intake.donation_detail(s, number)
        assert (detail.kind, detail.cash_amount, detail.lines, detail.party_code) == ("cash", 50_000, [], "D00002")
        assert [(r.code, r.number, r.issued_on) for r in detail.receipts] == [("31000126", "77", TODAY)]
        assert s.scalar(select(func.count()).select_from(DonationLine)) == 0
        assert verify.verify(s).ok
