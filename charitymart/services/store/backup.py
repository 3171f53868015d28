"""Backups and restores of a SQLite store, safe while the app is running.

A backup is taken with SQLite's online backup API, so a sale being written at that moment
is either wholly in it or wholly absent. A restore checks the file first (integrity, that it
is a CharityMart store, schema not newer than this version), keeps the replaced database
aside, then copies the backup in through the same API (which respects the live WAL).

A backup is encrypted when the store has a backup passphrase (backup_crypto: the store keeps
only a public key, so automatic backups need no passphrase; restoring one asks for it).
Encrypted files start with a readable header and end in `.cmbackup`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from charitymart.db.migrate import backup_sqlite_file, known_revisions
from charitymart.services.errors import ValidationError
from charitymart.services.store import backup_crypto, chain_heads
from charitymart.services.store.backup_crypto import BackupError, PassphraseNeeded, WrongPassphrase  # noqa: F401

ENCRYPTED_SUFFIX = ".cmbackup"
# A destination ending in one of these is a backup file; any other new name is a folder.
BACKUP_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".bak", ".backup", ENCRYPTED_SUFFIX)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    store_name: str
    schema: str
    sales: int
    audit_events: int
    last_activity: str | None
    encrypted: bool = False
    made_at: str | None = None  # when an encrypted backup was written (UTC ISO), from its header
    timezone: str = "Asia/Shanghai"  # the store's, to show the times in

    def local_time(self, utc_text: str | None) -> str | None:
        """A stored UTC time ("2026-03-10 02:00:00.123" or ISO with offset) as the store's
        local "2026-03-10 10:00"."""
        if not utc_text:
            return None
        try:
            moment = datetime.fromisoformat(utc_text)
            zone = ZoneInfo(self.timezone)
        except (ValueError, KeyError, ZoneInfoNotFoundError):
            return utc_text
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def names_a_folder(destination: str | Path) -> bool:
    """The rule for where a backup goes (documented in docs/backup.md): `destination` is a folder
    when it is one, when it ends with a path separator (`E:\\backups\\`, `/media/usb/`), or when
    nothing exists there and its name has no backup suffix (`.sqlite`, `.cmbackup`, ...)."""
    text = str(destination)
    if text.endswith(tuple(sep for sep in (os.sep, os.altsep) if sep)):
        return True
    path = Path(text)
    return path.is_dir() or (not path.exists() and path.suffix.lower() not in BACKUP_SUFFIXES)


def backup(db_file: Path, destination: str | Path, *, key: backup_crypto.BackupKey | None = None) -> Path:
    """Copy the store to `destination` (a file, or a folder, created if missing, to put a stamped
    file in: see `names_a_folder`); with `key` (the store's backup key, see
    auto_backup.backup_key) the copy is encrypted. Returns the absolute path written."""
    if not db_file.exists():
        raise BackupError("there is no store at {path}", path=str(db_file))
    if names_a_folder(destination):
        folder = Path(destination).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        suffix = ENCRYPTED_SUFFIX if key else ".sqlite"
        destination = folder / f"{db_file.stem}-{_stamp()}{suffix}"
    destination = Path(destination).expanduser().absolute()
    if destination.exists():
        raise ValidationError("{path} already exists: choose a new file name", field="out", path=str(destination))
    tmp = destination.with_name(destination.name + ".part")
    try:
        backup_sqlite_file(db_file, tmp)
        chain_heads.remember_backup(db_file, tmp)  # outside the database, for verify
        if key:
            tmp.write_bytes(backup_crypto.encrypt(tmp.read_bytes(), key))
        tmp.replace(destination)
    finally:
        tmp.unlink(missing_ok=True)
    return destination


def is_encrypted(path: Path) -> bool:
    return backup_crypto.is_encrypted_file(path)


def read_only_uri(path: Path) -> str:
    """Open a backup without writing anything beside it: `immutable` takes no locks and makes no
    -shm/-wal/-journal files (a backup on a USB stick, maybe read-only, stays as it was)."""
    return f"{path.absolute().as_uri()}?mode=ro&immutable=1"


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


@contextmanager
def _temporary_file(data: bytes | None = None):
    handle, name = tempfile.mkstemp(prefix="charitymart-restore-", suffix=".sqlite")
    try:
        with os.fdopen(handle, "wb") as out:
            if data is not None:
                out.write(data)
        yield Path(name)
    finally:
        for leftover in (Path(name), _wal_of(Path(name)), Path(f"{name}-shm")):
            leftover.unlink(missing_ok=True)


@contextmanager
def plain_copy(path: Path, passphrase: str | None = None):
    """The backup as a plain SQLite file that can be opened with `read_only_uri`: itself, or a
    temporary copy elsewhere (never next to it) that is removed afterwards: decrypted when it is
    encrypted, or with its `-wal` folded in when one lies beside it (a copied live store, whose
    last writes are only in the -wal). Raises PassphraseNeeded / WrongPassphrase."""
    if not path.is_file():
        raise BackupError("no such file: {path}", path=str(path))
    if is_encrypted(path):
        if not passphrase:
            raise PassphraseNeeded("this backup is encrypted: type the store's backup passphrase", field="passphrase")
        with _temporary_file(backup_crypto.decrypt(path.read_bytes(), passphrase)) as plain:
            yield plain
        return
    wal = _wal_of(path)
    if not (wal.is_file() and wal.stat().st_size > 0):
        yield path
        return
    with _temporary_file() as plain:
        shutil.copyfile(path, plain)
        shutil.copyfile(wal, _wal_of(plain))
        try:
            con = sqlite3.connect(plain)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            raise BackupError("{path} is not a readable SQLite database: {reason}", path=str(path),
                              reason=str(exc)) from exc
        yield plain


def inspect_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Read a backup's identity and counts without changing it or writing beside it; raises if
    it is unusable (an encrypted one needs the passphrase)."""
    with plain_copy(path, passphrase) as plain:
        info = replace(_inspect_plain(plain), path=path)
    if is_encrypted(path):
        info = replace(info, encrypted=True, made_at=backup_crypto.read_header(path).get("created_at"))
    return info


