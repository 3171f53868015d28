"""Automatic backups (rotation, a missing USB folder, once a day) and encrypted backups."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from charitymart.db.models import AuditEvent, Lot, Store
from charitymart.services.errors import PermissionDenied, ValidationError
from charitymart.services.store import auto_backup, backup, backup_crypto
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify
from tests.support import factories
from tests.support.counter import cashier  # noqa: F401  (fixture)

# SQLite file backups (online backup API, the file's bytes); PostgreSQL backups: test_pg_backup.py
pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "向日葵-2026-春"
T0 = datetime(2026, 3, 10, 2, 0, tzinfo=timezone.utc)


def db_file(store) -> Path:
    return Path(store.engine.url.database)


def settings(store):
    with store.readers() as s:
        return auto_backup.backup_settings(s)


def set_store(store, **values):
    with store.sessions.begin() as s:
        for name, value in values.items():
            setattr(s.get(Store, 1), name, value)


def encrypt_backups(store, admin, passphrase=PASSPHRASE):
    with store.sessions.begin() as s:
        auto_backup.set_backup_passphrase(s, admin, passphrase)


def test_rotation_keeps_the_newest_and_leaves_other_files_alone(store, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    set_store(store, backup_folder=str(folder), backup_keep=3)
    written = [auto_backup.run_backup(db_file(store), settings(store), "shift", T0 + timedelta(hours=h)).path
               for h in range(5)]
    left = auto_backup.automatic_backups(folder)
    assert left == list(reversed(written[2:]))
    assert sorted(p.name for p in folder.iterdir()) == sorted([p.name for p in left] + ["notes.txt"])
    assert backup.inspect_backup(left[0]).store_name == "阳光慈善超市"


def test_default_folder_is_the_data_folders_backups(store, home):
    outcome = auto_backup.run_backup(db_file(store), settings(store), "start", T0)
    assert outcome.path.parent == home / "data" / "backups"
    assert outcome.path.name == "charitymart-auto-start-20260310T020000Z.sqlite"


def test_a_missing_usb_folder_is_a_warning_and_is_not_created(store, tmp_path):
    stick = tmp_path / "media" / "USB"
    set_store(store, backup_folder=str(stick))
    with pytest.raises(auto_backup.BackupFolderMissing, match="is not there") as err:
        auto_backup.daily_backup_if_due(db_file(store), settings(store), T0)
    assert err.value.params == {"folder": str(stick)}
    assert not stick.exists()


def test_daily_backup_only_when_the_last_is_a_day_old(store, tmp_path):
    set_store(store, backup_folder=str(tmp_path))
    first = auto_backup.daily_backup_if_due(db_file(store), settings(store), T0)
    assert first is not None and auto_backup.last_backup_at(tmp_path) == T0
    assert auto_backup.daily_backup_if_due(db_file(store), settings(store), T0 + timedelta(hours=23)) is None
    auto_backup.run_backup(db_file(store), settings(store), "shift", T0 + timedelta(hours=20))
    assert auto_backup.daily_backup_if_due(db_file(store), settings(store), T0 + timedelta(hours=30)) is None
    later = auto_backup.daily_backup_if_due(db_file(store), settings(store), T0 + timedelta(hours=44))
    assert later is not None and len(auto_backup.automatic_backups(tmp_path)) == 3


def test_the_passphrase_is_set_by_a_manager_and_never_stored(store, admin, cashier):
    with pytest.raises(PermissionDenied), store.sessions.begin() as s:
        auto_backup.set_backup_passphrase(s, cashier, PASSPHRASE)
    with pytest.raises(ValidationError, match="at least 8 characters"), store.sessions.begin() as s:
        auto_backup.set_backup_passphrase(s, admin, "short")
    encrypt_backups(store, admin)
    with store.readers() as s:
        extra = s.get(Store, 1).extra
        assert PASSPHRASE not in extra and "wrapped_private_key" in extra
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "store.backup_passphrase"
        auto_backup.check_backup_passphrase(s, PASSPHRASE)
        with pytest.raises(backup_crypto.WrongPassphrase):
            auto_backup.check_backup_passphrase(s, "not the one")
        assert verify(s).ok
    with store.sessions.begin() as s:
        assert auto_backup.set_backup_passphrase(s, admin, "") is False
    assert settings(store).key is None


def test_encrypted_backup_is_recognisable_and_unreadable_without_the_passphrase(store, admin, tmp_path):
    encrypt_backups(store, admin)
    path = auto_backup.run_backup(db_file(store), settings(store), "shift", T0).path
    data = path.read_bytes()
    assert path.suffix == ".cmbackup" and data.startswith(b"CharityMart encrypted backup\n")
    assert b"SQLite format 3" not in data and "阳光慈善超市".encode() not in data
    assert backup.is_encrypted(path)
    with pytest.raises(backup.PassphraseNeeded):
        backup.inspect_backup(path)
    with pytest.raises(backup.WrongPassphrase):
        backup.inspect_backup(path, "wrong passphrase")
    info = backup.inspect_backup(path, PASSPHRASE)
    assert info.encrypted and info.store_name == "阳光慈善超市" and info.made_at.startswith("20")


def test_a_tampered_encrypted_backup_is_refused(store, admin, tmp_path):
    encrypt_backups(store, admin)
    path = auto_backup.run_backup(db_file(store), settings(store), "shift", T0).path
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="damaged"):
        backup.inspect_backup(path, PASSPHRASE)


def test_restore_of_an_encrypted_backup(store, admin, tmp_path):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s), 12)
    encrypt_backups(store, admin)
    path = auto_backup.run_backup(db_file(store), settings(store), "daily", T0).path
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="面粉"), 3)
    store.close()
    before = db_file(store).read_bytes()
    with pytest.raises(backup.WrongPassphrase):
        backup.restore(path, db_file(store), tmp_path / "aside", passphrase="wrong passphrase")
    assert db_file(store).read_bytes() == before and not (tmp_path / "aside").exists()
    kept = backup.restore(path, db_file(store), tmp_path / "aside", passphrase=PASSPHRASE)
    handle = open_store(db_file(store))
    try:
        with handle.readers() as s:
            assert s.scalar(select(func.count()).select_from(Lot)) == 1
            assert verify(s).ok
    finally:
        handle.close()
    con = sqlite3.connect(kept)
    assert con.execute("SELECT count(*) FROM lots").fetchone()[0] == 2
    con.close()


def test_command_line_backup_is_encrypted_and_restore_takes_a_passphrase_file(store, admin, tmp_path, capsys):
    from charitymart.cli import main

    encrypt_backups(store, admin)
    store.close()
    db = str(db_file(store))
    assert main(["backup", "--db", db, "--out", str(tmp_path)]) == 0
    assert "encrypted with the store's backup passphrase" in capsys.readouterr().out
    (written,) = tmp_path.glob("*.cmbackup")
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("not it at all\n", encoding="utf-8")
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    before = db_file(store).read_bytes()
    assert main(["restore", "--db", db, str(written), "--passphrase-file", str(wrong)]) == 1
    assert "not this backup's passphrase" in capsys.readouterr().err
    assert db_file(store).read_bytes() == before
    assert main(["restore", "--db", db, str(written), "--passphrase-file", str(right)]) == 0
    assert "verify passed" in capsys.readouterr().out


def test_backups_check_the_store_in_full_weekly_and_since_the_last_verify_otherwise(store, tmp_path):
    set_store(store, backup_folder=str(tmp_path), backup_keep=10)
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s), 5)
    first = auto_backup.run_backup(db_file(store), settings(store), "shift", T0)
    assert first.check.full and first.check.ok  # nothing recorded yet: the full check
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="面粉"), 2)
    next_day = auto_backup.run_backup(db_file(store), settings(store), "daily", T0 + timedelta(days=1))
    assert not next_day.check.full and next_day.check.ok
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="食用油"), 3)
    con = sqlite3.connect(db_file(store))  # a row written since the last check, edited behind the app
    con.execute("UPDATE stock_movements SET quantity = 7 WHERE id = (SELECT max(id) FROM stock_movements)")
    con.commit()
    con.close()
    tampered = auto_backup.run_backup(db_file(store), settings(store), "daily", T0 + timedelta(days=2))
    assert not tampered.check.full and not tampered.check.ok
    assert any("stock_movements row" in p for p in tampered.check.problems)
    week_later = auto_backup.run_backup(db_file(store), settings(store), "daily", T0 + timedelta(days=8))
    assert week_later.check.full and not week_later.check.ok
