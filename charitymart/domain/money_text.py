"""Money as the shop writes it: the reader's language sets the pattern (grouping, decimals, where
the sign goes), the currency keeps the sign it has at home.

Babel (CLDR) writes the yuan as "CN¥25.00" for English readers, to tell it from the yen. A shop
deals in one currency, so its screens and papers show the sign its customers know, "¥25.00", in
English as in Chinese: the sign the currency has in its own country's main language (CNY in
zh_CN: ¥, USD in en_US: $, HKD in zh_Hant_HK: HK$); a currency with no home country (EUR)
keeps the reader's locale's sign.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import format_currency, get_currency_symbol


@lru_cache(maxsize=64)
def currency_sign(currency: str) -> str | None:
    """The sign `currency` has at home (its ISO code starts with its country's), or None."""
    territory = currency[:2].upper()
    languages = get_global("territory_languages").get(territory, {})
    for language in sorted(languages, key=lambda name: -languages[name].get("population_percent", 0)):
        try:
            return Locale.parse(f"{language}_{territory}").currency_symbols.get(currency)
        except (UnknownLocaleError, ValueError):
            continue
    return None


@lru_cache(maxsize=32)
def parsed_locale(locale: str) -> Locale:
    """Babel parses a locale name again on every call given a string (a third of its time)."""
    return Locale.parse(locale)


@lru_cache(maxsize=8192)  # Babel takes ~0.3 ms an amount; a basket repaint shows dozens
def format_money(amount: Decimal, currency: str, locale: str, *, format: str | None = None,
                 currency_digits: bool = True) -> str:
    text = format_currency(amount, currency, format=format, locale=parsed_locale(locale),
                           currency_digits=currency_digits)
    home = currency_sign(currency)
    shown = get_currency_symbol(currency, parsed_locale(locale))
    return text.replace(shown, home, 1) if home and shown != home else text
