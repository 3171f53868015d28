"""Item, household and volunteer labels: every barcode on a rendered page (300 dpi) decodes to the
code asked for, in the cell it belongs to; the words on them can be read back out of the PDF."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from charitymart.db.models import AuditEvent, IdentityAccess
from charitymart.domain.codes import in_store_ean13
from charitymart.domain.label_layouts import built_in_layout
from charitymart.services.errors import NotFoundError, PermissionDenied, ValidationError
from charitymart.services.stock import labels
from tests.support import factories
from tests.support.labels import decode_pages, page_sizes_mm, pdf_text

RICE = in_store_ean13(1)           # the shop's own prefix-2 EAN-13
OIL = "6901234567892"              # a maker's EAN-13
SOAP = "96385074"                  # EAN-8
TOWEL = "TW-0042"                  # anything else: Code 128
UPC = "036000291452"               # UPC-A: printed as its EAN-13 form


@pytest.fixture
def catalogue(store):
    with store.sessions.begin() as s:
        rice = factories.add_item(s, name="东北大米 5kg", price=2500, barcode=RICE, name_en="Rice 5kg")
        oil = factories.add_item(s, name="食用油 1L", price=1850, barcode=OIL, name_en="Cooking oil 1L")
        soap = factories.add_item(s, name="洗衣皂", price=350, barcode=SOAP, name_en="Soap")
        towel = factories.add_item(s, name="毛巾", price=990, barcode=TOWEL, name_en="Towel")
        factories.add_item(s, name="饼干", price=600, barcode=UPC, name_en="Biscuits")
        factories.add_lot(s, rice, 10, fund_source="donated")
        factories.add_lot(s, oil, 5, fund_source="purchased")
        factories.add_lot(s, soap, 5, fund_source="donated")
        factories.add_lot(s, soap, 5, fund_source="consigned")  # mixed stock: no mark
        factories.add_lot(s, towel, 3, fund_source="consigned")
    return store


def test_a4_sheet_with_skipped_labels_decodes_every_code_in_its_cell(catalogue, tmp_path):
    requests = [(RICE, 10), (OIL, 6), (SOAP, 5), (TOWEL, 5), (UPC, 4)]
    with catalogue.readers() as s:
        pdf = labels.item_labels_pdf(s, requests, "a4-3x8", "zh_CN", skip=2)
    layout = built_in_layout("a4-3x8")
    expected = [RICE] * 10 + [OIL] * 6 + [SOAP] * 5 + [TOWEL] * 5 + ["0" + UPC] * 4
    pages = decode_pages(pdf, tmp_path, layout)
    assert [len(page) for page in pages] == [22, 8]  # 24 a sheet, 2 skipped
    assert [d.cell for d in pages[0]] == list(range(2, 24))
    assert [d.cell for d in pages[1]] == list(range(8))
    assert [d.text for page in pages for d in page] == expected
    formats = {d.text: d.format for page in pages for d in page}
    assert formats == {RICE: "EAN-13", OIL: "EAN-13", SOAP: "EAN-8", TOWEL: "Code 128", "0" + UPC: "EAN-13"}
    assert page_sizes_mm(pdf) == [(210.0, 297.0), (210.0, 297.0)]


def test_smallest_built_in_sheet_holds_65_readable_labels(catalogue, tmp_path):
    with catalogue.readers() as s:
        pdf = labels.item_labels_pdf(s, [(RICE, 60), (TOWEL, 5)], "a4-5x13", "zh_CN")
    pages = decode_pages(pdf, tmp_path, built_in_layout("a4-5x13"))
    assert len(pages) == 1
    assert [d.cell for d in pages[0]] == list(range(65))
    assert [d.text for d in pages[0]] == [RICE] * 60 + [TOWEL] * 5


def test_label_printer_prints_one_40_by_30_label_per_page(catalogue, tmp_path):
    with catalogue.readers() as s:
        pdf = labels.item_labels_pdf(s, [(OIL, 2), (SOAP, 1)], "printer-40x30", "en")
    assert page_sizes_mm(pdf) == [(40.0, 30.0)] * 3
    pages = decode_pages(pdf, tmp_path, built_in_layout("printer-40x30"))
    assert [[(d.text, d.cell) for d in page] for page in pages] == [[(OIL, 0)], [(OIL, 0)], [(SOAP, 0)]]


def test_names_prices_and_fund_source_marks_are_text_in_the_pdf(catalogue):
    with catalogue.readers() as s:
        chinese = labels.item_labels_pdf(s, [(RICE, 1), (OIL, 1), (SOAP, 1)], None, "zh_CN", fund_source_mark=True)
        english = labels.item_labels_pdf(s, [(RICE, 1), (TOWEL, 1)], None, "en", fund_source_mark=True)
    text = pdf_text(chinese)[0]
    for words in ("东北大米 5kg", "食用油 1L", "洗衣皂", "¥25.00", "¥18.50", "¥3.50", "捐赠", "采购"):
        assert words in text
    assert "代销" not in text  # the soap's stock is part donated, part consigned: no mark
    text = pdf_text(english)[0]
    for words in ("Rice 5kg", "Towel", "Donated", "Consigned", "¥9.90"):
        assert words in text


def test_a_name_too_long_for_its_label_is_shortened_not_spilled(store):
    long_name = "特级东北五常稻花香大米真空包装家庭装" * 4
    with store.sessions.begin() as s:
        factories.add_item(s, name=long_name, price=9900, barcode="2000000000022")
    with store.readers() as s:
        text = pdf_text(labels.item_labels_pdf(s, [("2000000000022", 1)], "a4-5x13", "zh_CN"))[0]
    assert "…" in text
    assert "特级东北五常" in text
    assert long_name not in text.replace("\n", "")


@pytest.mark.parametrize("requests, template, field", [
    ([("6900000000000", 1)], "no item has barcode {code}", "barcode"),
    ([(RICE, 0)], "copies of {code} must be a whole number from 1 to {high}", "copies"),
    ([], "choose at least one label to print", "barcode"),
    ([(RICE, 1000), (OIL, 1000), (SOAP, 1000), (TOWEL, 1000), (UPC, 1000), (RICE, 1)],
     "that is {count} labels: print at most {limit} at a time", "copies"),
])
def test_bad_requests_are_refused_naming_the_code(catalogue, requests, template, field):
    with catalogue.readers() as s, pytest.raises((ValidationError, NotFoundError)) as caught:
        labels.item_labels_pdf(s, requests, None, "zh_CN")
    assert (caught.value.template, caught.value.field) == (template, field)
    if requests and caught.value.params.get("code") is not None:
        assert caught.value.params["code"] == requests[0][0]


def test_inactive_items_and_codes_too_long_for_the_labels_are_refused(store):
    long_code = "CM-ITEM-000123"
    with store.sessions.begin() as s:
        old = factories.add_item(s, name="旧货", price=100, barcode="2000000000039")
        old.active = False
        factories.add_item(s, name="长码商品", price=100, barcode=long_code)
    with store.readers() as s:
        with pytest.raises(ValidationError, match="no longer sold"):
            labels.item_labels_pdf(s, [("2000000000039", 1)], None, "zh_CN")
        with pytest.raises(ValidationError) as caught:
            labels.item_labels_pdf(s, [(long_code, 1)], "a4-5x13", "zh_CN")
        assert caught.value.params["code"] == long_code and caught.value.params["layout"] == "a4-5x13"
        assert labels.item_labels_pdf(s, [(long_code, 1)], "a4-3x8", "zh_CN")  # fits a 70 mm label


def test_skip_must_leave_at_least_one_label_on_the_sheet(catalogue):
    with catalogue.readers() as s:
        with pytest.raises(ValidationError) as caught:
            labels.item_labels_pdf(s, [(RICE, 1)], "a4-3x8", "zh_CN", skip=24)
        assert caught.value.field == "skip" and caught.value.params == {"last": 23}
        with pytest.raises(ValidationError, match="one label per page"):
            labels.item_labels_pdf(s, [(RICE, 1)], "printer-40x30", "zh_CN", skip=1)


@pytest.fixture
def people(store):
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001", name="张三", valid_until=date(2026, 12, 31))
        factories.add_beneficiary(s, "H0002", name="李四", valid_until=date(2027, 6, 30))
        factories.add_volunteer(s, "V001", name="李志愿")
        factories.add_volunteer(s, "V002", name="王热心")
    return store


def test_household_card_labels_carry_card_number_and_valid_until_but_no_name_by_default(people, admin, tmp_path):
    with people.sessions.begin() as s:
        pdf = labels.household_card_labels_pdf(s, admin, ["H0001", "H0002"], "printer-50x30", "zh_CN")
    pages = decode_pages(pdf, tmp_path, built_in_layout("printer-50x30"))
    assert [[d.text for d in page] for page in pages] == [["H0001"], ["H0002"]]
    texts = pdf_text(pdf)
    assert "阳光慈善超市家庭卡" in texts[0] and "2026年12月31日" in texts[0]
    assert "张三" not in texts[0] and "李四" not in texts[1]
    with people.readers() as s:
        assert s.scalars(select(IdentityAccess)).all() == []


def test_a_holders_name_on_their_card_is_recorded_as_a_view_of_personal_data(people, admin):
    with people.sessions.begin() as s:
        pdf = labels.household_card_labels_pdf(s, admin, ["H0001"], None, "en", with_name=True)
    text = pdf_text(pdf)[0]
    assert "张三" in text and "household card" in text and "Valid until Dec 31, 2026" in text
    with people.readers() as s:
        access = s.scalars(select(IdentityAccess)).one()
        assert (access.action, access.user_id) == ("print", admin.user_id)
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == \
            "beneficiary.print_card_name"


def test_household_card_labels_need_a_manager_and_a_known_active_card(people, admin, store):
    cashier_id = factories.add_user(store, admin, "王阿姨", "cashier", "1234")
    from charitymart.services.context import Actor

    cashier = Actor(user_id=cashier_id, name="王阿姨", role="cashier")
    with people.sessions.begin() as s:
        with pytest.raises(PermissionDenied):
            labels.household_card_labels_pdf(s, cashier, ["H0001"], None, "zh_CN")
        with pytest.raises(NotFoundError, match="H0404"):
            labels.household_card_labels_pdf(s, admin, ["H0001", "H0404"], None, "zh_CN")
        factories.add_beneficiary(s, "H0003", name="王五").active = False
    with people.sessions.begin() as s, pytest.raises(ValidationError, match="H0003 is not active"):
        labels.household_card_labels_pdf(s, admin, ["H0003"], None, "zh_CN")


def test_volunteer_card_labels_carry_code_and_name(people, tmp_path):
    with people.readers() as s:
        pdf = labels.volunteer_card_labels_pdf(s, ["V001", "V002"], "a4-4x10", "zh_CN", skip=5)
        with pytest.raises(NotFoundError, match="V999"):
            labels.volunteer_card_labels_pdf(s, ["V999"], None, "zh_CN")
    pages = decode_pages(pdf, tmp_path, built_in_layout("a4-4x10"))
    assert [(d.text, d.cell) for d in pages[0]] == [("V001", 5), ("V002", 6)]
    text = pdf_text(pdf)[0]
    assert "李志愿" in text and "王热心" in text and "阳光慈善超市志愿者卡" in text
