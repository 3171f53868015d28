"""The streaming checks of `verify`, on plain rows: the audit chain, and each ledger table
against the hashes its events recorded.

Rows are read as the database driver gives them, not through the ORM: on SQLite a plain
sqlite3 cursor (text timestamps, 0/1 booleans), elsewhere a SQLAlchemy Core connection.
Hashes come from domain.canonical_fast, equal to domain.canonical's. Each check is a task
that needs nothing but a connection, so verify.py can run them in worker processes (one per
core) on SQLite; every task returns its own problems, in the order the serial check found them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.types import Boolean, Date, DateTime

from charitymart.db.models import covered_columns, ledger_tables
from charitymart.domain.canonical import GENESIS_HASH
from charitymart.domain.canonical_fast import (
    RowHasher,
    boolean_fixer,
    date_fixer,
    event_hash_fast,
    timestamp_fixer,
)

MAX_PROBLEMS = 50
BATCH = 5000
EVENTS = "audit chain"  # the task name of the chain check; the others are table names


@dataclass
class ScanResult:
    task: str
    problems: list[str] = field(default_factory=list)
    rows_checked: int = 0
    events: int = 0
    head: str = GENESIS_HASH
    last_seq: int = 0

    def add(self, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    @property
    def full(self) -> bool:
        return len(self.problems) >= MAX_PROBLEMS


class _OutOfOrder(Exception):
    """Audit rows stored out of event order: read them sorted instead."""


_SQLITE = sqlite_dialect.dialect()


def _reader(column_type, raw: bool):
    return column_type.dialect_impl(_SQLITE).result_processor(_SQLITE, None) if raw else None


def _fixer(column_type, raw: bool):
    if isinstance(column_type, DateTime):
        return timestamp_fixer(_reader(column_type, raw))
    if isinstance(column_type, Date):
        return date_fixer(_reader(column_type, raw))
    if isinstance(column_type, Boolean):
        return boolean_fixer(_reader(column_type, raw))
    return None


@cache
def _models() -> dict:
    return {model.__tablename__: model for model in ledger_tables()}


def table_hasher(table_name: str, raw: bool) -> tuple[RowHasher, int]:
    """The hasher of a ledger table's rows (values in covered_columns order) and where its key is."""
    model = _models()[table_name]
    names = sorted(covered_columns(model))
    table = model.__table__
    hasher = RowHasher(names, [_fixer(table.c[n].type, raw) for n in names])
    return hasher, names.index(next(iter(table.primary_key.columns)).name)


def select_rows_sql(table_name: str, where: str = "") -> str:
    model = _models()[table_name]
    pk = next(iter(model.__table__.primary_key.columns)).name
    columns = ", ".join(f'"{n}"' for n in sorted(covered_columns(model)))  # as table_hasher takes them
    return f'SELECT {columns} FROM "{table_name}"{where} ORDER BY "{pk}"'


class Source:
    """Plain-row queries on SQLite (sqlite3 connection) or another database (SQLAlchemy Connection)."""

    def __init__(self, connection):
        self.connection = connection
        self.raw = isinstance(connection, sqlite3.Connection)

    def rows(self, sql: str, params: tuple = ()):
        if self.raw:
            cursor = self.connection.execute(sql, params)
            cursor.arraysize = BATCH
            return cursor
        from sqlalchemy import text

        names = {f"p{i}": v for i, v in enumerate(params)}
        for i in range(len(params)):
            sql = sql.replace("?", f":p{i}", 1)
        return self.connection.execution_options(yield_per=BATCH).execute(text(sql), names)

    def cast_key(self) -> str:
        return "CAST(row_key AS INTEGER)" if self.raw else "CAST(row_key AS BIGINT)"


def _event_groups(rows, checked_order: bool):
    """(seq, [(table, key, hash), ...]) per event from (seq, position, table, key, hash) rows.
    With `checked_order`, raises _OutOfOrder when the rows are not in (seq, position) order."""
    current, entries, last_position = None, [], None
    for seq, position, table_name, row_key, row_hash in rows:
        if seq != current:
            if current is not None:
                if checked_order and seq < current:
                    raise _OutOfOrder
                yield current, entries
            current, entries = seq, []
        elif checked_order and position < last_position:
            raise _OutOfOrder
        last_position = position
        entries.append((table_name, row_key, row_hash))
    if current is not None:
        yield current, entries


def check_events(source: Source, after_seq: int = 0, after_hash: str = GENESIS_HASH) -> ScanResult:
    """Every event after `after_seq` (whose hash is `after_hash`): numbering, link, own hash."""
    if source.raw:
        try:
            return _check_events(source, after_seq, after_hash, by_id=True)
        except _OutOfOrder:
            pass
    return _check_events(source, after_seq, after_hash, by_id=False)


