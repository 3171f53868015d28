"""Money at the screen's edge: fen <-> text in the UI language (Babel)."""

from __future__ import annotations

from charitymart.domain.money import MoneyFormatError, fen_to_decimal, parse_yuan
from charitymart.domain.money_text import format_money


def money_text(fen: int, currency: str = "CNY", language: str = "zh_CN") -> str:
    """¥25.00 in either language (domain.money_text keeps the currency's own sign)."""
    return format_money(fen_to_decimal(fen), currency, language)


def parse_money(text: str) -> int | None:
    """Fen from what a cashier typed ('12.5', '¥12.50'), or None if it is not an amount."""
    try:
        return parse_yuan(text)
    except MoneyFormatError:
        return None
