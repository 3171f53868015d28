"""Append events to the audit chain in the caller's transaction.

Each event names the rows it wrote; for ledger rows it also stores the sha256 of the row's
canonical content, so `verify` can find an edited, deleted or unrecorded row.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from charitymart.db.models import AuditChainHead, AuditEvent, AuditRow, Base, covered_columns, row_content
from charitymart.domain.canonical import GENESIS_HASH, event_hash, event_text_parts, row_hash
from charitymart.services import clock
from charitymart.services.ledger_rows import Written


# On a server one fixed statement appends the event: it updates the chain head's row (tills queue on
# its lock, and one that waited re-reads the row its predecessor committed), hashes the event's text
# with that head's hash and seq + 1 (domain.canonical.event_text_parts), and inserts the event and
# its rows (unnested from arrays) from it. Compiled once and prepared by the server, whatever the
# row count; the head stays locked to the commit, as the store row did before (issue 14).
APPEND_ON_SERVER = text(
    "WITH head AS (UPDATE audit_chain_head SET seq = seq + 1, prev_hash = hash,"
    " hash = encode(sha256(convert_to(:before_prev || hash || :before_seq || CAST(seq + 1 AS text) || :after_seq,"
    " 'UTF8')), 'hex') WHERE id = 1 RETURNING seq, prev_hash, hash),"
    " new_event AS (INSERT INTO audit_events (seq, created_at, user_id, action, prev_hash, hash)"
    " SELECT seq, :created_at, :user_id, :action, prev_hash, hash FROM head),"
    " new_rows AS (INSERT INTO audit_rows (event_seq, position, table_name, row_key, row_hash)"
    " SELECT head.seq, r.position, r.table_name, r.row_key, r.row_hash FROM head, unnest("
    "CAST(:positions AS integer[]), CAST(:table_names AS varchar[]), CAST(:row_keys AS varchar[]),"
    " CAST(:row_hashes AS varchar[])) AS r(position, table_name, row_key, row_hash))"
    " SELECT seq, prev_hash, hash FROM head")


def _entry(obj: Base | Written) -> tuple[str, str, str | None]:
    """(table, key, row hash or None) of a row an event covers: an ORM object after flush, or a
    row of `ledger_rows.insert_rows`, whose values are at hand."""
    if isinstance(obj, Written):
        model, values = obj.model, obj.values
        key_values = [values[column.name] for column in model.__table__.primary_key.columns]
        digest = row_hash({name: values[name] for name in covered_columns(model)}) if model.__ledger__ else None
    else:
        model = type(obj)
        key_values = obj.__mapper__.primary_key_from_instance(obj)
        digest = ledger_row_hash(obj) if model.__ledger__ else None
    return model.__tablename__, "/".join(str(v) for v in key_values), digest


def ledger_row_hash(obj: Base) -> str:
    return row_hash(row_content(obj))


def chain_head(session: Session) -> AuditEvent | None:
    return session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))


def take_turns(session: Session) -> None:
    """Make this transaction the store's only writer from here to its commit.

    SQLite already is (BEGIN IMMEDIATE). On PostgreSQL it locks the audit chain's head row, the
    lock every event's append takes anyway (`record`), so a transaction holds one lock for both
    and two never wait for each other's in opposite orders. Services that number things by
    max + 1 (donations, certificates) call it before reading the max, so two back offices never
    take the same number.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(AuditChainHead.id).where(AuditChainHead.id == 1).with_for_update())


def record(
    session: Session,
    user_id: int | None,
    action: str,
    rows: Iterable[Base | Written] = (),
) -> AuditEvent:
    """Flush, then append one event covering `rows`. Must run inside the write transaction."""
    session.flush()
    entries = [_entry(obj) for obj in rows]
    at = clock.now()
    if session.get_bind().dialect.name == "postgresql":
        before_prev, before_seq, after_seq = event_text_parts(at, user_id, action, entries)
        appended = session.execute(APPEND_ON_SERVER, {
            "before_prev": before_prev, "before_seq": before_seq, "after_seq": after_seq, "created_at": at,
            "user_id": user_id, "action": action, "positions": list(range(len(entries))),
            "table_names": [t for t, _, _ in entries], "row_keys": [k for _, k, _ in entries],
            "row_hashes": [h for _, _, h in entries]}).first()
        if appended is None:
            raise RuntimeError("the store's audit chain head (table audit_chain_head) is missing: run verify")
        seq, prev, digest = appended
    else:  # one writer at a time (BEGIN IMMEDIATE): the head is the last event
        head = chain_head(session)
        seq = (head.seq + 1) if head else 1
        prev = head.hash if head else GENESIS_HASH
        digest = event_hash(seq, at, user_id, action, entries, prev)
        session.execute(insert(AuditEvent.__table__), {
            "seq": seq, "created_at": at, "user_id": user_id, "action": action, "prev_hash": prev, "hash": digest})
        if entries:  # one executemany: a 20-line sale writes ~60 of them
            session.execute(insert(AuditRow.__table__), [
                {"event_seq": seq, "position": i, "table_name": t, "row_key": k, "row_hash": h}
                for i, (t, k, h) in enumerate(entries)])
    event = {"seq": seq, "created_at": at, "user_id": user_id, "action": action, "prev_hash": prev, "hash": digest}
    return AuditEvent(**event)  # a copy of what was written, not attached to the session


def head_hash(session: Session) -> str:
    head = chain_head(session)
    return head.hash if head else GENESIS_HASH


def event_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def check_head(session: Session) -> str | None:
    """What is wrong with the chain head's row (migration 0017), or None: it must name the last event."""
    stored = session.execute(select(AuditChainHead.seq, AuditChainHead.prev_hash, AuditChainHead.hash)
                             .where(AuditChainHead.id == 1)).first()
    last = chain_head(session)
    expected = (last.seq, last.prev_hash, last.hash) if last else (0, GENESIS_HASH, GENESIS_HASH)
    if stored is None:
        return "the audit chain's head row is missing (table audit_chain_head)"
    if tuple(stored) != expected:
        return (f"the audit chain's head row says event {stored.seq} ({stored.hash[:12]}…), but the last event is "
                f"{expected[0]} ({expected[2][:12]}…): events were deleted or added outside the app")
    return None


def rebuild_head(connection) -> None:
    """Set the head row from the last event (after a store move copied the chain)."""
    last = connection.execute(select(AuditEvent.seq, AuditEvent.prev_hash, AuditEvent.hash)
                              .order_by(AuditEvent.seq.desc()).limit(1)).first()
    head = {"seq": last.seq, "prev_hash": last.prev_hash, "hash": last.hash} if last else {
        "seq": 0, "prev_hash": GENESIS_HASH, "hash": GENESIS_HASH}
    table = AuditChainHead.__table__
    connection.execute(delete(table))
    connection.execute(insert(table), {"id": 1, **head})
