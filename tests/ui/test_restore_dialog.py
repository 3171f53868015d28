"""Restore from the GUI: a wrong passphrase is refused and nothing replaced; the right one shows
the backup's store, date and counts first, then restores and keeps the old store aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from charitymart.db.models import Lot
from charitymart.services.store import auto_backup, backup
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify
from charitymart.ui.messages import install_translators
from charitymart.ui.restore_dialog import RestoreDialog
from tests.support import factories

PASSPHRASE = "sunflower-2026"


def db_file(store) -> Path:
    return Path(store.engine.url.database)


def lots_in(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM lots").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def encrypted_backup(store, admin, tmp_path):
    """An encrypted backup holding one lot; afterwards the live store gets a second lot."""
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s), 12)
        auto_backup.set_backup_passphrase(s, admin, PASSPHRASE)
    with store.readers() as s:
        key = auto_backup.backup_key(s)
    (tmp_path / "usb").mkdir()
    path = backup.backup(db_file(store), tmp_path / "usb", key=key)
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="面粉"), 3)
    store.close()
    return path


@pytest.fixture
def dialog(qtbot, qapp, store):
    install_translators(qapp, "en")
    d = RestoreDialog(db_file(store))
    qtbot.addWidget(d)
    d.show()
    return d


def check(dialog, path: Path, passphrase: str = "") -> None:
    dialog.file.setText(str(path))
    dialog.passphrase.setText(passphrase)
    dialog.check()
    assert dialog.queue.wait()


def test_an_encrypted_backup_asks_for_the_passphrase_and_refuses_a_wrong_one(dialog, encrypted_backup, store):
    before = db_file(store).read_bytes()
    dialog.file.setText(str(encrypted_backup))
    assert dialog.passphrase.isVisible()
    check(dialog, encrypted_backup)
    assert "encrypted" in dialog.error.text() and not dialog.restore_button.isEnabled()
    check(dialog, encrypted_backup, "not the passphrase")
    assert "not this backup's passphrase" in dialog.error.text()
    assert not dialog.restore_button.isEnabled() and not dialog.summary.isVisible()
    assert dialog.kept is None and db_file(store).read_bytes() == before


def test_a_passphrase_changed_after_the_check_is_refused_and_nothing_replaced(dialog, encrypted_backup, store):
    before = db_file(store).read_bytes()
    check(dialog, encrypted_backup, PASSPHRASE)
    assert dialog.restore_button.isEnabled()
    dialog.passphrase.setText("something else")
    dialog.restore()
    assert dialog.queue.wait()
    assert "not this backup's passphrase" in dialog.error.text()
    assert dialog.result() != RestoreDialog.Accepted and db_file(store).read_bytes() == before
    assert not list(db_file(store).parent.glob("*-replaced-*"))


def test_the_right_passphrase_shows_the_backup_then_restores_and_keeps_the_old_store(qtbot, dialog,
                                                                                     encrypted_backup, store):
    check(dialog, encrypted_backup, PASSPHRASE)
    text = dialog.summary.text()
    assert "Store: 阳光慈善超市" in text and "Backup made: 20" in text and "Sales: 0" in text
    assert dialog.restore_button.isEnabled() and dialog.restore_button.hasFocus()
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert dialog.queue.wait()
    assert dialog.result() == RestoreDialog.Accepted
    assert dialog.kept is not None and lots_in(dialog.kept) == 2
    handle = open_store(db_file(store))
    try:
        with handle.readers() as s:
            assert s.scalar(select(func.count()).select_from(Lot)) == 1
            assert verify(s).ok
    finally:
        handle.close()


def test_a_plain_backup_needs_no_passphrase(dialog, store, tmp_path):
    store_file = db_file(store)
    plain = backup.backup(store_file, tmp_path / "plain.sqlite")
    dialog.file.setText(str(plain))
    assert not dialog.passphrase.isVisible()
    check(dialog, plain)
    assert "Store: 阳光慈善超市" in dialog.summary.text() and dialog.restore_button.isEnabled()


def test_a_file_that_is_not_a_backup_is_refused(dialog, tmp_path):
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff" * 500)
    check(dialog, junk)
    assert dialog.error.text() and not dialog.restore_button.isEnabled()
