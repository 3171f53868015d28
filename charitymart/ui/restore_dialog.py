"""Restore a backup from the GUI: choose the file, type the passphrase if it is encrypted, see
what is in it (date, store name, counts), and only then replace the store.

`RestoreDialog(handle_path, parent)`: `handle_path` is the store's SQLite file. The replaced
database is kept aside next to it (services.store.backup.restore); `kept` and `restored_info` say
what happened. Whoever had the store open must open it again afterwards (open_store brings an
older backup up to this version's schema). Reading and restoring run on a worker thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.store import backup
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.messages import error_text

BACKUP_FILTER = "CharityMart (*.sqlite *.cmbackup);;* (*)"


class RestoreDialog(QDialog):
    def __init__(self, handle_path: Path, parent=None):
        super().__init__(parent)
        self.handle_path = Path(handle_path)
        self.info: backup.BackupInfo | None = None  # what the checked file holds
        self.restored_info: backup.BackupInfo | None = None
        self.kept: Path | None = None
        self.queue = BackgroundQueue("restore", self)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(860, 460)
        heading = QLabel(self.tr("Replace this computer's store with a backup"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("The backup file, e.g. on the USB stick"))
        self.file.textChanged.connect(self._file_changed)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose)
        self.passphrase_label = QLabel(self.tr("Backup passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check the backup"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 16pt; background: white; padding: 10px;")
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary.hide()
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Replace the store with this backup"))
        self.restore_button.setStyleSheet("QPushButton:enabled { background: #0a58ca; color: white; "
                                          "border-color: #0a58ca; font-weight: bold; } "
                                          "QPushButton:disabled { color: #888; border-color: #bbb; }")
        self.restore_button.setEnabled(False)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Backup file")), 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        grid.addLayout(row, 0, 1)
        grid.addWidget(self.passphrase_label, 1, 0)
        grid.addWidget(self.passphrase, 1, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        hint = QLabel(self.tr("Nothing is replaced until you press \"Replace the store with this backup\"; "
                              "the store it replaces is kept next to it."))
        hint.setObjectName("Legend")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(hint)
        self._file_changed()

    # ----- choosing and checking -----
    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the backup file"), "", BACKUP_FILTER)
        if name:
            self.file.setText(name)
            self.check()

    def _file_changed(self) -> None:
        path = self.backup_path()
        encrypted = path is not None and backup.is_encrypted(path)
        self.passphrase_label.setVisible(encrypted)
        self.passphrase.setVisible(encrypted)
        self.info = None
        self.restore_button.setEnabled(False)
        self.summary.hide()
        self.error.clear()

    def backup_path(self) -> Path | None:
        text = self.file.text().strip()
        return Path(text).expanduser() if text else None

    def check(self) -> None:
        path = self.backup_path()
        if path is None:
            self._refuse(self.tr("Choose the backup file first."))
            return
        self._file_changed()
        passphrase = self.passphrase.text() or None
        self._busy(self.tr("Reading the backup…"))
        self.queue.start(lambda: backup.inspect_backup(path, passphrase), self._checked)

    def _checked(self, future) -> None:
        self._idle()
        try:
            info = future.result()
        except CharityMartError as exc:
            self._refuse(error_text(exc), self.passphrase if exc.field == "passphrase" else self.file)
            return
        self.info = info
        made = info.local_time(info.made_at) or self.file_time(info.path)
        self.summary.setText(self.tr("Store: {store}\nBackup made: {made}\nLast activity in it: {last}\n"
                                     "Sales: {sales}   Audit events: {events}").format(
            store=info.store_name, made=made, last=info.local_time(info.last_activity) or self.tr("none"),
            sales=info.sales, events=info.audit_events))
        self.summary.show()
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()

    @staticmethod
    def file_time(path: Path) -> str:
        """A plain backup's date: when the file was last written (local time of this PC)."""
        return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")

    # ----- replacing -----
    def restore(self) -> None:
        if self.info is None:
            return
        path, passphrase = self.backup_path(), self.passphrase.text() or None
        self._busy(self.tr("Restoring the backup…"))
        self.queue.start(lambda: (backup.restore(path, self.handle_path, passphrase=passphrase), self.info),
                         self._restored)

    def _restored(self, future) -> None:
        self._idle()
        try:
            self.kept, self.restored_info = future.result()
        except CharityMartError as exc:
            self._refuse(error_text(exc), self.passphrase if exc.field == "passphrase" else self.file)
            return
        except OSError as exc:
            self._refuse(self.tr("The store could not be replaced: {reason}").format(reason=exc.strerror or exc))
            return
        self.accept()

    def _busy(self, text: str) -> None:
        self.error.setText(text)
        for widget in (self.check_button, self.restore_button, self.browse):
            widget.setEnabled(False)

    def _idle(self) -> None:
        self.error.clear()
        self.check_button.setEnabled(True)
        self.browse.setEnabled(True)

    def _refuse(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        QApplication.beep()
        if field is not None and field.isVisible():
            field.setFocus()
            field.selectAll()