def _check_events(source: Source, after_seq: int, after_hash: str, *, by_id: bool) -> ScanResult:
    result = ScanResult(EVENTS, head=after_hash, last_seq=after_seq)
    order = "id" if by_id else "event_seq, position"
    events = source.rows("SELECT seq, created_at, user_id, action, prev_hash, hash FROM audit_events "
                         "WHERE seq > ? ORDER BY seq", (after_seq,))
    rows = source.rows(f"SELECT event_seq, position, table_name, row_key, row_hash FROM audit_rows "
                       f"WHERE event_seq > ? ORDER BY {order}", (after_seq,))
    at_text = timestamp_fixer(_reader(DateTime(), source.raw))
    grouped = _event_groups(rows, checked_order=by_id)
    pending = next(grouped, None)
    expected_seq, prev = after_seq + 1, after_hash
    for seq, created_at, user_id, action, prev_hash, digest in events:
        entries: list = []
        while pending is not None and pending[0] < seq:
            result.add(f"audit rows point at missing event #{pending[0]}")
            pending = next(grouped, None)
        if pending is not None and pending[0] == seq:
            entries = pending[1]
            pending = next(grouped, None)
        if seq != expected_seq:
            result.add(f"audit event #{expected_seq} is missing (next is #{seq})")
        if prev_hash != prev:
            result.add(f"audit event #{seq} does not follow the event before it (chain broken)")
        try:
            recomputed = event_hash_fast(seq, at_text(created_at), user_id, action, entries, prev_hash)
        except (ValueError, TypeError) as exc:
            result.add(f"audit chain: a stored value is not valid for its column (edited outside the app: {exc})")
            recomputed = None
        if recomputed != digest and recomputed is not None:
            result.add(f"audit event #{seq} ({action}) was edited")
        prev, expected_seq = digest, seq + 1
        result.events += 1
        result.last_seq = seq
    if pending is not None:
        result.add(f"audit rows point at missing event #{pending[0]}")
    result.head = prev
    return result


def _newest_per_key(recorded):
    """(key, hash, seq) rows sorted by key: the newest hash of each key (a row re-anchored by
    a later event, a migration, is checked against that one)."""
    current = None
    for key, row_hash, seq in recorded:
        if current is not None and key != current[0]:
            yield current
            current = None
        if current is None or seq >= current[2]:
            current = (key, row_hash, seq)
    if current is not None:
        yield current


def recorded_hashes(source: Source, table_name: str):
    """(key, newest hash, its event) per key the table's events recorded, by key. SQLite gives
    the row of the max() in a bare column, so there the database keeps only the newest."""
    if source.raw:
        return source.rows("SELECT CAST(row_key AS INTEGER) AS k, row_hash, max(event_seq) FROM audit_rows "
                           "WHERE table_name = ? AND row_hash IS NOT NULL GROUP BY k ORDER BY k", (table_name,))
    return _newest_per_key(source.rows(
        f"SELECT {source.cast_key()} AS k, row_hash, event_seq FROM audit_rows "
        f"WHERE table_name = ? AND row_hash IS NOT NULL ORDER BY k, event_seq", (table_name,)))


def merge_with_recorded(result: ScanResult, table_name: str, recorded, rows, key_of):
    """Walk the recorded (key, hash, event) and the table's rows, both by key: report a recorded key
    with no row (deleted) and a row with no recorded key (inserted outside the app), and yield
    (recorded, row) for each key in both. Stops at MAX_PROBLEMS."""
    rec_iter, act_iter = iter(recorded), iter(rows)
    rec, act = next(rec_iter, None), next(act_iter, None)
    problems = result.problems
    while rec is not None and act is not None and len(problems) < MAX_PROBLEMS:
        act_key = key_of(act)
        if rec[0] == act_key:
            yield rec, act
            rec, act = next(rec_iter, None), next(act_iter, None)
        elif rec[0] < act_key:
            result.add(f"{table_name} row {rec[0]} was deleted (recorded by audit event #{rec[2]})")
            rec = next(rec_iter, None)
        else:
            result.add(f"{table_name} row {act_key} has no audit event (inserted outside the app)")
            act = next(act_iter, None)
    while rec is not None and len(problems) < MAX_PROBLEMS:
        result.add(f"{table_name} row {rec[0]} was deleted (recorded by audit event #{rec[2]})")
        rec = next(rec_iter, None)
    while act is not None and len(problems) < MAX_PROBLEMS:
        result.add(f"{table_name} row {key_of(act)} has no audit event (inserted outside the app)")
        act = next(act_iter, None)


def check_table(source: Source, table_name: str) -> ScanResult:
    """Merge the table's rows (by key) with the newest hash recorded for each key."""
    result = ScanResult(table_name)
    hasher, key_at = table_hasher(table_name, source.raw)
    checked = 0
    for rec, act in merge_with_recorded(result, table_name, recorded_hashes(source, table_name),
                                        source.rows(select_rows_sql(table_name)), lambda row: row[key_at]):
        checked += 1
        compare_row(result, table_name, hasher, act, act[key_at], rec[1], rec[2])
    result.rows_checked = checked
    return result


def compare_row(result: ScanResult, table_name: str, hasher: RowHasher, values, key, recorded_hash: str,
                recorded_seq: int) -> None:
    try:
        digest = hasher(values)
    except (ValueError, TypeError):
        result.add(f"{table_name} row {key} was edited: a value is not valid for its column")
        return
    if digest != recorded_hash:
        result.add(f"{table_name} row {key} was edited after audit event #{recorded_seq}")
