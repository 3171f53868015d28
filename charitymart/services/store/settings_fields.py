"""The store settings' fields: how each is read from what a person typed, and what it may be.

Pure functions with no Session, so a form can check a field as it is typed and the service
checks the same rules again when saving. Each `clean` takes either the typed text (a str:
amounts in yuan, the daily cap in hours, points per hour as "1.5") or an already typed value
(int fen, int minutes, bool, ...) and returns the value to store, or raises ValidationError
naming the field.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from babel import Locale

from charitymart.domain.codes import is_valid_credit_code, normal_credit_code
from charitymart.domain.messages import translatable
from charitymart.domain.money import MoneyFormatError, parse_yuan
from charitymart.domain.periods import PERIODS
from charitymart.services.errors import ValidationError
from charitymart.services.sales import drawer, receipt_printer
from charitymart.services.sales.receipts import RECEIPT_OUTPUTS, RECEIPT_PAPERS

LANGUAGES = ("zh_CN", "en")
HOUR_UNITS = (1, 5, 6, 10, 15, 30, 60)  # minutes; a unit must divide an hour evenly
MAX_DAILY_CAP_MINUTES = 24 * 60
MAX_POINT_VALUE_FEN = 100_000  # ¥1,000 a point: anything above is a typing slip
MAX_ALLOWANCE_FEN = 10_000_000
TRUE_WORDS = {"yes", "true", "1", "是", "on"}
FALSE_WORDS = {"no", "false", "0", "否", "off"}


def _text(value: Any, field: str, limit: int, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("the setting {setting} must be text", field=field, setting=field)
    value = value.strip()
    if required and not value:
        raise ValidationError("the store needs a name", field=field)
    if len(value) > limit:
        raise ValidationError("this setting is longer than {limit} characters", field=field, limit=limit)
    return value


def _whole(value: Any, field: str, low: int, high: int, refusal: str) -> int:
    """`refusal`: the whole sentence for this field, with {low} and {high}."""
    if isinstance(value, str):
        value = value.strip()
        value = int(value) if re.fullmatch(r"\d{1,7}", value) else None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(refusal, field=field, low=low, high=high)
    return value


def _yes_no(value: Any, field: str) -> bool:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    if isinstance(value, bool):
        return value
    raise ValidationError("this setting must be yes or no", field=field)


def _name(value):
    return _text(value, "name", 200, required=True)


def _address(value):
    return _text(value, "address", 400)


def _phone(value):
    phone = _text(value, "phone", 50)
    if phone and not re.fullmatch(r"[0-9+\-() ]+", phone):
        raise ValidationError("a phone number holds digits, spaces, +, - and brackets only", field="phone")
    return phone


def _credit_code(value):
    code = normal_credit_code(_text(value, "org_credit_code", 30))
    if code and not is_valid_credit_code(code):
        raise ValidationError("{code} is not a unified social credit code: 18 letters and digits, the last one a "
                              "check character", field="org_credit_code", code=code)
    return code


def _complaint_phone(value):
    phone = _text(value, "org_complaint_phone", 50)
    if phone and not re.fullmatch(r"[0-9+\-() ]+", phone):
        raise ValidationError("a phone number holds digits, spaces, +, - and brackets only",
                              field="org_complaint_phone")
    return phone


def _currency(value):
    code = _text(value, "currency", 3).upper()
    if code not in Locale("en").currencies:
        raise ValidationError("{code} is not a currency code such as CNY, HKD or GBP", field="currency", code=code)
    return code


def _timezone(value):
    name = _text(value, "timezone", 64)
    try:
        if not name or "/" not in name and name != "UTC":
            raise ValueError(name)
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError("{name} is not a time zone such as Asia/Shanghai", field="timezone", name=name) from None
    return name


def _language(value):
    if value not in LANGUAGES:
        raise ValidationError("the language must be one of {choices}", field="language", choices=", ".join(LANGUAGES))
    return value


def _hour_unit(value):
    minutes = _whole(value, "hour_unit_minutes", 1, 60,
                     translatable("the hour rounding unit must be a whole number of minutes from {low} to {high}"))
    if minutes not in HOUR_UNITS:
        raise ValidationError("the hour rounding unit must be one of {choices} minutes", field="hour_unit_minutes",
                              choices=", ".join(str(u) for u in HOUR_UNITS))
    return minutes


def _daily_cap(value):
    """Typed text is hours ("8", "7.5"; empty = no cap); a typed value is minutes or None."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            hours = Decimal(text)
        except InvalidOperation:
            hours = Decimal(-1)
        minutes = hours * 60 if hours.is_finite() else Decimal(-1)
        if minutes != minutes.to_integral_value():
            minutes = Decimal(-1)
        value = int(minutes)
    if isinstance(value, bool) or not isinstance(value, int) or not 30 <= value <= MAX_DAILY_CAP_MINUTES:
        raise ValidationError("the daily cap is a number of hours from 0.5 to 24, or empty for no cap",
                              field="daily_cap_minutes")
    return value


