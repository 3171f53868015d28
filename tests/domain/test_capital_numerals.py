"""Chinese financial capitals (大写): the bank-form examples, zeros, 亿, and a round trip through
an independent reader for any amount (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charitymart.domain.capital_numerals import LIMIT_FEN, capital_amount

DIGIT = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
PLACE = {"拾": 10, "佰": 100, "仟": 1000}


def _read_whole(text: str) -> int:
    """A count written with 亿/万 sections, read by splitting at the last big unit."""
    text = text.replace("零", "")
    for unit, size in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if unit in text:
            high, low = text.rsplit(unit, 1)
            return _read_whole(high) * size + _read_whole(low)
    value = 0
    digit = 0
    for ch in text:
        if ch in DIGIT:
            digit = DIGIT[ch]
        elif ch in PLACE:
            value += digit * PLACE[ch]
            digit = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {text!r}")
    return value + digit


def read_capitals(text: str) -> int:
    """An independent reader: capitals back to fen (a different algorithm from the writer)."""
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负")
    yuan_text, _, rest = text.partition("元") if "元" in text else ("", "", text)
    fen = 0
    for digit, unit in re.findall(r"([零壹贰叁肆伍陆柒捌玖])([角分])", rest):
        fen += DIGIT[digit] * (10 if unit == "角" else 1)
    return sign * (_read_whole(yuan_text) * 100 + fen)


@pytest.mark.parametrize("fen, text", [
    (12345, "壹佰贰拾叁元肆角伍分"),
    (1000, "壹拾元整"),
    (5, "伍分"),
    (50, "伍角"),
    (55, "伍角伍分"),
    (100110, "壹仟零壹元壹角"),
    (10000000, "壹拾万元整"),
    (1000500, "壹万零伍元整"),
    (0, "零元整"),
    (100, "壹元整"),
    (1100, "壹拾壹元整"),
    (11000, "壹佰壹拾元整"),
    (140950, "壹仟肆佰零玖元伍角"),  # the bank rules' own examples
    (600714, "陆仟零柒元壹角肆分"),
    (168032, "壹仟陆佰捌拾元叁角贰分"),
    (10700053, "壹拾万柒仟元伍角叁分"),
    (1640902, "壹万陆仟肆佰零玖元零贰分"),
    (32504, "叁佰贰拾伍元零肆分"),
    (100001, "壹仟元零壹分"),
    (10000000000, "壹亿元整"),
    (10001000000, "壹亿零壹万元整"),
    (10000000100, "壹亿零壹元整"),
    (12345678900, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整"),
    (100000000000000, "壹万亿元整"),
    (120003000405607, "壹万贰仟亿叁仟万肆仟零伍拾陆元零柒分"),
    (100000000000000000, "壹仟万亿元整"),
    (-2550, "负贰拾伍元伍角"),
])
def test_known_amounts(fen, text):
    assert capital_amount(fen) == text
    assert read_capitals(text) == fen


def test_refuses_floats_bools_and_absurd_amounts():
    for bad in (1.5, True, "12"):
        with pytest.raises(TypeError):
            capital_amount(bad)
    with pytest.raises(ValueError):
        capital_amount(LIMIT_FEN)
    assert capital_amount(LIMIT_FEN - 1) == "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"


@given(st.integers(min_value=-LIMIT_FEN + 1, max_value=LIMIT_FEN - 1))
def test_round_trip_and_form(fen):
    text = capital_amount(fen)
    assert read_capitals(text) == fen
    assert "零零" not in text and not text.startswith("零" if fen else "x")
    assert (fen == 0 or not re.search(r"零[元万亿角]", text))  # a zero is never followed by a unit
    assert text.endswith("整") == (fen % 100 == 0)
    assert set(text) <= set("负零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
