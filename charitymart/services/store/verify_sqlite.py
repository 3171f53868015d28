"""SQLite's own JSON functions write the canonical text, Python only hashes it: verify's fast path.

A row's canonical content (domain.canonical) is the JSON of its columns with sorted keys and
no spaces; SQLite's json_object() writes JSON in exactly that form when given the columns in
sorted order, with timestamps turned to the canonical form and booleans to true/false. Where
a value is not in the form the app stores (typed over by hand), the SQL gives an array
instead, which no recorded hash can match.

Why this is exact: a hash equal to the recorded one means the text is the one hashed when
the row was written (the text decodes to the same values, and JSON text is one function of
them). A hash that differs is never reported from here: the row is read again and hashed by
domain.canonical_fast (equal to domain.canonical), and only that decides. A value json_object
refuses (a BLOB) makes the whole table fall back to the Python path in verify_scan.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy.types import Boolean, Date, DateTime

from charitymart.db.models import covered_columns
from charitymart.services.store.verify_scan import (
    EVENTS,
    MAX_PROBLEMS,
    ScanResult,
    Source,
    _models,
    check_events,
    check_table,
    compare_row,
    merge_with_recorded,
    recorded_hashes,
    select_rows_sql,
    table_hasher,
)

_DIGITS = "[0-9]"
_DATE_GLOB = f"{_DIGITS * 4}-{_DIGITS * 2}-{_DIGITS * 2}"
_TIMESTAMP_GLOB = f"{_DATE_GLOB} {_DIGITS * 2}:{_DIGITS * 2}:{_DIGITS * 2}.{_DIGITS * 6}"


def _json_value(column: str, column_type) -> str:
    c = f'"{column}"'
    if isinstance(column_type, DateTime):
        return (f"CASE WHEN {c} IS NULL THEN NULL WHEN typeof({c}) = 'text' AND {c} GLOB '{_TIMESTAMP_GLOB}' "
                f"THEN substr({c}, 1, 10) || 'T' || substr({c}, 12) ELSE json_array({c}) END")
    if isinstance(column_type, Date):
        return (f"CASE WHEN {c} IS NULL THEN NULL WHEN typeof({c}) = 'text' AND {c} GLOB '{_DATE_GLOB}' "
                f"THEN {c} ELSE json_array({c}) END")
    if isinstance(column_type, Boolean):
        return (f"CASE WHEN {c} IS NULL THEN NULL WHEN typeof({c}) <> 'integer' THEN json_array({c}) "
                f"WHEN {c} = 1 THEN json('true') WHEN {c} = 0 THEN json('false') ELSE json_array({c}) END")
    return c


def row_text_sql(table_name: str, where: str = "") -> str:
    """(key, canonical JSON text) of every row of a ledger table (`where`: a WHERE clause), by key."""
    model = _models()[table_name]
    table = model.__table__
    pk = next(iter(table.primary_key.columns)).name
    pairs = ", ".join(f"'{n}', {_json_value(n, table.c[n].type)}" for n in sorted(covered_columns(model)))
    return f'SELECT "{pk}", json_object({pairs}) FROM "{table_name}"{where} ORDER BY "{pk}"'


def check_table_fast(con: sqlite3.Connection, table_name: str) -> ScanResult:
    try:
        return _check_table_fast(con, table_name)
    except sqlite3.OperationalError:  # e.g. "JSON cannot hold BLOB values": the Python path names the row
        return check_table(Source(con), table_name)


def _check_table_fast(con: sqlite3.Connection, table_name: str) -> ScanResult:
    result = ScanResult(table_name)
    sha256 = hashlib.sha256
    checked, doubtful = 0, []
    for rec, act in merge_with_recorded(result, table_name, recorded_hashes(Source(con), table_name),
                                        con.execute(row_text_sql(table_name)), lambda row: row[0]):
        checked += 1
        if sha256(act[1].encode("utf-8")).hexdigest() != rec[1]:
            doubtful.append((act[0], rec[1], rec[2]))
            if len(doubtful) >= MAX_PROBLEMS:
                decide(con, table_name, doubtful, result)
    decide(con, table_name, doubtful, result)
    result.rows_checked = checked
    return result


def decide(con: sqlite3.Connection, table_name: str, doubtful: list, result: ScanResult) -> None:
    """Rows whose SQL text did not hash to the recorded hash: the Python canonical form decides."""
    if not doubtful:
        return
    hasher, _ = table_hasher(table_name, raw=True)
    model = _models()[table_name]
    pk = next(iter(model.__table__.primary_key.columns)).name
    sql = select_rows_sql(table_name, f' WHERE "{pk}" = ?')
    for key, recorded_hash, recorded_seq in doubtful:
        compare_row(result, table_name, hasher, con.execute(sql, (key,)).fetchone(), key, recorded_hash, recorded_seq)
    doubtful.clear()


_EVENT_TEXT_SQL = (
    "SELECT e.seq, e.prev_hash, e.hash, json_object("
    "'action', e.action, 'at', {at}, 'prev', e.prev_hash, "
    "'rows', (SELECT json_group_array(json_array(table_name, row_key, row_hash)) FROM "
    "(SELECT table_name, row_key, row_hash FROM audit_rows r WHERE r.event_seq = e.seq ORDER BY position)), "
    "'seq', e.seq, 'user', e.user_id) "
    "FROM audit_events e WHERE e.seq > ? ORDER BY e.seq"
).format(at=_json_value("created_at", DateTime()).replace('"created_at"', "e.created_at"))


def check_events_fast(con: sqlite3.Connection, after_seq: int = 0, after_hash: str | None = None) -> ScanResult:
    """verify_scan.check_events with each event's text written by SQLite. An event whose text does
    not hash to its stored hash (or any other doubt) sends the whole check to the Python path,
    which names what is wrong; a sound chain never needs it."""
    from charitymart.domain.canonical import GENESIS_HASH

    start = GENESIS_HASH if after_hash is None else after_hash
    result = ScanResult(EVENTS, head=start, last_seq=after_seq)
    sha256 = hashlib.sha256
    expected_seq, prev = after_seq + 1, start
    try:
        for seq, prev_hash, digest, text in con.execute(_EVENT_TEXT_SQL, (after_seq,)):
            if seq != expected_seq or prev_hash != prev or sha256(text.encode("utf-8")).hexdigest() != digest:
                return check_events(Source(con), after_seq, start)
            prev, expected_seq = digest, seq + 1
            result.events += 1
        # The events run without a gap, so audit rows of a missing event can only lie past the last
        # one (or below the first).
        orphan = con.execute("SELECT 1 FROM audit_rows WHERE event_seq > ? OR event_seq < 1 LIMIT 1",
                             (expected_seq - 1,)).fetchone()
    except sqlite3.OperationalError:
        return check_events(Source(con), after_seq, start)
    if orphan is not None:
        return check_events(Source(con), after_seq, start)
    result.head, result.last_seq = prev, expected_seq - 1
    return result


def open_sqlite(db_file: str) -> sqlite3.Connection:
    """A read-only connection in one read transaction (one snapshot for the whole task)."""
    con = sqlite3.connect(f"{Path(db_file).absolute().as_uri()}?mode=ro", uri=True, isolation_level=None,
                          check_same_thread=False)
    con.execute("BEGIN")
    return con


def run_task(db_file: str, task: str) -> ScanResult:
    """One task on its own connection: for a worker process."""
    con = open_sqlite(db_file)
    try:
        return check_events_fast(con) if task == EVENTS else check_table_fast(con, task)
    finally:
        con.close()
