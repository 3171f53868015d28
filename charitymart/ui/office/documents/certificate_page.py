"""Volunteer certificates (志愿服务证明): find the volunteer, choose the dates, issue a numbered
certificate (registered, audited) and print it; the register of certificates issued below.

The service decides: a manager issues; the full ID number is printed only for a manager and the
look at it is recorded; the person in charge is a store setting an admin changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.context import store_today
from charitymart.services.errors import CharityMartError
from charitymart.services.people import certificates
from charitymart.services.people import search as people_search
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text, translate_message
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.dates import date_field, picked_date
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from charitymart.ui.office.shared.live_search import LiveSearch, ResultList
from charitymart.ui.office.shared.widgets import MessageLine, ReadOnlyTable, box, page_title

TEXT = "font-size: 16pt;"
BUTTON = "font-size: 16pt; padding: 8px 20px;"


class CertificatePage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.volunteer: tuple[str, str] | None = None  # (code, name)
        self.title = page_title()
        self.form_box, form_layout = box()
        self.search_field = QLineEdit()
        self.search_field.setStyleSheet(TEXT + "font-weight: normal;")
        self.search_field.returnPressed.connect(self.pick_current)
        self.results = ResultList(self.search_field)
        self.results.itemClicked.connect(lambda _item: self.pick_current())
        self.search = LiveSearch(context, lambda s, text: people_search.search_volunteers(s, text=text, active=None),
                                 self._show_matches, self)
        self.search_field.textEdited.connect(self.search.request)
        self.chosen = QLabel()
        self.chosen.setStyleSheet(TEXT + "font-weight: bold;")
        today = context.read(store_today)
        self.first = date_field(date(today.year, 1, 1))
        self.last = date_field(today)
        dates = QHBoxLayout()
        self.to_caption = QLabel()
        self.to_caption.setStyleSheet(TEXT + "font-weight: normal;")
        dates.addWidget(self.first)
        dates.addWidget(self.to_caption)
        dates.addWidget(self.last)
        dates.addStretch(1)
        self.full_id = QCheckBox()
        self.full_id.setStyleSheet("QCheckBox { font-size: 16pt; font-weight: normal; }"
                                   " QCheckBox::indicator { width: 28px; height: 28px; }")
        self.person = QLineEdit()
        self.person.setStyleSheet(TEXT + "font-weight: normal;")
        self.save_person_button = QPushButton()
        self.save_person_button.setStyleSheet(BUTTON + "font-weight: normal;")
        self.save_person_button.clicked.connect(self.save_person_in_charge)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.save_person_button)
        self.issue_button = QPushButton()
        self.issue_button.setStyleSheet(BUTTON + "font-weight: bold;")
        self.issue_button.clicked.connect(self.issue)
        self.message = MessageLine()
        self.warnings = MessageLine()  # what the certificate will leave blank, told before printing
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.captions = [QLabel() for _ in range(4)]
        for caption in self.captions:
            caption.setStyleSheet(TEXT + "font-weight: normal;")
        search_column = QVBoxLayout()
        search_column.addWidget(self.search_field)
        search_column.addWidget(self.results)
        search_column.addWidget(self.chosen)
        form.addRow(self.captions[0], search_column)
        form.addRow(self.captions[1], dates)
        form.addRow(self.captions[2], self.full_id)
        form.addRow(self.captions[3], person_row)
        form_layout.addLayout(form)
        form_layout.addWidget(self.warnings)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.issue_button)
        form_layout.addLayout(actions)
        self.register_box, register_layout = box()
        self.register = ReadOnlyTable(7, stretch=1)
        register_layout.addWidget(self.register)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.form_box)
        layout.addWidget(self.register_box, 1)
        self.retranslate()
        self.person.setText(context.read(certificates.person_in_charge))
        self.refresh()
        self.show_warnings()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Volunteer certificate"))
        self.title.setText(self.tr("Volunteer certificate (志愿服务证明)"))
        self.form_box.setTitle(self.tr("Issue a certificate"))
        self.search_field.setPlaceholderText(self.tr("Type the volunteer's code or name, then press Enter"))
        for caption, text in zip(self.captions, (self.tr("Volunteer"), self.tr("Hours from"),
                                                 self.tr("ID number"), self.tr("Person in charge"))):
            caption.setText(text)
        self.to_caption.setText(self.tr("to"))
        self.full_id.setText(self.tr("Print the full ID number (manager only; the look is recorded)"))
        self.save_person_button.setText(self.tr("Save name"))
        self.issue_button.setText(self.tr("Issue certificate…"))
        self.register_box.setTitle(self.tr("Certificates issued"))
        self.register.set_headers([self.tr("Number"), self.tr("Volunteer"), self.tr("First day"), self.tr("Last day"),
                                   self.tr("Hours"), self.tr("Full ID"), self.tr("Issued on, by")])
        self._show_chosen()

    # ----- the volunteer -----
    def _show_matches(self, found: list) -> None:
        self.results.fill([(self.tr("{name} ({code})").format(name=v.name, code=v.code), (v.code, v.name))
                           for v in found])

    def pick_current(self) -> None:
        value = self.results.current_value()
        if value is None:
            return
        self.volunteer = value
        self.results.hide()
        self.search.cancel()
        self.search_field.clear()
        self._show_chosen()
        self.message.clear()

    def _show_chosen(self) -> None:
        if self.volunteer is None:
            self.chosen.setText(self.tr("No volunteer chosen yet."))
        else:
            self.chosen.setText(self.tr("Chosen: {name} ({code})").format(name=self.volunteer[1],
                                                                          code=self.volunteer[0]))

    # ----- the register -----
    def refresh(self) -> None:
        try:
            entries = self.context.read(lambda s: certificates.certificate_register(s, self.context.actor))
        except CharityMartError as exc:  # the register names volunteers: a cashier sees it empty, and why
            self.register.set_rows([])
            self.message.error(error_text(exc))
            return
        yes, no = self.tr("yes"), self.tr("no")
        self.register.set_rows([
            (e.number, self.tr("{name} ({code})").format(name=e.volunteer_name, code=e.volunteer_code),
             e.first_day.isoformat(), e.last_day.isoformat(), e.hours, yes if e.full_id_printed else no,
             self.tr("{date}, {name}").format(date=e.issued_on.isoformat(), name=e.issued_by))
            for e in entries], right_aligned=(4,))

    # ----- actions -----
    def save_person_in_charge(self) -> None:
        name, actor = self.person.text(), self.context.actor
        try:
            self.context.write(lambda s: certificates.set_person_in_charge(s, actor, name))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.message.success(self.tr("The person in charge is saved."))
        self.show_warnings()

    def show_warnings(self) -> bool:
        """Tell the manager, before printing, what the certificate will leave blank; True if anything."""
        warnings = self.context.read(certificates.certificate_warnings)
        if warnings:
            self.warnings.error("\n".join(translate_message(warning) for warning in warnings))
        else:
            self.warnings.clear()
        return bool(warnings)

    def problem(self) -> str:
        if self.volunteer is None:
            return self.tr("Volunteer: find and choose the volunteer first.")
        if picked_date(self.first) > picked_date(self.last):
            return self.tr("Hours from: the first day is after the last day.")
        return ""

    def issue(self) -> None:
        problem = self.problem()
        if problem:
            self.message.error(problem)
            return
        self.show_warnings()  # shown on the page while the document is made and previewed
        code, name = self.volunteer
        first, last, full_id = picked_date(self.first), picked_date(self.last), self.full_id.isChecked()
        actor, language = self.context.actor, self.context.language
        issued: list[str] = []

        def make(session):
            certificate = certificates.issue_certificate(session, actor, code, first, last, language, full_id=full_id)
            issued.append(certificate.number)
            return certificate.pdf

        dialog = DocumentDialog(self.context, self.tr("Volunteer certificate for {name}").format(name=name), make,
                                f"certificate-{code}-{first.isoformat()}-{last.isoformat()}.pdf", self)
        run_modal(dialog)
        self.refresh()
        if issued and self.register.cell_text(0, 0) == issued[0]:  # committed, not only made
            self.message.success(self.tr("Certificate {number} is in the register.").format(number=issued[0]))