def inspect_store(db_file: Path) -> BackupInfo:
    """The same facts about a live store (about to be backed up): read through its WAL."""
    return _inspect_plain(db_file, live=True)


def _inspect_plain(path: Path, *, live: bool = False) -> BackupInfo:
    if not path.is_file():
        raise BackupError("no such file: {path}", path=str(path))
    try:
        uri = f"{path.absolute().as_uri()}?mode=ro" if live else read_only_uri(path)
        con = sqlite3.connect(uri, uri=True)
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
        name_row = con.execute("SELECT name, timezone FROM store WHERE id = 1").fetchone()
        sales = con.execute("SELECT count(*) FROM sales").fetchone()[0]
        events, last = con.execute("SELECT count(*), max(created_at) FROM audit_events").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError("{path} is not a readable SQLite database: {reason}", path=str(path),
                          reason=str(exc)) from exc
    finally:
        con.close()
    return BackupInfo(path=path, store_name=name_row[0] if name_row else "", schema=schema,
                      timezone=name_row[1] if name_row else "Asia/Shanghai",
                      sales=sales, audit_events=events, last_activity=last)


def restore(backup_file: Path, db_file: Path, aside_folder: Path | None = None, *,
            passphrase: str | None = None) -> Path | None:
    """Replace the store at `db_file` with `backup_file` (decrypted with `passphrase` when it is
    encrypted: a wrong one replaces nothing). Returns where the old store was kept."""
    with plain_copy(backup_file, passphrase) as plain:
        _inspect_plain(plain)
        kept = None
        if db_file.exists():
            folder = aside_folder or db_file.parent
            kept = backup_sqlite_file(db_file, folder / f"{db_file.stem}-replaced-{_stamp()}.sqlite")
        backup_sqlite_file(plain, db_file, source_read_only=True)
        chain_heads.restart_after_restore(db_file, plain)
    return kept


def verify_backup(path: Path, passphrase: str | None = None, head: str | None = None):
    """`verify` run on a backup, without writing anything beside it: on a temporary copy
    elsewhere (brought up to this version's schema there if it is older). Returns the report."""
    from charitymart.db import migrate
    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify import verify

    with plain_copy(path, passphrase) as plain:
        _inspect_plain(plain)
        folder = Path(tempfile.mkdtemp(prefix="charitymart-verify-"))
        try:
            copy = backup_sqlite_file(plain, folder / "backup.sqlite", source_read_only=True)
            handle = open_store(copy, migrate_schema=False)
            try:
                migrate.upgrade(handle.engine, backup_folder=folder)
                with handle.readers() as s:
                    return verify(s, head)
            finally:
                handle.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
