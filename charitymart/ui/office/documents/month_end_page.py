"""Month end: the public transparency report (公示) previewed, printed, saved and published (which
closes the month), and the month's papers for each donor, household and consignor written into a
folder.

Publishing and the batches run on the office's worker; the services decide who may do what
(a cashier is refused publishing and household statements) and the page shows their refusal.
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.clock import to_local
from charitymart.services.context import get_store, store_today
from charitymart.services.documents import month as documents_month
from charitymart.services.errors import CharityMartError
from charitymart.services.reporting import closing
from charitymart.services.store import chain_heads
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.documents.folder_batch import FolderBatchPanel
from charitymart.ui.office.shared.dates import recent_months
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from charitymart.ui.office.shared.widgets import MessageLine, box, page_title

BUTTON = "font-size: 16pt; padding: 8px 20px;"
TEXT = "font-size: 16pt;"


class PublishDialog(QDialog):
    """Says in plain words what closing a month means before anything is published."""

    def __init__(self, month: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish and close {month}").format(month=month))
        self.setMinimumWidth(720)
        explanation = QLabel(self.tr(
            "Publishing the transparency report for {month} closes the month. After that, a donation or "
            "volunteer hours dated in {month} can only be entered as a correction with a reason, and the "
            "correction is listed in a later month's report. Publishing cannot be undone.").format(month=month))
        explanation.setWordWrap(True)
        explanation.setStyleSheet("font-size: 17pt;")
        buttons = QDialogButtonBox()
        self.publish_button = buttons.addButton(self.tr("Publish and close {month}").format(month=month),
                                                QDialogButtonBox.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.cancel_button.setDefault(True)  # Enter by habit must not close a month
        for button in (self.publish_button, self.cancel_button):
            button.setStyleSheet(BUTTON)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(buttons)


class MonthEndPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.publication: closing.Publication | None = None
        self._generation = 0
        self.title = page_title()
        self.month_caption = QLabel()
        self.month_caption.setStyleSheet(TEXT)
        self.month = QComboBox()
        self.month.setStyleSheet(TEXT)
        self.month.setMinimumWidth(200)
        for year, month in recent_months(context.read(store_today)):
            self.month.addItem(f"{year:04d}-{month:02d}", (year, month))
        self.month.currentIndexChanged.connect(self.refresh)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month_caption)
        month_row.addWidget(self.month)
        month_row.addStretch(1)

        self.report_box, report_layout = box()
        self.publication_status = QLabel()
        self.publication_status.setWordWrap(True)
        self.publication_status.setStyleSheet(TEXT + "font-weight: normal;")
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.open_transparency_report)
        self.publish_button = QPushButton()
        self.publish_button.clicked.connect(self.publish)
        report_buttons = QHBoxLayout()
        for button in (self.preview_button, self.publish_button):
            button.setStyleSheet(BUTTON + "font-weight: normal;")
            report_buttons.addWidget(button)
        report_buttons.addStretch(1)
        self.report_message = MessageLine()
        report_layout.addWidget(self.publication_status)
        report_layout.addLayout(report_buttons)
        report_layout.addWidget(self.report_message)

        self.papers_box, papers_layout = box()
        grid = QGridLayout()
        self.batch_labels: dict[str, QLabel] = {}
        self.batch_buttons: dict[str, QPushButton] = {}
        for row, kind in enumerate(("donor_receipts", "household_statements", "consignor_settlements")):
            label = QLabel()
            label.setStyleSheet(TEXT + "font-weight: normal;")
            button = QPushButton()
            button.setStyleSheet(BUTTON + "font-weight: normal;")
            button.clicked.connect(lambda _checked=False, kind=kind: self.write_batch(kind))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.batch_labels[kind], self.batch_buttons[kind] = label, button
        grid.setColumnStretch(0, 1)
        self.batch = FolderBatchPanel(context)
        self.batch.finished.connect(self._batch_finished)
        self.papers_message = MessageLine()
        papers_layout.addLayout(grid)
        papers_layout.addWidget(self.batch)
        papers_layout.addWidget(self.papers_message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(month_row)
        layout.addWidget(self.report_box)
        layout.addWidget(self.papers_box)
        layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Month end"))
        self.title.setText(self.tr("Month end"))
        self.month_caption.setText(self.tr("Month"))
        self.report_box.setTitle(self.tr("Transparency report (公示)"))
        self.preview_button.setText(self.tr("Preview, print or save…"))
        self.publish_button.setText(self.tr("Publish and close this month…"))
        self.papers_box.setTitle(self.tr("Papers for each person"))
        self.batch_labels["donor_receipts"].setText(self.tr("Monthly donor receipts: one PDF for each donor"))
        self.batch_labels["household_statements"].setText(
            self.tr("Household statements for signature: one PDF for each household (manager)"))
        self.batch_labels["consignor_settlements"].setText(
            self.tr("Consignor settlement statements: one PDF for each consignor"))
        for button in self.batch_buttons.values():
            button.setText(self.tr("Write to a folder…"))

    def chosen_month(self) -> tuple[int, int]:
        return self.month.currentData()

    def month_label(self) -> str:
        return self.month.currentText()

    # ----- publication status -----
    def refresh(self) -> None:
        year, month = self.chosen_month()

        def query(session):
            found = next((p for p in closing.publications(session) if (p.year, p.month) == (year, month)), None)
            return found, get_store(session).timezone

        self.publication, timezone = self.context.read(query)
        if self.publication is None:
            self.publication_status.setText(self.tr("{month} is not published yet.").format(month=self.month_label()))
        else:
            published = to_local(self.publication.published_at, timezone)
            self.publication_status.setText(self.tr(
                "{month} was published on {date} and is closed. Audit chain head at publication: {head}").format(
                    month=self.month_label(), date=published.strftime("%Y-%m-%d %H:%M"),
                    head=self.publication.chain_head))
        self.publish_button.setEnabled(self.publication is None)

    # ----- the transparency report -----
    def open_transparency_report(self) -> None:
        (year, month), language = self.chosen_month(), self.context.language

        def make(session):
            return documents_month.transparency_report_pdf(session, year, month, language)

        run_modal(DocumentDialog(self.context, self.tr("Transparency report {month}").format(month=self.month_label()),
                                 make, f"transparency-{year:04d}-{month:02d}.pdf", self))

    def publish(self) -> None:
        label = self.month_label()
        if run_modal(PublishDialog(label, self)) != QDialog.Accepted:
            return
        (year, month), actor = self.chosen_month(), self.context.actor
        self.publish_button.setEnabled(False)
        self.report_message.success(self.tr("Publishing {month}…").format(month=label))
        # The published head is also recorded outside the database, for verify (chain_heads).
        self.context.jobs.start(lambda: self.context.write(
            lambda s: chain_heads.remember_publication(s, closing.publish_month(s, actor, year, month))),
                                lambda future: self._published(future, label))

    def _published(self, future: Future, label: str) -> None:
        exc = future.exception()
        self.refresh()
        if isinstance(exc, CharityMartError):
            self.report_message.error(error_text(exc))
        elif exc is not None:
            raise exc
        else:
            self.report_message.success(self.tr(
                "{month} is published and closed. Write the chain head on the noticeboard copy: {head}").format(
                    month=label, head=future.result().chain_head))

    # ----- papers for each person -----
    def write_batch(self, kind: str) -> None:
        if self.batch.is_running():
            return
        start = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the PDFs"), start)
        if not folder:
            return
        for button in self.batch_buttons.values():
            button.setEnabled(False)
        self.papers_message.clear()
        self.batch.start(kind, *self.chosen_month(), folder)

    def _batch_finished(self, success: bool, text: str) -> None:
        for button in self.batch_buttons.values():
            button.setEnabled(True)
        if success:
            self.papers_message.success(text)
        else:
            self.papers_message.error(text)
