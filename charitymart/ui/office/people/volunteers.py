"""Back office: volunteers, their hours and time bank; the approvals list; the clock panel.

`pages(context)` gives three pages: volunteers (list, search by code, name or pinyin; detail
with this month's and year's approved hours, hours waiting for approval, time-bank balance and
ledger), approvals of hours entered after the fact, and the clock-in/out panel.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.context import store_today
from charitymart.services.errors import CharityMartError
from charitymart.services.people import hours, volunteers
from charitymart.services.people import search as people_search
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text
from charitymart.ui.office.people.approvals import ApprovalsPage
from charitymart.ui.office.people.clock_panel import ClockPanel
from charitymart.ui.office.people.common import (
    ERROR_STYLE,
    TITLE_STYLE,
    RowsModel,
    ask_purpose,
    big_table,
    hours_text,
    list_and_detail,
    local_time,
    points_text,
    selected_rows,
    store_timezone,
)
from charitymart.ui.office.people.volunteer_forms import (
    ManualEntryDialog,
    VolunteerForm,
)

SEARCH_DELAY_MS = 250


class VolunteersPage(QWidget):
    card_labels_requested = Signal(str, list)  # ("volunteer", [codes]): the integrator prints them

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Volunteers"))
        self.timezone = store_timezone(context)
        self.today = context.read(store_today)
        self.current = None
        self._generation = 0
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.show_left.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Card, name or pinyin"))
        self.show_left = QCheckBox(self.tr("Also show volunteers who have left"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.show_left, 2)
        self.model = RowsModel([self.tr("Card code"), self.tr("Name"), self.tr("Joined"), self.tr("State")], self)
        self.table = big_table(self.model, multi=True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register a volunteer"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.active_button = QPushButton(self.tr("Mark as left"))
        self.personal_button = QPushButton(self.tr("Personal details"))
        self.entry_button = QPushButton(self.tr("Add hours worked"))
        self.label_button = QPushButton(self.tr("Print card labels"))
        actions = ((self.register_button, self.register), (self.edit_button, self.edit),
                   (self.active_button, self.toggle_active), (self.personal_button, self.show_personal),
                   (self.entry_button, self.add_entry), (self.label_button, self.print_labels))
        splitter = list_and_detail(filters, (self.table, self.message), actions, self._build_detail(), (600, 760))
        QVBoxLayout(self).addWidget(splitter)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = (("month", self.tr("Approved hours this month")), ("year", self.tr("Approved hours this year")),
                    ("pending", self.tr("Hours waiting for approval")), ("points", self.tr("Time-bank points")))
        for row, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #0a3d0a;")
            self.figures[key] = value
            value.setWordWrap(True)  # "17.00 points, worth ¥17.00" in two lines on a 1280 px screen
            label = QLabel(caption)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        self.personal_box = QGroupBox(self.tr("Personal details (this view is recorded)"))
        personal = QGridLayout(self.personal_box)
        self.personal: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate((("phone", self.tr("Phone")), ("id", self.tr("ID number")))):
            value = QLabel()
            self.personal[key] = value
            personal.addWidget(QLabel(caption), row, 0)
            personal.addWidget(value, row, 1)
        self.personal_box.hide()
        self.ledger_model = RowsModel([self.tr("Time"), self.tr("What"), self.tr("Points"), self.tr("Balance"),
                                       self.tr("Receipt or note")], self)
        self.ledger = big_table(self.ledger_model)
        grid.setColumnStretch(1, 1)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addWidget(self.personal_box)
        column.addWidget(QLabel(self.tr("Time-bank ledger")))
        column.addWidget(self.ledger, 1)
        return panel

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # ----- loading -----
    def refresh(self, select_id: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        text, active = self.search.text(), None if self.show_left.isChecked() else True

        def query():
            return self.context.read(lambda s: people_search.search_volunteers(s, text=text, active=active))

        def done(future):
            if generation != self._generation:
                return
            try:
                rows = future.result()
            except CharityMartError as exc:
                self.say(error_text(exc), error=True)
                return
            self._show_rows(rows, select_id)
        self.context.jobs.start(query, done)

    def _state_text(self, row) -> str:
        if not row.active:
            return self.tr("Has left")
        return self.tr("On duty") if row.on_duty else self.tr("Active")

    def _show_rows(self, rows, select_id) -> None:
        self.model.set_rows([((row.code, row.name, row.joined_on.isoformat(), self._state_text(row)), row)
                             for row in rows])
        wanted = next((i for i, row in enumerate(rows) if row.id == select_id), 0 if rows else None)
        if wanted is not None:
            self.table.selectRow(wanted)
        self.show_selected()

    def selected_listing(self):
        rows = selected_rows(self.table)
        return self.model.payload(rows[0]) if rows else None

    def show_selected(self) -> None:
        listing = self.selected_listing()
        self.current = listing
        self.personal_box.hide()
        for button in (self.edit_button, self.active_button, self.personal_button, self.entry_button,
                       self.label_button):
            button.setEnabled(listing is not None)
        if listing is None:
            self.title.setText(self.tr("Pick a volunteer in the list."))
            for label in self.figures.values():
                label.clear()
            self.ledger_model.set_rows([])
            return
        today = self.today

        def load(s):
            return (hours.hours_summary(s, listing.id, today.year, today.month),
                    hours.timebank_statement(s, listing.id))
        summary, statement = self.context.read(load)
        self.title.setText(self.tr("{code}: {name}").format(code=listing.code, name=listing.name))
        self.figures["month"].setText(hours_text(summary.month_minutes or 0))
        self.figures["year"].setText(hours_text(summary.year_minutes))
        self.figures["pending"].setText(hours_text(summary.pending_minutes))
        value = statement.balance_x100 * statement.point_value_fen // 100
        self.figures["points"].setText(self.tr("{points} points, worth {value}").format(
            points=points_text(statement.balance_x100),
            value=money_text(value, self.context.currency, self.context.language)))
        self.active_button.setText(self.tr("Mark as left") if listing.active else self.tr("Reactivate"))
        kinds = {"earn": self.tr("Earned for hours"), "spend": self.tr("Spent at the till"),
                 "adjust": self.tr("Adjustment"), "refund": self.tr("Given back by a refund"),
                 "void": self.tr("Given back by a void")}
        self.ledger_model.set_rows([
            ((local_time(line.created_at, self.timezone).strftime("%Y-%m-%d %H:%M"), kinds.get(line.kind, line.kind),
              points_text(line.points_x100), points_text(line.balance_x100), line.receipt_number or line.note), line)
            for line in reversed(statement.lines)
        ])

    # ----- actions -----
    def _after_change(self, volunteer_id: int, text: str) -> None:
        self.say(text)
        self.refresh(select_id=volunteer_id)

    def register(self) -> None:
        form = VolunteerForm(self.context, parent=self)
        if run_modal(form) and form.saved_id is not None:
            self._after_change(form.saved_id, self.tr("Volunteer {code} registered.").format(
                code=form.code.text().strip()))

    def _personal(self, purpose: str):
        vol = self.current
        try:
            return self.context.write(lambda s: volunteers.personal_details(s, self.context.actor, vol.id, purpose))
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return None

    def edit(self) -> None:
        vol = self.current
        if vol is None:
            return
        personal = self._personal(self.tr("Editing the volunteer's details"))
        if personal is None:
            return
        form = VolunteerForm(self.context, vol, personal, parent=self)
        if run_modal(form) and form.saved_id is not None:
            self._after_change(vol.id, self.tr("Volunteer {code} saved.").format(code=form.code.text().strip()))

    def toggle_active(self) -> None:
        vol = self.current
        if vol is None:
            return
        change = volunteers.deactivate if vol.active else volunteers.reactivate
        try:
            self.context.write(lambda s: change(s, self.context.actor, vol.id))
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return
        if vol.active:
            self.show_left.setChecked(True)
        text = self.tr("Volunteer {code} marked as left.") if vol.active else self.tr("Volunteer {code} reactivated.")
        self._after_change(vol.id, text.format(code=vol.code))

    def show_personal(self) -> None:
        vol = self.current
        if vol is None:
            return
        purpose = ask_purpose(self, self.tr("Personal details of volunteer {code}").format(code=vol.code), run_modal)
        if purpose is None:
            return
        details = self._personal(purpose)
        if details is None:
            return
        self.personal["phone"].setText(details.phone or "-")
        self.personal["id"].setText(details.id_masked or "-")
        self.personal_box.show()

    def add_entry(self) -> None:
        vol = self.current
        if vol is None:
            return
        dialog = ManualEntryDialog(self.context, vol, self.today, parent=self)
        if run_modal(dialog) and dialog.saved_id is not None:
            self._after_change(vol.id, self.tr("Hours for {name} recorded; they count once a manager approves "
                                               "them.").format(name=vol.name))

    def print_labels(self) -> None:
        codes = [self.model.payload(row).code for row in selected_rows(self.table)]
        if codes:
            self.card_labels_requested.emit("volunteer", codes)
            self.say(self.tr("Card labels sent for printing: {count}.").format(count=len(codes)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current is not None:
            self.show_selected()


def pages(context) -> list[QWidget]:
    return [VolunteersPage(context), ApprovalsPage(context), ClockPanel(context)]
