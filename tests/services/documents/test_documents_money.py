"""Household statements, consignor settlements, Z-reports and receipt copies, read back from the
PDFs and checked against sums worked out here with plain SQL on the demo store."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from charitymart.domain.capital_numerals import capital_amount
from charitymart.report_commands.common import script_actor
from charitymart.services.context import Actor
from charitymart.services.documents import money as documents_money
from charitymart.services.errors import NotFoundError, PermissionDenied
from tests.support.documents import (  # noqa: F401
    MONTH,
    MONTH_END_UTC,
    MONTH_START_UTC,
    demo,
    demo_copy,
    demo_db,
    figures,
    fonts_embedded,
    pdf_text,
)

# A household's sales in the month (+) and voids entered in the month of its sales (-).
HOUSEHOLD_EVENTS = """
    WITH hh AS (
        SELECT s.id, s.total, COALESCE(s.beneficiary_id, (SELECT MAX(t.beneficiary_id) FROM tenders t
               WHERE t.sale_id = s.id AND t.kind = 'allowance')) AS ben,
               (SELECT COALESCE(SUM(t.amount), 0) FROM tenders t WHERE t.sale_id = s.id AND t.kind = 'allowance')
               AS allowance, s.created_at AS made, (SELECT v.created_at FROM sale_voids v WHERE v.sale_id = s.id)
               AS voided
        FROM sales s),
    events AS (
        SELECT ben, total, allowance FROM hh WHERE made >= :a AND made < :b
        UNION ALL
        SELECT ben, -total, -allowance FROM hh WHERE voided >= :a AND voided < :b)
    SELECT b.card_number, b.name, SUM(e.total), SUM(e.allowance) FROM events e
    JOIN beneficiaries b ON b.id = e.ben GROUP BY b.id ORDER BY b.card_number
"""


def test_household_statements_total_what_the_ledger_holds(demo_copy):
    with demo_copy.sessions.begin() as s:
        expected = s.execute(text(HOUSEHOLD_EVENTS), {"a": MONTH_START_UTC, "b": MONTH_END_UTC}).all()
        documents = documents_money.beneficiary_statements_pdfs(s, script_actor(s), *MONTH, "zh_CN")
    expected = [row for row in expected if row[2] or row[3]] or expected
    assert len(expected) >= 5
    texts = {card: pdf_text(content) for card, _, content in documents}
    assert set(texts) >= {card for card, *_ in expected}
    for card, name, total, allowance in expected:
        body = texts[card]
        assert name in body and card in body
        assert f"本月合计 ¥{figures(total)} ¥{figures(allowance)} ¥{figures(total - allowance)}" in body
        assert "家庭成员签名" in body and "本人确认我家已领取以上物品" in body
    assert fonts_embedded(documents[0][2])


def test_household_statement_allowance_left_is_the_ledger_balance(demo_copy):
    with demo_copy.sessions.begin() as s:
        card, _start, balance = s.execute(text(
            "SELECT b.card_number, e.period_start, (SELECT SUM(x.amount) FROM allowance_entries x "
            " WHERE x.beneficiary_id = b.id AND x.period_start = e.period_start AND x.created_at < :b) "
            "FROM allowance_entries e JOIN beneficiaries b ON b.id = e.beneficiary_id "
            "WHERE e.kind = 'use' AND e.created_at >= :a AND e.created_at < :b "
            "ORDER BY b.card_number LIMIT 1"), {"a": MONTH_START_UTC, "b": MONTH_END_UTC}).one()
        documents = {c: b for c, _, b in documents_money.beneficiary_statements_pdfs(s, script_actor(s), *MONTH, "en")}
    body = pdf_text(documents[card])
    assert "Household statement" in body and "February 2026" in body
    assert f"¥{figures(balance)}" in body.split("Allowance balance at the end of the month")[1]


def test_household_statements_need_a_manager(demo):
    cashier = Actor(user_id=1, name="x", role="cashier", till_id=None)
    with demo.readers() as s, pytest.raises(PermissionDenied):
        documents_money.beneficiary_statements_pdfs(s, cashier, *MONTH, "en")


CONSIGNED = """
    WITH events AS (
        SELECT id, 1 AS sign FROM sales WHERE created_at >= :a AND created_at < :b
        UNION ALL SELECT sale_id, -1 FROM sale_voids WHERE created_at >= :a AND created_at < :b)
    SELECT p.code, p.shop_share_bp, SUM(e.sign * sll.amount), SUM(e.sign * sll.quantity)
    FROM events e JOIN sale_lines sl ON sl.sale_id = e.id JOIN sale_line_lots sll ON sll.sale_line_id = sl.id
    JOIN lots l ON l.id = sll.lot_id JOIN parties p ON p.id = l.party_id
    WHERE l.fund_source = 'consigned' GROUP BY p.id ORDER BY p.code
