"""The back office's intake page driven like a manager does: keyboard, search as you type, dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from charitymart.db.models import (
    AuditEvent,
    Barcode,
    Donation,
    DonationLine,
    DonationReceipt,
    Item,
    Lot,
    Party,
)
from charitymart.domain.codes import is_valid_ean
from charitymart.services.people import parties
from charitymart.services.stock import catalog
from charitymart.ui.office.intake.area import pages
from charitymart.ui.office.intake.item_dialog import NewItemDialog
from charitymart.ui.office.intake.lines import parse_day, parse_weight_g, weight_text
from charitymart.ui.office.intake.page import IntakePage
from charitymart.ui.office.intake.party_picker import NewPartyDialog
from tests.support.counter import assert_chain_ok, snapshot
from tests.support.factories import ean13
from tests.support.office import answer, office_context, type_enter, type_text

RICE = ean13(11)
OIL = ean13(12)


@pytest.fixture
def shop(store, admin):
    with store.sessions.begin() as s:
        catalog.get_or_create_category(s, admin, "衣物", default_price=1500)
        rice = catalog.add_item(s, admin, name="大米 5kg", price=2500, barcodes=[RICE]).id
        oil = catalog.add_item(s, admin, name="花生油", price=3000, barcodes=[OIL]).id
        parties.add_party(s, admin, kind="person", name="张小明", phone="138 0013 8000", public_name_ok=True)
        parties.add_party(s, admin, kind="supplier", name="粮油批发部")
        parties.add_party(s, admin, kind="consignor", name="手工编织小组", shop_share_bp=1500)
    return {"rice": rice, "oil": oil}


@pytest.fixture
def context(store, admin):
    return office_context(store, admin)


@pytest.fixture
def page(context, qtbot, shop):
    page = IntakePage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def pick_party(qtbot, page, typed, expected_name):
    type_text(page.party.field, typed)
    qtbot.waitUntil(lambda: page.party.results.isVisible() and page.party.results.count() > 0)
    assert expected_name in page.party.results.item(0).text()
    qtbot.keyClick(page.party.field, Qt.Key_Return)
    assert page.party.chosen is not None and page.party.chosen.name == expected_name


def scan_line(qtbot, page, code, quantity, *, expiry="", weight=""):
    form = page.form
    type_enter(qtbot, form.find, code)
    form.quantity.selectAll()
    qtbot.keyClicks(form.quantity, str(quantity))
    if expiry:
        qtbot.keyClicks(form.expiry, expiry)
    if weight:
        qtbot.keyClicks(form.weight, weight)
    qtbot.keyClick(form.quantity, Qt.Key_Return)


def test_pages_are_the_intake_and_the_settlement(context, qtbot, shop):
    found = pages(context)
    for widget in found:
        qtbot.addWidget(widget)
    assert [w.windowTitle() for w in found] == ["Intake", "Consignor settlement"]


def test_donation_with_a_new_item_gets_an_in_store_code_labels_and_acknowledgement(page, store, qtbot, shop):
    pick_party(qtbot, page, "zxm", "张小明")  # initials of the pinyin

    def new_item(dialog):
        type_text(dialog.name, "手工围巾")
        dialog.category.setCurrentText("衣物")
        assert dialog.price.text() == "15.00"  # the category's suggested price
        assert "15.00" in dialog.suggestion.text()
        dialog.price.setText("12")
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    answer(page, NewItemDialog, new_item)
    qtbot.mouseClick(page.form.new_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.focusWidget() is page.form.quantity)
    assert page.form.unit_value.text() == "12.00"
    page.form.quantity.selectAll()
    qtbot.keyClicks(page.form.quantity, "3")
    qtbot.keyClicks(page.form.weight, "0.6")
    qtbot.keyClick(page.form.quantity, Qt.Key_Return)
    scan_line(qtbot, page, RICE, 2, expiry="2026-12-31", weight="10")
    assert [line.name for line in page.model.lines] == ["手工围巾", "大米 5kg"]
    assert "Units: 5" in page.totals.text() and "86.00" in page.totals.text() and "10.6 kg" in page.totals.text()
    type_text(page.conditions, "只给低保户")
    qtbot.keyClicks(page.receipt_code, "11010126")
    qtbot.keyClicks(page.receipt_number, "0000123")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)

    assert "D2026-000001" in page.status.text()
    assert page.model.lines == [] and page.party.chosen is None
    assert [c.name for c in page._categories] == ["衣物"]
    with store.sessions() as s:
        donation = s.scalar(select(Donation))
        assert (donation.number, donation.fund_source, donation.kind, donation.conditions) == (
            "D2026-000001", "donated", "goods", "只给低保户")
        assert s.get(Party, donation.party_id).name == "张小明"
        lines = list(s.scalars(select(DonationLine).order_by(DonationLine.id)))
        assert [(l.quantity, l.unit_value, l.weight_g, l.expiry, l.condition) for l in lines] == [
            (3, 1200, 600, None, "new"), (2, 2500, 10_000, date(2026, 12, 31), "new")]
        scarf = s.scalar(select(Item).where(Item.name == "手工围巾"))
        assert (scarf.price, scarf.category.name) == (1200, "衣物")
        code = s.scalar(select(Barcode.code).where(Barcode.item_id == scarf.id))
        assert code.startswith("2") and len(code) == 13 and is_valid_ean(code)
        lots = list(s.scalars(select(Lot).order_by(Lot.id)))
        assert [(lot.item_id, lot.on_hand, lot.fund_source) for lot in lots] == [
            (scarf.id, 3, "donated"), (shop["rice"], 2, "donated")]
        receipt = s.scalar(select(DonationReceipt))
        assert (receipt.receipt_code, receipt.receipt_number) == ("11010126", "0000123")
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
        assert actions[-2:] == ["item.create", "donation.goods"]
    assert_chain_ok(store)

    assert page.labels_button.isVisible() and page.ack_button.isVisible()
    with qtbot.waitSignal(page.labels_requested) as labels:
        qtbot.mouseClick(page.labels_button, Qt.LeftButton)
    assert labels.args == [[(code, 3)]]
    with qtbot.waitSignal(page.acknowledgement_requested) as acknowledgement:
        qtbot.mouseClick(page.ack_button, Qt.LeftButton)
    assert acknowledgement.args == ["D2026-000001"]


def test_purchase_from_a_supplier(page, store, qtbot, shop):
    qtbot.mouseClick(page.kind_buttons["purchased"], Qt.LeftButton)
    assert page.party.caption.text() == "Supplier" and not page.receipt_code.isVisible()
    pick_party(qtbot, page, "粮油", "粮油批发部")
    scan_line(qtbot, page, OIL, 12)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "P2026-000001" in page.status.text()
    with store.sessions() as s:
        donation = s.scalar(select(Donation))
        assert (donation.number, donation.fund_source, s.get(Party, donation.party_id).kind) == (
            "P2026-000001", "purchased", "supplier")
        lot = s.scalar(select(Lot))
        assert (lot.item_id, lot.quantity_received, lot.fund_source, lot.unit_value) == (shop["oil"], 12, "purchased",
                                                                                          3000)
    assert not page.ack_button.isVisible() and not page.labels_button.isVisible()  # no receipt, no new codes


def test_purchase_without_a_supplier_is_refused_naming_the_field(page, store, qtbot, shop):
    qtbot.mouseClick(page.kind_buttons["purchased"], Qt.LeftButton)
    scan_line(qtbot, page, OIL, 1)
    before = snapshot(store)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert page.status.text() == "supplier: purchased goods need a supplier"
    assert snapshot(store) == before


def test_consignment_from_a_consignor_added_in_place(page, store, qtbot, shop):
    qtbot.mouseClick(page.kind_buttons["consigned"], Qt.LeftButton)

    def new_consignor(dialog):
        assert dialog.kind.currentData() == "consignor"
        type_text(dialog.name, "老李酱菜")
        qtbot.keyClicks(dialog.phone, "139 1111 2222")
        dialog.share.setValue(20)
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    answer(page, NewPartyDialog, new_consignor)
    qtbot.mouseClick(page.party.new_button, Qt.LeftButton)
    assert page.party.chosen.name == "老李酱菜"
    scan_line(qtbot, page, RICE, 4)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "C2026-000001" in page.status.text()
    with store.sessions() as s:
        consignor = s.scalar(select(Party).where(Party.name == "老李酱菜"))
        assert (consignor.kind, consignor.shop_share_bp, consignor.phone) == ("consignor", 2000, "139 1111 2222")
        lot = s.scalar(select(Lot))
        assert (lot.party_id, lot.fund_source, lot.on_hand) == (consignor.id, "consigned", 4)
    assert_chain_ok(store)


def test_new_donor_added_in_place_then_a_cash_donation(page, store, qtbot, shop):
    qtbot.mouseClick(page.kind_buttons["cash"], Qt.LeftButton)
    type_text(page.party.field, "王秀英")

    def new_donor(dialog):
        assert dialog.name.text() == "王秀英"  # what was typed in the search field
        assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["person", "organisation", "anonymous"]
        qtbot.keyClicks(dialog.phone, "abc")
        assert "Phone" in dialog.error.text() and not dialog.ok_button.isEnabled()
        dialog.phone.setText("13900001111")
        dialog.public.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    answer(page, NewPartyDialog, new_donor)
    qtbot.mouseClick(page.party.new_button, Qt.LeftButton)
    assert "王秀英" in page.party.chosen_label.text() and "may be named" in page.party.chosen_label.text()
    qtbot.keyClicks(page.cash_amount, "200")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "D2026-000001" in page.status.text()
    with store.sessions() as s:
        donor = s.scalar(select(Party).where(Party.name == "王秀英"))
        assert (donor.kind, donor.phone, donor.public_name_ok) == ("person", "13900001111", True)
        donation = s.scalar(select(Donation))
        assert (donation.kind, donation.cash_amount, donation.party_id) == ("cash", 20000, donor.id)
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "donation.cash"
    with qtbot.waitSignal(page.acknowledgement_requested) as acknowledgement:
        qtbot.mouseClick(page.ack_button, Qt.LeftButton)
    assert acknowledgement.args == ["D2026-000001"]


def test_fields_are_checked_as_they_are_typed(page, qtbot):
    type_enter(qtbot, page.form.find, RICE)
    page.form.quantity.selectAll()
    qtbot.keyClicks(page.form.quantity, "2x")
    assert page.form.error.text().startswith("Quantity:") and not page.form.add_button.isEnabled()
    page.form.quantity.setText("2")
    qtbot.keyClicks(page.form.expiry, "2026-02-30")
    assert page.form.error.text().startswith("Expiry:")
    page.form.expiry.setText("2026-03-01")  # before the day received
    assert "before the day received" in page.form.error.text()
    page.form.expiry.setText("2026-09-01")
    page.form.weight_unit.setCurrentIndex(page.form.weight_unit.findData("g"))
    page.form.weight.setText("1.5")
    assert page.form.error.text().startswith("Weight:")
    page.form.weight.setText("1500")
    assert page.form.error.text() == "" and page.form.add_button.isEnabled()
    qtbot.keyClick(page.form.weight, Qt.Key_Return)
    assert page.model.lines[0].weight_g == 1500


def test_a_bad_line_among_good_ones_saves_nothing(page, store, admin, qtbot, shop):
    answer(page, NewItemDialog, lambda d: (d.name.setText("旧毛衣"), d.price.setText("8"),
                                           d.ok_button.click()))
    qtbot.mouseClick(page.form.new_button, Qt.LeftButton)
    qtbot.keyClick(page.form.quantity, Qt.Key_Return)
    scan_line(qtbot, page, OIL, 2)
    scan_line(qtbot, page, RICE, 5)
    with store.sessions.begin() as s:  # meanwhile someone deactivates the oil
        catalog.deactivate_item(s, admin, shop["oil"])
    before = snapshot(store)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert page.status.text() == "Line 2, item: 花生油 is no longer active: reactivate it first"
    assert page.model.bad_row == 1 and len(page.model.lines) == 3
    assert snapshot(store) == before  # not the new item, not lines 1 and 3


def test_an_expiry_made_wrong_by_the_date_received_is_refused(page, store, qtbot, shop):
    page.date.setDate(QDate(2026, 3, 1))
    scan_line(qtbot, page, RICE, 1)
    scan_line(qtbot, page, OIL, 1, expiry="2026-03-05")
    page.date.setDate(QDate(2026, 3, 10))
    assert page.status.text() == "Line 2, expiry: 2026-03-05 is before the day received."
    before = snapshot(store)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert page.status.text().startswith("Line 2, expiry: 花生油 expired on 2026-03-05")
    assert snapshot(store) == before


def test_a_line_can_be_changed_and_removed(page, qtbot, shop):
    scan_line(qtbot, page, RICE, 1)
    scan_line(qtbot, page, OIL, 1)
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    assert page.form.add_button.text() == "Update line 1"
    page.form.quantity.setText("7")
    qtbot.keyClick(page.form.quantity, Qt.Key_Return)
    assert [(l.name, l.quantity) for l in page.model.lines] == [("大米 5kg", 7), ("花生油", 1)]
    page.table.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.LeftButton)
    assert [l.name for l in page.model.lines] == ["大米 5kg"] and "Units: 7" in page.totals.text()


def test_items_are_found_by_pinyin_as_you_type(page, qtbot, shop):
    qtbot.keyClicks(page.form.find, "hsy")
    qtbot.waitUntil(lambda: page.form.results.isVisible())
    assert "花生油" in page.form.results.item(0).text()
    qtbot.keyClick(page.form.find, Qt.Key_Return)
    assert page.form.item.item_id == shop["oil"] and page.form.unit_value.text() == "30.00"


@pytest.mark.parametrize(("text", "unit", "grams"), [("1.5", "kg", 1500), ("20", "kg", 20_000), ("500", "g", 500),
                                                     ("", "kg", 0), ("0,25", "kg", 250), ("1.5", "g", None),
                                                     ("-1", "kg", None), ("abc", "g", None)])
def test_weights_are_read_in_g_or_kg_and_kept_in_grams(text, unit, grams):
    assert parse_weight_g(text, unit) == grams


def test_weights_are_shown_in_g_or_kg():
    assert [weight_text(g) for g in (0, 600, 1000, 1200, 20_000, 26_700)] == ["", "600 g", "1 kg", "1.2 kg", "20 kg",
                                                                             "26.7 kg"]


def test_dates_are_read_in_the_usual_spellings():
    assert parse_day("2026-3-31") == parse_day("2026/03/31") == parse_day("20260331") == (True, date(2026, 3, 31))
    assert parse_day("") == (True, None) and parse_day("2026-02-30") == (False, None)
