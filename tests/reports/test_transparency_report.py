"""The public transparency report (公示): every printed total against sums worked out from the
rows in the database; privacy (no household, volunteer or non-consenting donor name, no card
number); the chain head and the verify command it prints."""

from __future__ import annotations

import re

import pytest

from charitymart.reports.base import money, weight_kg
from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from tests.support.counter import cashier, manager_id  # noqa: F401  (fixtures)
from tests.support.month import (
    APRIL_2,
    NAMED_DONOR,
    NAMED_ORG,
    SECRET_DONOR,
    SECRET_HOUSEHOLD,
    SECRET_HOUSEHOLD_2,
    VOLUNTEER_NAME,
    build_march,
    line_with,
    pdf_text,
    scalar,
)

MARCH = {"first": "2026-03-01", "after": "2026-04-01"}
VOIDED = "(SELECT sale_id FROM sale_voids)"


@pytest.fixture
def march(store, admin, cashier, manager_id):
    built = build_march(store, admin, cashier)
    clock.set_now(APRIL_2)
    return built


def report(store, tmp_path, language="en") -> str:
    with store.readers() as s:
        data = documents_month.transparency_report_pdf(s, 2026, 3, language)
    assert data.startswith(b"%PDF")
    return pdf_text(data, tmp_path, f"report-{language}")


def total_rows(text: str) -> list[str]:
    """The tables' "Total" rows (sales, then stock), not "Total received ..."."""
    return [line for line in text.splitlines() if re.match(r"\s*Total\s{2,}", line)]


def cny(fen: int) -> str:
    return money(fen, "CNY", "en")


