"""Back office: beneficiary households (受助家庭).

The list searches as you type (card number, name, pinyin or initials) with category and state
filters, loaded off the GUI thread. The detail shows this period's allowance balance and visits
(the same figures the counter uses) and every grant and use. Phone, address and the masked ID
number appear only after the manager says why they need them (recorded by the service). A
cashier can't open this area: the service refuses and the page says so.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.context import store_today
from charitymart.services.errors import CharityMartError
from charitymart.services.people import beneficiaries
from charitymart.services.people import search as people_search
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text
from charitymart.ui.office.people.common import (
    ERROR_STYLE,
    TITLE_STYLE,
    RowsModel,
    ask_purpose,
    big_table,
    list_and_detail,
    period_label,
    selected_rows,
)
from charitymart.ui.office.people.household_form import HouseholdForm, RenewDialog

SEARCH_DELAY_MS = 250


class HouseholdsPage(QWidget):
    card_labels_requested = Signal(str, list)  # ("household", [card numbers]): the integrator prints them

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Households"))
        self.categories: list[people_search.CategoryOption] = []
        self.current: people_search.HouseholdFacts | None = None
        self.refused = False
        self._generation = 0
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self._load_categories()
        self.refresh()

    # ----- layout -----
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Card, name or pinyin"))
        self.category = QComboBox()
        # Long English category names must not widen the list side of the page.
        self.category.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(12)
        self.state = QComboBox()
        for key, label in (("current", self.tr("Current cards")), ("expired", self.tr("Expired cards")),
                           ("inactive", self.tr("Deactivated")), ("all", self.tr("All households"))):
            self.state.addItem(label, key)
        filters = QHBoxLayout()
        self.search.setMinimumWidth(240)  # with both filters, fits a 1280 px screen
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 2)
        filters.addWidget(self.state, 1)
        self.model = RowsModel([self.tr("Card number"), self.tr("Name"), self.tr("Category"),
                                self.tr("Valid until"), self.tr("State")], self)
        self.table = big_table(self.model, multi=True)
        # Long English category names are cut short with "..." rather than pushing the other columns out.
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register a household"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.renew_button = QPushButton(self.tr("Renew"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.personal_button = QPushButton(self.tr("Personal details"))
        self.label_button = QPushButton(self.tr("Print card labels"))
        actions = ((self.register_button, self.register), (self.edit_button, self.edit),
                   (self.renew_button, self.renew), (self.active_button, self.toggle_active),
                   (self.personal_button, self.show_personal), (self.label_button, self.print_labels))
        splitter = list_and_detail(filters, (self.table, self.count, self.message), actions, self._build_detail(),
                                   (620, 740))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = (("category", self.tr("Category")), ("size", self.tr("People in the household")),
                    ("rule", self.tr("Allowance rule")), ("valid", self.tr("Card valid until")),
                    ("period", self.tr("This period")), ("visits", self.tr("Visits this period")))
        for row, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setWordWrap(True)
            self.facts[key] = value
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(value, row, 1)
        self.balance = QLabel()
        self.balance.setStyleSheet("font-size: 24pt; font-weight: bold; color: #0a3d0a;")
        self.card_problem = QLabel()
        self.card_problem.setStyleSheet(ERROR_STYLE)
        self.card_problem.setWordWrap(True)
        self.personal_box = QGroupBox(self.tr("Personal details (this view is recorded)"))
        personal = QGridLayout(self.personal_box)
        self.personal: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate((("phone", self.tr("Phone")), ("address", self.tr("Address")),
                                              ("id", self.tr("ID number")))):
            value = QLabel()
            value.setWordWrap(True)
            self.personal[key] = value
            personal.addWidget(QLabel(caption), row, 0)
            personal.addWidget(value, row, 1)
        self.personal_box.hide()
        self.history_model = RowsModel([self.tr("Date"), self.tr("Period"), self.tr("What"),
                                        self.tr("Amount"), self.tr("Remaining"), self.tr("Receipt")], self)
        self.history = big_table(self.history_model)
        grid.setColumnStretch(1, 1)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addWidget(QLabel(self.tr("Allowance left this period")))
        column.addWidget(self.balance)
        column.addWidget(self.card_problem)
        column.addWidget(self.personal_box)
        column.addWidget(QLabel(self.tr("Every grant and use of the allowance")))
        column.addWidget(self.history, 1)
        return panel

    # ----- helpers -----
    def _money(self, fen: int) -> str:
        return money_text(fen, self.context.currency, self.context.language)

    def _category_text(self, name: str) -> str:
        if self.context.language.startswith("en"):
            for option in self.categories:
                if option.name == name and option.name_en:
                    return option.name_en
        return name

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _state_text(self, row) -> str:
        if row.erased:
            return self.tr("Personal data erased")
        if not row.active:
            return self.tr("Deactivated")
        if row.valid_until < self.today:
            return self.tr("Expired")
        return self.tr("Active")

    def _rule_text(self, amount: int, period: str, carry_over: bool, visit_limit: int | None) -> str:
        money, every = self._money(amount), period_label(period)
        if visit_limit is None:
            text = self.tr("{period}: {amount}, no visit limit").format(amount=money, period=every)
        else:
            text = self.tr("{period}: {amount}, at most {visits} visits").format(
                amount=money, period=every, visits=visit_limit)
        if carry_over:
            text = self.tr("{rule}; unused allowance carries over").format(rule=text)
        return text

    # ----- loading -----
    def _load_categories(self) -> None:
        self.today = self.context.read(store_today)
        self.categories = self.context.read(people_search.household_categories)
        self.category.blockSignals(True)
        self.category.addItem(self.tr("Every category"), "")
        english = self.context.language.startswith("en")
        for option in self.categories:
            self.category.addItem(option.name_en if english and option.name_en else option.name, option.name)
        self.category.blockSignals(False)

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list off the GUI thread; a newer search makes an older answer be dropped."""
        self._generation += 1
        generation = self._generation
        text, category, state = self.search.text(), self.category.currentData() or "", self.state.currentData()
        actor = self.context.actor

        def query():
            return self.context.read(lambda s: people_search.search_households(
                s, actor, text=text, category=category, state=state))

        def done(future):
            if generation != self._generation:
                return
            try:
                rows = future.result()
            except CharityMartError as exc:
                self._refuse(error_text(exc))
                return
            self._show_rows(rows, select_id)
        self.context.jobs.start(query, done)

    def _refuse(self, text: str) -> None:
        self.refused = True
        self.model.set_rows([])
        self.say(text, error=True)
        for widget in (self.search, self.category, self.state, self.register_button, self.edit_button,
                       self.renew_button, self.active_button, self.personal_button, self.label_button):
            widget.setEnabled(False)

    def _show_rows(self, rows, select_id: int | None) -> None:
        self.model.set_rows([
            ((row.card_number, row.name, self._category_text(row.category), row.valid_until.isoformat(),
              self._state_text(row)), row)
            for row in rows
        ])
        self.count.setText(self.tr("{count} households shown").format(count=len(rows)))
        wanted = next((i for i, row in enumerate(rows) if row.id == select_id), 0 if rows else None)
        if wanted is not None:
            self.table.selectRow(wanted)
        self.show_selected()

    def selected_listing(self):
        rows = selected_rows(self.table)
        return self.model.payload(rows[0]) if rows else None

    def show_selected(self) -> None:
        listing = self.selected_listing()
        self.personal_box.hide()
        has_row = listing is not None and not self.refused
        for button in (self.edit_button, self.renew_button, self.active_button, self.personal_button,
                       self.label_button):
            button.setEnabled(has_row)
        if listing is None:
            self.current = None
            self.title.setText(self.tr("Pick a household in the list."))
            for label in (*self.facts.values(), self.balance, self.card_problem):
                label.clear()
            self.history_model.set_rows([])
            return
        actor = self.context.actor

        def load(s):
            return (people_search.household_facts(s, actor, listing.id),
                    beneficiaries.allowance_summary(s, listing.id), beneficiaries.history(s, actor, listing.id))
        try:
            facts, summary, history = self.context.read(load)
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return
        self.current = facts
        self._show_detail(facts, summary, history)

    def _show_detail(self, facts, summary, history) -> None:
        status = summary.status
        self.title.setText(self.tr("Card {card}: {name}").format(card=facts.card_number, name=facts.name or "-"))
        self.facts["category"].setText(self._category_text(facts.category))
        self.facts["size"].setText(str(facts.household_size))
        self.facts["rule"].setText(self._rule_text(facts.allowance_amount, facts.period, facts.carry_over,
                                                   facts.visit_limit))
        self.facts["valid"].setText(facts.valid_until.isoformat())
        self.facts["period"].setText(self.tr("{start} to {end}").format(
            start=status.period_start.isoformat(), end=(status.next_period_start - timedelta(days=1)).isoformat()))
        if status.visit_limit is None:
            visits = self.tr("{visits} (no limit)").format(visits=status.visits)
        else:
            visits = self.tr("{visits} of {limit}").format(visits=status.visits, limit=status.visit_limit)
        self.facts["visits"].setText(visits)
        self.balance.setText(self.tr("{left} of {granted}").format(
            left=self._money(status.remaining), granted=self._money(status.granted)))
        self.card_problem.setText(error_text(summary.card_error) if summary.card_error is not None else "")
        self.active_button.setText(self.tr("Reactivate") if not facts.active else self.tr("Deactivate"))
        self.edit_button.setEnabled(not facts.erased)
        self.renew_button.setEnabled(not facts.erased)
        self.personal_button.setEnabled(not facts.erased)
        kinds = {"grant": self.tr("Granted"), "use": self.tr("Used"), "refund": self.tr("Refund credited"),
                 "void": self.tr("Void credited")}
        self.history_model.set_rows([
            ((line.day.isoformat(), line.period_start.strftime("%Y-%m"), kinds.get(line.kind, line.kind),
              self._money(line.amount), self._money(line.period_balance), line.receipt_number or ""), line)
            for line in reversed(history)
        ])

    # ----- actions -----
    def _after_change(self, household_id: int, text: str) -> None:
        self.say(text)
        self.refresh(select_id=household_id)

    def register(self) -> None:
        # Re-read: a category may have been added or deactivated in the admin area since.
        self.categories = self.context.read(people_search.household_categories)
        form = HouseholdForm(self.context, self.categories, self.today, parent=self)
        if run_modal(form) and form.saved_id is not None:
            self.state.setCurrentIndex(self.state.findData("current"))
            self._after_change(form.saved_id, self.tr("Household {card} registered.").format(
                card=form.card.text().strip()))

    def edit(self) -> None:
        facts = self.current
        if facts is None:
            return
        try:
            # Editing shows the phone, address and masked ID: recorded as a view for this purpose.
            personal = self.context.write(lambda s: beneficiaries.personal_details(
                s, self.context.actor, facts.id, self.tr("Editing the household's details")))
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return
        form = HouseholdForm(self.context, self.categories, self.today, facts, personal, parent=self)
        if run_modal(form) and form.saved_id is not None:
            self._after_change(facts.id, self.tr("Household {card} saved.").format(card=form.card.text().strip()))

    def renew(self) -> None:
        facts = self.current
        if facts is None:
            return
        dialog = RenewDialog(self.context, facts, self.today, parent=self)
        if run_modal(dialog) and dialog.saved_id is not None:
            self._after_change(facts.id, self.tr("Household card {card} renewed until {date}.").format(
                card=facts.card_number, date=dialog.rule.values()["valid_until"].isoformat()))

    def toggle_active(self) -> None:
        facts = self.current
        if facts is None:
            return
        if facts.active:
            question = self.tr("Deactivate household card {card}? It can no longer be used at the counter.").format(
                card=facts.card_number)
            box = QMessageBox(QMessageBox.Question, self.tr("Deactivate"), question,
                              QMessageBox.Yes | QMessageBox.No, self)
            box.button(QMessageBox.Yes).setText(self.tr("Deactivate"))
            box.button(QMessageBox.No).setText(self.tr("Cancel"))
            if run_modal(box) != QMessageBox.Yes:
                return
        change = beneficiaries.reactivate if not facts.active else beneficiaries.deactivate
        try:
            self.context.write(lambda s: change(s, self.context.actor, facts.id))
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return
        text = (self.tr("Household card {card} deactivated.") if facts.active
                else self.tr("Household card {card} reactivated."))
        self.state.setCurrentIndex(self.state.findData("all"))
        self._after_change(facts.id, text.format(card=facts.card_number))

    def show_personal(self) -> None:
        facts = self.current
        if facts is None:
            return
        purpose = ask_purpose(self, self.tr("Personal details of household {card}").format(card=facts.card_number),
                              run_modal)
        if purpose is None:
            return
        try:
            details = self.context.write(lambda s: beneficiaries.personal_details(
                s, self.context.actor, facts.id, purpose))
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return
        self.personal["phone"].setText(details.phone or "-")
        self.personal["address"].setText(details.address or "-")
        self.personal["id"].setText(details.id_masked or "-")
        self.personal_box.show()

    def print_labels(self) -> None:
        cards = [self.model.payload(row).card_number for row in selected_rows(self.table)]
        if cards:
            self.card_labels_requested.emit("household", cards)
            self.say(self.tr("Card labels sent for printing: {count}.").format(count=len(cards)))


def pages(context) -> list[QWidget]:
    return [HouseholdsPage(context)]
