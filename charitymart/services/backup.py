"""Backups and restores of a SQLite store, safe while the app is running.

A backup is taken with SQLite's online backup API, so a sale being written at that moment
is either wholly in it or wholly absent. A restore checks the file first (integrity, that it
is a CharityMart store, schema not newer than this version), keeps the replaced database
aside, then copies the backup in through the same API (which respects the live WAL).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from charitymart.db.migrate import backup_sqlite_file, known_revisions
from charitymart.services.errors import CharityMartError, ValidationError


class BackupError(CharityMartError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    store_name: str
    schema: str
    sales: int
    audit_events: int
    last_activity: str | None


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def backup(db_file: Path, destination: Path) -> Path:
    if not db_file.exists():
        raise BackupError("there is no store at {path}", path=str(db_file))
    if destination.is_dir():
        destination = destination / f"{db_file.stem}-{_stamp()}.sqlite"
    if destination.exists():
        raise ValidationError("{path} already exists: choose a new file name", field="out", path=str(destination))
    tmp = destination.with_name(destination.name + ".part")
    backup_sqlite_file(db_file, tmp)
    tmp.replace(destination)
    return destination


def inspect_backup(path: Path) -> BackupInfo:
    """Read a backup's identity and counts without changing it; raises if it is unusable."""
    if not path.is_file():
        raise BackupError("no such file: {path}", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError("{path} cannot be opened: {reason}", path=str(path), reason=str(exc)) from exc
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError("{path} is damaged: {reason}", path=str(path), reason=str(result))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "store", "audit_events"} <= tables:
            raise BackupError("{path} is not a CharityMart store", path=str(path))
        schema = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if schema not in known_revisions():
            raise BackupError("{path} was made by a newer version of CharityMart (schema {schema})", path=str(path),
                                  schema=schema)
        name_row = con.execute("SELECT name FROM store WHERE id = 1").fetchone()
        sales = con.execute("SELECT count(*) FROM sales").fetchone()[0]
        events, last = con.execute("SELECT count(*), max(created_at) FROM audit_events").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError("{path} is not a readable SQLite database: {reason}", path=str(path),
                          reason=str(exc)) from exc
    finally:
        con.close()
    return BackupInfo(path=path, store_name=name_row[0] if name_row else "", schema=schema,
                      sales=sales, audit_events=events, last_activity=last)


def restore(backup_file: Path, db_file: Path, aside_folder: Path | None = None) -> Path | None:
    """Replace the store at `db_file` with `backup_file`. Returns where the old store was kept."""
    inspect_backup(backup_file)
    kept = None
    if db_file.exists():
        folder = aside_folder or db_file.parent
        kept = backup_sqlite_file(db_file, folder / f"{db_file.stem}-replaced-{_stamp()}.sqlite")
    backup_sqlite_file(backup_file, db_file, source_read_only=True)
    return kept
