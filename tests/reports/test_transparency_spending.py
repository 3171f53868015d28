"""The 公示's "Spending and balance", read back from the PDF: per fund source and in total,
carried forward + received − spent = balance at month end, to the fen; last month's end is this
month's start; spending by category; and no payee or description is printed."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from charitymart.services.money import expenses
from charitymart.services.stock import intake
from tests.support.counter import cashier, manager_id  # noqa: F401
from tests.support.month import build_march, pdf_text

MONEY = re.compile(r"(-?)¥([\d,]+\.\d\d)")
PRIVATE = ("张小明", "给张小明家的煤气费", "王房东", "三月房租现金")


def fen(line: str) -> list[int]:
    return [(-1 if m.group(1) else 1) * int(m.group(2).replace(",", "").replace(".", "")) for m in MONEY.finditer(line)]


def spend(store, actor, day, category, amount, fund, payee="", description=""):
    with store.sessions.begin() as s:
        return expenses.record_expense(s, actor, spent_on=day, category=category, amount=amount, fund_source=fund,
                                       payee=payee, description=description).id


@pytest.fixture
def shop(store, admin, cashier, manager_id):
    clock.set_now(datetime(2026, 2, 20, 2, 0))
    with store.sessions.begin() as s:
        intake.record_cash_donation(s, admin, None, 100000, received_on=date(2026, 2, 10))
    spend(store, admin, date(2026, 2, 15), "rent", 30000, "donations", "王房东", "二月房租")
    clock.set_now(datetime(2026, 3, 10, 2, 0))
    build_march(store, admin, cashier)
    spend(store, admin, date(2026, 3, 2), "rent", 30000, "donations", "王房东", "三月房租现金")
    spend(store, admin, date(2026, 3, 3), "utilities", 8000, "sales")
    spend(store, admin, date(2026, 3, 4), "aid", 20000, "donations", "张小明", "给张小明家的煤气费")
    wrong = spend(store, admin, date(2026, 3, 5), "office", 999, "sales")
    with store.sessions.begin() as s:
        expenses.reverse_expense(s, admin, wrong, "typed twice")
    return store


def section(store, tmp_path, year, month, language="en") -> str:
    with store.readers() as s:
        data = documents_month.transparency_report_pdf(s, year, month, language)
    text = pdf_text(data, tmp_path, f"{year}-{month}-{language}")
    if language != "en":
        return text
    start = text.index("9. Spending and balance")
    return text[start:text.index("10. Corrections of earlier months")]


def row(text: str, label: str) -> list[int]:
    lines = [line for line in text.splitlines() if line.strip().startswith(label)]
    assert lines, f"{label!r} not in the section"
    return fen(lines[0])


def test_the_balance_closes_to_the_fen_and_carries_forward(shop, tmp_path):
    march = section(shop, tmp_path, 2026, 3)
    donations, sales, total = row(march, "Cash donations"), row(march, "Sales income"), row(march, "Total  ")
    assert donations == [70000, 62345, 50000, 82345]
    assert sales == [0, 6400, 8000, -1600]
    for opening, received, spent, closing in (donations, sales, total):
        assert opening + received - spent == closing
    assert total == [sum(column) for column in zip(donations, sales)]
    february = section(shop, tmp_path, 2026, 2)
    assert row(february, "Total  ")[-1] == total[0]  # last month's end is this month's start
    assert row(march, "Rent") == [30000] and row(march, "Water and electricity") == [8000]
    assert row(march, "Direct aid to households") == [20000]
    assert "Office costs" not in march  # entered and reversed: nets to nothing, not printed
    assert row(march, "Total spent") == [58000]


def test_no_payee_or_description_is_printed(shop, tmp_path):
    for language in ("en", "zh_CN"):
        text = section(shop, tmp_path, 2026, 3, language)
        for private in PRIVATE:
            assert private not in text, (language, private)
