"""Writing a month's papers for each person into a folder: off the GUI thread, "12 of 80" as it
goes, and a Cancel that leaves the folder as it was (services.documents.batch stages the files).

The worker never touches Qt: it updates a plain progress record that a GUI-thread timer reads.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from charitymart.services.documents.batch import BatchCancelled, batch_plans, write_batch
from charitymart.services.errors import CharityMartError
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext

POLL_MS = 100


class BatchProgress:
    """Shared between the worker (writes) and the GUI timer (reads); ints are swapped whole."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()

    def update(self, done: int, total: int) -> None:
        self.done, self.total = done, total


class FolderBatchPanel(QWidget):
    """The progress line under the month's batch buttons; hidden when nothing is running."""

    finished = Signal(bool, str)  # success?, the sentence to show (emitted on the GUI thread)

    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.progress: BatchProgress | None = None
        self.running_kind = ""
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

    def start(self, kind: str, year: int, month: int, folder: str) -> None:
        context, actor, language = self.context, self.context.actor, self.context.language
        progress = BatchProgress()
        self.progress, self.running_kind = progress, kind

        def job() -> list[Path]:
            # A write transaction: household statements record each print of a household's data.
            plans = context.write(lambda s: batch_plans(s, actor, kind, year, month, language))
            progress.update(0, len(plans))
            return write_batch(Path(folder), plans, progress=progress.update, cancelled=progress.cancel.is_set)

        self.label.setText(self.tr("Reading the month's figures…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        self.timer.start()
        context.jobs.start(job, lambda future: self._finished(future, kind, folder))

    def show_progress(self) -> None:
        progress = self.progress
        if progress is None or progress.total == 0:
            return
        self.bar.setRange(0, progress.total)
        self.bar.setValue(progress.done)
        self.label.setText(self.tr("{done} of {total}").format(done=progress.done, total=progress.total))

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel.set()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _finished(self, future: Future, kind: str, folder: str) -> None:
        self.timer.stop()
        self.progress = None
        self.running_kind = ""
        self.hide()
        exc = future.exception()
        if isinstance(exc, BatchCancelled):
            self.finished.emit(False, self.tr("Cancelled: nothing was written to {folder}.").format(folder=folder))
        elif isinstance(exc, CharityMartError):
            self.finished.emit(False, error_text(exc))
        elif isinstance(exc, OSError):
            self.finished.emit(False, self.tr("Could not write to {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or str(exc)))
        elif exc is not None:
            raise exc
        else:
            self.finished.emit(True, self.written_text(kind, len(future.result()), folder))

    def written_text(self, kind: str, count: int, folder: str) -> str:
        if kind == "donor_receipts":
            text = self.tr("Donor receipts written to {folder}: {count}.")
        elif kind == "household_statements":
            text = self.tr("Household statements written to {folder}: {count}.")
        else:
            text = self.tr("Consignor settlement statements written to {folder}: {count}.")
        return text.format(folder=folder, count=count)
