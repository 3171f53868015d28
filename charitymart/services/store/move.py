"""Moving a store to another database (`charitymart migrate-to URL`): a shop's SQLite file onto the
PostgreSQL server its several tills will share.

The target is brought to this version's schema by the same Alembic migrations, refused unless
every table is empty, then filled table by table in foreign-key order (each table in key order,
so a refund follows the sale it refunds), all in one transaction: a failure leaves it empty.
Values pass through the models' column types, so every row's canonical content, and with it
every audit hash, is the same on the target: `verify` there reports the source's chain head.
The identity-vault key stays where it is (the user's config folder, found by the store's uuid).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, func, insert, select, text
from sqlalchemy.engine import make_url

from charitymart.db import migrate
from charitymart.db.engine import database_url, make_engine, make_session_factory
from charitymart.db.models import Base
from charitymart.services import audit
from charitymart.services.errors import ValidationError
from charitymart.services.reporting import money_totals, stock_totals
from charitymart.services.store.verify import verify

BATCH = 2000


@dataclass(frozen=True)
class MoveReport:
    target: str  # the URL without its password
    tables: int
    rows: int
    head: str  # the audit chain's head, the same on both sides


def _count(connection, table) -> int:
    return connection.scalar(select(func.count()).select_from(table))


def _reset_sequences(connection) -> None:
    """PostgreSQL hands out ids from sequences, which copying explicit ids does not advance."""
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer) or keys[0].autoincrement is False:
            continue
        sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                     {"table": table.name, "column": keys[0].name})
        if sequence:
            connection.execute(text(f"SELECT setval('{sequence}', COALESCE((SELECT max({keys[0].name}) "
                                    f"FROM {table.name}), 0) + 1, false)"))


def move_store(source_db, target_db) -> MoveReport:
    """Copy the store at `source_db` (a path or URL) into the empty database `target_db`."""
    source_url, target_url = database_url(source_db), database_url(target_db)
    if make_url(source_url) == make_url(target_url):
        raise ValidationError("the store cannot be moved onto itself", field="url")
    source = make_engine(source_url)
    target = make_engine(target_url)
    try:
        migrate.upgrade(source)  # the source at this version's schema too (after its usual backup)
        with source.connect() as conn:
            if conn.execute(text("SELECT id FROM store WHERE id = 1")).first() is None:
                raise ValidationError("there is no store in {source} to move", field="db", source=str(source.url))
        migrate.upgrade(target)
        with target.connect() as conn:
            filled = [table.name for table in Base.metadata.sorted_tables
                      if not table.info.get("derived") and _count(conn, table)]
        if filled:
            raise ValidationError("{target} already holds data (in {tables}): move the store into an empty database",
                                  field="url", target=str(target.url), tables=", ".join(filled[:5]))
        rows = 0
        with source.connect() as read, target.begin() as write:
            for table in Base.metadata.sorted_tables:
                if table.info.get("derived"):  # rebuilt below from the copied ledger
                    continue
                query = select(table).order_by(*table.primary_key.columns)
                batch: list[dict] = []
                for row in read.execute(query).yield_per(BATCH):
                    batch.append(dict(row._mapping))
                    if len(batch) == BATCH:
                        write.execute(insert(table), batch)
                        rows, batch = rows + len(batch), []
                if batch:
                    write.execute(insert(table), batch)
                    rows += len(batch)
            # The target's triggers fired as rows arrived, in table order (a void before its
            # sale's tenders on SQLite): the derived tables are recomputed from the whole copy,
            # after PostgreSQL's deferred ones have run (else they would add at commit again).
            if target.dialect.name == "postgresql":
                write.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
            stock_totals.rebuild(write)
            money_totals.rebuild(write)
            audit.rebuild_head(write)
            if target.dialect.name == "postgresql":
                _reset_sequences(write)
        source_head = _head(source)
        target_head = _head(target)
        if target_head != source_head:
            raise ValidationError("the copy's audit chain ends at {target_head}, not at the source's {source_head}",
                                  target_head=target_head, source_head=source_head)
        return MoveReport(target=str(target.url), tables=len(Base.metadata.sorted_tables), rows=rows,
                          head=target_head)
    finally:
        source.dispose()
        target.dispose()


def _head(engine) -> str:
    with make_session_factory(engine, read_only=True)() as session:
        report = verify(session)
    if not report.ok:
        raise ValidationError("verify failed on {url}: {problem}", url=str(engine.url), problem=report.problems[0])
    return report.head
