"""Import and export: load a spreadsheet (catalog, donors, donations, households, volunteers),
first as a check that changes nothing if the manager likes, and write CSV exports for a date
range. Both run off the GUI thread with progress and Cancel; an import is all or nothing (a
refusal lists every bad row and column), an export appears only once it is complete.
Formats: docs/import-formats.md; the same services as `charitymart import` / `export`.
"""

from __future__ import annotations

import zipfile
from concurrent.futures import Future
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.context import store_today
from charitymart.services.data.exports import export_csv
from charitymart.services.data.imports import ImportResult, check_file, import_file
from charitymart.services.errors import CharityMartError
from charitymart.services.tabular import ImportRefused
from charitymart.ui.messages import error_text, translate_message
from charitymart.ui.office.admin.data_job import Cancelled, DataJobPanel
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.dates import date_field, picked_date
from charitymart.ui.office.shared.widgets import MessageLine, ReadOnlyTable, box, page_title

EXPORT_KINDS = ("sales", "sale-lines", "donations", "stock", "hours", "donation-receipts", "expenses")
FIELD = "font-size: 16pt; padding: 4px;"
BUTTON = "font-size: 16pt; padding: 8px 20px;"


class DataPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.title = page_title()
        self.import_box, import_layout = box()
        self.import_kind = QComboBox()
        self.import_file = QLineEdit()
        self.import_choose = QPushButton()
        self.import_choose.clicked.connect(self.choose_import_file)
        self.import_kind_label, self.import_file_label = QLabel(), QLabel()
        self.check_button, self.import_button = QPushButton(), QPushButton()
        self.check_button.clicked.connect(lambda: self.start_import(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start_import(dry_run=False))
        form = QFormLayout()
        form.addRow(self.import_kind_label, self.import_kind)
        form.addRow(self.import_file_label, self._with_button(self.import_file, self.import_choose))
        import_layout.addLayout(form)
        import_buttons = QHBoxLayout()
        import_buttons.addStretch(1)
        import_buttons.addWidget(self.check_button)
        import_buttons.addWidget(self.import_button)
        import_layout.addLayout(import_buttons)

        self.export_box, export_layout = box()
        self.export_kind = QComboBox()
        self.export_kind.currentIndexChanged.connect(self._export_kind_changed)
        today = context.read(store_today)
        self.first_day, self.last_day = date_field(today.replace(day=1)), date_field(today)
        self.export_file = QLineEdit()
        self.export_choose = QPushButton()
        self.export_choose.clicked.connect(self.choose_export_file)
        self.export_kind_label, self.first_label, self.last_label, self.export_file_label = (
            QLabel(), QLabel(), QLabel(), QLabel())
        self.export_form = QFormLayout()
        self.export_form.addRow(self.export_kind_label, self.export_kind)
        self.export_form.addRow(self.first_label, self.first_day)
        self.export_form.addRow(self.last_label, self.last_day)
        self.export_form.addRow(self.export_file_label, self._with_button(self.export_file, self.export_choose))
        export_layout.addLayout(self.export_form)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.start_export)
        export_layout.addWidget(self.export_button, alignment=Qt.AlignRight)

        for widget in (self.import_kind, self.import_file, self.export_kind, self.export_file):
            widget.setStyleSheet(FIELD)
        for combo in (self.import_kind, self.export_kind):  # a long kind name must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        for field in (self.import_file, self.export_file):  # a long path shows its end; the whole on hover
            field.textChanged.connect(field.setToolTip)
        for button in (self.import_choose, self.check_button, self.import_button, self.export_choose,
                       self.export_button):
            button.setStyleSheet(BUTTON)
        for label in (self.import_kind_label, self.import_file_label, self.export_kind_label, self.first_label,
                      self.last_label, self.export_file_label):
            label.setStyleSheet("font-size: 16pt;")

        self.jobs = DataJobPanel(context)
        self.message = MessageLine()
        self.problems = ReadOnlyTable(3, stretch=2)
        self.problems.hide()
        boxes = QHBoxLayout()
        boxes.addWidget(self.import_box, 1)
        boxes.addWidget(self.export_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(boxes)
        layout.addWidget(self.jobs)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        self.retranslate()

    @staticmethod
    def _with_button(field: QLineEdit, button: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        layout.addWidget(button)
        return row

    def import_kind_names(self) -> dict[str, str]:
        return {
            "catalog": self.tr("Catalog (items and prices)"),
            "donors": self.tr("Donors"),
            "donations": self.tr("Donations"),
            "beneficiaries": self.tr("Households (beneficiaries)"),
            "volunteers": self.tr("Volunteers"),
            "expenses": self.tr("Expenses (money spent)"),
        }

    def export_kind_names(self) -> dict[str, str]:
        return {
            "sales": self.tr("Sales (one row a receipt)"),
            "sale-lines": self.tr("Sale lines (one row an item sold)"),
            "donations": self.tr("Donated goods"),
            "stock": self.tr("Stock on hand"),
            "hours": self.tr("Volunteer hours"),
            "donation-receipts": self.tr("Donations for the finance bureau's e-receipts (捐赠票据)"),
            "expenses": self.tr("Expenses (money spent)"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import and export"))
        self.title.setText(self.tr("Import and export"))
        self.import_box.setTitle(self.tr("Import a spreadsheet"))
        self.export_box.setTitle(self.tr("Export to a CSV file"))
        self._fill_kinds(self.import_kind, self.import_kind_names())
        self._fill_kinds(self.export_kind, self.export_kind_names())
        self.import_kind_label.setText(self.tr("What to import"))
        self.import_file_label.setText(self.tr("File"))
        self.import_file.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.import_choose.setText(self.tr("Choose…"))
        self.check_button.setText(self.tr("Check only"))
        self.import_button.setText(self.tr("Import"))
        self.export_kind_label.setText(self.tr("What to export"))
        self.first_label.setText(self.tr("First day"))
        self.export_file_label.setText(self.tr("Save as"))
        self.export_choose.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.problems.set_headers([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self._export_kind_changed()

    @staticmethod
    def _fill_kinds(combo: QComboBox, names: dict[str, str]) -> None:
        chosen = combo.currentData()
        combo.clear()
        for kind, name in names.items():
            combo.addItem(name, kind)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _export_kind_changed(self) -> None:
        as_of = self.export_kind.currentData() == "stock"  # stock is a position at the end of a day
        self.export_form.setRowVisible(self.first_day, not as_of)
        self.last_label.setText(self.tr("As of") if as_of else self.tr("Last day"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.check_button, self.import_button, self.export_button, self.import_choose,
                       self.export_choose):
            widget.setEnabled(not busy)

    # --- import ---------------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), self.import_file.text(),
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path:
            self.import_file.setText(path)

    def start_import(self, dry_run: bool) -> None:
        if self.jobs.is_running():
            return
        path = self.import_file.text().strip()
        if not path:
            self.message.error(self.tr("Choose the file to import first."))
            return
        kind = self.import_kind.currentData()
        context, actor = self.context, self.context.actor
        run = check_file if dry_run else import_file
        self.problems.hide()
        self.message.setText("")
        self._set_busy(True)
        self.jobs.start(lambda progress: context.write(lambda s: run(s, actor, kind, path, progress.update)),
                        lambda future: self._import_finished(future, dry_run, Path(path).name), "read")

    def _import_finished(self, future: Future, dry_run: bool, file_name: str) -> None:
        self._set_busy(False)
        exc = future.exception()
        if isinstance(exc, Cancelled):
            self.message.error(self.tr("Cancelled: nothing was imported."))
        elif isinstance(exc, ImportRefused):
            self.show_problems(exc)
        elif isinstance(exc, CharityMartError):
            self.message.error(error_text(exc))
        elif isinstance(exc, (OSError, zipfile.BadZipFile)):
            self.message.error(self.tr("Could not read {file}: {reason}").format(
                file=file_name, reason=getattr(exc, "strerror", None) or str(exc)))
        elif exc is not None:
            raise exc
        else:
            self.message.success(self.result_text(future.result(), dry_run))

    def result_text(self, result: ImportResult, dry_run: bool) -> str:
        if dry_run:
            text = self.tr("All {rows} rows are correct: {added} would be added and {updated} updated. This was only a check: nothing was imported.")
            return text.format(rows=result.rows, added=result.added, updated=result.updated)
        return self.tr("Imported {rows} rows: {added} added, {updated} updated.").format(
            rows=result.rows, added=result.added, updated=result.updated)

    def show_problems(self, refusal: ImportRefused) -> None:
        self.message.error(self.tr("The file has %n problem(s), listed below: nothing was imported. "
                                   "Correct the rows and try again.", "", len(refusal.problems)))
        self.problems.set_rows([(str(p.row), p.column, translate_message(p.template, p.params))
                                for p in refusal.problems])
        self.problems.show()

    # --- export ---------------------------------------------------------------------------------

    def export_range(self) -> tuple[date, date]:
        last = picked_date(self.last_day)
        first = date.min if self.export_kind.currentData() == "stock" else picked_date(self.first_day)
        return first, last

    def choose_export_file(self) -> None:
        kind = self.export_kind.currentData()
        first, last = self.export_range()
        name = f"{kind}-{last.isoformat()}.csv" if kind == "stock" else f"{kind}-{first}-{last}.csv"
        start = str(Path(self.export_file.text()).with_name(name)) if self.export_file.text() else name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export as"), start,
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_file.setText(path if path.lower().endswith(".csv") else path + ".csv")

    def start_export(self) -> None:
        if self.jobs.is_running():
            return
        text = self.export_file.text().strip()
        if not text:
            self.message.error(self.tr("Choose where to save the export first."))
            return
        first, last = self.export_range()
        if first > last:
            self.message.error(self.tr("The first day is after the last day."))
            return
        out, kind, context = Path(text), self.export_kind.currentData(), self.context
        if not out.parent.is_dir():
            self.message.error(self.tr("The folder {folder} does not exist.").format(folder=str(out.parent)))
            return
        self.problems.hide()
        self.message.setText("")
        self._set_busy(True)
        self.jobs.start(lambda progress: context.read(lambda s: export_csv(s, context.actor, kind, first, last, out,
                                                                           progress.update)),
                        lambda future: self._export_finished(future, out), "written")

    def _export_finished(self, future: Future, out: Path) -> None:
        self._set_busy(False)
        exc = future.exception()
        if isinstance(exc, Cancelled):
            self.message.error(self.tr("Cancelled: no file was written."))
        elif isinstance(exc, CharityMartError):
            self.message.error(error_text(exc))
        elif isinstance(exc, OSError):
            self.message.error(self.tr("Could not write {file}: {reason}").format(
                file=str(out), reason=exc.strerror or str(exc)))
        elif exc is not None:
            raise exc
        else:
            self.message.success(self.tr("Exported {count} rows to {file}.").format(count=future.result(),
                                                                                   file=str(out)))
