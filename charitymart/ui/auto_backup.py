"""Automatic backups from the GUI: the daily one at start (and checked hourly while the app
runs), one after every shift close: a SQLite file with its online backup API, a store on a
server with pg_dump. The copy runs on a worker thread (services.store.auto_backup);
a problem (the USB stick is not plugged in) is shown in a message box that does not block
the counter, and logged. Training copies are never backed up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from charitymart.db.engine import sqlite_path
from charitymart.services.errors import CharityMartError
from charitymart.services.store import auto_backup, server_backup
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.messages import error_text

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    def __init__(self, handle, parent=None):
        super().__init__(parent)
        self.handle = handle
        # The SQLite file, or the server's URL (pg_dump: services.store.server_backup).
        self.db_file = sqlite_path(handle.url) or (handle.url if server_backup.is_server(handle.url) else None)
        self.queue = BackgroundQueue("backup", self)
        self.last_path = None
        self.last_warning: str | None = None
        self.box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily_if_due)

    def start(self) -> None:
        self.daily_if_due()
        self.timer.start()

    def daily_if_due(self) -> None:
        self._run(lambda db, settings: auto_backup.daily_backup_if_due(db, settings))

    def after_shift_close(self) -> None:
        self._run(lambda db, settings: auto_backup.run_backup(db, settings, "shift"))

    def _run(self, job) -> None:
        if self.db_file is None or getattr(self.handle, "training_folder", None) is not None:
            return  # an in-memory store has nothing to back up; a training copy is thrown away
        with self.handle.readers() as s:
            settings = auto_backup.backup_settings(s)
        db_file = self.db_file
        self.queue.start(lambda: job(db_file, settings), self._done)

    def _done(self, future) -> None:
        try:
            outcome = future.result()
        except CharityMartError as exc:
            log.warning("automatic backup not made: %s", exc)
            self.warn(error_text(exc))
            return
        if outcome is not None:
            self.last_path = outcome.path
            self.last_warning = None

    def warn(self, text: str) -> None:
        self.last_warning = text
        if self.box is None:
            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            self.box = QMessageBox(QMessageBox.Warning, self.tr("Backup not made"), text, QMessageBox.Ok, parent)
            self.box.setWindowModality(Qt.NonModal)  # the counter carries on behind it
            self.box.setStyleSheet("QLabel { font-size: 16pt; }")
            self.box.finished.connect(self._box_closed)
        self.box.setText(text)
        self.box.show()  # not exec(): the counter carries on

    def _box_closed(self, _result: int) -> None:
        self.box.deleteLater()
        self.box = None


def after_shift_close(window) -> None:
    """Called by the shift-close dialog once the shift is closed."""
    if getattr(window, "controller", None) is None:
        return
    runner = getattr(window, "auto_backup", None)
    if runner is None:
        runner = window.auto_backup = AutoBackup(window.controller.handle, window)
    runner.after_shift_close()
