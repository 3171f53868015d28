"""`verify --since-last`: check only what came after the last verified event, in seconds.

A full `verify` that passes records where it got to, as a chain head (chain_heads, source
"verify", in the heads file beside the store's key, out of reach of whoever edits the
database): the last event's seq and hash, and for each ledger table the highest key it had
checked. `verify --since-last` then checks

- that event still has that hash, and every other recorded head is still in the chain
  (chain_heads.check_known_heads: removing the newest events is found, as in a full verify);
- every event after it: numbering, link and own hash, as the full check does;
- every ledger row those events wrote, against the newest hash recorded for it (edited or
  deleted since), and every row with a key above the recorded one (a row put in without an
  event);
- the caches of what changed: the lots those rows moved, the receipt numbers of the tills
  and years that sold.

What it does not see: a row older than the last verify edited or deleted since. That is what
the full check is for; automatic backups run it once a week (auto_backup.check_store).
Passing, it records its own head, so the next one starts there; it keeps the time of the
last full check.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import Lot, Sale, StockMovement, ledger_tables
from charitymart.services import audit
from charitymart.services.store import chain_heads
from charitymart.services.store.verify import (
    VerifyReport,
    check_receipt_numbers,
    last_verified,
    record_verified,
    verify,
)
from charitymart.services.store.verify_scan import (
    MAX_PROBLEMS,
    ScanResult,
    Source,
    check_events,
    compare_row,
    select_rows_sql,
    table_hasher,
)
from charitymart.services.store.verify_sqlite import (
    check_events_fast,
    decide,
    row_text_sql,
)


def _source(session: Session) -> Source:
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return Source(connection.connection.driver_connection)
    return Source(connection)


def _touched(source: Source, after_seq: int) -> dict[str, dict[int, tuple[str, int]]]:
    """Per table, the newest (hash, seq) the events after `after_seq` recorded for each key."""
    touched: dict[str, dict[int, tuple[str, int]]] = {}
    rows = source.rows(f"SELECT table_name, {source.cast_key()}, row_hash, event_seq FROM audit_rows "
                       f"WHERE event_seq > ? AND row_hash IS NOT NULL ORDER BY event_seq", (after_seq,))
    for table_name, key, row_hash, seq in rows:
        touched.setdefault(table_name, {})[key] = (row_hash, seq)
    return touched


NEAR = 50_000  # touched keys this far below the recorded highest key are read in one range scan


def _check_rows(source: Source, table_name: str, keys: dict[int, tuple[str, int]], mark: int) -> ScanResult:
    """The rows the new events wrote (`keys`: key -> newest recorded hash and event) and every
    row above `mark`. Ledger rows are only ever added, so nearly all are at the end: one range
    scan from the lowest of them; a key far below (a row re-anchored by a migration) is read alone."""
    result = ScanResult(table_name)
    hasher, key_at = table_hasher(table_name, source.raw)
    pk = next(iter(ledger_model(table_name).__table__.primary_key.columns)).name
    far = sorted(k for k in keys if k < mark - NEAR)
    one_row = select_rows_sql(table_name, f' WHERE "{pk}" = ?')
    for key in far:
        _compare(source, result, table_name, hasher, next(iter(source.rows(one_row, (key,))), None), key, keys[key])
    near = {k: v for k, v in keys.items() if k >= mark - NEAR}
    start = min([mark + 1, *near])
    if source.raw:  # SQLite writes the canonical text (verify_sqlite); a doubt is decided in Python
        rows, key_at, doubtful = source.rows(row_text_sql(table_name, f' WHERE "{pk}" >= ?'), (start,)), 0, []
    else:
        rows, doubtful = source.rows(select_rows_sql(table_name, f' WHERE "{pk}" >= ?'), (start,)), None
    for row in rows:
        key = row[key_at]
        recorded = near.pop(key, None)
        if recorded is not None and doubtful is not None:
            result.rows_checked += 1
            if hashlib.sha256(row[1].encode("utf-8")).hexdigest() != recorded[0]:
                doubtful.append((key, recorded[0], recorded[1]))
        elif recorded is not None:
            _compare(source, result, table_name, hasher, row, key, recorded)
        elif key > mark and not _recorded_before(source, table_name, key):
            result.add(f"{table_name} row {key} has no audit event (inserted outside the app)")
        if result.full:
            return result
    if doubtful:
        decide(source.connection, table_name, doubtful, result)
    for key in sorted(near):  # recorded by a new event, no longer in the table
        result.add(f"{table_name} row {key} was deleted (recorded by audit event #{near[key][1]})")
    return result


def _compare(source, result: ScanResult, table_name: str, hasher, row, key: int, recorded: tuple[str, int]) -> None:
    recorded_hash, recorded_seq = recorded
    if row is None:
        result.add(f"{table_name} row {key} was deleted (recorded by audit event #{recorded_seq})")
        return
    result.rows_checked += 1
    compare_row(result, table_name, hasher, row, key, recorded_hash, recorded_seq)


def _recorded_before(source: Source, table_name: str, key: int) -> bool:
    found = source.rows("SELECT 1 FROM audit_rows WHERE table_name = ? AND row_key = ? AND row_hash IS NOT NULL",
                        (table_name, str(key)))
    return next(iter(found), None) is not None


def ledger_model(table_name: str):
    return {m.__tablename__: m for m in ledger_tables()}[table_name]


def _check_changed_caches(session: Session, report, marks: dict[str, int]) -> None:
    lot_ids = set(session.scalars(select(StockMovement.lot_id).where(StockMovement.id > marks.get("stock_movements", 0))))
    lot_ids |= set(session.scalars(select(Lot.id).where(Lot.id > marks.get("lots", 0))))
    for chunk in _chunks(sorted(lot_ids), 500):
        sums = dict(session.execute(select(StockMovement.lot_id, func.sum(StockMovement.quantity))
                                    .where(StockMovement.lot_id.in_(chunk)).group_by(StockMovement.lot_id)).all())
        for lot_id, on_hand in session.execute(select(Lot.id, Lot.on_hand).where(Lot.id.in_(chunk))):
            ledger = sums.get(lot_id) or 0
            if on_hand != ledger:
                report.add(f"lot {lot_id} shows {on_hand} on hand but its movements add up to {ledger}")
            if on_hand < 0:
                report.add(f"lot {lot_id} has negative stock ({on_hand})")
    pairs = set(session.execute(select(Sale.till_id, Sale.receipt_year).where(Sale.id > marks.get("sales", 0))))
    check_receipt_numbers(session, report, pairs)
    if (problem := audit.check_head(session)) is not None:
        report.add(problem)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def verify_since_last(session: Session, *, record: bool = True):
    """Check what came after the last passing verify (a full one when none is recorded).
    Returns verify's VerifyReport with `since_seq` set (0: the full check ran)."""
    start = last_verified(session)
    if start is None:
        report = verify(session, record=record)
        report.since_seq = 0
        return report
    report = VerifyReport()
    report.since_seq = start.seq
    source = _source(session)
    events = (check_events_fast(source.connection, start.seq, start.hash) if source.raw
              else check_events(source, start.seq, start.hash))
    for problem in events.problems:
        report.add(problem)
    report.events, report.head, report.last_seq = events.events, events.head, events.last_seq
    if report.last_seq == start.seq:  # nothing new: the head is the recorded one, if it still holds
        report.head = start.hash
    marks = {k: int(v) for k, v in (start.extra.get("marks") or {}).items()}
    touched = _touched(source, start.seq)
    for model in ledger_tables():
        name = model.__tablename__
        if len(report.problems) >= MAX_PROBLEMS:
            break
        result = _check_rows(source, name, touched.get(name, {}), marks.get(name, 0))
        report.rows_checked += result.rows_checked
        for problem in result.problems:
            report.add(problem)
    _check_changed_caches(session, report, marks)
    report.heads_checked = chain_heads.check_known_heads(session, report)
    if report.ok and record:
        record_verified(session, report, full=False)
    return report
