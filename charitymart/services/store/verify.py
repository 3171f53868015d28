"""Check the audit chain and the ledger it covers (`charitymart verify`).

Finds an edited or removed event, an edited row, a deleted row, a ledger row with no event,
and caches that disagree with the ledger. Streams everything: memory stays flat on big stores.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from charitymart.db.engine import sqlite_path
from charitymart.db.models import (
    AuditEvent,
    AuditRow,
    Lot,
    ReceiptCounter,
    Sale,
    StockMovement,
    Store,
    ledger_tables,
)
from charitymart.domain.canonical import GENESIS_HASH
from charitymart.services import audit, clock
from charitymart.services.store import chain_heads
from charitymart.services.store.verify_scan import (
    EVENTS,
    MAX_PROBLEMS,
    ScanResult,
    Source,
    check_events,
    check_table,
)
from charitymart.services.store.verify_sqlite import (
    check_events_fast,
    check_table_fast,
    open_sqlite,
    run_task,
)

log = logging.getLogger(__name__)
# From this many audit rows on, a store file is checked by worker processes (one per core, at
# most WORKERS): starting them costs about half a second, a big store's check takes minutes.
PARALLEL_FROM = 300_000
WORKERS = 2


@dataclass
class VerifyReport:
    events: int = 0
    rows_checked: int = 0
    head: str = GENESIS_HASH
    head_found: bool | None = None
    heads_checked: int = 0  # chain heads known from outside the chain (chain_heads)
    last_seq: int = 0  # the sequence number of the head
    since_seq: int | None = None  # --since-last: the event it started after (0: no verify recorded, full check)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.head_found is not False

    def add(self, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)


def _source(session: Session) -> Source:
    """Plain rows on the session's own connection (same transaction: sees what it sees)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return Source(connection.connection.driver_connection)
    return Source(connection)


def _merge(report: VerifyReport, result: ScanResult) -> None:
    for problem in result.problems:
        report.add(problem)
    report.rows_checked += result.rows_checked
    if result.task == EVENTS:
        report.events, report.head, report.last_seq = result.events, result.head, result.last_seq


def _tasks(session: Session) -> list[str]:
    return [EVENTS] + [model.__tablename__ for model in ledger_tables()]


def _parallel_file(session: Session) -> str | None:
    """The store file to hand to worker processes, or None to check in this process: small
    stores, servers, in-memory databases, and a session with changes of its own not committed."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite" or session.new or session.dirty or session.deleted:
        return None
    path = sqlite_path(bind.url.render_as_string(hide_password=False))
    if path is None or not path.is_file():
        return None
    size = session.scalar(select(func.max(AuditRow.id))) or 0
    return str(path) if size >= PARALLEL_FROM else None


def _scan_in_workers(db_file: str, tasks: list[str]) -> list[ScanResult]:
    """The tasks in worker processes, biggest first; results in the tasks' order."""
    workers = max(1, min(WORKERS, os.cpu_count() or 1))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {task: pool.submit(run_task, db_file, task) for task in _biggest_first(db_file, tasks)}
        return [futures[task].result() for task in tasks]


def _biggest_first(db_file: str, tasks: list[str]) -> list[str]:
    """The chain check reads every audit row: start it first, then the tables by size."""
    con = open_sqlite(db_file)
    try:
        sizes = {t: con.execute(f'SELECT max(rowid) FROM "{t}"').fetchone()[0] or 0 for t in tasks if t != EVENTS}
    finally:
        con.close()
    return [EVENTS] + sorted(sizes, key=lambda t: -sizes[t])


def _scan(session: Session, report: VerifyReport) -> None:
    tasks = _tasks(session)
    db_file = _parallel_file(session)
    if db_file is not None:
        try:
            results = _scan_in_workers(db_file, tasks)
        except Exception:
            log.warning("verify: worker processes failed; checking in this process", exc_info=True)
        else:
            for result in results:
                _merge(report, result)
            return
    source = _source(session)
    if source.raw:
        _merge(report, check_events_fast(source.connection))
    else:
        _merge(report, check_events(source))
    for task in tasks[1:]:
        if len(report.problems) >= MAX_PROBLEMS:
            break
        _merge(report, check_table_fast(source.connection, task) if source.raw else check_table(source, task))

