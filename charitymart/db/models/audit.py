"""The audit chain: events linked by hash, each naming the ledger rows it wrote."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AuditEvent(Base):
    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(60))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditRow(Base):
    """One row an event covers: the table, key and (for ledger rows) the sha256 of its content."""

    __tablename__ = "audit_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_seq: Mapped[int] = mapped_column(ForeignKey("audit_events.seq"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(40))
    row_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_audit_rows_table_key", "table_name", "row_key"),)


class AuditChainHead(Base):
    """Derived, one row: the chain's last event (its seq, prev_hash and hash).

    On PostgreSQL a new event is appended by one statement that updates this row and inserts the
    event from it, so several tills take turns only for that statement and their commit, not for
    a lock, a read of the head and an insert (issue 14). On SQLite a trigger keeps it in step with
    `audit_events` (the file has one writer at a time anyway). Not part of the ledger: `verify`
    compares it with the last event; a store move rebuilds it."""

    __tablename__ = "audit_chain_head"
    __table_args__ = {"info": {"derived": True}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # always 1
    seq: Mapped[int] = mapped_column(Integer)  # 0 before the first event
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
