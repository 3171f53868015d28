"""Chain heads kept outside the database (services/store/chain_heads.py): recorded at every
backup and publication, checked by plain verify, never in the way of a backup."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from charitymart.db.models import AuditEvent, Store
from charitymart.services import audit
from charitymart.services.store import auto_backup, backup, chain_heads
from charitymart.services.store.verify import verify
from tests.support import factories

pytestmark = pytest.mark.sqlite_only  # the heads file is kept per SQLite store file


def db_file(store) -> Path:
    return Path(store.engine.url.database)


def store_uuid(store) -> str:
    with store.readers() as s:
        return s.get(Store, 1).uuid


def add_item(store, admin, name="大米") -> None:
    with store.sessions.begin() as s:
        item = factories.add_item(s, name=name, barcode=None)
        audit.record(s, admin.user_id, "test.item", [item])


def head(store) -> AuditEvent:
    with store.readers() as s:
        return s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))


def test_an_automatic_backup_records_the_head_it_copied(store, admin, tmp_path):
    with store.readers() as s:
        settings = auto_backup.backup_settings(s)
    auto_backup.run_backup(db_file(store), settings, "shift", datetime(2026, 3, 10, 2, tzinfo=UTC))
    known, verified = chain_heads.known_heads(store_uuid(store), chain_heads.database_label(db_file(store)))
    newest = head(store)
    assert (known.seq, known.hash, known.source) == (newest.seq, newest.hash, "backup")
    assert (verified.seq, verified.source) == (newest.seq, "verify")  # the check after the backup passed
    with store.readers() as s:
        report = verify(s)
    assert report.ok and report.heads_checked == 2


def test_a_rewritten_chain_at_a_known_head_is_named(store, admin, tmp_path):
    backup.backup(db_file(store), tmp_path / "b.sqlite")
    known = head(store)
    con = sqlite3.connect(db_file(store))
    con.execute("UPDATE audit_events SET hash = ? WHERE seq = ?", ("f" * 64, known.seq))
    con.commit()
    con.close()
    with store.readers() as s:
        problems = verify(s).problems
    assert any(f"audit event #{known.seq} is not the one the backup of" in p for p in problems), problems


def test_heads_of_another_copy_of_the_store_are_not_mixed_in(store, admin, tmp_path):
    """A training or test copy of the store that goes its own way never alarms the real one."""
    copy = backup.backup(db_file(store), tmp_path / "copy.sqlite")
    from charitymart.services.store.setup import open_store

    other = open_store(copy)
    try:
        add_item(other, admin, "复制品")
        backup.backup(copy, tmp_path / "copy-backup.sqlite")
    finally:
        other.close()
    with store.readers() as s:
        report = verify(s)
    assert report.ok, report.problems


def test_a_damaged_heads_file_is_no_alarm_and_a_backup_still_works(store, admin, tmp_path):
    path = chain_heads.heads_file(store_uuid(store))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    with store.readers() as s:
        assert verify(s).ok
    assert backup.backup(db_file(store), tmp_path / "b.sqlite").is_file()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data["databases"]) == [chain_heads.database_label(db_file(store))]


def test_a_heads_file_that_cannot_be_written_does_not_stop_the_backup(store, admin, tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError("read-only config folder")

    monkeypatch.setattr(chain_heads, "_save", refuse)
    assert backup.backup(db_file(store), tmp_path / "b.sqlite").is_file()


def test_a_restore_sets_the_earlier_heads_aside(store, admin, tmp_path):
    older = backup.backup(db_file(store), tmp_path / "older.sqlite")
    add_item(store, admin)
    backup.backup(db_file(store), tmp_path / "newer.sqlite")
    store.close()
    backup.restore(older, db_file(store))
    data = json.loads(chain_heads.heads_file(store_uuid(store)).read_text(encoding="utf-8"))
    (superseded,) = data["superseded"]
    assert len(superseded["heads"]) == 2
    (now_known,) = data["databases"][chain_heads.database_label(db_file(store))]
    assert now_known["source"] == "restore"
    with store.readers() as s:
        assert verify(s).ok
