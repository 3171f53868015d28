"""Bulk writer for the large-store generator: ids, row buffers, the audit chain, batched inserts.

Every row is a plain dict holding every column of its table with the value as it will be
read back (naive UTC datetimes, dates, ints, bools, strings). `event()` appends one audit
event covering a business action's rows exactly as `services.audit.record` would: the
table, key and (for ledger tables) sha256 of the covered columns of each row, chained from
the previous event's hash. `flush()` writes the buffers with Core executemany, one
transaction per batch.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Connection, func, insert, select

from charitymart.db import models as m
from charitymart.domain.canonical import event_hash, row_hash

# Insert order (parents first), so the batch also passes with foreign keys on.
TABLE_ORDER = (
    m.Category, m.Party, m.Item, m.Barcode, m.Beneficiary, m.Volunteer,
    m.Shift, m.Donation, m.DonationLine, m.DonationReceipt, m.Lot, m.StockAdjustment,
    m.Sale, m.SaleLine, m.SaleLineLot, m.StockMovement, m.Tender, m.DrawerOpening, m.CashMovement,
    m.RemovedLine, m.SaleVoid, m.AllowanceEntry, m.ClockEvent, m.WorkEntry, m.WorkDecision,
    m.TimebankEntry, m.ShiftClose, m.IdentityAccess,
    m.AuditEvent, m.AuditRow,
)


class Row(dict):
    """A row to insert, knowing its model."""

    __slots__ = ("model",)

    def __init__(self, model, values: dict):
        super().__init__(values)
        self.model = model


class _TableInfo:
    __slots__ = ("checked", "columns", "covered", "ledger", "name")

    def __init__(self, model):
        self.name = model.__tablename__
        self.columns = frozenset(c.name for c in model.__table__.columns)
        self.covered = tuple(m.covered_columns(model))
        self.ledger = bool(model.__ledger__)
        self.checked = False


class Writer:
    def __init__(self, conn: Connection, *, batch_rows: int = 200_000):
        self.conn = conn
        self.batch_rows = batch_rows
        self.info = {model: _TableInfo(model) for model in TABLE_ORDER}
        self.buffers: dict[type, list[Row]] = defaultdict(list)
        self.buffered = 0
        self.next_id: dict[type, int] = {}
        self.written: dict[str, int] = defaultdict(int)
        with conn.begin():
            for model in TABLE_ORDER:
                if model is m.AuditEvent:
                    continue
                self.next_id[model] = (conn.scalar(select(func.max(model.__table__.c.id))) or 0) + 1
            head = conn.execute(select(m.AuditEvent.seq, m.AuditEvent.hash).order_by(m.AuditEvent.seq.desc())
                                .limit(1)).first()
        self.seq, self.prev_hash = (head.seq, head.hash) if head else (0, "0" * 64)
        self.events = 0

    # --- rows -------------------------------------------------------------------------------

    def new_id(self, model) -> int:
        value = self.next_id[model]
        self.next_id[model] = value + 1
        return value

    def add(self, model, **values) -> Row:
        """Buffer a row; gives it the next id unless one is passed."""
        if "id" not in values:
            values["id"] = self.new_id(model)
        row = Row(model, values)
        info = self.info[model]
        if not info.checked:
            missing, extra = info.columns - row.keys(), row.keys() - info.columns
            if missing or extra:
                raise ValueError(f"{info.name}: missing {sorted(missing)}, unknown {sorted(extra)}")
            info.checked = True
        elif len(row) != len(info.columns):
            raise ValueError(f"{info.name}: expected {len(info.columns)} columns, got {sorted(row)}")
        self.buffers[model].append(row)
        self.buffered += 1
        return row

    # --- the audit chain ----------------------------------------------------------------------

    def event(self, at: datetime, user_id: int | None, action: str, rows: list[Row]) -> None:
        """One audit event covering `rows`, in their order (as services.audit.record)."""
        entries = []
        for row in rows:
            info = self.info[row.model]
            digest = row_hash({name: row[name] for name in info.covered}) if info.ledger else None
            entries.append((info.name, str(row["id"]), digest))
        self.seq += 1
        digest = event_hash(self.seq, at, user_id, action, entries, self.prev_hash)
        self.buffers[m.AuditEvent].append(Row(m.AuditEvent, {
            "seq": self.seq, "created_at": at, "user_id": user_id, "action": action,
            "prev_hash": self.prev_hash, "hash": digest}))
        audit_rows = self.buffers[m.AuditRow]
        for position, (table, key, row_digest) in enumerate(entries):
            audit_rows.append(Row(m.AuditRow, {
                "id": self.new_id(m.AuditRow), "event_seq": self.seq, "position": position,
                "table_name": table, "row_key": key, "row_hash": row_digest}))
        self.buffered += 1 + len(entries)
        self.prev_hash = digest
        self.events += 1
        if self.buffered >= self.batch_rows:
            self.flush()

    # --- writing ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write every buffered row: one transaction, one executemany per table."""
        if not self.buffered:
            return
        with self.conn.begin():
            for model in TABLE_ORDER:
                rows = self.buffers.get(model)
                if rows:
                    self.conn.execute(insert(model.__table__), rows)
                    self.written[model.__tablename__] += len(rows)
        self.buffers.clear()
        self.buffered = 0
