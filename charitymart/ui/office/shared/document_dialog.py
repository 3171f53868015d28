"""A document (PDF) from the back office: made off the GUI thread, previewed, saved or printed.

    run_modal(DocumentDialog(context, title, make_pdf, "donation-D2026-0001.pdf", parent))

`make_pdf(session) -> bytes` runs on the office's worker in one write transaction (some
documents record who looked at personal data), so the window never freezes. The preview shows
the pages as they will print; Print… paints them at actual size on the page size they were made
for (A4, A5, a label sheet), never scaled to fit.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.store.setup import Session
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.label_printing import print_pdf, render_pages

PREVIEW_DPI = 72
PREVIEW_PAGES = 12  # enough to see a document; the saved or printed one has every page
BIG = "font-size: 17pt;"


def pdf_page_size_mm(pdf: bytes) -> tuple[float, float]:
    """The first page's size in millimetres (the size the document was laid out for)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    return width / 72 * 25.4, height / 72 * 25.4


class DocumentDialog(QDialog):
    def __init__(self, context: OfficeContext, title: str, make_pdf: Callable[[Session], bytes],
                 file_name: str, parent=None):
        super().__init__(parent)
        self.context = context
        self.make_pdf = make_pdf
        self.file_name = file_name
        self.pdf: bytes | None = None
        self.last_output: str | None = None
        self.setWindowTitle(title)
        self.setMinimumSize(900, 600)  # the preview scrolls: fits 1280x720 with a title bar and a taskbar
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 22pt; font-weight: bold;")
        heading.setWordWrap(True)
        self.pages = QVBoxLayout()
        self.pages.setAlignment(Qt.AlignHCenter)
        holder = QWidget()
        holder.setLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setStyleSheet("QScrollArea { background: #808080; }")
        self.status = QLabel(self.tr("Making the document…"))
        self.status.setWordWrap(True)
        self.status.setStyleSheet(BIG)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            button.setStyleSheet(BIG)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._set_ready(False)
        context.jobs.start(self._make, self._made)

    def _make(self) -> tuple[bytes, list]:
        pdf = self.context.write(self.make_pdf)
        return pdf, render_pages(pdf, PREVIEW_DPI)[:PREVIEW_PAGES]

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _made(self, future: Future) -> None:
        exc = future.exception()
        if exc is not None:
            self.status.setText(error_text(exc) if isinstance(exc, CharityMartError) else str(exc))
            self.status.setStyleSheet(BIG + "color: #b00020;")
            return
        self.pdf, images = future.result()
        for image in images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("background: white; margin: 8px;")
            self.pages.addWidget(page)
        self.status.setText(self.tr("Ready: save it as a PDF or print it."))
        self._set_ready(True)

    def save_pdf(self, path: str | None = None) -> None:
        if self.pdf is None:
            return
        if not path:
            folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path(folder) / self.file_name),
                                                        self.tr("PDF files (*.pdf)"))
            if not path:
                return
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            self.status.setText(self.tr("Could not save {path}: {reason}").format(path=path, reason=exc.strerror))
            return
        self.last_output = path
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def print_document(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.HighResolution)
        if run_modal(QPrintDialog(printer, self)) != QDialog.Accepted:
            return
        pdf, size = self.pdf, pdf_page_size_mm(self.pdf)
        self._set_ready(False)
        self.status.setText(self.tr("Printing…"))
        self.context.jobs.start(lambda: print_pdf(printer, pdf, size, self.file_name), self._printed)

    def _printed(self, future: Future) -> None:
        self._set_ready(True)
        exc = future.exception()
        if exc is not None:
            self.status.setText(self.tr("Printing failed: {reason}").format(reason=str(exc)))
            return
        self.last_output = self.tr("printer")
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", future.result()))
