"""A household statement in English says ¥ (not CN¥) and "1 person" / "2 people"; in Chinese "1 人"."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from charitymart.reports.beneficiary_statement import statement_pdf
from charitymart.reports.letterhead import StoreHeading
from tests.support.documents import pdf_text


def statement(size: int):
    period = SimpleNamespace(period_start=date(2026, 3, 1), period_end=date(2026, 3, 31), granted=15000, used=2500,
                             remaining=12500)
    return SimpleNamespace(card_number="H0001", name="张三", category="低保", household_size=size,
                           first=date(2026, 3, 1), last=date(2026, 3, 31), visits=(), allowance_used=2500,
                           goods_value=2500, periods=(period,))


@pytest.mark.parametrize(("size", "english", "chinese"), [(1, "1 person", "1 人"), (2, "2 people", "2 人"),
                                                         (5, "5 people", "5 人")])
def test_household_size_is_counted_in_words_that_agree(size, english, chinese):
    store = StoreHeading("阳光慈善超市")
    en = pdf_text(statement_pdf(statement(size), store, "en"))
    assert f"Household size {english} " in en + " "
    zh = pdf_text(statement_pdf(statement(size), store, "zh_CN"))
    assert f"家庭人口 {chinese}" in zh


def test_english_money_has_the_yuan_sign_without_the_country_letters():
    en = pdf_text(statement_pdf(statement(3), StoreHeading("阳光慈善超市"), "en"))
    assert "¥150.00 ¥25.00 ¥125.00" in en and "CN¥" not in en