"""


def test_consignor_settlements_share_and_amount_owed(demo):
    with demo.readers() as s:
        expected = [row for row in s.execute(text(CONSIGNED), {"a": MONTH_START_UTC, "b": MONTH_END_UTC}) if row[2]]
        zh = documents_money.consignor_settlements_pdfs(s, script_actor(s), *MONTH, "zh_CN")
        en = dict((c, b) for c, _, b in documents_money.consignor_settlements_pdfs(s, script_actor(s), *MONTH, "en"))
    assert expected and [code for code, _, _ in zh] == [row[0] for row in expected]
    for (code, _, content), (_, bp, amount, quantity) in zip(zh, expected):
        share = (amount * bp + 5000) // 10000  # half up; the month's sales are positive here
        body = pdf_text(content)
        assert f"合计 {quantity} ¥{figures(amount)}" in body
        assert f"¥{figures(share)}" in body.split("超市分成（")[1]
        assert f"应付代销方：¥{figures(amount - share)}" in body
        assert capital_amount(amount - share) in body.replace(" ", "")
        english = pdf_text(en[code])
        assert f"Owed to the consignor: ¥{figures(amount - share)}" in english and "In capitals" not in english


def test_z_report_of_a_closed_shift_matches_its_sales_and_close(demo):
    with demo.readers() as s:
        shift_id, expected_cash, counted, variance = s.execute(text(
            "SELECT shift_id, expected_cash, counted_cash, variance FROM shift_closes ORDER BY id DESC LIMIT 1")).one()
        live = "s.shift_id = :s AND s.id NOT IN (SELECT sale_id FROM sale_voids)"
        tenders = s.execute(text(f"SELECT t.kind, COUNT(*), SUM(t.amount) FROM tenders t JOIN sales s ON s.id = t.sale_id "
                                 f"WHERE {live} GROUP BY t.kind"), {"s": shift_id}).all()
        sales = s.execute(text(f"SELECT COUNT(*), COALESCE(SUM(total), 0) FROM sales s WHERE {live} AND kind = 'sale'"),
                          {"s": shift_id}).one()
        voids = s.execute(text("SELECT COUNT(*), COALESCE(SUM(s.total), 0) FROM sales s JOIN sale_voids v "
                               "ON v.sale_id = s.id WHERE s.shift_id = :s"), {"s": shift_id}).one()
        count, content = documents_money.z_report_pdf_for(s, script_actor(s), shift_id=shift_id, language="en")
        zh = pdf_text(documents_money.z_report_pdf_for(s, script_actor(s), shift_id=shift_id, language="zh_CN")[1])
    body = pdf_text(content)
    names = {"cash": "Cash", "mobile": "Mobile payment", "card": "Bank card", "allowance": "Household allowance",
             "points": "Time-bank points"}
    assert count == 1 and "Z-report: shift closed" in body
    for kind, n, amount in tenders:
        assert f"{names[kind]} {n} ¥{figures(amount)}" in body
    assert f"Total {sum(n for _, n, _ in tenders)} ¥{figures(sum(a for *_, a in tenders))}" in body
    assert f"Sales {sales[0]} ¥{figures(sales[1])}" in body
    assert f"Voided sales {voids[0]} ¥{figures(voids[1])}" in body
    assert f"Expected in the drawer ¥{figures(expected_cash)}" in body
    assert f"Counted ¥{figures(counted)}" in body and f"Variance (counted less expected) ¥{figures(variance)}" in body
    assert "Z 报表：班次已结" in zh and f"钱箱应有现金 ¥{figures(expected_cash)}" in zh


def test_z_report_of_a_day_and_of_nothing(demo):
    with demo.readers() as s:
        day_text, shifts_that_day = s.execute(text(
            "SELECT date(opened_at, '+8 hours'), COUNT(*) FROM shifts GROUP BY 1 ORDER BY 1 DESC LIMIT 1")).one()
        from datetime import date

        count, content = documents_money.z_report_pdf_for(s, script_actor(s), day=date.fromisoformat(day_text), language="en")
        with pytest.raises(NotFoundError):
            documents_money.z_report_pdf_for(s, script_actor(s), day=date(2020, 1, 1), language="en")
    assert count == shifts_that_day
    assert pdf_text(content).count("Till T1 · shift") == shifts_that_day


def test_receipt_copy_shows_the_allowance_left_after_that_sale(demo):
    with demo.readers() as s:
        number, total, ben, entry_id, start = s.execute(text(
            "SELECT s.receipt_number, s.total, e.beneficiary_id, e.id, e.period_start FROM sales s "
            "JOIN allowance_entries e ON e.sale_id = s.id AND e.kind = 'use' ORDER BY s.id LIMIT 1")).one()
        granted = s.scalar(text("SELECT SUM(amount) FROM allowance_entries WHERE beneficiary_id = :b AND "
                                "period_start = :p AND kind = 'grant'"), {"b": ben, "p": start})
        used_until = s.scalar(text("SELECT SUM(amount) FROM allowance_entries WHERE beneficiary_id = :b AND "
                                   "period_start = :p AND kind != 'grant' AND id <= :i"),
                              {"b": ben, "p": start, "i": entry_id})
        en = pdf_text(documents_money.receipt_pdf(s, number, "58mm", "en"))
        zh = pdf_text(documents_money.receipt_pdf(s, number, "A5", "zh_CN"))
    assert number in en and "COPY" in en and f"¥{figures(total)}" in en
    # On the 48 mm of a 58 mm roll the label wraps beside its amount: "Allowance left this ¥266.00 period".
    left = re.escape(f"¥{figures(granted + used_until)}")
    assert re.search(rf"Allowance left this (period {left}|{left} period)", en), en
    assert "副本" in zh and f"本期剩余补贴 ¥{figures(granted + used_until)}" in zh
