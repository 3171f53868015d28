"""Corrections in the public report (issue 12.4): a category from a fixed list and the figures
changed are printed; the free-text reason stays internal (it may name a donor who did not
consent, or a phone number); a cash-donation correction is labelled as cash, not goods."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from charitymart.reports.base import money
from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from charitymart.services.people import hours
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.users.session import login_at_till
from tests.support.counter import MANAGER_PIN, cashier, manager_id  # noqa: F401  (fixtures)
from tests.support.month import APRIL_2, build_march, line_with, pdf_text, publish

PRIVATE_REASON = "陈秘密 13912345678 asked us to keep this quiet"
CASH_REASON = "cash box counted by Wang Xiaoming, phone 13800001111"
HOURS_REASON = "sign-in sheet from Li Lei 13700002222"


@pytest.fixture
def april(store, admin, cashier, manager_id):
    march = build_march(store, admin, cashier)
    clock.set_now(APRIL_2)
    manager = login_at_till(store.sessions, "T1", MANAGER_PIN)
    publish(store, manager)
    with store.sessions.begin() as s:
        intake.record_intake(s, manager, fund_source="donated", party_code=march.named,
                             received_on=date(2026, 3, 20),
                             lines=[IntakeLine(barcode=march.soap, quantity=7, unit_value=300)],
                             correction_reason=PRIVATE_REASON, correction_category="entry_error")
        intake.record_cash_donation(s, manager, None, 2000, received_on=date(2026, 3, 31),
                                    correction_reason=CASH_REASON, correction_category="wrong_value")
        entry = hours.add_manual_entry(s, manager, "V200", date(2026, 3, 20),
                                       hours.local_time_utc(s, date(2026, 3, 20), time(9, 0)), minutes=90,
                                       correction_reason=HOURS_REASON, correction_category="other")
        hours.approve(s, manager, entry.id)
    clock.set_now(datetime(2026, 5, 2, 2, 0))
    return march


def report(store, tmp_path, language: str) -> str:
    with store.readers() as s:
        return pdf_text(documents_month.transparency_report_pdf(s, 2026, 4, language), tmp_path, f"april-{language}")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_free_text_reason_never_reaches_the_public_report(store, april, tmp_path, language):
    flat = "".join(report(store, tmp_path, language).split())
    for secret in ("陈秘密", "13912345678", "WangXiaoming", "13800001111", "LiLei", "13700002222",
                   "keepthisquiet", "cashboxcounted"):
        assert secret not in flat, secret


def test_corrections_show_their_category_and_the_figures_changed(store, april, tmp_path):
    text = report(store, tmp_path, "en")
    goods = line_with(text, "Entry error")
    assert "Donated goods" in goods and "7" in goods.split() and money(7 * 300, "CNY", "en") in goods
    cash = line_with(text, "Wrong value")
    assert "Cash donation" in cash and "Donated goods" not in cash and money(2000, "CNY", "en") in cash
    assert "1.5" in line_with(text, "Volunteer hours")


def test_chinese_corrections_name_the_category(store, april, tmp_path):
    text = report(store, tmp_path, "zh_CN")
    assert "录入错误" in text and "金额有误" in text and "现金捐赠" in text


def test_the_organisation_settings_are_printed_at_the_foot(store, april, admin, tmp_path):
    from charitymart.services.store.settings import update_settings

    with store.sessions.begin() as s:
        update_settings(s, admin, org_credit_code="53310115MJ5000012G", org_registering_authority="浦东新区民政局",
                        org_person_in_charge="李负责", org_complaint_phone="021-12345678")
    flat = "".join(report(store, tmp_path, "zh_CN").split())
    for value in ("53310115MJ5000012G", "浦东新区民政局", "李负责", "021-12345678", "统一社会信用代码", "单位盖章"):
        assert value in flat, value
    assert flat.index("如何核验本公示") < flat.index("53310115MJ5000012G")  # the block follows the check box
