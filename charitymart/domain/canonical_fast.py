"""The same canonical hashes as domain.canonical, computed fast enough for `verify` on millions of rows.

`row_hash` builds a dict of canonical values and calls `json.dumps`, which makes a new encoder
object at every call; that, and the per-value `canonical_value`, cost most of verify's time.
Here one C encoder (json's own, with exactly the options `json.dumps` is given there) is made
once, and only the columns that need it are converted: timestamps, dates and booleans, read
either as SQLite stores them (text, text, 0/1) or as Python objects (another database). Values
of any other kind pass through unchanged, so an int stays an int and a str a str, as there.
tests/domain/test_canonical_fast.py checks the hashes are equal, value for value.
"""

from __future__ import annotations

import hashlib
import json.encoder
import re
from collections.abc import Callable, Sequence
from typing import Any

from charitymart.domain.canonical import canonical_value

_STORED_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")
_STORED_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _make_encoder(*, sort_keys: bool):
    if json.encoder.c_make_encoder is None:  # pragma: no cover - CPython always has it
        encoder = json.JSONEncoder(sort_keys=sort_keys, ensure_ascii=False, separators=(",", ":"))
        return lambda body: encoder.encode(body)
    c_encoder = json.encoder.c_make_encoder(
        None, _no_default, json.encoder.encode_basestring, None, ":", ",", sort_keys, False, True)
    return lambda body: "".join(c_encoder(body, 0))


def _no_default(value):
    raise TypeError(f"no canonical form for {type(value).__name__}")


canonical_json = _make_encoder(sort_keys=True)  # == json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_unsorted_json = _make_encoder(sort_keys=False)  # for a dict whose keys are in sorted order already

Fixer = Callable[[Any], Any]


def timestamp_fixer(parse: Fixer | None) -> Fixer:
    """Canonical text of a naive UTC timestamp: SQLite's stored text turned around in place when
    it has the usual form, else parsed (`parse`: the column type's own reader) and formatted."""
    match = _STORED_TIMESTAMP.fullmatch

    def fix(value):
        if type(value) is str and match(value):
            return value[:10] + "T" + value[11:]
        if type(value) is str and parse is not None:
            value = parse(value)
        return canonical_value(value)

    return fix


def date_fixer(parse: Fixer | None) -> Fixer:
    match = _STORED_DATE.fullmatch

    def fix(value):
        if type(value) is str and match(value):
            return value
        if type(value) is str and parse is not None:
            value = parse(value)
        return canonical_value(value)

    return fix


def boolean_fixer(parse: Fixer | None) -> Fixer:
    def fix(value):
        if value is None or type(value) is bool:
            return value
        return parse(value) if parse is not None else canonical_value(value)

    return fix


class RowHasher:
    """sha256 of a row's canonical content from its values in sorted column-name order
    (`names` sorted: the JSON is then written in that order, as sort_keys would).

    `fixers[i]` converts column i (None: an int, str or NULL column: passed as it is; a value
    of another kind there, typed over by hand, gives another text or a TypeError, so it is
    found either way). Raises ValueError or TypeError for a value with no canonical form."""

    def __init__(self, names: Sequence[str], fixers: Sequence[Fixer | None]):
        if list(names) != sorted(names):
            raise ValueError("RowHasher takes the columns in sorted order")
        self.names = tuple(names)
        self.fixed = tuple((i, f) for i, f in enumerate(fixers) if f is not None)

    def text(self, values: Sequence[Any]) -> str:
        if self.fixed:
            values = list(values)
            for i, fix in self.fixed:
                values[i] = fix(values[i])
        return _unsorted_json(dict(zip(self.names, values)))

    def __call__(self, values: Sequence[Any]) -> str:
        return hashlib.sha256(self.text(values).encode("utf-8")).hexdigest()


def event_hash_fast(seq: int, at_canonical: str, user_id, action: str, rows: list, prev_hash: str) -> str:
    """domain.canonical.event_hash with the time already canonical; `rows` are (table, key, hash)
    tuples (JSON writes a tuple as the list event_hash makes of it)."""
    text = canonical_json({"seq": seq, "at": at_canonical, "user": user_id, "action": action,
                           "rows": rows, "prev": prev_hash})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


