"""The crash dialog: an unexpected error is logged and explained in plain words, and the app runs on.

`install(window)` replaces sys.excepthook and threading.excepthook. An error escaping a slot
(or a background thread) is written to the log file with its traceback, the open basket is
saved again (it already is, ~300 ms after each change), and a dialog says what happened, where
the log file is, and offers "Copy details" (the traceback and versions, for whoever helps).
The cashier never sees a traceback; closing the dialog puts the focus back in the scan field.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from charitymart import __version__, logging_setup
from charitymart.services.errors import CharityMartError
from charitymart.ui.messages import error_text

log = logging.getLogger("charitymart.crash")
_installed: CrashHandler | None = None


def plain_summary(exc: BaseException) -> str:
    """What happened, in words a volunteer understands (no traceback)."""
    if isinstance(exc, CharityMartError):
        return error_text(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("CrashDialog", "The computer ran out of memory.")
    # Recognised by where it comes from, so the UI needs no database import.
    if any(cls.__module__.startswith("sqlalchemy.") and cls.__name__ == "DBAPIError" for cls in type(exc).__mro__):
        return QCoreApplication.translate(
            "CrashDialog", "The store's database could not be reached or was busy. Try again in a moment.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "CrashDialog", "The computer could not read or write a file ({reason}).").format(
            reason=exc.strerror or type(exc).__name__)
    return QCoreApplication.translate(
        "CrashDialog", "An unexpected program error happened ({kind}).").format(kind=type(exc).__name__)


def details_text(exc_type, exc, tb, thread_name: str, log_path: Path) -> str:
    """For whoever helps (copied, never shown): versions, time, thread, log file, traceback."""
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return (f"CharityMart {__version__}\nPython {platform.python_version()} on {platform.platform()}\n"
            f"Time: {datetime.now().isoformat(timespec='seconds')}\nThread: {thread_name}\n"
            f"Log file: {log_path}\n\n{trace}")


class CrashDialog(QDialog):
    """Application-modal, shown without a nested event loop. Enter or Esc closes it."""

    def __init__(self, log_path: Path, parent=None):
        super().__init__(parent)
        self.log_path = log_path
        self.details: list[str] = []
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setWindowModality(Qt.ApplicationModal)
        self.setMinimumWidth(720)
        self.headline = QLabel(self.tr("Something went wrong inside CharityMart. Nothing is lost: the basket "
                                       "is saved. Close this message and carry on; if it happens again, "
                                       "tell the manager."))
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setStyleSheet("font-size: 16pt;")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.where.setStyleSheet("font-size: 13pt;")
        self.copied = QLabel()
        self.copied.setStyleSheet("font-size: 13pt; color: #0a3d0a;")
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        QShortcut(QKeySequence.Copy, self, activated=self.copy_details)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copied, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.what)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        hint = QLabel(self.tr("Enter or Esc: close   Ctrl+C: copy the details for the helper"))
        hint.setObjectName("Legend")
        layout.addWidget(hint)

    def add(self, summary: str, details: str) -> None:
        """One more error; while the dialog is open further errors are counted, not stacked."""
        self.details.append(details)
        count = len(self.details)
        if count == 1:
            self.what.setText(self.tr("What happened: {summary}").format(summary=summary))
        else:
            self.what.setText(self.tr("What happened: {summary} (%n error(s) so far)", "", count)
                              .format(summary=summary))
        self.where.setText(self.tr("The details are written in the log file:\n{path}").format(path=self.log_path))
        self.copied.clear()

    def details_text(self) -> str:
        return "\n\n".join(self.details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details_text())
        self.copied.setText(self.tr("Copied: paste it into a message for the helper."))

    def done(self, result: int) -> None:
        super().done(result)
        self.details = []


class CrashHandler(QObject):
    """Receives uncaught errors from any thread; shows them on the GUI thread."""

    reported = Signal(str, str)  # summary, details

    def __init__(self, window=None, log_path: Path | None = None):
        super().__init__(QApplication.instance())
        self.window = window
        self.log_path = log_path or logging_setup.log_file()
        self.dialog: CrashDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self.reported.connect(self._show)

    # ----- hooks (may run on any thread) -----
    def excepthook(self, exc_type, exc, tb) -> None:
        self._handle(exc_type, exc, tb, threading.current_thread().name)

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        self._handle(args.exc_type, args.exc_value, args.exc_traceback,
                     args.thread.name if args.thread is not None else "?")

    def _handle(self, exc_type, exc, tb, thread_name: str) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            log.critical("unexpected error in thread %s", thread_name, exc_info=(exc_type, exc, tb))
            summary = plain_summary(exc) if exc is not None else exc_type.__name__
            self.reported.emit(summary, details_text(exc_type, exc, tb, thread_name, self.log_path))
        except Exception:  # the hook itself must never fail: fall back to the plain output
            sys.__excepthook__(exc_type, exc, tb)

    # ----- GUI thread -----
    def _show(self, summary: str, details: str) -> None:
        self._save_basket()
        if self.dialog is None:
            self.dialog = CrashDialog(self.log_path, self.window)
            self.dialog.finished.connect(self._closed)
        self.dialog.add(summary, details)
        if not self.dialog.isVisible():
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.close_button.setFocus()

    def _save_basket(self) -> None:
        controller = getattr(self.window, "controller", None)
        if controller is None:
            return
        try:
            controller.save_basket()
        except Exception:  # the database may be what failed; the last save stands
            log.exception("could not save the open basket after the error")

    def _closed(self, _result: int) -> None:
        back = getattr(self.window, "return_to_scan", None)
        if back is not None and getattr(self.window, "stack", None) is not None \
                and self.window.stack.currentWidget() is getattr(self.window, "sale_page", None):
            back()

    def uninstall(self) -> None:
        global _installed
        sys.excepthook, threading.excepthook = self._previous
        if _installed is self:
            _installed = None


def install(window=None, log_path: Path | None = None) -> CrashHandler:
    """Route uncaught errors (GUI thread and background threads) to the crash dialog."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    handler = CrashHandler(window, log_path)
    sys.excepthook = handler.excepthook
    threading.excepthook = handler.thread_excepthook
    _installed = handler
    return handler
