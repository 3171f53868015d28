"""WAL checkpoints off the sale path (issue 15).

SQLite's automatic checkpoint (every 1,000 WAL pages, i.e. every ~6th sale) copied the WAL back
into the file inside that sale's commit: the tail of the sale time was the checkpoint, not the
fsync. The till turns it off on its own connections, checkpoints PASSIVE when it is idle (a
timer in the counter window), and after a commit only when the WAL has grown past a ceiling.
The office and the command line keep SQLite's default. A committed sale stays durable with the
checkpoint off: the WAL itself is synced at every commit (synchronous=FULL).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Engine, event

from charitymart.db.engine import sqlite_path

WAL_CEILING_MB = 16  # a WAL larger than this is checkpointed right after the commit
# An idle till checkpoints once the WAL holds this much (about 1,000 pages, SQLite's own
# interval), not after every sale: the commit that restarts the WAL after a complete
# checkpoint syncs the WAL header too, so checkpointing every sale doubled the commit's fsyncs.
IDLE_WAL_MB = 4
IDLE_CHECKPOINT_MS = 3000  # the counter checkpoints when no scan came for this long


@dataclass(frozen=True)
class Checkpoint:
    busy: bool  # a reader held it back; what could be copied was
    wal_pages: int
    copied_pages: int


def _sqlite_file(engine: Engine):
    return sqlite_path(engine.url.render_as_string(hide_password=False))


def _no_autocheckpoint(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    # When a commit restarts the WAL after a complete checkpoint, SQLite cuts the file back to
    # this size: a WAL larger than that then really holds more than that not yet checkpointed.
    cursor.execute(f"PRAGMA journal_size_limit={IDLE_WAL_MB * 1024 * 1024}")
    cursor.close()


def take_over_checkpoints(engine: Engine) -> bool:
    """The till's engine: no automatic checkpoint on its connections. False if not a SQLite file."""
    if _sqlite_file(engine) is None:
        return False
    if not event.contains(engine, "connect", _no_autocheckpoint):
        event.listen(engine, "connect", _no_autocheckpoint)
        engine.dispose()  # pooled connections were made with the default: make new ones
    return True


def checkpoint(engine: Engine) -> Checkpoint | None:
    """A PASSIVE checkpoint: copies what no reader still needs, never waits for anyone."""
    if _sqlite_file(engine) is None:
        return None
    # Outside any transaction (a Connection would BEGIN IMMEDIATE first, and SQLite refuses a
    # checkpoint inside one): the raw pooled connection, which is in autocommit mode.
    raw = engine.raw_connection()
    try:
        busy, wal_pages, copied = raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        raw.close()
    return Checkpoint(busy=bool(busy), wal_pages=wal_pages, copied_pages=copied)


def wal_bytes(engine: Engine) -> int:
    path = _sqlite_file(engine)
    try:
        return os.path.getsize(f"{path}-wal") if path is not None else 0
    except OSError:
        return 0


def checkpoint_if_wal_over(engine: Engine, ceiling_mb: float = WAL_CEILING_MB) -> Checkpoint | None:
    """After a commit: checkpoint only if the idle checkpoints did not keep up (WAL over the ceiling)."""
    if wal_bytes(engine) <= ceiling_mb * 1024 * 1024:
        return None
    return checkpoint(engine)


def idle_checkpoint(engine: Engine) -> Checkpoint | None:
    """When the till is idle: checkpoint once the WAL holds IDLE_WAL_MB."""
    return checkpoint_if_wal_over(engine, IDLE_WAL_MB)
