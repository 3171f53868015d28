"""Donation acknowledgement and monthly donor receipts, read back from the PDFs and checked against
sums worked out here with plain SQL on the demo store."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from charitymart.domain.capital_numerals import capital_amount
from charitymart.report_commands.common import script_actor
from charitymart.services.documents import donors as documents_donors
from charitymart.services.errors import NotFoundError, ValidationError
from tests.support.documents import (  # noqa: F401
    MONTH,
    demo,
    demo_db,
    figures,
    fonts_embedded,
    pdf_text,
)

DONOR_TOTALS = """
    SELECT p.code, p.name, p.kind, COUNT(DISTINCT d.id),
           COALESCE((SELECT SUM(dl.quantity * dl.unit_value) FROM donation_lines dl JOIN donations d2
                     ON d2.id = dl.donation_id WHERE d2.party_id = p.id AND d2.fund_source = 'donated'
                     AND d2.received_on BETWEEN '2026-02-01' AND '2026-02-28'), 0),
           SUM(d.cash_amount)
    FROM donations d JOIN parties p ON p.id = d.party_id
    WHERE d.fund_source = 'donated' AND d.received_on BETWEEN '2026-02-01' AND '2026-02-28'
    GROUP BY p.id ORDER BY p.code
"""


def test_one_receipt_per_donor_with_every_total_from_the_ledger(demo):
    with demo.readers() as s:
        expected = s.execute(text(DONOR_TOTALS)).all()
        numbers = s.execute(text(
            "SELECT p.code, d.number FROM donations d JOIN parties p ON p.id = d.party_id "
            "WHERE d.fund_source = 'donated' AND d.received_on BETWEEN '2026-02-01' AND '2026-02-28'")).all()
        official = s.execute(text(
            "SELECT p.code, r.receipt_code, r.receipt_number FROM donation_receipts r JOIN donations d "
            "ON d.id = r.donation_id JOIN parties p ON p.id = d.party_id WHERE d.fund_source = 'donated' "
            "AND d.received_on BETWEEN '2026-02-01' AND '2026-02-28'")).all()
        documents = documents_donors.donor_receipts_pdfs(s, script_actor(s), *MONTH, "zh_CN")
    assert len(expected) >= 5 and [code for code, _, _ in documents] == [row[0] for row in expected]
    assert official, "the demo records some 捐赠票据 in the month"
    texts = {code: pdf_text(content) for code, _, content in documents}
    for code, name, kind, count, goods, cash in expected:
        body = texts[code]
        total = goods + cash
        assert figures(total) in body and figures(goods) in body
        assert f"大写：人民币{capital_amount(total)}" in body.replace(" ", "")
        assert "本机构未就此项捐赠提供任何商品或服务作为回报" in body
        assert (name if kind != "anonymous" else "匿名") in body
        assert f"捐赠次数 {count}" in body
    for code, number in numbers:
        assert number in texts[code]
    for code, receipt_code, receipt_number in official:
        assert receipt_code in texts[code] and receipt_number in texts[code]
    assert all(filename == f"donor-receipt-2026-02-{code}.pdf" for code, filename, _ in documents)
    assert fonts_embedded(documents[0][2])


def test_donor_receipt_in_english_has_no_capitals_and_says_nothing_was_given_in_return(demo):
    with demo.readers() as s:
        code, goods, cash = s.execute(text(
            "SELECT p.code, SUM(dl.quantity * dl.unit_value), 0 FROM donation_lines dl JOIN donations d "
            "ON d.id = dl.donation_id JOIN parties p ON p.id = d.party_id WHERE d.fund_source = 'donated' "
            "AND d.received_on BETWEEN '2026-02-01' AND '2026-02-28' GROUP BY p.id ORDER BY p.code LIMIT 1")).one()
        cash = s.scalar(text("SELECT COALESCE(SUM(d.cash_amount), 0) FROM donations d JOIN parties p "
                             "ON p.id = d.party_id WHERE p.code = :c AND d.fund_source = 'donated' AND "
                             "d.received_on BETWEEN '2026-02-01' AND '2026-02-28'"), {"c": code})
        documents = dict((c, b) for c, _, b in documents_donors.donor_receipts_pdfs(s, script_actor(s), *MONTH, "en"))
    body = pdf_text(documents[code])
    assert "Donor receipt" in body and "February 2026" in body
    assert f"Total for the month: ¥{figures(goods + cash)}" in body
    assert "No goods or services were given in return for this donation." in body
    assert "大写" not in body and "In capitals" not in body


def test_acknowledgement_of_a_donation_with_an_official_receipt(demo):
    with demo.readers() as s:
        number, receipt_code, receipt_number, donor = s.execute(text(
            "SELECT d.number, r.receipt_code, r.receipt_number, p.name FROM donation_receipts r JOIN donations d "
            "ON d.id = r.donation_id JOIN parties p ON p.id = d.party_id WHERE d.kind = 'goods' LIMIT 1")).one()
        lines = s.execute(text(
            "SELECT i.name, dl.quantity, dl.quantity * dl.unit_value FROM donation_lines dl JOIN items i "
            "ON i.id = dl.item_id JOIN donations d ON d.id = dl.donation_id WHERE d.number = :n"), {"n": number}).all()
        zh = pdf_text(documents_donors.donation_acknowledgement_pdf(s, script_actor(s), number, "zh_CN"))
        en = pdf_text(documents_donors.donation_acknowledgement_pdf(s, script_actor(s), number, "en"))
    total = sum(value for _, _, value in lines)
    assert "捐赠接收确认书" in zh and number in zh and donor in zh
    assert f"估价合计：¥{figures(total)}" in zh and capital_amount(total) in zh.replace(" ", "")
    assert receipt_code in zh and receipt_number in zh
    for name, quantity, value in lines:
        assert name in zh and figures(value) in zh
    assert "Donation acknowledgement" in en and f"Total estimated value: ¥{figures(total)}" in en
    assert "No goods or services were given in return for this donation." in en


def test_acknowledgement_refuses_unknown_numbers_and_purchases(demo):
    with demo.readers() as s:
        purchase = s.scalar(text("SELECT number FROM donations WHERE fund_source = 'purchased' LIMIT 1"))
        with pytest.raises(NotFoundError):
            documents_donors.donation_acknowledgement_pdf(s, script_actor(s), "D2099-999999", "en")
        with pytest.raises(ValidationError) as refused:
            documents_donors.donation_acknowledgement_pdf(s, script_actor(s), purchase, "en")
    assert purchase in str(refused.value)
