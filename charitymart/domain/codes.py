"""Barcodes: EAN-13 checks and the store's own in-store codes (prefix 2)."""

from __future__ import annotations

from stdnum import ean

IN_STORE_PREFIX = "2"


def is_valid_ean(code: str) -> bool:
    """True for a well-formed EAN-8/12/13/14 with a correct check digit."""
    return code.isdigit() and len(code) in (8, 12, 13, 14) and ean.is_valid(code)


def looks_like_ean(code: str) -> bool:
    return code.isdigit() and len(code) in (8, 12, 13, 14)


def ean_check_digit(body: str) -> str:
    return ean.calc_check_digit(body)


def in_store_ean13(sequence: int) -> str:
    """The n-th in-store EAN-13: '2' + 11-digit sequence + check digit."""
    if not 0 < sequence < 10**11:
        raise ValueError("in-store code sequence out of range")
    body = f"{IN_STORE_PREFIX}{sequence:011d}"
    return body + ean_check_digit(body)


def normal_credit_code(text: str) -> str:
    """A 统一社会信用代码 as printed: upper case, spaces and dashes dropped."""
    return "".join(ch for ch in (text or "").upper() if ch not in " -")


def is_valid_credit_code(code: str) -> bool:
    """True for an 18-character unified social credit code (GB 32100-2015) with a right check character."""
    from stdnum.cn import uscc

    return len(code) == 18 and uscc.is_valid(code)
