"""Shift and stock papers: the Z-report of a chosen shift (or of every shift of a day), the stock
and expiry report as of a day, and the volunteer hours report over a range of days.

Each opens the document dialog, which makes the PDF on the office's worker.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charitymart.services.context import store_today
from charitymart.services.documents import money as documents_money
from charitymart.services.documents import month as documents_month
from charitymart.services.documents.shifts import ShiftChoice, shift_choices
from charitymart.ui.dialogs import run_modal
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.dates import date_field, picked_date
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from charitymart.ui.office.shared.widgets import MessageLine, box, page_title

TEXT = "font-size: 16pt; font-weight: normal;"
BUTTON = "font-size: 16pt; padding: 8px 20px; font-weight: normal;"


def caption() -> QLabel:
    label = QLabel()
    label.setStyleSheet(TEXT)
    return label


def button(slot) -> QPushButton:
    push = QPushButton()
    push.setStyleSheet(BUTTON)
    push.clicked.connect(slot)
    return push


class ShiftStockPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        today = context.read(store_today)
        self.title = page_title()

        self.z_box, z_layout = box()
        self.z_day_caption, self.z_shift_caption = caption(), caption()
        self.z_day = date_field(today)
        self.z_day.dateChanged.connect(lambda _day: self.load_shifts())
        self.shift = QComboBox()
        self.shift.setStyleSheet(TEXT)
        self.shift.setMinimumWidth(520)
        self.z_shift_button = button(self.z_report_for_shift)
        self.z_day_button = button(self.z_report_for_day)
        self.z_message = MessageLine()
        row = QHBoxLayout()
        for widget in (self.z_day_caption, self.z_day, self.z_shift_caption, self.shift):
            row.addWidget(widget)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.z_shift_button)
        buttons.addWidget(self.z_day_button)
        buttons.addStretch(1)
        z_layout.addLayout(row)
        z_layout.addLayout(buttons)
        z_layout.addWidget(self.z_message)

        self.stock_box, stock_layout = box()
        self.stock_caption = caption()
        self.stock_day = date_field(today)
        self.stock_button = button(self.stock_report)
        row = QHBoxLayout()
        for widget in (self.stock_caption, self.stock_day, self.stock_button):
            row.addWidget(widget)
        row.addStretch(1)
        stock_layout.addLayout(row)

        self.hours_box, hours_layout = box()
        self.hours_caption, self.hours_to = caption(), caption()
        self.hours_first = date_field(today.replace(day=1))
        self.hours_last = date_field(today)
        self.hours_button = button(self.hours_report)
        self.hours_message = MessageLine()
        row = QHBoxLayout()
        for widget in (self.hours_caption, self.hours_first, self.hours_to, self.hours_last, self.hours_button):
            row.addWidget(widget)
        row.addStretch(1)
        hours_layout.addLayout(row)
        hours_layout.addWidget(self.hours_message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.z_box)
        layout.addWidget(self.stock_box)
        layout.addWidget(self.hours_box)
        layout.addStretch(1)
        self.retranslate()
        self.load_shifts()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shift and stock"))
        self.title.setText(self.tr("Shift, stock and hours reports"))
        self.z_box.setTitle(self.tr("Shift Z-report"))
        self.z_day_caption.setText(self.tr("Day"))
        self.z_shift_caption.setText(self.tr("Shift"))
        self.z_shift_button.setText(self.tr("Z-report of this shift…"))
        self.z_day_button.setText(self.tr("Z-reports of every shift that day…"))
        self.stock_box.setTitle(self.tr("Stock and expiry report"))
        self.stock_caption.setText(self.tr("Stock as of"))
        self.stock_button.setText(self.tr("Stock report…"))
        self.hours_box.setTitle(self.tr("Volunteer hours report"))
        self.hours_caption.setText(self.tr("Hours from"))
        self.hours_to.setText(self.tr("to"))
        self.hours_button.setText(self.tr("Hours report…"))

    def refresh(self) -> None:
        self.load_shifts()  # a shift closed at the counter since the page was last shown

    def shift_text(self, choice: ShiftChoice) -> str:
        opened = choice.opened_local.strftime("%H:%M")
        if choice.closed_local is None:
            return self.tr("Shift {number}, till {till}, opened {opened} by {name}, still open").format(
                number=choice.shift_id, till=choice.till, opened=opened, name=choice.opened_by)
        return self.tr("Shift {number}, till {till}, {opened} to {closed}, {name}").format(
            number=choice.shift_id, till=choice.till, opened=opened, closed=choice.closed_local.strftime("%H:%M"),
            name=choice.opened_by)

    def load_shifts(self) -> None:
        day = picked_date(self.z_day)
        choices = self.context.read(lambda s: shift_choices(s, day))
        self.shift.clear()
        for choice in choices:
            self.shift.addItem(self.shift_text(choice), choice.shift_id)
        self.z_shift_button.setEnabled(bool(choices))
        self.z_day_button.setEnabled(bool(choices))
        if choices:
            self.z_message.clear()
        else:
            self.z_message.error(self.tr("No shift was opened on {day}.").format(day=day.isoformat()))

    def open_document(self, title: str, make, file_name: str) -> None:
        run_modal(DocumentDialog(self.context, title, make, file_name, self))

    def z_report_for_shift(self) -> None:
        shift_id, language, actor = self.shift.currentData(), self.context.language, self.context.actor
        if shift_id is None:
            return
        self.open_document(self.tr("Z-report of shift {number}").format(number=shift_id),
                           lambda s: documents_money.z_report_pdf_for(s, actor, shift_id=shift_id,
                                                                      language=language)[1],
                           f"z-report-shift-{shift_id}.pdf")

    def z_report_for_day(self) -> None:
        day, language, actor = picked_date(self.z_day), self.context.language, self.context.actor
        self.open_document(self.tr("Z-reports of {day}").format(day=day.isoformat()),
                           lambda s: documents_money.z_report_pdf_for(s, actor, day=day, language=language)[1],
                           f"z-reports-{day.isoformat()}.pdf")

    def stock_report(self) -> None:
        day, language = picked_date(self.stock_day), self.context.language
        as_of: date | None = None if day == self.context.read(store_today) else day
        self.open_document(self.tr("Stock and expiry report as of {day}").format(day=day.isoformat()),
                           lambda s: documents_month.stock_report_pdf(s, language, as_of),
                           f"stock-{day.isoformat()}.pdf")

    def hours_report(self) -> None:
        first, last, language = picked_date(self.hours_first), picked_date(self.hours_last), self.context.language
        actor = self.context.actor
        if first > last:
            self.hours_message.error(self.tr("Hours from: the first day is after the last day."))
            return
        self.hours_message.clear()
        self.open_document(self.tr("Volunteer hours {first} to {last}").format(first=first.isoformat(),
                                                                              last=last.isoformat()),
                           lambda s: documents_month.hours_report_pdf(s, actor, first, last, language),
                           f"hours-{first.isoformat()}-{last.isoformat()}.pdf")
