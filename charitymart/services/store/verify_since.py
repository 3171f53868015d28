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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import Lot, Sale, StockMovement, ledger_tables
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
from charitymart.services.store.verify_sqlite import check_events_fast


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


def _check_rows(source: Source, table_name: str, keys: dict[int, tuple[str, int]], mark: int) -> ScanResult:
    result = ScanResult(table_name)
    hasher, key_at = table_hasher(table_name, source.raw)
    pk = next(iter(ledger_model(table_name).__table__.primary_key.columns)).name
    one_row = select_rows_sql(table_name, f' WHERE "{pk}" = ?')
    for key in sorted(keys):
        recorded_hash, recorded_seq = keys[key]
        row = next(iter(source.rows(one_row, (key,))), None)
        if row is None:
            result.add(f"{table_name} row {key} was deleted (recorded by audit event #{recorded_seq})")
            continue
        result.rows_checked += 1
        compare_row(result, table_name, hasher, row, key, recorded_hash, recorded_seq)
    newer = select_rows_sql(table_name, f' WHERE "{pk}" > ?')
    for row in source.rows(newer, (mark,)):
        if row[key_at] not in keys and not _recorded_before(source, table_name, row[key_at]):
            result.add(f"{table_name} row {row[key_at]} has no audit event (inserted outside the app)")
        if result.full:
            break
    return result


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