def _points_per_hour(value):
    """Typed text is points ("1", "1.5", at most two decimals); a typed value is points x100."""
    if isinstance(value, str):
        try:
            value = parse_yuan(value)  # the same "up to two decimals" rule, read as hundredths
        except MoneyFormatError:
            value = -1
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10_000:
        raise ValidationError("points per hour must be a number from 0.01 to 100", field="points_per_hour_x100")
    return value


def _money(value, field: str, high: int, refusal: str):
    """Typed text is yuan ("1.00"); a typed value is fen. `refusal`: the whole sentence for this field."""
    if isinstance(value, str):
        try:
            value = parse_yuan(value)
        except MoneyFormatError:
            value = None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise ValidationError(refusal, field=field)
    return value


def _receipt_output(value):
    if value not in RECEIPT_OUTPUTS:
        raise ValidationError("receipt output must be one of {choices}", field="receipt_output",
                              choices=", ".join(RECEIPT_OUTPUTS))
    return value


def _receipt_paper(value):
    if value not in RECEIPT_PAPERS:
        raise ValidationError("the receipt paper must be one of {choices}", field="receipt_paper",
                              choices=", ".join(RECEIPT_PAPERS))
    return value


def _cash_drawer(value):
    spec = drawer.parse_spec(_text(value, "cash_drawer", 200))
    if not spec.enabled:
        return "none"
    return _text(value, "cash_drawer", 200)


def _printer_kind(value):
    if value not in receipt_printer.PRINTER_KINDS:
        raise ValidationError("the receipt printer kind must be one of {choices}", field="receipt_printer_kind",
                              choices=", ".join(receipt_printer.PRINTER_KINDS))
    return value


def _escpos_usb(value):
    text = _text(value, "escpos_usb", 9)
    if text and not receipt_printer.USB_ID.fullmatch(text):
        raise ValidationError("a USB receipt printer is set as VVVV:PPPP in hex (such as 0416:5011), not {value}",
                              field="escpos_usb", value=text)
    return text.lower()


def _escpos_host(value):
    text = _text(value, "escpos_host", 200)
    if text and not receipt_printer.HOST.fullmatch(text):
        raise ValidationError("a network receipt printer is set as HOST or HOST:PORT, not {value}",
                              field="escpos_host", value=text)
    return text


def _pulse_ms(value, field: str):
    return _whole(value, field, 2, 510, translatable(
        "a drawer pulse time is a whole number of milliseconds from {low} to {high}"))


def _slip_copies(value):
    return _whole(value, "collection_slip_copies", 1, 2, translatable(
        "collection slips are printed in 1 copy (the shop's, signed) or 2 (one for the household too)"))


def _label_layout(value):
    # Whether such a layout exists is checked against the store's layouts when saving.
    return _text(value, "label_layout", 40)


def _period(value):
    if value not in PERIODS:
        raise ValidationError("period must be one of {choices}", field="allowance_period", choices=", ".join(PERIODS))
    return value


