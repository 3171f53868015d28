"""First run (the database has no store yet): a wizard makes the store, or the sample store, or
restores a backup. Replaces the old behaviour of silently building the sample store.

Pages: the start (a new store, the sample store, or restore a backup), the store (name,
address, language), the administrator (name, PIN twice). Finishing creates the store in one
transaction (services.store.setup.create_store); its refusals are shown on the page they are
about. The sample store is built on a worker thread (it takes a minute) with the PINs shown
at the end. "Restore a backup" opens the RestoreDialog and ends the wizard when it restored.
`outcome` is "created", "demo", "restored" or None (cancelled).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from charitymart.services.demo.build import build_demo
from charitymart.services.errors import CharityMartError
from charitymart.services.store.setup import StoreHandle, create_store
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.restore_dialog import RestoreDialog

START, STORE, ADMIN, DEMO = range(4)
LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


def _big(widget, size: int = 18):
    widget.setStyleSheet(f"font-size: {size}pt;")
    return widget


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("Error")
    label.setWordWrap(True)
    return label


class StartPage(QWizardPage):
    def __init__(self, can_restore: bool, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to CharityMart"))
        self.setSubTitle(self.tr("This computer has no store yet. What would you like to do?"))
        self.new_store = _big(QRadioButton(self.tr("Set up a new store")))
        self.demo = _big(QRadioButton(self.tr("Try it out with a sample store (made-up goods, people and sales)")))
        self.restore = _big(QRadioButton(self.tr("Restore a backup (moving to a new computer)")))
        self.restore.setEnabled(can_restore)
        self.new_store.setChecked(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.new_store, self.demo, self.restore):
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.demo.isChecked():
            return DEMO
        return STORE

    def validatePage(self) -> bool:
        if self.wizard().outcome == "restored":
            return True
        if self.restore.isChecked():
            self.wizard().restore_backup()
            return False  # the wizard closed itself if the restore went through
        return True


class StorePage(QWizardPage):
    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Your store"))
        self.setSubTitle(self.tr("The name and address are printed on receipts and reports."))
        self.name = _big(QLineEdit())
        self.address = _big(QLineEdit())
        self.language = _big(QComboBox())
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Store name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.error)
        self.name.textEdited.connect(lambda _text: self.error.clear())  # the hint goes once they type

    def validatePage(self) -> bool:
        if not self.name.text().strip():
            self.error.setText(self.tr("Type the store's name."))
            self.name.setFocus()
            return False
        self.error.clear()
        return True


class AdminPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("The administrator adds the other users. A PIN is at least 4 digits; "
                                 "keep it secret."))
        self.admin_name = _big(QLineEdit())
        self.pin = _big(QLineEdit())
        self.pin_again = _big(QLineEdit())
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.Password)
            field.setMaxLength(12)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Administrator's name"), self.admin_name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.error)

    def nextId(self) -> int:
        return -1

    def refuse(self, text: str, field: QLineEdit) -> bool:
        self.error.setText(text)
        QApplication.beep()
        field.setFocus()
        field.selectAll()
        return False

    def validatePage(self) -> bool:
        if not self.admin_name.text().strip():
            return self.refuse(self.tr("Type the administrator's name."), self.admin_name)
        if self.pin.text() != self.pin_again.text():
            self.pin_again.clear()
            return self.refuse(self.tr("The two PINs are not the same: type the PIN again in \"PIN again\"."),
                               self.pin_again)
        wizard = self.wizard()
        try:
            wizard.create_store()
        except CharityMartError as exc:
            field = {"store_name": wizard.store_page.name, "name": self.admin_name}.get(exc.field, self.pin)
            return self.refuse(error_text(exc), field)
        return True


class DemoPage(QWizardPage):
    """Builds the sample store on a worker thread; Finish is enabled when it is ready."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("The sample store"))
        self.status = _big(QLabel(), 16)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary = None
        self.failed = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.summary is None:
            self.status.setText(self.tr("Building the sample store with three months of made-up activity. "
                                        "This takes a minute or two…"))
            self.wizard().build_demo(self._built)

    def _built(self, future) -> None:
        try:
            self.summary = future.result()
        except CharityMartError as exc:
            self.failed = True
            self.status.setText(error_text(exc))
            return
        pins = {role: pin for _name, role, pin in self.summary.pins}
        self.status.setText(self.tr("The sample store is ready. Log in with PIN {admin} (administrator), "
                                    "{manager} (manager) or {cashier} (cashier).").format(
            admin=pins.get("admin", ""), manager=pins.get("manager", ""), cashier=pins.get("cashier", "")))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.summary is not None

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    def __init__(self, handle: StoreHandle, db_file: Path | None, language: str = "zh_CN", *,
                 demo_days: int = 92, parent=None):
        super().__init__(parent)
        self.handle = handle
        self.db_file = db_file
        self.demo_days = demo_days
        self.outcome: str | None = None
        self.building = False
        self.queue = BackgroundQueue("first-run", self)
        self.setWindowTitle(self.tr("CharityMart: first start"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setMinimumSize(900, 560)
        # Qt's own button words are not in our translation files: say them ourselves.
        for button, text in ((QWizard.BackButton, self.tr("< Back")), (QWizard.NextButton, self.tr("Next >")),
                             (QWizard.FinishButton, self.tr("Finish")), (QWizard.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        self.start_page = StartPage(db_file is not None)
        self.store_page = StorePage(language)
        self.admin_page = AdminPage()
        self.demo_page = DemoPage()
        for page_id, page in ((START, self.start_page), (STORE, self.store_page), (ADMIN, self.admin_page),
                              (DEMO, self.demo_page)):
            self.setPage(page_id, page)
        self.setStartId(START)

    def create_store(self) -> None:
        with self.handle.sessions.begin() as s:
            create_store(s, name=self.store_page.name.text(), address=self.store_page.address.text().strip(),
                         admin_name=self.admin_page.admin_name.text().strip(), admin_pin=self.admin_page.pin.text(),
                         language=self.store_page.language.currentData())
        self.outcome = "created"

    def build_demo(self, done) -> None:
        sessions, days = self.handle.sessions, self.demo_days

        def finished(future) -> None:
            self.building = False
            self.button(QWizard.CancelButton).setEnabled(True)
            if future.exception() is None:
                self.outcome = "demo"
            done(future)

        # While it is built nothing can be pressed: no half-built store is left behind. Again once
        # the page is set up: QWizard enables Back after initializePage.
        def lock() -> None:
            if self.building:
                for button in (QWizard.BackButton, QWizard.CancelButton):
                    self.button(button).setEnabled(False)

        self.building = True
        lock()
        QTimer.singleShot(0, lock)
        self.queue.start(lambda: build_demo(sessions, days=days), finished)

    def restore_backup(self) -> None:
        dialog = RestoreDialog(self.db_file, self)
        if run_modal(dialog) == RestoreDialog.Accepted and dialog.restored_info is not None:
            self.outcome = "restored"
            self.done(QWizard.Accepted)  # not accept(): that would validate the start page again

    def reject(self) -> None:
        if self.building:  # the sample store is being built: wait for it, don't leave half of it
            return
        super().reject()


def run_first_run(handle: StoreHandle, db_file: Path | None, language: str = "zh_CN") -> str | None:
    """Show the wizard (a QApplication must exist); returns its outcome."""
    wizard = FirstRunWizard(handle, db_file, language)
    run_modal(wizard)
    return wizard.outcome