def test_every_total_matches_the_database(store, march, tmp_path):
    text = report(store, tmp_path)
    donated = "FROM donations d JOIN donation_lines l ON l.donation_id = d.id WHERE d.fund_source = 'donated'"
    goods_value = scalar(store, f"SELECT sum(l.quantity * l.unit_value) {donated}")
    quantity = scalar(store, f"SELECT sum(l.quantity) {donated}")
    weight = scalar(store, f"SELECT sum(l.weight_g) {donated}")
    cash = scalar(store, "SELECT sum(cash_amount) FROM donations WHERE kind = 'cash'")
    cash_count = scalar(store, "SELECT count(*) FROM donations WHERE kind = 'cash'")
    records = scalar(store, "SELECT count(*) FROM donations WHERE fund_source = 'donated'")
    assert (goods_value, cash) == (10 * 2000 + 30 * 250 + 5 * 200 + 4 * 2200, 62345)  # the scenario, by hand
    assert line_with(text, "Donations recorded").split()[-1] == str(records)
    assert line_with(text, "Donated goods (items)").split()[-1] == str(quantity)
    assert cny(goods_value) in line_with(text, "Estimated value of donated goods")
    assert weight_kg(weight, "en") in line_with(text, "Weight of donated goods (kg)")
    assert f"{cash_count} donations, {cny(cash)}" in line_with(text, "Cash donations")
    assert cny(goods_value + cash) in line_with(text, "Total received (goods and cash)")

    purchased = scalar(store, "SELECT sum(l.quantity * l.unit_value) FROM donations d JOIN donation_lines l "
                              "ON l.donation_id = d.id WHERE d.fund_source = 'purchased'")
    assert cny(purchased) in line_with(text, "Purchased goods   ")

    # Income by fund source: lot splits of sales not voided.
    for source, label in (("donated", "Donated goods"), ("purchased", "Purchased goods")):
        amount = scalar(store, f"SELECT coalesce(sum(x.amount), 0) FROM sale_line_lots x JOIN sale_lines l "
                               f"ON l.id = x.sale_line_id WHERE x.fund_source = :f AND l.sale_id NOT IN {VOIDED}",
                        f=source)
        rows = [line for line in text.splitlines() if line.strip().startswith(label)]
        assert any(cny(amount) in row for row in rows), (label, amount, rows)
    goods_out = scalar(store, f"SELECT sum(total) FROM sales WHERE id NOT IN {VOIDED}")
    assert goods_out == 2 * 2500 + 3 * 300 + 4 * 300 + 2500
    assert cny(goods_out) in total_rows(text)[0]

    # Income is money received only, by tender; allowance is value given to households.
    received = scalar(store, f"SELECT sum(amount) FROM tenders WHERE kind IN ('cash', 'mobile', 'card') "
                             f"AND sale_id NOT IN {VOIDED}")
    assert received == 5000 + 900 + 500
    assert cny(received) in line_with(text, "Total money received")
    cash_row = [line for line in text.splitlines() if re.match(r"\s*Cash\s{2,}", line)]
    assert cash_row and cny(5000 + 500) in cash_row[0] and cny(900) in line_with(text, "Mobile payment")

    households = scalar(store, f"SELECT count(DISTINCT coalesce(s.beneficiary_id, t.beneficiary_id)) FROM sales s "
                               f"LEFT JOIN tenders t ON t.sale_id = s.id AND t.kind = 'allowance' "
                               f"WHERE (s.kind = 'collection' OR t.id IS NOT NULL) AND s.id NOT IN {VOIDED}")
    allowance = scalar(store, f"SELECT sum(amount) FROM tenders WHERE kind = 'allowance' AND sale_id NOT IN {VOIDED}")
    assert (households, allowance) == (2, 4 * 300 + 2000)
    assert line_with(text, "Households helped").split()[-1] == "2"
    assert line_with(text, "Visits").split()[-1] == "2"
    assert line_with(text, "Of which free collections").split()[-1] == "1"
    assert cny(2000) in line_with(text, "Household allowance used in sales")
    assert cny(4 * 300) in line_with(text, "Free collections against the allowance")
    assert cny(allowance) in line_with(text, "Total value given")

    minutes = scalar(store, "SELECT sum(credited_minutes) FROM work_decisions WHERE decision = 'approved'")
    assert minutes == 180 + 240  # rounded down to half hours; the pending entry counts nothing
    assert line_with(text, "Hours of service (approved)").split()[-1] == "7.0"
    assert line_with(text, "Volunteers who served").split()[-1] == "2"

    stock_value = scalar(store, "SELECT sum(on_hand * unit_value) FROM lots")
    stock_units = scalar(store, "SELECT sum(on_hand) FROM lots")
    stock_total = line_with(text, "= Stock at the end of the month")
    assert cny(stock_value) in stock_total and str(stock_units) in stock_total


def test_donors_are_named_only_with_consent(store, march, tmp_path):
    text = report(store, tmp_path)
    named_total = 10 * 2000 + 12345
    assert cny(named_total) in line_with(text, NAMED_DONOR)
    assert cny(4 * 2200) in line_with(text, NAMED_ORG)
    assert SECRET_DONOR not in text and march.secret not in text
    # the non-consenting donor (goods and cash) and the anonymous intake, as one group
    group = 30 * 250 + 50000 + 5 * 200
    assert "2 donors, 3 donations" in text.replace("\n", " ") and cny(group) in text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_household_or_volunteer_details_are_printed(store, march, tmp_path, language):
    text = report(store, tmp_path, language)
    flat = text.replace(" ", "").replace("\n", "")
    for secret in (*SECRET_HOUSEHOLD, *SECRET_HOUSEHOLD_2, VOLUNTEER_NAME, "欧阳志工", "V100", "V200",
                   SECRET_DONOR, "ZebulonQuixote"):
        assert secret.replace(" ", "") not in flat, secret


def test_chain_head_and_verify_command_are_printed(store, march, tmp_path):
    with store.readers() as s:
        from charitymart.services import audit
        head = audit.head_hash(s)
    text = report(store, tmp_path)
    assert head in text
    assert f"charitymart verify --head {head}" in text
    assert "Not yet published" in text


def test_chinese_report_is_translated(store, march, tmp_path):
    text = report(store, tmp_path, "zh_CN")
    assert "捐赠接收" in text and "爱心人士" in text and "Donations recorded" not in text
