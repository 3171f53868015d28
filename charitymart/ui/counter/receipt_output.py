"""Receipt output after each sale, and F4 reprint.

The sale is already committed when this runs. The store setting `receipt_output` says what
happens: "none", "pdf" (a PDF per receipt under `receipt_folder`, default
<data dir>/receipts, one folder per month) or "printer" (the system printer through QPrinter,
on 58 mm / 80 mm roll or A5 paper, `receipt_paper`; or, when `receipt_printer_kind` is an
escpos-* kind, raw ESC/POS through services.sales.receipt_printer). The receipt's data is read on the GUI
thread (one short read); writing or printing runs on a worker thread, so the next customer is
never kept waiting. A failure is shown in the counter's device line and F4 prints again.
A reprint of a receipt that already came out is marked COPY. A free collection prints its
collection slip for signature instead of a receipt (one or two copies, `collection_slip_copies`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from charitymart import paths
from charitymart.reports.receipt import PAPERS, receipt_rows, write_receipt_pdf
from charitymart.services.errors import CharityMartError
from charitymart.services.sales import collection_slips, receipt_printer, receipts
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.messages import error_text


def receipt_folder(settings: receipts.OutputSettings) -> Path:
    return Path(settings.receipt_folder) if settings.receipt_folder else paths.data_dir() / "receipts"


def pdf_path(settings: receipts.OutputSettings, data: receipts.ReceiptData, copy: bool = False) -> Path:
    safe = re.sub(r"[^0-9A-Za-z._-]", "_", data.receipt_number)
    name = f"{safe}-copy.pdf" if copy else f"{safe}.pdf"
    return receipt_folder(settings) / data.local_time.strftime("%Y-%m") / name


# ----- printing with QPainter (same rows as the PDF) -----
def _font(family: str, style: str, paper) -> QFont:
    font = QFont(family)
    size = paper.title_pt if style == "title" else paper.body_pt * (1.25 if style in ("mark", "strong") else 1)
    font.setPointSizeF(size)
    font.setBold(style in ("title", "mark", "strong"))
    return font


def _row_height(printer, row, paper, family: str, width: float) -> float:
    metrics = QFontMetricsF(_font(family, row.style, paper), printer)
    if row.style == "rule":
        return metrics.height() * 0.8
    if row.style == "sign":  # room above the line for a signature
        return metrics.height() * 2.5
    right = metrics.horizontalAdvance(row.right) + metrics.averageCharWidth() * 2 if row.right else 0
    rect = metrics.boundingRect(QRectF(0, 0, width - right, 1e7), int(Qt.TextWordWrap), row.left or " ")
    return rect.height()


def paint_receipt(printer: QPrinter, rows, paper_name: str, family: str) -> None:
    """Lay the rows out on `printer`: a roll page cut to length, or A5 pages."""
    paper = PAPERS.get(paper_name, PAPERS["80mm"])
    margin = paper.margin_mm
    printer.setFullPage(False)
    dpi = printer.resolution()
    width = (paper.width_mm - 2 * margin) / 25.4 * dpi
    if paper.page_height_mm:
        page_size = QPageSize(QSizeF(paper.width_mm, paper.page_height_mm), QPageSize.Millimeter)
    else:
        total = sum(_row_height(printer, row, paper, family, width) for row in rows)
        length = total / dpi * 25.4 + 2 * margin + 2
        page_size = QPageSize(QSizeF(paper.width_mm, length), QPageSize.Millimeter, "receipt",
                              QPageSize.ExactMatch)
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Portrait, QMarginsF(margin, margin, margin, margin),
                                      QPageLayout.Millimeter))
    page_height = printer.pageLayout().paintRectPixels(dpi).height()
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(QCoreApplication.translate("Receipt", "the printer did not start"))
    try:
        y = 0.0
        for row in rows:
            height = _row_height(printer, row, paper, family, width)
            if paper.page_height_mm and y + height > page_height and y > 0:
                printer.newPage()
                y = 0.0
            if row.style == "rule":
                painter.setPen(QPen(Qt.black, max(1.0, dpi / 150), Qt.DashLine))
                painter.drawLine(0, int(y + height / 2), int(width), int(y + height / 2))
            else:
                painter.setPen(Qt.black)
                painter.setFont(_font(family, row.style, paper))
                align = Qt.AlignHCenter if row.style in ("title", "center", "mark") else Qt.AlignLeft
                right_w = 0.0
                if row.right:
                    metrics = QFontMetricsF(painter.font(), printer)
                    right_w = metrics.horizontalAdvance(row.right) + metrics.averageCharWidth() * 2
                    painter.drawText(QRectF(0, y, width, height), int(Qt.AlignRight | Qt.AlignTop), row.right)
                if row.style == "sign":  # the label at the foot of the row, then a line to sign on
                    metrics = QFontMetricsF(painter.font(), printer)
                    base = y + height - metrics.descent()
                    painter.drawText(QRectF(0, y, width, height), int(Qt.AlignLeft | Qt.AlignBottom), row.left)
                    start = metrics.horizontalAdvance(row.left) + metrics.averageCharWidth()
                    painter.setPen(QPen(Qt.black, max(1.0, dpi / 150)))
                    painter.drawLine(int(start), int(base), int(width), int(base))
                else:
                    painter.drawText(QRectF(0, y, width - right_w, height),
                                     int(align | Qt.AlignTop | Qt.TextWordWrap), row.left)
            y += height
    finally:
        painter.end()


def find_printer(printer_name: str = "") -> QPrinterInfo:
    """The named system printer, or the default one (on the GUI thread: the print plugin lives there)."""
    info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise RuntimeError(QCoreApplication.translate("Receipt", "no printer is set up on this computer"))
    return info


def print_on_system_printer(rows, paper_name: str, family: str, info: QPrinterInfo) -> str:
    printer = QPrinter(info, QPrinter.HighResolution)
    printer.setDocName("receipt")
    paint_receipt(printer, rows, paper_name, family)
    if printer.printerState() == QPrinter.Error:
        raise RuntimeError(QCoreApplication.translate("Receipt", "the printer reported an error"))
    return info.printerName()


def _failure_text(kind: str, number: str, problem: str) -> str:
    if kind == "pdf":
        text = QCoreApplication.translate("Receipt", "Receipt {number} was not saved: {problem}. Press F4 to try again")
    else:
        text = QCoreApplication.translate(
            "Receipt", "Receipt {number} was not printed: {problem}. Press F4 to print it again")
    return text.format(number=number, problem=problem)


class ReceiptOutput(QObject):
    """Writes or prints receipts one after another on a worker thread."""

    failed = Signal(str, str)  # receipt number, a message for the cashier
    finished = Signal(str, str)  # receipt number, where it went (file path or printer)

    def __init__(self, handle, language=lambda: "zh_CN", training=lambda: False, parent=None):
        super().__init__(parent)
        self.handle = handle
        self.language = language  # a callable: the UI language may change while the till runs
        self.training = training
        self.delivered: set[str] = set()  # receipts that came out at least once (reprints say COPY)
        # A plain Python worker thread: PySide's QThreadPool.start(callable) crashed the process
        # now and then at exit. Signals emitted from it are queued to the GUI thread.
        self.pool = BackgroundQueue("receipts", self)
        self.finished.connect(self._mark_delivered)  # a bound slot: runs on the GUI thread

    @Slot(str, str)
    def _mark_delivered(self, number: str, _where: str) -> None:
        self.delivered.add(number)

    def output(self, receipt_number: str, *, reprint: bool = False) -> str | None:
        """Send a receipt to the store's output; returns the output used, or None if nothing is sent.

        After a sale "none" sends nothing; a reprint (F4) then writes a PDF so there is something
        to print. A bad receipt number raises (the reprint dialog shows it)."""
        with self.handle.readers() as s:
            settings = receipts.output_settings(s)
            data = receipts.receipt_data(s, receipt_number)
            thermal = receipt_printer.printer_settings(s)
        kind = settings.receipt_output
        if kind == "none":
            if not reprint:
                return None
            kind = "pdf"
        copy = reprint and data.receipt_number in self.delivered
        rows_options = {"language": self.language(), "training": bool(self.training()), "copy": copy}
        if kind == "printer" and data.kind == "collection":
            self._print_slip(data.receipt_number, thermal, settings, reprint=copy)
        elif kind == "pdf":
            path = pdf_path(settings, data, copy)
            self.pool.start(lambda: str(write_receipt_pdf(data, path, paper=settings.receipt_paper,
                                                          **rows_options)),
                            lambda future: self._finish(data.receipt_number, kind, future))
        elif thermal.is_escpos:  # raw ESC/POS: services.sales.receipt_printer
            self.pool.start(lambda: receipt_printer.print_receipt(thermal, data, **rows_options),
                            lambda future: self._finish(data.receipt_number, kind, future))
        else:
            rows = receipt_rows(data, **rows_options)
            family = QApplication.font().family()
            try:
                info = find_printer(settings.receipt_printer)
            except RuntimeError as exc:
                self.failed.emit(data.receipt_number, _failure_text(kind, data.receipt_number, str(exc)))
            else:
                self.pool.start(lambda: print_on_system_printer(rows, settings.receipt_paper, family, info),
                                lambda future: self._finish(data.receipt_number, kind, future))
        return kind

    def _print_slip(self, number: str, thermal, settings: receipts.OutputSettings, *, reprint: bool = False) -> None:
        """A free collection prints its slip for signature in place of a receipt: the shop's copy,
        and the household's too when the store prints two (services.sales.collection_slips)."""
        with self.handle.readers() as s:
            slip = collection_slips.slip_data(s, number, language=self.language(), training=bool(self.training()))
            copies = collection_slips.slip_copies(s)
        finish = lambda future: self._finish(number, "printer", future)
        if thermal.is_escpos:
            self.pool.start(lambda: receipt_printer.print_slip(thermal, slip, copies, reprint=reprint), finish)
            return
        family = QApplication.font().family()
        try:
            info = find_printer(settings.receipt_printer)
        except RuntimeError as exc:
            self.failed.emit(number, _failure_text("printer", number, str(exc)))
            return

        def print_copies() -> str:
            where = ""
            for rows in receipt_printer.slip_copies_rows(slip, copies, reprint=reprint):
                where = print_on_system_printer(rows, settings.receipt_paper, family, info)
            return where
        self.pool.start(print_copies, finish)

    def _finish(self, number: str, kind: str, future) -> None:  # on the GUI thread
        exc = future.exception()
        if exc is None:
            self.finished.emit(number, future.result())
            return
        # any disk or printer problem becomes a message for the cashier
        problem = error_text(exc) if isinstance(exc, CharityMartError) else (str(exc) or type(exc).__name__)
        self.failed.emit(number, _failure_text(kind, number, problem))

    def wait(self, ms: int = 10000) -> bool:
        return self.pool.wait(ms)
