"""Automatic backups from the counter: after F6 closes a shift, and the daily one at start; a
missing USB folder is a warning box that does not block the counter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from charitymart.services.context import get_store
from charitymart.services.store import auto_backup
from charitymart.ui.app import build_window
from charitymart.ui.auto_backup import AutoBackup
from charitymart.ui.counter.shift_close import DENOMINATIONS, CloseShiftDialog
from charitymart.ui.messages import install_translators
from tests.support import factories
from tests.ui.counter.test_counter_shift import press, start, type_enter  # noqa: F401  (helpers of the counter tests)


@pytest.fixture
def window(store, admin, qtbot, tmp_path):
    factories.add_user(store, admin, "王阿姨", "cashier", "1234")
    with store.sessions.begin() as s:
        get_store(s).backup_folder = str(tmp_path / "usb")
    (tmp_path / "usb").mkdir()
    win = build_window(store, language="en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.receipt_output.wait()
    win.drawer_kicker.wait()
    if getattr(win, "auto_backup", None) is not None:
        win.auto_backup.queue.wait()


def test_closing_a_shift_makes_a_backup_in_the_stores_folder(window, qtbot, tmp_path):
    start(window, qtbot, pin="1234", opening="100")

    def count(dialog):
        type_enter(qtbot, dialog.focusWidget(), "1")  # one ¥100 note: exact
        for _ in DENOMINATIONS[1:]:
            type_enter(qtbot, dialog.focusWidget(), "")
        qtbot.keyClick(dialog.confirm, Qt.Key_Return)

    press(window, qtbot, Qt.Key_F6, CloseShiftDialog, count)
    assert window.auto_backup.queue.wait()
    (made,) = auto_backup.automatic_backups(tmp_path / "usb")
    assert made.name.startswith("charitymart-auto-shift-") and window.auto_backup.last_path == made
    assert window.stack.currentWidget() is window.login_page


def test_a_missing_usb_folder_shows_a_warning_and_the_counter_carries_on(window, qtbot, store, tmp_path, qapp):
    install_translators(qapp, "en")
    (tmp_path / "usb").rmdir()
    runner = AutoBackup(store, window)
    runner.start()
    assert runner.queue.wait()
    assert runner.last_path is None and "is not there (is the USB stick plugged in?)" in runner.last_warning
    assert isinstance(runner.box, QMessageBox) and runner.box.isVisible() and not runner.box.isModal()
    assert str(tmp_path / "usb") in runner.box.text()
    assert not (tmp_path / "usb").exists()
    runner.box.close()


def test_the_daily_backup_at_start_is_made_once(window, store, tmp_path):
    runner = AutoBackup(store, window)
    runner.start()
    assert runner.queue.wait()
    runner.daily_if_due()
    assert runner.queue.wait()
    assert len(auto_backup.automatic_backups(tmp_path / "usb")) == 1
    assert runner.timer.isActive()
    runner.timer.stop()
