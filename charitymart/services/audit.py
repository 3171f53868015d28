"""Append events to the audit chain in the caller's transaction.

Each event names the rows it wrote; for ledger rows it also stores the sha256 of the row's
canonical content, so `verify` can find an edited, deleted or unrecorded row.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from charitymart.db.models import AuditEvent, AuditRow, Base, Store, row_content
from charitymart.domain.canonical import GENESIS_HASH, event_hash, row_hash
from charitymart.services import clock


def _row_key(obj: Base) -> str:
    mapper = obj.__mapper__
    values = mapper.primary_key_from_instance(obj)
    return "/".join(str(v) for v in values)


def ledger_row_hash(obj: Base) -> str:
    return row_hash(row_content(obj))


def chain_head(session: Session) -> AuditEvent | None:
    return session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))


def take_turns(session: Session) -> None:
    """Make this transaction the store's only writer from here to its commit.

    SQLite already is (BEGIN IMMEDIATE); on PostgreSQL the store row's lock makes two tills take
    turns at appending to the chain. Services that number things by max + 1 (donations,
    certificates) call it before reading the max, so two back offices never take the same number.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(Store.id).where(Store.id == 1).with_for_update())


def record(
    session: Session,
    user_id: int | None,
    action: str,
    rows: Iterable[Base] = (),
) -> AuditEvent:
    """Flush, then append one event covering `rows`. Must run inside the write transaction."""
    rows = list(rows)
    session.flush()
    entries: list[tuple[str, str, str | None]] = []
    for obj in rows:
        table = obj.__tablename__
        digest = ledger_row_hash(obj) if type(obj).__ledger__ else None
        entries.append((table, _row_key(obj), digest))
    take_turns(session)
    head = chain_head(session)
    seq = (head.seq + 1) if head else 1
    prev = head.hash if head else GENESIS_HASH
    at = clock.now()
    digest = event_hash(seq, at, user_id, action, entries, prev)
    event = {"seq": seq, "created_at": at, "user_id": user_id, "action": action, "prev_hash": prev, "hash": digest}
    rows_of_event = [{"event_seq": seq, "position": i, "table_name": t, "row_key": k, "row_hash": h}
                     for i, (t, k, h) in enumerate(entries)]
    # From take_turns to the commit every other till waits for this one: as few round trips as
    # possible here. Core inserts (the event needs no RETURNING: its key is `seq`); on a server
    # the event and its rows go in one statement, the event as a data-modifying CTE.
    event_insert = insert(AuditEvent.__table__).values(**event)
    if rows_of_event and session.get_bind().dialect.name == "postgresql":
        session.execute(insert(AuditRow.__table__).values(rows_of_event).add_cte(event_insert.cte("new_event")))
    else:
        session.execute(event_insert)
        if rows_of_event:  # one executemany: a 20-line sale writes ~60 of them
            session.execute(insert(AuditRow.__table__), rows_of_event)
    return AuditEvent(**event)  # a copy of what was written, not attached to the session


def head_hash(session: Session) -> str:
    head = chain_head(session)
    return head.hash if head else GENESIS_HASH


def event_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0
