"""Volunteer clock-in / clock-out: scan the card (Enter clocks in, or out if already on duty) or
pick a name; shows who is on duty. A back-office page, and a dialog the counter opens
(`open_from_counter`). Any logged-in user may clock a volunteer in or out (services.people.hours)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services import clock
from charitymart.services.errors import CharityMartError
from charitymart.services.people import hours, volunteers
from charitymart.services.people import search as people_search
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.people.common import (
    BIG_BUTTONS,
    ERROR_STYLE,
    TITLE_STYLE,
    RowsModel,
    big_table,
    hours_text,
    local_time,
    points_text,
    selected_rows,
    store_timezone,
)

DONE_STYLE = "color: #0a3d0a; font-weight: bold;"


def _on_duty_now(session, code: str) -> bool:
    vol = volunteers.find_by_code(session, code)
    return vol is not None and volunteers.is_clocked_in(session, vol.id) is not None


class ClockPanel(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Clock in and out"))
        self.timezone = store_timezone(context)
        title = QLabel(self.tr("Volunteer clock-in and clock-out"))
        title.setStyleSheet(TITLE_STYLE)
        self.scan = QLineEdit()
        self.scan.setStyleSheet("font-size: 22pt;")
        self.scan.setPlaceholderText(self.tr("Scan the volunteer card and press Enter"))
        self.scan.returnPressed.connect(self.scanned)
        self.pick = QComboBox()
        self.pick.setStyleSheet("font-size: 16pt;")
        self.in_button = QPushButton(self.tr("Clock in"))
        self.out_button = QPushButton(self.tr("Clock out"))
        self.in_button.clicked.connect(lambda: self.clock(self.pick.currentData(), clock_in=True))
        self.out_button.clicked.connect(lambda: self.clock(self.pick.currentData(), clock_in=False))
        picking = QHBoxLayout()
        picking.addWidget(QLabel(self.tr("Or pick a name:")))
        picking.addWidget(self.pick, 1)
        for button in (self.in_button, self.out_button):
            button.setStyleSheet(BIG_BUTTONS)
            button.setAutoDefault(False)
            picking.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 18pt;")
        self.model = RowsModel([self.tr("Name"), self.tr("Card code"), self.tr("On duty since"),
                                self.tr("Hours so far")], self)
        self.table = big_table(self.model)
        self.leave_button = QPushButton(self.tr("Clock out the selected volunteer"))
        self.leave_button.setStyleSheet(BIG_BUTTONS)
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self.clock_out_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.scan)
        layout.addLayout(picking)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("On duty now")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.leave_button)
        self.refresh()
        self.scan.setFocus()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("font-size: 18pt; " + (ERROR_STYLE if error else DONE_STYLE))
        self.message.setText(text)
        if error:
            QApplication.beep()

    def refresh(self) -> None:
        def load(s):
            return hours.on_duty(s), people_search.search_volunteers(s, active=True)
        duty, listed = self.context.read(load)
        now = clock.now()
        self.model.set_rows([
            ((person.name, person.code, local_time(person.since, self.timezone).strftime("%H:%M"),
              hours_text(max(0, int((now - person.since).total_seconds() // 60)))), person)
            for person in duty
        ])
        self.leave_button.setEnabled(bool(duty))
        chosen = self.pick.currentData()
        self.pick.clear()
        for vol in listed:
            self.pick.addItem(self.tr("{name} ({code})").format(name=vol.name, code=vol.code), vol.code)
        if chosen is not None:
            self.pick.setCurrentIndex(max(0, self.pick.findData(chosen)))
        self.in_button.setEnabled(bool(listed))
        self.out_button.setEnabled(bool(listed))

    def scanned(self) -> None:
        code = self.scan.text().strip()
        if not code:
            self.say(self.tr("Scan the volunteer card and press Enter"), error=True)
            return
        on_duty = self.context.read(lambda s: _on_duty_now(s, code))
        self.clock(code, clock_in=not on_duty)

    def clock(self, code: str | None, *, clock_in: bool) -> None:
        if not code:
            return
        actor = self.context.actor
        try:
            if clock_in:
                event = self.context.write(lambda s: hours.clock_in(s, actor, code))
                name = self.context.read(lambda s: volunteers.get(s, event.volunteer_id).name)
                self.say(self.tr("{name} clocked in at {time}. Thank you for coming!").format(
                    name=name, time=local_time(event.created_at, self.timezone).strftime("%H:%M")))
            else:
                result = self.context.write(lambda s: hours.clock_out(s, actor, code))
                name = self.context.read(lambda s: volunteers.find_by_code(s, code).name)
                self.say(self._clock_out_text(name, result))
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
        self.scan.clear()
        self.scan.setFocus()
        self.refresh()

    def _clock_out_text(self, name: str, result) -> str:
        worked = hours_text(result.minutes)
        if not result.approved:
            return self.tr("{name} clocked out after {hours} hours. Such a long time waits for a manager's "
                           "approval.").format(name=name, hours=worked)
        if result.points_x100 > 0:
            return self.tr("{name} clocked out after {hours} hours: {credited} hours credited and {points} "
                           "time-bank points earned.").format(
                name=name, hours=worked, credited=hours_text(result.credited_minutes),
                points=points_text(result.points_x100))
        return self.tr("{name} clocked out after {hours} hours: {credited} hours credited.").format(
            name=name, hours=worked, credited=hours_text(result.credited_minutes))

    def clock_out_selected(self) -> None:
        rows = selected_rows(self.table)
        if rows:
            self.clock(self.model.payload(rows[0]).code, clock_in=False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self.scan.setFocus()


class ClockDialog(QDialog):
    """The panel as a dialog for the counter; Esc closes it."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clock in and out"))
        self.resize(1000, 680)
        self.panel = ClockPanel(context, self)
        close = QPushButton(self.tr("Close (Esc)"))
        close.setStyleSheet(BIG_BUTTONS)
        close.setAutoDefault(False)
        close.setFocusPolicy(Qt.NoFocus)  # focus stays in the scan field: Enter always clocks
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(close, 0, Qt.AlignRight)


def open_from_counter(window) -> None:
    """For the counter's key: the clock dialog as the cashier logged in at this till."""
    controller = window.controller
    context = OfficeContext(handle=controller.handle, actor=controller.actor, language=window.language,
                            currency=controller.currency)
    dialog = ClockDialog(context, window)
    context.jobs.setParent(dialog)  # the worker's timer goes with the dialog, not at interpreter exit
    run_modal(dialog)
    window.return_to_scan()