def _check_caches(session: Session, report: VerifyReport) -> None:
    sums = (
        select(StockMovement.lot_id, func.sum(StockMovement.quantity).label("total"))
        .group_by(StockMovement.lot_id)
        .subquery()
    )
    mismatched = session.execute(
        select(Lot.id, Lot.on_hand, func.coalesce(sums.c.total, 0))
        .outerjoin(sums, sums.c.lot_id == Lot.id)
        .where(Lot.on_hand != func.coalesce(sums.c.total, 0))
        .limit(MAX_PROBLEMS)
    ).all()
    for lot_id, cached, ledger in mismatched:
        report.add(f"lot {lot_id} shows {cached} on hand but its movements add up to {ledger}")
    for lot_id, on_hand in session.execute(select(Lot.id, Lot.on_hand).where(Lot.on_hand < 0).limit(10)):
        report.add(f"lot {lot_id} has negative stock ({on_hand})")
    check_receipt_numbers(session, report)
    if (problem := audit.check_head(session)) is not None:
        report.add(problem)


def check_receipt_numbers(session: Session, report: VerifyReport, pairs: set | None = None) -> None:
    """Each till's receipts of a year are numbered 1..n without a gap, and its counter says n.
    `pairs`: only those (till, year) (--since-last: the ones that sold since)."""
    query = select(Sale.till_id, Sale.receipt_year, func.count(), func.min(Sale.receipt_seq), func.max(Sale.receipt_seq))
    if pairs is not None:
        if not pairs:
            return
        query = query.where(tuple_(Sale.till_id, Sale.receipt_year).in_(sorted(pairs)))
    numbering = session.execute(query.group_by(Sale.till_id, Sale.receipt_year)).all()
    counters = {(c.till_id, c.year): c.last_number for c in session.scalars(select(ReceiptCounter))}
    for till_id, year, count, low, high in numbering:
        if low != 1 or high != count:
            report.add(f"receipt numbers of till {till_id} in {year} have gaps (1..{high} but {count} receipts)")
        if counters.get((till_id, year)) != high:
            report.add(f"receipt counter of till {till_id} in {year} says {counters.get((till_id, year))}, receipts reach {high}")


def _guarded(report: VerifyReport, what: str, check, *args) -> None:
    try:
        check(*args)
    except (ValueError, TypeError) as exc:
        report.add(f"{what}: a stored value is not valid for its column (edited outside the app: {exc})")


def verify(session: Session, head: str | None = None, *, record: bool = False) -> VerifyReport:
    """The full check. With `record`, a pass is recorded (verify_since) for `--since-last`."""
    report = VerifyReport()
    _scan(session, report)
    _guarded(report, "caches", _check_caches, session, report)
    report.heads_checked = chain_heads.check_known_heads(session, report)
    if head is not None:
        report.head_found = session.scalar(select(AuditEvent.seq).where(AuditEvent.hash == head)) is not None
        if not report.head_found:
            report.add(f"the published chain head {head} is not in this store's audit chain")
    if record and report.ok:
        record_verified(session, report, full=True)
    return report


def _store_and_label(session: Session) -> tuple[str, str] | None:
    store = session.get(Store, 1)
    if store is None:
        return None
    return store.uuid, chain_heads.database_label(session.get_bind().url.render_as_string(hide_password=False))


def last_verified(session: Session) -> chain_heads.KnownHead | None:
    """The newest head a passing verify recorded for this database, or None."""
    found = _store_and_label(session)
    if found is None:
        return None
    heads = [h for h in chain_heads.known_heads(*found) if h.source == "verify" and h.extra]
    return heads[-1] if heads else None


def last_full_check(session: Session) -> datetime | None:
    """When the last full verify that passed ran (UTC), or None."""
    head = last_verified(session)
    if head is None:
        return None
    try:
        return datetime.fromisoformat(str(head.extra.get("full_at")))
    except (TypeError, ValueError):
        return None


def _key_marks(session: Session) -> dict[str, int]:
    marks = {}
    for model in ledger_tables():
        pk = next(iter(model.__table__.primary_key.columns))
        marks[model.__tablename__] = session.scalar(select(func.max(pk))) or 0
    return marks


def record_verified(session: Session, report, *, full: bool) -> None:
    """After a verify that passed: its head and the tables' highest keys, for the next --since-last."""
    found = _store_and_label(session)
    if found is None or not report.ok or report.last_seq == 0:
        return
    previous = last_verified(session)
    full_at = clock.now().isoformat(timespec="seconds") if full else (previous.extra or {}).get("full_at")
    chain_heads.remember(*found, report.last_seq, report.head, "verify",
                         extra={"marks": _key_marks(session), "full_at": full_at})
