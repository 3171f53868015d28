"""Hours waiting for a manager: entered after the fact, or clocked spans so long that the
clock-out was probably forgotten. Approve (credited rounded down to the store's unit, earning
time-bank points) or reject, each with an optional note; the service checks the role."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from charitymart.services.errors import CharityMartError
from charitymart.services.people import hours
from charitymart.ui.messages import error_text
from charitymart.ui.office.people.common import (
    BIG_BUTTONS,
    ERROR_STYLE,
    TITLE_STYLE,
    RowsModel,
    big_table,
    hours_text,
    local_time,
    selected_rows,
    store_timezone,
)


class ApprovalsPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Hours to approve"))
        self.timezone = store_timezone(context)
        title = QLabel(self.tr("Hours waiting for a manager's decision"))
        title.setStyleSheet(TITLE_STYLE)
        self.model = RowsModel([self.tr("Date"), self.tr("Volunteer"), self.tr("From"), self.tr("To"),
                                self.tr("Hours"), self.tr("How"), self.tr("Entered by"), self.tr("Work done")], self)
        self.table = big_table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the record (optional), for example: confirmed by the "
                                             "organiser"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.reject_button.clicked.connect(lambda: self.decide(approve=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for button in (self.approve_button, self.reject_button):
            button.setStyleSheet(BIG_BUTTONS)
            buttons.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def refresh(self) -> None:
        """The list is small (what is left to decide) and read in one short transaction."""
        entries = self.context.read(hours.pending_entries)
        how = {"manual": self.tr("Entered later"), "clock": self.tr("Clocked (very long)")}
        self.model.set_rows([
            ((entry.work_date.isoformat(), self.tr("{code}: {name}").format(code=entry.volunteer_code,
                                                                           name=entry.volunteer_name),
              local_time(entry.started_at, self.timezone).strftime("%H:%M"),
              local_time(entry.ended_at, self.timezone).strftime("%H:%M"), hours_text(entry.minutes),
              how.get(entry.source, entry.source), entry.entered_by, entry.description), entry)
            for entry in entries
        ])
        if entries:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = bool(selected_rows(self.table))
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def decide(self, *, approve: bool) -> None:
        rows = selected_rows(self.table)
        if not rows:
            return
        entry = self.model.payload(rows[0])
        note = self.note.text()
        change = hours.approve if approve else hours.reject
        try:
            decision = self.context.write(lambda s: change(s, self.context.actor, entry.entry_id, note))
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return
        if approve:
            self.say(self.tr("Approved: {hours} hours credited to {name}.").format(
                hours=hours_text(decision.credited_minutes), name=entry.volunteer_name))
        else:
            self.say(self.tr("Rejected: the hours of {name} on {date} do not count.").format(
                name=entry.volunteer_name, date=entry.work_date.isoformat()))
        self.note.clear()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
