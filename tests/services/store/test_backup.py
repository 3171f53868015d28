from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from charitymart.db.models import Lot
from charitymart.services.store import backup
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify
from tests.support import factories

# SQLite file backups (online backup API, the file's bytes); PostgreSQL backups: test_pg_backup.py
pytestmark = pytest.mark.sqlite_only


def db_file(store):
    from pathlib import Path

    return Path(store.engine.url.database)


def test_backup_of_a_live_store_restores_and_verifies(store, tmp_path):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s), 12)
    copy = backup.backup(db_file(store), tmp_path / "b.sqlite")
    info = backup.inspect_backup(copy)
    assert info.store_name == "阳光慈善超市" and info.audit_events >= 3
    # more work after the backup, then restore: the later work is gone, the old store kept aside
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="面粉"), 3)
    store.close()
    kept = backup.restore(copy, db_file(store), tmp_path / "aside")
    assert kept is not None and kept.exists()
    handle = open_store(db_file(store))
    try:
        with handle.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Lot)) == 1
            assert verify(s).ok
    finally:
        handle.close()
    con = sqlite3.connect(kept)
    assert con.execute("SELECT count(*) FROM lots").fetchone()[0] == 2
    con.close()


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(store, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    store.close()
    before = db_file(store).read_bytes()
    for bad in (junk, other, tmp_path / "missing.sqlite"):
        with pytest.raises(backup.BackupError):
            backup.restore(bad, db_file(store))
        assert db_file(store).read_bytes() == before


def test_backup_will_not_overwrite(store, tmp_path):
    target = tmp_path / "b.sqlite"
    backup.backup(db_file(store), target)
    with pytest.raises(Exception, match="already exists"):
        backup.backup(db_file(store), target)
