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

from sqlalchemy.engine import make_url

from charitymart.services.errors import ValidationError
from charitymart.services.store import backup_crypto
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


def backup(url: str, destination: str | Path, *, store_name: str = "store",
           key: backup_crypto.BackupKey | None = None) -> Path:
    """Dump the server's store to `destination` (a file, or a folder for a stamped file: the same
    rule as SQLite backups, `backup.names_a_folder`). Returns the absolute path written."""
    if names_a_folder(destination):
        folder = Path(destination).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        destination = folder / f"{store_name}-{stamp}{ENCRYPTED_SUFFIX if key else PLAIN_SUFFIX}"
    destination = Path(destination).expanduser().absolute()
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
