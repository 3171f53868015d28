"""The fast canonical encoding gives domain.canonical's hashes, value for value."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest

from charitymart.domain.canonical import event_hash, row_hash
from charitymart.domain.canonical_fast import (
    RowHasher,
    boolean_fixer,
    canonical_json,
    date_fixer,
    event_hash_fast,
    timestamp_fixer,
)

STRINGS = ["", "大米 5kg", 'quote " and \\ back', "tab\tnew\nline\r", "\x00\x1f\x7f", "😀 emoji", "é", "{}", "null"]


def _random_row(rng: random.Random) -> dict:
    return {
        "id": rng.randint(1, 10**9),
        "note": rng.choice(STRINGS + [None]),
        "created_at": datetime(2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                               rng.randint(0, 59), rng.choice((0, 1, 999999, rng.randint(0, 999999)))),
        "day": rng.choice((date(2026, 3, rng.randint(1, 31)), None)),
        "active": rng.choice((True, False, None)),
        "amount": rng.randint(-10**12, 10**12),
    }


def _as_sqlite_stores_it(row: dict) -> list:
    """The values as SQLAlchemy writes them to SQLite: text timestamps and dates, 0/1 booleans."""
    names = sorted(row)
    out = []
    for name in names:
        value = row[name]
        if isinstance(value, datetime):
            value = value.strftime("%Y-%m-%d %H:%M:%S.%f")
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        out.append(value)
    return out


def _parse_timestamp(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f" if "." in text else "%Y-%m-%d %H:%M:%S")


FIXERS = {"active": boolean_fixer(bool), "created_at": timestamp_fixer(_parse_timestamp),
          "day": date_fixer(date.fromisoformat)}


def test_row_hashes_equal_from_stored_values_and_from_python_values():
    rng = random.Random(16)
    names = sorted(_random_row(rng))
    raw = RowHasher(names, [FIXERS.get(n) for n in names])
    python = RowHasher(names, [{"active": boolean_fixer(None), "created_at": timestamp_fixer(None),
                                "day": date_fixer(None)}.get(n) for n in names])
    for _ in range(2000):
        row = _random_row(rng)
        assert raw(_as_sqlite_stores_it(row)) == row_hash(row)
        assert python([row[n] for n in names]) == row_hash(row)


def test_a_timestamp_stored_without_microseconds_is_parsed_not_passed_through():
    hasher = RowHasher(["at"], [timestamp_fixer(_parse_timestamp)])
    assert hasher(["2026-03-01 10:00:00"]) == row_hash({"at": datetime(2026, 3, 1, 10, 0, 0)})


def test_values_with_no_canonical_form_are_refused():
    hasher = RowHasher(["at"], [timestamp_fixer(_parse_timestamp)])
    with pytest.raises(ValueError):
        hasher(["2026-13-45 junk"])
    with pytest.raises(TypeError):
        RowHasher(["blob"], [None])([b"\x00"])


def test_columns_must_come_sorted():
    with pytest.raises(ValueError):
        RowHasher(["b", "a"], [None, None])


def test_event_hash_equals():
    rng = random.Random(5)
    for seq in range(1, 300):
        at = datetime(2026, 3, 1, 8, 0, 0, rng.randint(0, 999999))
        rows = [(rng.choice(["sales", "sale_lines"]), str(rng.randint(1, 10**6)), rng.choice(["ab" * 32, None]))
                for _ in range(rng.randint(0, 5))]
        user = rng.choice((None, rng.randint(1, 50)))
        action = rng.choice(STRINGS)
        expected = event_hash(seq, at, user, action, rows, "f" * 64)
        assert event_hash_fast(seq, at.strftime("%Y-%m-%dT%H:%M:%S.%f"), user, action, rows, "f" * 64) == expected


def test_canonical_json_is_json_dumps_sorted():
    import json

    body = {"b": [1, (2, None)], "a": "é\n", "c": {"z": True, "y": False}}
    assert canonical_json(body) == json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def test_the_event_text_in_parts_is_the_hashed_text():
    """services.audit hashes an event on the server from these parts, filling in the head's hash
    and seq + 1: they must give exactly the text event_hash hashes."""
    import hashlib

    from charitymart.domain.canonical import event_text_parts

    rng = random.Random(14)
    for _ in range(300):
        at = datetime(2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), 0, 0, rng.randint(0, 999999))
        user = rng.choice((None, rng.randint(1, 500)))
        action = rng.choice(STRINGS + ["sale.complete", "捐赠.登记"])
        rows = [(rng.choice(STRINGS + ["sales"]), str(rng.randint(1, 10**6)), rng.choice((None, "ab" * 32)))
                for _ in range(rng.randint(0, 6))]
        seq, prev = rng.randint(1, 10**7), "%064x" % rng.getrandbits(256)
        before_prev, before_seq, after_seq = event_text_parts(at, user, action, rows)
        text = before_prev + prev + before_seq + str(seq) + after_seq
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == event_hash(seq, at, user, action, rows, prev)
