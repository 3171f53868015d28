"""Register or edit a volunteer; enter hours worked away from the counter (pending until a
manager approves them). Fields are checked as they are typed; a service refusal is shown under
the field it names; Save is one transaction."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QTimeEdit

from charitymart.services.people import hours, volunteers
from charitymart.services.reporting import closing
from charitymart.ui.office.people.common import hours_text
from charitymart.ui.office.people.household_form import (
    FormDialog,
    from_qdate,
    id_number_problem,
    id_type_labels,
    to_qdate,
)
from charitymart.ui.office.shared.correction_box import CorrectionBox


class VolunteerForm(FormDialog):
    """A new volunteer (volunteer_id None) or an edit; an empty ID number keeps the recorded one."""

    def __init__(self, context, volunteer=None, personal=None, parent=None):
        super().__init__(context, parent)
        self.volunteer = volunteer
        self.setWindowTitle(self.tr("Register a volunteer") if volunteer is None else self.tr("Edit the volunteer"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan or type the volunteer card code"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.id_type = QComboBox()
        for key, label in id_type_labels().items():
            self.id_type.addItem(label, key)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("Optional; needed for a volunteer service certificate"))
        e = self.errors
        e.add_row(self.form, "code", self.tr("Volunteer card code"), self.code)
        e.add_row(self.form, "name", self.tr("Name"), self.name)
        e.add_row(self.form, "phone", self.tr("Phone"), self.phone)
        e.add_row(self.form, "id_type", self.tr("ID document"), self.id_type)
        e.add_row(self.form, "id_number", self.tr("ID number"), self.id_number)
        if volunteer is not None:
            self.code.setText(volunteer.code)
            self.name.setText(volunteer.name)
        if personal is not None:
            self.phone.setText(personal.phone)
            self.id_type.setCurrentIndex(max(0, self.id_type.findData(personal.id_type)))
            if personal.id_masked:
                self.id_number.setPlaceholderText(self.tr("Now {masked}; leave empty to keep it").format(
                    masked=personal.id_masked))
        self.finish_layout()
        for key, widget in (("code", self.code), ("name", self.name), ("phone", self.phone),
                            ("id_number", self.id_number)):
            self.watch(key, widget.textChanged)
        self.watch("id_number", self.id_type.currentIndexChanged)
        self.code.setFocus()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        code = self.code.text().strip()
        if not code:
            found["code"] = self.tr("Volunteer card code: scan or type the code on the card.")
        elif any(ch.isspace() for ch in code):
            found["code"] = self.tr("Volunteer card code: a code has no spaces.")
        elif len(code) > 40:
            found["code"] = self.tr("Volunteer card code: at most 40 characters.")
        name = self.name.text().strip()
        if not name:
            found["name"] = self.tr("Name: type the volunteer's name.")
        elif len(name) > 100:
            found["name"] = self.tr("Name: at most 100 characters.")
        if len(self.phone.text().strip()) > 50:
            found["phone"] = self.tr("Phone: at most 50 characters.")
        number = self.id_number.text().strip()
        if number:
            problem = id_number_problem(number, self.id_type.currentData())
            if problem:
                found["id_number"] = problem
        return found

    def apply(self, session) -> int:
        actor = self.context.actor
        number = self.id_number.text().strip()
        if self.volunteer is None:
            vol = volunteers.register(session, actor, code=self.code.text(), name=self.name.text(),
                                      phone=self.phone.text(), id_number=number, id_type=self.id_type.currentData())
        else:
            vol = volunteers.update(session, actor, self.volunteer.id, code=self.code.text(), name=self.name.text(),
                                    phone=self.phone.text(), id_number=number or None,
                                    id_type=self.id_type.currentData() if number else None)
        session.flush()
        return vol.id


def qtime_to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ManualEntryDialog(FormDialog):
    """Hours worked away from the counter: date, start, end (store time) and what was done."""

    def __init__(self, context, volunteer, today: date, parent=None):
        super().__init__(context, parent)
        self.volunteer = volunteer
        self.today = today
        self.setWindowTitle(self.tr("Hours worked away from the counter"))
        who = QLabel(self.tr("Volunteer {code}: {name}").format(code=volunteer.code, name=volunteer.name))
        who.setStyleSheet("font-size: 17pt; font-weight: bold;")
        self.form.addRow(who)
        self.work_date = QDateEdit(to_qdate(today))
        self.work_date.setCalendarPopup(True)
        self.work_date.setDisplayFormat("yyyy-MM-dd")
        self.work_date.setMaximumDate(to_qdate(today))
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit(QTime(12, 0))
        self.end.setDisplayFormat("HH:mm")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was done, for example: sorting donated clothes"))
        self.length = QLabel()
        e = self.errors
        e.add_row(self.form, "work_date", self.tr("Date worked"), self.work_date)
        e.add_row(self.form, "started_at", self.tr("Started at"), self.start)
        e.add_row(self.form, "ended_at", self.tr("Finished at"), self.end)
        e.add_row(self.form, "description", self.tr("Work done"), self.note)
        self.form.addRow(self.length)
        pending = QLabel(self.tr("The hours count once a manager approves them."))
        pending.setWordWrap(True)
        self.form.addRow(pending)
        # A day in a published month: the hours are a correction, with a category and a reason.
        self.correction = CorrectionBox(context.read(closing.closed_through))
        self.form.addRow(self.correction)
        self.work_date.dateChanged.connect(lambda value: self.correction.follow_day(from_qdate(value)))
        self.correction.follow_day(today)
        self.finish_layout()
        self.watch("work_date", self.work_date.dateChanged)
        self.watch("started_at", self.start.timeChanged)
        self.watch("ended_at", self.end.timeChanged)
        self.watch("description", self.note.textChanged)
        self.watch("correction", self.correction.category.currentIndexChanged)
        self.watch("correction", self.correction.reason.textChanged)
        self.touched.add("ended_at")  # the times are filled in: say at once if they don't fit
        self.check()
        self.note.setFocus()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        start, end = self.start.time(), self.end.time()
        minutes = start.secsTo(end) // 60
        if minutes <= 0:
            found["ended_at"] = self.tr("Finished at: the end time must be after the start time.")
            self.length.clear()
        else:
            self.length.setText(self.tr("That is {hours} hours before rounding.").format(hours=hours_text(minutes)))
        if len(self.note.text().strip()) > 1000:
            found["description"] = self.tr("Work done: at most 1000 characters.")
        if from_qdate(self.work_date.date()) > self.today:
            found["work_date"] = self.tr("Date worked: the date is in the future.")
        missing = self.correction.problem()
        if missing:
            found["correction"] = missing
        return found

    def apply(self, session) -> int:
        day = from_qdate(self.work_date.date())
        started: datetime = hours.local_time_utc(session, day, qtime_to_time(self.start.time()))
        ended: datetime = hours.local_time_utc(session, day, qtime_to_time(self.end.time()))
        entry = hours.add_manual_entry(session, self.context.actor, self.volunteer.code, day, started, ended,
                                       description=self.note.text(), **self.correction.fields())
        session.flush()
        return entry.id
