"""The first-run wizard: a new store whose admin PIN logs in, PINs that differ refused naming the
field, the sample store option, and restoring a backup from the wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import func, select

from charitymart.db.models import Sale, Store, User
from charitymart.services.store import backup
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till
from charitymart.ui import first_run
from charitymart.ui.messages import install_translators
from charitymart.ui.restore_dialog import RestoreDialog


@pytest.fixture
def empty(tmp_path):
    handle = open_store(tmp_path / "new.sqlite")
    yield handle
    handle.close()


@pytest.fixture
def wizard(qtbot, qapp, empty, tmp_path):
    install_translators(qapp, "en")
    w = first_run.FirstRunWizard(empty, tmp_path / "new.sqlite", "en", demo_days=2)
    qtbot.addWidget(w)
    w.show()
    return w


def fill_store(qtbot, wizard, name="阳光慈善超市", address="幸福路1号"):
    wizard.next()
    assert wizard.currentId() == first_run.STORE
    wizard.store_page.name.setText(name)  # Chinese comes from an input method, not key clicks
    wizard.store_page.address.setText(address)
    wizard.next()
    assert wizard.currentId() == first_run.ADMIN


def fill_admin(qtbot, wizard, pin="2468", again="2468", name="管理员"):
    page = wizard.admin_page
    page.admin_name.setText(name)
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClicks(page.pin_again, again)
    qtbot.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)


def store_count(handle) -> int:
    with handle.readers() as s:
        return s.scalar(select(func.count()).select_from(Store))


def test_the_wizard_creates_the_store_and_the_admin_pin_logs_in(qtbot, wizard, empty):
    wizard.store_page.language.setCurrentIndex(wizard.store_page.language.findData("en"))
    fill_store(qtbot, wizard)
    fill_admin(qtbot, wizard)
    assert wizard.outcome == "created" and not wizard.isVisible()
    with empty.readers() as s:
        store = s.get(Store, 1)
        assert (store.name, store.address, store.language) == ("阳光慈善超市", "幸福路1号", "en")
    actor = login_at_till(empty.sessions, "T1", "2468")
    assert actor.role == "admin" and actor.name == "管理员"


def test_pins_that_differ_are_refused_naming_the_field(qtbot, wizard, empty):
    fill_store(qtbot, wizard)
    fill_admin(qtbot, wizard, pin="2468", again="2469")
    page = wizard.admin_page
    assert wizard.currentId() == first_run.ADMIN and wizard.outcome is None
    assert "PIN again" in page.error.text()
    assert page.pin_again.hasFocus() and page.pin_again.text() == ""
    assert store_count(empty) == 0
    # the same PIN twice, but too short: the service's refusal, still nothing made
    page.pin.clear()
    fill_admin(qtbot, wizard, pin="12", again="12", name="")
    assert store_count(empty) == 0 and wizard.currentId() == first_run.ADMIN
    assert page.error.text()


def test_a_store_needs_a_name(qtbot, wizard):
    wizard.next()
    wizard.next()
    assert wizard.currentId() == first_run.STORE
    assert wizard.store_page.error.text() == "Type the store's name."
    qtbot.keyClicks(wizard.store_page.name, "S")  # the hint goes as soon as they type
    assert wizard.store_page.error.text() == ""


def test_the_sample_store_option_builds_it_off_the_gui_thread_and_shows_the_pins(qtbot, wizard, empty):
    wizard.start_page.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == first_run.DEMO
    finish = wizard.button(QWizard.FinishButton)
    assert not finish.isEnabled()  # still building: nothing else can be pressed either
    qtbot.wait(50)
    assert not wizard.button(QWizard.CancelButton).isEnabled() and not wizard.button(QWizard.BackButton).isEnabled()
    assert wizard.queue.wait(300_000)
    qtbot.waitUntil(lambda: wizard.outcome == "demo")
    assert finish.isEnabled() and wizard.button(QWizard.CancelButton).isEnabled()
    assert "1234 (administrator)" in wizard.demo_page.status.text()
    with empty.readers() as s:
        assert s.scalar(select(func.count()).select_from(User)) >= 3
        assert s.scalar(select(func.count()).select_from(Sale)) > 0


def test_restore_a_backup_from_the_wizard(qtbot, wizard, empty, store, tmp_path):
    source = Path(store.engine.url.database)
    copy = backup.backup(source, tmp_path / "from-old-pc.sqlite")
    seen = []

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog) and w.isVisible())
        dialog.file.setText(str(copy))
        dialog.check()
        dialog.queue.wait()
        seen.append(dialog.summary.text())
        dialog.restore()
        dialog.queue.wait()

    wizard.start_page.restore.setChecked(True)
    QTimer.singleShot(0, answer)
    wizard.next()
    assert "阳光慈善超市" in seen[0]
    assert wizard.outcome == "restored" and not wizard.isVisible()
    with empty.readers() as s:
        assert s.get(Store, 1).name == "阳光慈善超市"
