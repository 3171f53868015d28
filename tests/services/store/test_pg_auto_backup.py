"""Automatic backups of a store on a PostgreSQL server: at shift close and daily, like a SQLite
store's, with pg_dump; kept in the same rotation, encrypted with the same passphrase, and their
chain head remembered (so a server whose newest events were removed is noticed by verify)."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select

from charitymart.db.models import AuditEvent, AuditRow, Lot, Store
from charitymart.services.store import (
    auto_backup,
    backup_crypto,
    chain_heads,
    server_backup,
)
from charitymart.services.store.verify import verify
from tests.support import factories

pytestmark = [pytest.mark.postgresql_only,
              pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump and pg_restore on PATH")]

PASSPHRASE = "向日葵-2026-春"
T0 = datetime(2026, 3, 10, 2, 0, tzinfo=timezone.utc)


def settings_for(store, folder, keep=3):
    with store.sessions.begin() as s:
        s.get(Store, 1).backup_folder, s.get(Store, 1).backup_keep = str(folder), keep
    with store.readers() as s:
        return auto_backup.backup_settings(s)


def add_stock(store, quantity):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name=f"大米 {quantity}"), quantity)


def test_shift_and_daily_backups_of_the_server_are_dumps_in_the_rotation(store, admin, tmp_path):
    add_stock(store, 4)
    settings = settings_for(store, tmp_path, keep=3)
    written = [auto_backup.run_backup(store.url, settings, "shift", T0 + timedelta(minutes=n)).path
               for n in range(4)]
    assert all(path.name.endswith(server_backup.PLAIN_SUFFIX) for path in written)
    assert written[-1].read_bytes().startswith(server_backup.DUMP_MAGIC)
    assert auto_backup.automatic_backups(tmp_path) == written[:0:-1]  # the newest three kept
    assert auto_backup.daily_backup_if_due(store.url, settings, T0 + timedelta(hours=1)) is None  # made today
    daily = auto_backup.daily_backup_if_due(store.url, settings, T0 + timedelta(days=1, minutes=5))
    assert daily is not None and daily.path.name.startswith("charitymart-auto-daily-")


def test_an_encrypted_store_gets_encrypted_server_backups_that_restore(store, admin, tmp_path):
    with store.sessions.begin() as s:
        auto_backup.set_backup_passphrase(s, admin, PASSPHRASE)
    add_stock(store, 6)
    with store.readers() as s:
        head = verify(s).head
    outcome = auto_backup.run_backup(store.url, settings_for(store, tmp_path), "shift", T0)
    assert outcome.path.name.endswith(server_backup.ENCRYPTED_SUFFIX)
    assert backup_crypto.is_encrypted_file(outcome.path)
    add_stock(store, 2)
    store.engine.dispose()
    server_backup.restore(outcome.path, store.url, passphrase=PASSPHRASE)
    with store.readers() as s:
        report = verify(s)
    assert report.ok and report.head == head


def test_the_backup_remembers_the_head_so_removed_events_are_noticed(store, admin, tmp_path):
    add_stock(store, 3)
    auto_backup.run_backup(store.url, settings_for(store, tmp_path), "shift", T0)
    with store.readers() as s:
        assert verify(s).ok
    with store.sessions.begin() as s:  # someone removes the newest event and what it recorded
        last = s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
        s.execute(delete(AuditRow).where(AuditRow.event_seq == last))
        s.execute(delete(AuditEvent).where(AuditEvent.seq == last))
    with store.readers() as s:
        report = verify(s)
    assert not report.ok
    assert any("the audit chain ends at event" in problem for problem in report.problems), report.problems
    assert chain_heads.known_heads(store_uuid(store), chain_heads.database_label(store.url))


def store_uuid(store) -> str:
    with store.readers() as s:
        return s.get(Store, 1).uuid


def test_the_check_after_a_server_backup_verifies_the_server(store, admin, tmp_path, monkeypatch):
    """It once opened the URL as a SQLite file name: an empty file in the working folder was
    checked (and left there) while the server's own chain went unchecked."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    (tmp_path / "backups").mkdir()
    add_stock(store, 5)
    good = auto_backup.run_backup(store.url, settings_for(store, tmp_path / "backups"), "shift", T0)
    assert good.check is not None and good.check.full and good.check.ok
    with store.sessions.begin() as s:  # a row recorded by the chain, changed behind the app
        s.scalars(select(Lot)).first().quantity_received += 1
    later = auto_backup.run_backup(store.url, settings_for(store, tmp_path / "backups"), "shift",
                                   T0 + timedelta(days=8))
    assert later.check is not None and later.check.full and not later.check.ok
    assert list(work.iterdir()) == [], "the check wrote files into the working folder"
