"""The back office's Backups page: back up now into the store's folder, set the passphrase
(mismatch refused, nothing changed), and an encrypted backup made afterwards restores only
with that passphrase."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from charitymart.db.models import Store
from charitymart.services.errors import CharityMartError
from charitymart.services.store import auto_backup, backup
from charitymart.ui.office.admin.backups_page import BackupsPage
from charitymart.ui.office.context import OfficeContext


@pytest.fixture
def page(store, admin, qtbot, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    with store.sessions.begin() as s:
        s.execute(update(Store).values(backup_folder=str(folder), backup_keep=3))
    context = OfficeContext(handle=store, actor=admin, language="en", currency="CNY")
    widget = BackupsPage(context)
    qtbot.addWidget(widget)
    widget.folder = folder
    return widget


def test_back_up_now_writes_a_backup_into_the_folder(page, qtbot):
    assert "not encrypted" in page.where.text() and "none yet" in page.where.text()
    page.now_button.click()
    qtbot.waitUntil(lambda: "Backed up to" in page.message.text() or "could not" in page.message.text(),
                    timeout=20000)
    written = list(page.folder.iterdir())
    assert len(written) == 1 and written[0].suffix == ".sqlite"
    assert backup.inspect_backup(written[0]).store_name
    assert "none yet" not in page.where.text()


def test_a_passphrase_encrypts_later_backups(page, store, qtbot):
    page.passphrase.setText("long enough secret")
    page.again.setText("long enough secreT")
    page.set_button.click()
    assert "not the same" in page.message.text()
    with store.readers() as s:
        assert auto_backup.backup_key(s) is None
    page.again.setText("long enough secret")
    page.set_button.click()
    assert page.message.text() == "Backups are encrypted from now on." and page.passphrase.text() == ""
    page.now_button.click()
    qtbot.waitUntil(lambda: "Backed up to" in page.message.text(), timeout=20000)
    encrypted = next(page.folder.iterdir())
    assert encrypted.suffix == ".cmbackup"
    with pytest.raises(CharityMartError):
        backup.inspect_backup(encrypted, passphrase="wrong passphrase")
    assert backup.inspect_backup(encrypted, passphrase="long enough secret").store_name
