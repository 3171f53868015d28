"""Amounts in fen written in Chinese financial capitals (大写), as on receipts and bank forms.

Written to the People's Bank of China rules for filling in bills and settlement vouchers
(《正确填写票据和结算凭证的基本规定》), which is what a finance office checks a 捐赠票据 against:

- Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟, sections 万 and 亿 (万亿 above that).
- An amount that ends at 元 gets 整 (拾元整); one with 角 or 分 gets none (壹仟零壹元壹角).
- A 拾 that leads the amount is written 壹拾 (壹拾元整, 壹拾万元整): bank and finance
  documents do this so nobody can write a digit in front of a bare 拾 and change the amount.
- A run of zeros inside the yuan part is one 零 (¥6,007.14 陆仟零柒元壹角肆分; ¥10,005
  壹万零伍元整). Where the rules allow a 零 or none (a zero in the 元 or 万 place before a
  non-zero 角 or 仟, ¥1,680.32), none is written: 壹仟陆佰捌拾元叁角贰分, 壹拾万柒仟元.
- 角 zero and 分 not zero after some yuan: 元零分 is required (¥325.04 叁佰贰拾伍元零肆分);
  under one yuan the amount starts at its first non-zero place (¥0.05 伍分).
- Nothing at all: 零元整. A negative amount (a refund) is prefixed 负.
"""

from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACE_UNITS = ("", "拾", "佰", "仟")  # within a section of four digits
LIMIT_FEN = 10 ** 16 * 100  # 一亿亿元: beyond any amount a shop will ever write


def _section(value: int) -> str:
    """0 < value < 10000 in capitals, zeros inside folded to one 零, trailing zeros dropped."""
    out = []
    pending_zero = False
    for place in range(3, -1, -1):
        digit = value // 10 ** place % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(DIGITS[digit] + PLACE_UNITS[place])
    return "".join(out)


def _yuan(value: int) -> str:
    """The whole-yuan part (0 < value < 10**16), without 元. Above 亿 the count of 亿 is itself
    written with 万 (壹万贰仟亿, not 壹万亿贰仟亿)."""
    for unit, size in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if value >= size:
            high, low = divmod(value, size)
            out = _yuan(high) + unit
            if low:
                # a gap of zeros before the lower part is read as one 零 (壹万零伍, 壹亿零壹万)
                out += ("零" if low < size // 10 else "") + _yuan(low)
            return out
    return _section(value)


def capital_amount(fen: int) -> str:
    """12345 -> 壹佰贰拾叁元肆角伍分; 1000 -> 壹拾元整; 0 -> 零元整 (see the module docstring)."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("an amount in capitals needs a whole number of fen")
    if fen < 0:
        return "负" + capital_amount(-fen)
    if fen >= LIMIT_FEN:
        raise ValueError("the amount is too large to write in capitals")
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    out = _yuan(yuan) + "元" if yuan else ""
    if jiao:
        out += DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        out += "零"
    if fen_digit:
        out += DIGITS[fen_digit] + "分"
    if not jiao and not fen_digit:
        out += "整"
    return out
