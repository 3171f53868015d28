"""Money at the screen's edge: fen <-> text in the UI language (Babel)."""

from __future__ import annotations

from functools import lru_cache

from babel.numbers import format_currency

from charitymart.domain.money import MoneyFormatError, fen_to_decimal, parse_yuan


@lru_cache(maxsize=8192)  # Babel takes ~0.3 ms an amount; a basket repaint shows dozens
def money_text(fen: int, currency: str = "CNY", language: str = "zh_CN") -> str:
    return format_currency(fen_to_decimal(fen), currency, locale=language)


def parse_money(text: str) -> int | None:
    """Fen from what a cashier typed ('12.5', '¥12.50'), or None if it is not an amount."""
    try:
        return parse_yuan(text)
    except MoneyFormatError:
        return None
