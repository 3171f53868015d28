"""Pinyin search keys for names: full pinyin and initials (助记码), so a cashier typing "dm" finds
大米. Pure: pypinyin's dictionaries only, no I/O beyond loading them on first use."""

from __future__ import annotations

import re
import unicodedata

_HAN_RUN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_OR_DIGIT_RUN = re.compile(r"[a-z0-9]+")


def name_keys(name: str) -> tuple[str, str]:
    """(pinyin, initials) of a name, lower case, no spaces: 大米 -> ("dami", "dm").

    Latin letters and digits are kept as typed in both (大米 5kg -> "dami5kg", "dm5kg";
    Rice -> "rice", "rice"), the usual 助记码 convention, so "dm5" finds 大米 5kg.
    Punctuation and spaces are dropped.
    """
    from pypinyin import (  # loads its dictionaries: only when first needed
        Style,
        lazy_pinyin,
    )

    text = unicodedata.normalize("NFKC", name or "").lower()
    pinyin: list[str] = []
    initials: list[str] = []
    position = 0
    # Whole Han runs go to pypinyin at once so its phrase dictionary picks readings (银行 hang).
    for han in _HAN_RUN.finditer(text):
        _add_latin(text[position:han.start()], pinyin, initials)
        syllables = lazy_pinyin(han.group(), style=Style.NORMAL)
        pinyin.extend(syllables)
        initials.extend(s[0] for s in syllables if s)
        position = han.end()
    _add_latin(text[position:], pinyin, initials)
    return "".join(pinyin)[:400], "".join(initials)[:100]


def _add_latin(chunk: str, pinyin: list[str], initials: list[str]) -> None:
    runs = _LATIN_OR_DIGIT_RUN.findall(chunk)
    pinyin.extend(runs)
    initials.extend(runs)
