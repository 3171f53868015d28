"""Backups in the back office: where they go and when the last one was made, "Back up now",
the backup passphrase (set, change, stop), and restoring a backup over this store.

Restoring replaces the open store file, so CharityMart closes afterwards and is started again
(it then opens the restored store, migrating an older one). Everything slow runs on the worker.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.db.engine import sqlite_path
from charitymart.services.errors import CharityMartError
from charitymart.services.store import auto_backup
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.restore_dialog import RestoreDialog

BIG = "font-size: 16pt;"
ERROR = "font-size: 16pt; color: #b00020;"
DONE = "font-size: 16pt; color: #0a3d0a;"


class BackupsPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.db_file = sqlite_path(context.handle.url)
        self.setWindowTitle(self.tr("Backups"))
        self.setStyleSheet("QLabel, QLineEdit, QPushButton { font-size: 15pt; }")
        title = QLabel(self.tr("Backups"))
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.clicked.connect(self.restore)
        actions = QHBoxLayout()
        for button in (self.now_button, self.restore_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.Password)
        self.set_button = QPushButton(self.tr("Encrypt backups with this passphrase"))
        self.set_button.clicked.connect(self.set_passphrase)
        self.stop_button = QPushButton(self.tr("Stop encrypting backups"))
        self.stop_button.clicked.connect(lambda: self._save_passphrase(None))
        form = QFormLayout()
        form.addRow(self.tr("Backup passphrase"), self.passphrase)
        form.addRow(self.tr("The passphrase again"), self.again)
        passphrase_buttons = QHBoxLayout()
        passphrase_buttons.addWidget(self.set_button)
        passphrase_buttons.addWidget(self.stop_button)
        passphrase_buttons.addStretch(1)
        hint = QLabel(self.tr("Keep the passphrase somewhere safe, away from the computer: without it an "
                              "encrypted backup can't be restored. It is never stored, only a key made from it."))
        hint.setWordWrap(True)
        box = QGroupBox(self.tr("Encryption"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(passphrase_buttons)
        inner.addWidget(hint)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.where)
        layout.addLayout(actions)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        settings = self.context.read(auto_backup.backup_settings)
        last = auto_backup.last_backup_at(settings.folder) if settings.folder.is_dir() else None
        last_text = last.astimezone().strftime("%Y-%m-%d %H:%M") if last else self.tr("none yet")
        encrypted = self.tr("encrypted") if settings.key else self.tr("not encrypted")
        self.where.setText(self.tr("Backups go to {folder} ({encrypted}); the newest {keep} are kept. "
                                   "Last automatic backup: {last}.").format(
            folder=settings.folder, encrypted=encrypted, keep=settings.keep, last=last_text))
        self.stop_button.setEnabled(settings.key is not None)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR if error else DONE)
        self.message.setText(text)

    def back_up_now(self) -> None:
        settings = self.context.read(auto_backup.backup_settings)
        self.now_button.setEnabled(False)
        self._show(self.tr("Backing up…"))
        self.context.jobs.start(lambda: auto_backup.run_backup(self.db_file, settings, "manual"), self._backed_up)

    def _backed_up(self, future: Future) -> None:
        self.now_button.setEnabled(True)
        exc = future.exception()
        if exc is not None:
            self._show(error_text(exc) if isinstance(exc, CharityMartError) else str(exc), error=True)
            return
        self._show(self.tr("Backed up to {path}").format(path=future.result().path))
        self.refresh()

    def set_passphrase(self) -> None:
        text = self.passphrase.text()
        if len(text) < 8:
            self._show(self.tr("Backup passphrase: use at least 8 characters"), error=True)
            self.passphrase.setFocus()
            return
        if text != self.again.text():
            self._show(self.tr("The passphrase again: the two passphrases are not the same"), error=True)
            self.again.setFocus()
            return
        self._save_passphrase(text)

    def _save_passphrase(self, passphrase: str | None) -> None:
        try:
            encrypted = self.context.write(
                lambda s: auto_backup.set_backup_passphrase(s, self.context.actor, passphrase))
        except CharityMartError as exc:
            self._show(error_text(exc), error=True)
            return
        self.passphrase.clear()
        self.again.clear()
        self._show(self.tr("Backups are encrypted from now on.") if encrypted
                   else self.tr("Backups are no longer encrypted."))
        self.refresh()

    def restore(self) -> None:
        if not self.context.actor.at_least("manager"):  # the dialog replaces the whole store
            self._show(self.tr("Restoring a backup needs a manager."), error=True)
            return
        dialog = RestoreDialog(Path(self.db_file), self)
        if not run_modal(dialog) or getattr(dialog, "restored_info", None) is None:
            return
        QMessageBox.information(self, self.tr("Backup restored"), self.tr(
            "The backup replaced this store; the store it replaced is kept at {kept}. "
            "CharityMart closes now: start it again to work on the restored store.").format(kept=dialog.kept))
        QApplication.instance().quit()
