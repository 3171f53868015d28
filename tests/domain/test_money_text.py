"""Money shows the sign the shop's customers know: ¥25.00 in English as in Chinese (Babel alone
writes CN¥ for English readers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from charitymart.domain.money_text import currency_sign, format_money


@pytest.mark.parametrize(("currency", "locale", "text"), [
    ("CNY", "en", "¥25.00"), ("CNY", "zh_CN", "¥25.00"), ("USD", "zh_CN", "$25.00"), ("USD", "en", "$25.00"),
    ("HKD", "en", "HK$25.00"), ("GBP", "zh_CN", "£25.00"), ("EUR", "en", "€25.00"),
])
def test_the_currency_shows_its_home_sign_in_either_language(currency, locale, text):
    assert format_money(Decimal("25.00"), currency, locale) == text


def test_grouping_negative_amounts_and_patterns_follow_the_readers_language():
    assert format_money(Decimal("-1234.5"), "CNY", "en") == "-¥1,234.50"
    assert format_money(Decimal("0.5"), "CNY", "en", format="¤#,##0.##", currency_digits=False) == "¥0.5"
    assert format_money(Decimal("1234.5"), "EUR", "de").replace("\xa0", " ") == "1.234,50 €"
    assert currency_sign("CNY") == "¥" and currency_sign("XYZ") is None
