"""Bring a store's database to the current schema: back it up first; refuse a newer one."""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from charitymart import paths
from charitymart.db.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseTooNewError(RuntimeError):
    """The database was made by a newer CharityMart; opening it could damage it."""


class NotACharityMartDatabaseError(RuntimeError):
    pass


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Autogenerate filter: the search indexes (migrations 0002 and 0008) are not in the models."""
    name = name or ""
    return not name.startswith("items_fts") and name != "ix_items_name_en_lower" and not name.endswith("_trgm")


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config  # Alembic is imported only when the schema must change

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        # The option goes through configparser interpolation: a `%` (a percent-encoded password,
        # a folder named "100%") must be doubled or Alembic crashes reading it back.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


REVISION_LINE = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*["']([^"']+)["']""", re.MULTILINE)
DOWN_REVISION_LINE = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:["']([^"']+)["']|None)""", re.MULTILINE)


def shipped_head() -> str | None:
    """The head revision read straight from the migration files (no Alembic import: opening an
    up-to-date store, every start of the till, stays quick). None if the files are not plain."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = REVISION_LINE.search(source), DOWN_REVISION_LINE.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None  # no version table: an empty database, or not a CharityMart one


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup_sqlite_file(source: Path, destination: Path, *, source_read_only: bool = False) -> Path:
    """Copy a live SQLite database consistently with the online backup API (into `destination`,
    replacing its content; a restore copies a backup file into the live store this way)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    # A read-only source is a backup being restored: `immutable` writes nothing beside it (no
    # -shm/-wal on the USB stick); the caller has folded any -wal of it in first.
    read_only = f"{source.absolute().as_uri()}?mode=ro&immutable=1"
    src = sqlite3.connect(read_only, uri=True) if source_read_only else sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def upgrade(engine: Engine, to_revision: str = "head", backup_folder: Path | None = None) -> Path | None:
    """Migrate to `to_revision`. Returns the path of the pre-migration backup, if one was taken."""
    current = current_revision(engine)
    if to_revision == "head" and current is not None and current == shipped_head():
        return None  # up to date: the usual case, decided without loading Alembic
    has_tables = bool(inspect(engine).get_table_names())
    if current is None and has_tables:
        raise NotACharityMartDatabaseError("this database has tables but is not a CharityMart store")
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"this store was saved by a newer version of CharityMart (schema {current}); "
            "install that version or newer to open it"
        )
    target = head_revision() if to_revision == "head" else to_revision
    if current == target:
        return None
    backup_path = None
    db_file = sqlite_path(str(engine.url))
    if current is not None and db_file is not None and db_file.exists():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        folder = backup_folder or paths.backup_dir()
        backup_path = backup_sqlite_file(db_file, folder / f"{db_file.stem}-before-{target}-{stamp}.sqlite")
        log.info("backed up %s to %s before migrating", db_file, backup_path)
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, to_revision)
    return backup_path
