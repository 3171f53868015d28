"""Units of count (量词) in English: "10 袋" is "10 bags" on an English paper.

Items are counted in the store's own words (a Chinese measure word, usually). English papers
must not show them, so the common ones have English singular and plural forms; a unit not in
the table is left out and the number stands alone (never a Chinese word in English text).
"""

from __future__ import annotations

ENGLISH_UNITS: dict[str, tuple[str, str]] = {
    "袋": ("bag", "bags"), "桶": ("tub", "tubs"), "包": ("pack", "packs"), "瓶": ("bottle", "bottles"),
    "盒": ("box", "boxes"), "箱": ("case", "cases"), "罐": ("can", "cans"), "提": ("multipack", "multipacks"),
    "支": ("piece", "pieces"), "块": ("bar", "bars"), "条": ("piece", "pieces"), "件": ("piece", "pieces"),
    "套": ("set", "sets"), "双": ("pair", "pairs"), "本": ("copy", "copies"), "个": ("piece", "pieces"),
    "把": ("piece", "pieces"), "幅": ("piece", "pieces"), "张": ("sheet", "sheets"), "份": ("portion", "portions"),
    "台": ("unit", "units"), "只": ("piece", "pieces"), "卷": ("roll", "rolls"), "斤": ("jin (500 g)", "jin (500 g)"),
    "千克": ("kg", "kg"), "公斤": ("kg", "kg"), "克": ("g", "g"), "升": ("L", "L"), "毫升": ("ml", "ml"),
}


def english_unit(unit: str, quantity: int) -> str:
    """The unit in English for `quantity` ("bag" / "bags"); an ASCII unit as it is; "" when unknown."""
    unit = (unit or "").strip()
    if unit in ENGLISH_UNITS:
        singular, plural = ENGLISH_UNITS[unit]
        return singular if abs(quantity) == 1 else plural
    return unit if unit.isascii() else ""


def english_quantity(quantity: int, unit: str) -> str:
    """"1 bag", "10 bags", "3" (a unit with no English word)."""
    word = english_unit(unit, quantity)
    return f"{quantity} {word}" if word else str(quantity)
