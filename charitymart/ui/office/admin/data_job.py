"""The progress line of the import and export page: one job at a time off the GUI thread, "120 of
400 rows" as it goes, and a Cancel that stops the job between rows.

The worker never touches Qt: the service calls `JobProgress.update` (its progress callback),
which records the count and raises `Cancelled` once Cancel was pressed, so the import's
transaction rolls back, or the export's temporary file is removed. A GUI-thread timer reads
the count.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from charitymart.ui.office.context import OfficeContext

POLL_MS = 100


class Cancelled(Exception):
    """Raised in the worker, from the progress callback, after Cancel was pressed."""


class JobProgress:
    """Shared by the worker (update) and the GUI timer (reads); ints are swapped whole."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0  # 0: not known (an export streams its rows)
        self.cancel = threading.Event()

    def update(self, done: int, total: int = 0) -> None:
        self.done, self.total = done, total
        if self.cancel.is_set():
            raise Cancelled()


class DataJobPanel(QWidget):
    """Hidden when nothing runs; otherwise what the job is doing, a bar and Cancel."""

    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.progress: JobProgress | None = None
        self.counting = "read"  # "read" (an import's rows) or "written" (an export's rows)
        self.label = QLabel()
        self.label.setStyleSheet("font-size: 16pt;")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMinimumHeight(28)
        self.cancel_button = QPushButton()
        self.cancel_button.setStyleSheet("font-size: 16pt; padding: 6px 22px;")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.show_progress)
        self.cancel_button.setText(self.tr("Cancel"))
        self.hide()

    def is_running(self) -> bool:
        return self.progress is not None

    def start(self, job: Callable[[JobProgress], object], done: Callable[[Future], None], counting: str) -> None:
        """Run `job(progress)` on the context's worker; `done(future)` later on the GUI thread."""
        progress = JobProgress()
        self.progress, self.counting = progress, counting
        self.label.setText(self.tr("Reading the file…") if counting == "read" else self.tr("Writing the file…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        self.timer.start()
        self.context.jobs.start(lambda: job(progress), lambda future: self._finished(future, done))

    def show_progress(self) -> None:
        progress = self.progress
        if progress is None or progress.cancel.is_set():
            return
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
            self.label.setText(self.tr("{done} of {total} rows read").format(done=progress.done,
                                                                             total=progress.total))
        elif progress.done and self.counting == "written":
            self.label.setText(self.tr("{done} rows written").format(done=progress.done))

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel.set()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _finished(self, future: Future, done: Callable[[Future], None]) -> None:
        self.timer.stop()
        self.progress = None
        self.hide()
        done(future)
