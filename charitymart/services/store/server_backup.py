"""Backups and restores of a store on a PostgreSQL server, with the server's own tools.

`pg_dump --format=custom` takes one consistent snapshot of the live database (tills may go on
selling meanwhile); `pg_restore --clean --single-transaction` replaces the database's content as
a whole or not at all. Both must be on PATH (they come with the server, or Debian's
`postgresql-client`); without them the backup is refused with that reason. A store with a backup
passphrase gets the same encryption as its SQLite backups (backup_crypto), so an automatic or
copied backup is unreadable without the passphrase. The password never goes on a command line:
it is handed to the tools in PGPASSWORD.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from charitymart.db.engine import make_engine
from charitymart.db.models import AuditEvent, Store
from charitymart.services.errors import ValidationError
from charitymart.services.store import backup_crypto, chain_heads
from charitymart.services.store.backup import names_a_folder
from charitymart.services.store.backup_crypto import BackupError

PLAIN_SUFFIX = ".pgdump"
ENCRYPTED_SUFFIX = ".cmbackup"
DUMP_MAGIC = b"PGDMP"  # the first bytes of every custom-format dump


def tools_available() -> bool:
    return shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The URL as libpq takes it (no SQLAlchemy driver name, no password) and the environment."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = parsed.password
    address = parsed.set(drivername="postgresql")
    address = type(address).create(address.drivername, address.username, None, address.host, address.port,
                                   address.database, address.query)
    return address.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError("{tool} is not installed: install the PostgreSQL client tools", tool=command[0])
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError("{tool} failed: {reason}", tool=command[0], reason=(done.stderr or "").strip()[-500:])


def _names_a_folder(destination: str | Path) -> bool:
    """The SQLite backups' rule (`backup.names_a_folder`), with the server's own file suffix:
    `--out shop.pgdump` is that file, not a folder of that name."""
    path = Path(str(destination))
    if path.suffix.lower() == PLAIN_SUFFIX and not path.is_dir() and not str(destination).endswith(("/", os.sep)):
        return False
    return names_a_folder(destination)


def backup(url: str, destination: str | Path, *, store_name: str = "store",
           key: backup_crypto.BackupKey | None = None) -> Path:
    """Dump the server's store to `destination` (a file, or a folder for a stamped file: the same
    rule as SQLite backups, `backup.names_a_folder`). Returns the absolute path written."""
    if _names_a_folder(destination):
        folder = Path(destination).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        destination = folder / f"{store_name}-{stamp}{ENCRYPTED_SUFFIX if key else PLAIN_SUFFIX}"
    return _dump(url, Path(destination), key)


def _dump(url: str, destination: Path, key: backup_crypto.BackupKey | None) -> Path:
    destination = destination.expanduser().absolute()
    if destination.exists():
        raise ValidationError("{path} already exists: choose a new file name", field="out", path=str(destination))
    address, env = _libpq(url)
    part = destination.with_name(destination.name + ".part")
    try:
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={part}", address], env)
        if key:
            part.write_bytes(backup_crypto.encrypt(part.read_bytes(), key))
        part.replace(destination)
    finally:
        part.unlink(missing_ok=True)
    return destination


@contextmanager
def plain_dump(path: Path, passphrase: str | None = None):
    """The dump as a plain file (decrypted to a temporary copy when encrypted)."""
    if not path.is_file():
        raise BackupError("no such file: {path}", path=str(path))
    if backup_crypto.is_encrypted_file(path):
        if not passphrase:
            raise backup_crypto.PassphraseNeeded("this backup is encrypted: type the store's backup passphrase",
                                                 field="passphrase")
        data = backup_crypto.decrypt(path.read_bytes(), passphrase)
        handle, name = tempfile.mkstemp(prefix="charitymart-restore-", suffix=PLAIN_SUFFIX)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            yield Path(name)
        finally:
            Path(name).unlink(missing_ok=True)
        return
    yield path


def restore(backup_file: Path, url: str, *, passphrase: str | None = None) -> None:
    """Replace the server database's content with the dump, all at once (a failure changes nothing)."""
    with plain_dump(backup_file, passphrase) as plain:
        with plain.open("rb") as file:
            if file.read(len(DUMP_MAGIC)) != DUMP_MAGIC:
                raise BackupError("{path} is not a PostgreSQL backup of a store (pg_dump custom format)",
                                  path=str(backup_file))
        address, env = _libpq(url)
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
              f"--dbname={address}", str(plain)], env)


def is_server(db: str | Path) -> bool:
    """True for a server URL (what an automatic backup dumps with pg_dump), False for a SQLite file."""
    text = str(db)
    return "://" in text and make_url(text).get_backend_name() == "postgresql"


def _head(url: str) -> tuple[str, int, str] | None:
    """(store uuid, seq, hash) of the newest committed event, read just before the dump: the dump's
    snapshot holds at least this event, so the chain must still hold it later."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            store_uuid = conn.scalar(select(Store.uuid).where(Store.id == 1))
            head = conn.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    finally:
        engine.dispose()
    return (store_uuid, int(head[0]), head[1]) if store_uuid and head else None


def automatic_backup(url: str, folder: Path, base: str, key: backup_crypto.BackupKey | None) -> Path:
    """An automatic (shift close, daily, manual) backup of the server's store into `folder`, named
    `base` + .cmbackup (encrypted) or .pgdump, and its chain head remembered like a file backup's."""
    suffix = ENCRYPTED_SUFFIX if key else PLAIN_SUFFIX
    target, n = folder / f"{base}{suffix}", 1
    while target.exists():  # two backups in the same second
        target, n = folder / f"{base}-{n}{suffix}", n + 1
    head = _head(url)
    written = _dump(url, target, key)  # a file name, whatever its suffix (backup() may read it as a folder)
    if head is not None:
        store_uuid, seq, digest = head
        chain_heads.remember(store_uuid, chain_heads.database_label(url), seq, digest, "backup")
    return written
