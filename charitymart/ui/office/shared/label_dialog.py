""""Print labels": barcodes and copies, a layout, labels to skip on a used sheet; save a PDF or print.

Back-office pages open it with the codes they want labelled:
`run_modal(LabelDialog(context, [("2000000000015", 3)], parent))`. The list stays editable
(type or scan a barcode into a new row). The PDF is made on the office's worker thread
(`context.jobs`), then written to a file or printed page by page at actual size, so the
window never freezes on a sheet of 65 labels.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from charitymart.domain.label_layouts import LabelLayout
from charitymart.services.stock import labels
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.label_printing import print_pdf

BARCODE, NAME, COPIES = range(3)
BIG = "font-size: 17pt;"
# Large targets for tired eyes and unsteady hands: a big tick box, spin arrows a finger can hit.
STYLE = """
QCheckBox::indicator { width: 28px; height: 28px; }
QSpinBox { min-height: 36px; }
QSpinBox::up-button, QSpinBox::down-button { width: 34px; }
QComboBox { min-height: 40px; padding: 2px 8px; }
"""


class LabelDialog(QDialog):
    def __init__(self, context: OfficeContext, requests: list[tuple[str, int]], parent=None):
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.last_output: str | None = None  # the file written or printer used by the last job
        self.setWindowTitle(self.tr("Print labels"))
        self.setMinimumSize(980, 640)
        self.setStyleSheet(STYLE)

        heading = QLabel(self.tr("Print labels"))
        heading.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Barcode"), self.tr("Item"), self.tr("Copies")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.Stretch)
        self.table.setColumnWidth(BARCODE, 260)
        self.table.setColumnWidth(COPIES, 140)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.itemChanged.connect(self._barcode_changed)
        add_row = QPushButton(self.tr("Add a row"))
        add_row.clicked.connect(lambda: self.add_request("", 1, edit=True))
        remove_row = QPushButton(self.tr("Remove the selected row"))
        remove_row.clicked.connect(self.remove_selected)
        row_buttons = QHBoxLayout()
        for button in (add_row, remove_row):
            button.setAutoDefault(False)  # Enter in a barcode cell must not press a button
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.layouts: list[LabelLayout] = []
        self.layout_box = QComboBox()
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self.skip = QSpinBox()
        self.skip.setMinimumWidth(160)
        self.fund_source = QCheckBox(self.tr("Show where each item came from (donated, purchased, consigned)"))
        self.layout_box.setMinimumWidth(760)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow(self.tr("Labels already used on the first sheet"), self.skip)
        form.addRow("", self.fund_source)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(BIG)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_labels)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, close):
            button.setStyleSheet(BIG)
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._load_layouts()
        for code, copies in requests:
            self.add_request(code, copies)
        if not requests:
            self.add_request("", 1, edit=True)

    # --- the list of labels ----------------------------------------------------------------

    def add_request(self, code: str, copies: int, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, BARCODE, QTableWidgetItem(code))
        name = QTableWidgetItem("")
        name.setFlags(name.flags() & ~Qt.ItemIsEditable)
        self.table.setItem(row, NAME, name)
        spin = QSpinBox()
        spin.setRange(1, labels.MAX_COPIES)
        spin.setValue(max(1, min(labels.MAX_COPIES, int(copies))))
        self.table.setCellWidget(row, COPIES, spin)
        self.table.blockSignals(False)
        self._show_names([row])
        if edit:
            self.table.setCurrentCell(row, BARCODE)
            self.table.editItem(self.table.item(row, BARCODE))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def requests(self) -> list[tuple[str, int]]:
        """(barcode, copies) for every row with a barcode, in the list's order."""
        result = []
        for row in range(self.table.rowCount()):
            code = self.table.item(row, BARCODE).text().strip()
            if code:
                result.append((code, self.table.cellWidget(row, COPIES).value()))
        return result

    def _barcode_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == BARCODE:
            self._show_names([item.row()])

    def _show_names(self, rows: list[int]) -> None:
        codes = {row: self.table.item(row, BARCODE).text().strip() for row in rows}
        try:
            names = self.context.read(lambda s: labels.label_item_names(s, codes.values(), self.context.language))
        except Exception as exc:  # noqa: BLE001 - a failed look-up shows as text, the list stays usable
            self.status.setText(error_text(exc))
            return
        self.table.blockSignals(True)
        for row, code in codes.items():
            cell = self.table.item(row, NAME)
            name = names.get(code)
            if not code:
                cell.setText("")
            elif name is None:
                cell.setText(self.tr("No item has this barcode"))
                cell.setForeground(QColor("#b00020"))
            else:
                cell.setText(name)
                cell.setForeground(QColor("#111111"))
        self.table.blockSignals(False)

    # --- layout and skip ---------------------------------------------------------------------

    def _load_layouts(self) -> None:
        def read(session):
            return labels.list_layouts(session), labels.default_layout_name(session)

        self.layouts, default = self.context.read(read)
        self.layout_box.blockSignals(True)
        for layout in self.layouts:
            self.layout_box.addItem(self._layout_text(layout), layout.name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(default)))
        self.layout_box.blockSignals(False)
        self._layout_changed()

    def _layout_text(self, layout: LabelLayout) -> str:
        width, height = (f"{side:g}" for side in layout.label_size)
        if layout.is_label_printer:
            return self.tr("{name}: label printer, one label of {width} × {height} mm").format(
                name=layout.name, width=width, height=height)
        return self.tr("{name}: {page} sheet of {count} labels, {width} × {height} mm each").format(
            name=layout.name, page=layout.page, count=layout.per_page, width=width, height=height)

    def current_layout(self) -> LabelLayout:
        return self.layouts[self.layout_box.currentIndex()]

    def select_layout(self, name: str) -> None:
        self.layout_box.setCurrentIndex(self.layout_box.findData(name))

    def _layout_changed(self) -> None:
        layout = self.current_layout()
        self.skip.setRange(0, layout.per_page - 1)
        self.skip.setEnabled(not layout.is_label_printer)

    # --- making the PDF off the GUI thread -----------------------------------------------------

    def _make_pdf(self):
        """A job for the worker: the PDF of the labels as the dialog stands now."""
        requests, layout = self.requests(), self.current_layout()
        skip, mark, language = self.skip.value(), self.fund_source.isChecked(), self.context.language
        return lambda: self.context.read(
            lambda s: labels.item_labels_pdf(s, requests, layout.name, language, skip=skip, fund_source_mark=mark))

    def _start(self, job, done, working_text: str) -> None:
        self.busy = True
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.status.setStyleSheet(BIG)
        self.status.setText(working_text)
        self.context.jobs.start(job, lambda future: self._finished(future, done))

    def _finished(self, future: Future, done) -> None:
        self.busy = False
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)
        error = future.exception()
        if error is not None:
            self.status.setStyleSheet(BIG + " color: #b00020; font-weight: bold;")
            self.status.setText(error_text(error))
            return
        done(future.result())

    def _default_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / "labels.pdf")

    def save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the labels as a PDF"), self._default_path(),
                                                    self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        make = self._make_pdf()

        def job():
            pdf = make()
            Path(path).write_bytes(pdf)
            return path

        self._start(job, self._saved, self.tr("Making the labels…"))

    def _saved(self, path: str) -> None:
        self.last_output = path
        self.status.setText(self.tr("The labels were saved to {path}").format(path=path))

    def choose_printer(self) -> QPrinter | None:
        """The printer the user picks in the system print dialog; None if they cancel."""
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print labels"))
        return printer if run_modal(dialog) == QDialog.Accepted else None

    def print_labels(self) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        make, layout = self._make_pdf(), self.current_layout()

        def job():
            pages = print_pdf(printer, make(), layout.page_size, layout.name)
            return printer.printerName() or printer.outputFileName(), pages

        self._start(job, self._printed, self.tr("Printing the labels…"))

    def _printed(self, result: tuple[str, int]) -> None:
        where, pages = result
        self.last_output = where
        self.status.setText(self.tr("%n page(s) of labels were sent to {printer}", "", pages).format(printer=where))
