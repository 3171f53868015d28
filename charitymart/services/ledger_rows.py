"""Many ledger rows of one table written by one Core insert, not the ORM's unit of work.

A sale writes a dozen rows (lines, the lots they took, stock movements, tenders). Flushed as ORM
objects each costs the unit of work's bookkeeping, about half of a sale's Python time; with
several tills sharing a server's CPU that time is what a cashier waits for (issue 14). The rows
are plain dicts of every column, so what is hashed for the audit chain is exactly what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from charitymart.db.models import Base


@dataclass(frozen=True)
class Written:
    """A row written by `insert_rows`: its model and the value of every column, id included."""

    model: type[Base]
    values: dict


def _new_ids(session: Session, model: type[Base], count: int) -> list[int]:
    """On SQLite the writing transaction is the file's only writer (BEGIN IMMEDIATE), so max + 1...
    are the ids SQLite would give: known up front, the rows go in one executemany."""
    first = (session.scalar(select(func.max(model.id))) or 0) + 1  # autoflushes pending rows first
    return list(range(first, first + count))


def insert_rows(session: Session, model: type[Base], rows: list[dict]) -> list[Written]:
    """Insert `rows` (each naming every column but the id) into `model`'s table; ids are set in them."""
    if not rows:
        return []
    table = model.__table__
    expected = {column.name for column in table.columns} - {"id"}
    for row in rows:
        if set(row) != expected:  # a column left to its default would be stored but not hashed as stored
            raise ValueError(f"{table.name} row names {sorted(set(row) ^ expected)} wrongly")
    if len(rows) == 1:  # one statement either way, no id to look up first
        rows[0]["id"] = session.execute(insert(table), rows[0]).inserted_primary_key[0]
    elif session.get_bind().dialect.name == "sqlite":
        for row, new_id in zip(rows, _new_ids(session, model, len(rows))):
            row["id"] = new_id
        session.execute(insert(table), rows)
    else:  # a server hands ids out concurrently: read them back, in the rows' order
        ids = session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars().all()
        for row, new_id in zip(rows, ids):
            row["id"] = new_id
    return [Written(model, row) for row in rows]