def _visit_limit(value):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _whole(value, "allowance_visit_limit", 1, 1000,
                  translatable("the visit limit must be a whole number from {low} to {high}, or empty for no limit"))


# Columns of the store row, then settings kept in `store.extra` (JSON), each with its cleaner.
COLUMN_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": _name,
    "address": _address,
    "phone": _phone,
    "currency": _currency,
    "timezone": _timezone,
    "language": _language,
    "hour_unit_minutes": _hour_unit,
    "daily_cap_minutes": _daily_cap,
    "timebank_enabled": lambda v: _yes_no(v, "timebank_enabled"),
    "points_per_hour_x100": _points_per_hour,
    "point_value_fen": lambda v: _money(v, "point_value_fen", MAX_POINT_VALUE_FEN, translatable(
        "the value of a point must be an amount in yuan such as 1.00")),
    "expiry_warning_days": lambda v: _whole(v, "expiry_warning_days", 0, 365, translatable(
        "expiry warning days must be a whole number from {low} to {high}")),
    "receipt_output": _receipt_output,
    "receipt_paper": _receipt_paper,
    "receipt_folder": lambda v: _text(v, "receipt_folder", 500),
    "cash_drawer": _cash_drawer,
    "backup_folder": lambda v: _text(v, "backup_folder", 500),
    "backup_keep": lambda v: _whole(v, "backup_keep", 1, 365, translatable(
        "the number of backups kept must be a whole number from {low} to {high}")),
}
EXTRA_FIELDS: dict[str, Callable[[Any], Any]] = {
    "receipt_printer": lambda v: _text(v, "receipt_printer", 200),
    # Raw ESC/POS thermal printers (services.sales.receipt_printer).
    "receipt_printer_kind": _printer_kind,
    "escpos_usb": _escpos_usb,
    "escpos_host": _escpos_host,
    "escpos_printer_name": lambda v: _text(v, "escpos_printer_name", 200),
    "drawer_on_ms": lambda v: _pulse_ms(v, "drawer_on_ms"),
    "drawer_off_ms": lambda v: _pulse_ms(v, "drawer_off_ms"),
    "collection_slip_copies": _slip_copies,  # services.sales.collection_slips
    "label_layout": _label_layout,
    "allowance_amount_fen": lambda v: _money(v, "allowance_amount_fen", MAX_ALLOWANCE_FEN, translatable(
        "the allowance must be an amount in yuan such as 150.00")),
    "allowance_period": _period,
    "allowance_carry_over": lambda v: _yes_no(v, "allowance_carry_over"),
    "allowance_visit_limit": _visit_limit,
    # The organisation block printed on public papers (reports/letterhead.organisation_block).
    "org_credit_code": _credit_code,
    "org_registering_authority": lambda v: _text(v, "org_registering_authority", 200),
    "org_person_in_charge": lambda v: _text(v, "org_person_in_charge", 100),
    "org_complaint_phone": _complaint_phone,
    "valuation_basis": lambda v: _text(v, "valuation_basis", 400),
}
EXTRA_DEFAULTS: dict[str, Any] = {
    "receipt_printer": "",
    "receipt_printer_kind": "qt",
    "escpos_usb": "",
    "escpos_host": "",
    "escpos_printer_name": "",
    "drawer_on_ms": 100,
    "drawer_off_ms": 100,
    "collection_slip_copies": 1,
    "label_layout": "",
    "allowance_amount_fen": 15000,
    "allowance_period": "quarter",
    "allowance_carry_over": False,
    "allowance_visit_limit": None,
    "org_credit_code": "",
    "org_registering_authority": "",
    "org_person_in_charge": "",
    "org_complaint_phone": "",
    "valuation_basis": "",
}


def clean(field: str, value: Any) -> Any:
    """The value to store for `field`, or ValidationError naming it."""
    cleaner = COLUMN_FIELDS.get(field) or EXTRA_FIELDS.get(field)
    if cleaner is None:
        raise ValidationError("there is no store setting called {setting}", field=field, setting=field)
    return cleaner(value)
