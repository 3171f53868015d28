"""Printing a label PDF on a system printer, page by page, at actual size.

Qt can't send a PDF to a printer as it is, so each page is rendered to an image at the printer's
resolution (pdfium, through pypdfium2) and painted on the printer's paper at its exact size:
a label sheet must never be scaled to fit, or the labels miss their die-cut places. Runs on a
worker thread (BackgroundQueue); nothing here touches a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

MIN_DPI, MAX_DPI = 300, 600


def render_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of `pdf` as a greyscale image at `dpi`."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                picture = bitmap.to_pil().convert("L")
            finally:
                page.close()
            data = picture.tobytes()
            image = QImage(data, picture.width, picture.height, picture.width, QImage.Format_Grayscale8)
            images.append(image.copy())  # own the pixels: `data` goes away with this loop
        return images
    finally:
        document.close()


def set_label_page(printer: QPrinter, page_size_mm: tuple[float, float], name: str) -> None:
    """The printer's paper: the layout's page exactly, no margins (the layout has its own)."""
    width, height = page_size_mm
    size = QPageSize(QSizeF(width, height), QPageSize.Millimeter, name, QPageSize.ExactMatch)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Millimeter))


def print_pdf(printer: QPrinter, pdf: bytes, page_size_mm: tuple[float, float], name: str) -> int:
    """Print every page of `pdf` on `printer` at actual size; returns the number of pages."""
    set_label_page(printer, page_size_mm, name)
    dpi = max(MIN_DPI, min(MAX_DPI, printer.resolution()))
    images = render_pages(pdf, dpi)
    device_dpi = printer.resolution()
    target = QRectF(0, 0, page_size_mm[0] / 25.4 * device_dpi, page_size_mm[1] / 25.4 * device_dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(QCoreApplication.translate("LabelDialog", "the printer did not start"))
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            painter.drawImage(target, image)
    finally:
        painter.end()
    if printer.printerState() == QPrinter.Error:
        raise RuntimeError(QCoreApplication.translate("LabelDialog", "the printer reported an error"))
    return len(images)
