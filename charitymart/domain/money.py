"""Money is an integer number of fen; Decimal appears only when parsing or formatting."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from charitymart.domain.messages import MessageValueError

FEN_PER_YUAN = 100


class MoneyFormatError(MessageValueError):
    """Raised when text is not an amount of money with at most two decimals."""


def parse_yuan(text: str | int | Decimal, *, allow_negative: bool = False) -> int:
    """Turn '12.50' (yuan) into 1250 (fen). Refuses floats, 3+ decimals and junk."""
    if isinstance(text, float):
        raise MoneyFormatError("money must not be a float")
    raw = str(text).strip().replace(",", "").replace("¥", "").replace("￥", "")
    if not raw:
        raise MoneyFormatError("empty amount")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise MoneyFormatError("not an amount: {text}", text=repr(text)) from exc
    if not value.is_finite():
        raise MoneyFormatError("not an amount: {text}", text=repr(text))
    fen = value * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise MoneyFormatError("more than two decimals: {text}", text=repr(text))
    if fen < 0 and not allow_negative:
        raise MoneyFormatError("negative amount: {text}", text=repr(text))
    return int(fen)


def fen_to_decimal(fen: int) -> Decimal:
    return (Decimal(fen) / FEN_PER_YUAN).quantize(Decimal("0.01"))


def format_plain(fen: int) -> str:
    """'12.50' / '-3.00': the CSV and log form, locale-independent."""
    return f"{fen_to_decimal(fen):.2f}"


def split_proportionally(total: int, weights: list[int]) -> list[int]:
    """Split an integer total across weights; parts are exact and sum to total.

    Largest-remainder method so that no fen is lost or invented.
    """
    if not weights:
        return []
    weight_sum = sum(weights)
    if weight_sum == 0:
        parts = [0] * len(weights)
        parts[-1] = total
        return parts
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    raw = [magnitude * w for w in weights]
    parts = [r // weight_sum for r in raw]
    remainders = sorted(range(len(weights)), key=lambda i: (-(raw[i] % weight_sum), i))
    for i in remainders[: magnitude - sum(parts)]:
        parts[i] += 1
    return [sign * p for p in parts]
