"""Check the audit chain and the ledger it covers (`charitymart verify`).

Finds an edited or removed event, an edited row, a deleted row, a ledger row with no event,
and caches that disagree with the ledger. Streams everything: memory stays flat on big stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    AuditEvent,
    AuditRow,
    Lot,
    ReceiptCounter,
    Sale,
    StockMovement,
    covered_columns,
    ledger_tables,
)
from charitymart.domain.canonical import GENESIS_HASH, event_hash, row_hash
from charitymart.services.store import chain_heads

MAX_PROBLEMS = 50
BATCH = 5000


@dataclass
class VerifyReport:
    events: int = 0
    rows_checked: int = 0
    head: str = GENESIS_HASH
    head_found: bool | None = None
    heads_checked: int = 0  # chain heads known from outside the chain (chain_heads)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.head_found is not False

    def add(self, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)


def _check_events(session: Session, report: VerifyReport) -> None:
    events = session.execute(
        select(AuditEvent.seq, AuditEvent.created_at, AuditEvent.user_id, AuditEvent.action,
               AuditEvent.prev_hash, AuditEvent.hash).order_by(AuditEvent.seq)
    ).yield_per(BATCH)
    rows = session.execute(
        select(AuditRow.event_seq, AuditRow.table_name, AuditRow.row_key, AuditRow.row_hash)
        .order_by(AuditRow.event_seq, AuditRow.position)
    ).yield_per(BATCH)
    grouped = groupby(rows, key=lambda r: r.event_seq)
    pending = next(grouped, None)
    expected_seq, prev = 1, GENESIS_HASH
    for ev in events:
        entries: list[tuple[str, str, str | None]] = []
        while pending is not None and pending[0] < ev.seq:
            report.add(f"audit rows point at missing event #{pending[0]}")
            pending = next(grouped, None)
        if pending is not None and pending[0] == ev.seq:
            entries = [(r.table_name, r.row_key, r.row_hash) for r in pending[1]]
            pending = next(grouped, None)
        if ev.seq != expected_seq:
            report.add(f"audit event #{expected_seq} is missing (next is #{ev.seq})")
        if ev.prev_hash != prev:
            report.add(f"audit event #{ev.seq} does not follow the event before it (chain broken)")
        if event_hash(ev.seq, ev.created_at, ev.user_id, ev.action, entries, ev.prev_hash) != ev.hash:
            report.add(f"audit event #{ev.seq} ({ev.action}) was edited")
        prev, expected_seq = ev.hash, ev.seq + 1
        report.events += 1
    if pending is not None:
        report.add(f"audit rows point at missing event #{pending[0]}")
    report.head = prev


def _newest_per_key(recorded):
    """A row re-anchored by a later event (a migration) is checked against its newest hash."""
    for _, group in groupby(recorded, key=lambda r: r.key):
        *_, newest = group
        yield newest


def _check_table(session: Session, model, report: VerifyReport) -> None:
    table = model.__table__
    label = model.__tablename__
    key = cast(AuditRow.row_key, Integer)
    recorded = session.execute(
        select(key.label("key"), AuditRow.row_hash, AuditRow.event_seq)
        .where(AuditRow.table_name == label, AuditRow.row_hash.is_not(None))
        .order_by(key, AuditRow.event_seq)
    ).yield_per(BATCH)
    try:
        _merge_check(session, model, report, recorded)
    except (ValueError, TypeError):
        # A value that no longer parses as its column's type (e.g. a date typed over by hand):
        # find and name the row, one by one, since the stream cannot go past it.
        _name_unreadable_rows(session, model, report)


def _name_unreadable_rows(session: Session, model, report: VerifyReport) -> None:
    table = model.__table__
    pk = list(table.primary_key.columns)[0]
    columns = [table.c[n] for n in covered_columns(model)]
    for (row_id,) in session.execute(select(pk).order_by(pk)):
        try:
            session.execute(select(*columns).where(pk == row_id)).one()
        except (ValueError, TypeError):
            report.add(f"{model.__tablename__} row {row_id} was edited: a value is not valid for its column")


def _merge_check(session: Session, model, report: VerifyReport, recorded) -> None:
    table = model.__table__
    names = covered_columns(model)
    pk = list(table.primary_key.columns)[0]
    label = model.__tablename__
    actual = session.execute(select(*[table.c[n] for n in names]).order_by(pk)).yield_per(BATCH)
    rec_iter, act_iter = _newest_per_key(recorded), iter(actual)
    rec, act = next(rec_iter, None), next(act_iter, None)
    while (rec is not None or act is not None) and len(report.problems) < MAX_PROBLEMS:
        act_key = getattr(act, pk.name) if act is not None else None
        if act is None or (rec is not None and rec.key < act_key):
            report.add(f"{label} row {rec.key} was deleted (recorded by audit event #{rec.event_seq})")
            rec = next(rec_iter, None)
        elif rec is None or act_key < rec.key:
            report.add(f"{label} row {act_key} has no audit event (inserted outside the app)")
            act = next(act_iter, None)
        else:
            report.rows_checked += 1
            if row_hash(dict(act._mapping)) != rec.row_hash:
                report.add(f"{label} row {act_key} was edited after audit event #{rec.event_seq}")
            rec, act = next(rec_iter, None), next(act_iter, None)


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
    numbering = session.execute(
        select(Sale.till_id, Sale.receipt_year, func.count(), func.min(Sale.receipt_seq), func.max(Sale.receipt_seq))
        .group_by(Sale.till_id, Sale.receipt_year)
    ).all()
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


def verify(session: Session, head: str | None = None) -> VerifyReport:
    report = VerifyReport()
    _guarded(report, "audit chain", _check_events, session, report)
    for model in ledger_tables():
        _check_table(session, model, report)
    _guarded(report, "caches", _check_caches, session, report)
    report.heads_checked = chain_heads.check_known_heads(session, report)
    if head is not None:
        report.head_found = session.scalar(select(AuditEvent.seq).where(AuditEvent.hash == head)) is not None
        if not report.head_found:
            report.add(f"the published chain head {head} is not in this store's audit chain")
    return report
