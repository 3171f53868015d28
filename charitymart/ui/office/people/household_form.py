"""Register or edit a household, and renew its card with its allowance rule.

Each field is checked as it is typed and its error shown right under it; Save sends the whole
form to the service in one transaction, whose refusals land under the field they name, so
nothing is ever half-saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from charitymart.domain.identity import IdentityNumberError, normalise_id_number
from charitymart.domain.messages import Message
from charitymart.domain.periods import PERIODS
from charitymart.services.errors import CharityMartError
from charitymart.services.people import beneficiaries
from charitymart.services.people.beneficiaries import MAX_ALLOWANCE_FEN, MAX_HOUSEHOLD_SIZE
from charitymart.services.people.search import HouseholdFacts
from charitymart.services.store import settings
from charitymart.ui.messages import translate_message
from charitymart.ui.money import parse_money
from charitymart.ui.office.people.common import BIG_BUTTONS, ERROR_STYLE, FieldErrors, period_label


def id_type_labels() -> dict[str, str]:
    # An explicit context: these labels serve the household and the volunteer forms alike.
    return {
        "resident_id": QCoreApplication.translate("HouseholdForm", "Resident ID card"),
        "passport": QCoreApplication.translate("HouseholdForm", "Passport"),
        "hk_macao_permit": QCoreApplication.translate("HouseholdForm", "Hong Kong / Macao permit"),
        "taiwan_permit": QCoreApplication.translate("HouseholdForm", "Taiwan permit"),
        "foreign_permanent": QCoreApplication.translate("HouseholdForm", "Foreign permanent resident ID"),
        "other": QCoreApplication.translate("HouseholdForm", "Other document"),
    }


def id_number_problem(number: str, id_type: str) -> str:
    """Why a typed ID number is wrong, in the UI language ('' if it is fine)."""
    try:
        normalise_id_number(number, id_type)
    except IdentityNumberError as exc:
        return translate_message("ID number: {reason}", {"reason": Message(exc.template, **exc.params)})
    return ""


def a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RuleFields:
    """The allowance rule: amount, period, carry-over, visit limit (0 = no limit), valid until."""

    def __init__(self, dialog: QDialog, today: date):
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QCoreApplication.translate("HouseholdForm", "Yuan, for example 150"))
        self.period = QComboBox()
        for period in PERIODS:
            self.period.addItem(period_label(period), period)
        self.carry_over = QCheckBox(QCoreApplication.translate(
            "HouseholdForm", "Unused allowance carries over to the next period"))
        self.visit_limit = QSpinBox()
        self.visit_limit.setRange(0, 1000)
        self.visit_limit.setSpecialValueText(QCoreApplication.translate("HouseholdForm", "No limit"))
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.valid_until.setMinimumDate(to_qdate(today))
        self.dialog = dialog

    def add_to(self, errors: FieldErrors, form: QFormLayout) -> None:
        rows = (
            ("allowance_amount", QCoreApplication.translate("HouseholdForm", "Allowance each period (yuan)"),
             self.amount),
            ("period", QCoreApplication.translate("HouseholdForm", "Period"), self.period),
            ("carry_over", QCoreApplication.translate("HouseholdForm", "Carry-over"), self.carry_over),
            ("visit_limit", QCoreApplication.translate("HouseholdForm", "Visits allowed each period"),
             self.visit_limit),
            ("valid_until", QCoreApplication.translate("HouseholdForm", "Card valid until"), self.valid_until),
        )
        for key, caption, widget in rows:
            errors.add_row(form, key, caption, widget)

    def fill(self, amount: int, period: str, carry_over: bool, visit_limit: int | None, valid_until: date) -> None:
        self.amount.setText(f"{amount / 100:.2f}")
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.carry_over.setChecked(carry_over)
        self.visit_limit.setValue(visit_limit or 0)
        self.valid_until.setDate(to_qdate(valid_until))

    def problems(self) -> dict[str, str]:
        fen = parse_money(self.amount.text())
        if fen is None:
            return {"allowance_amount": QCoreApplication.translate(
                "HouseholdForm", "Allowance each period: type an amount in yuan, for example 150 or 150.50.")}
        if fen > MAX_ALLOWANCE_FEN:
            return {"allowance_amount": QCoreApplication.translate(
                "HouseholdForm", "Allowance each period: at most 100000 yuan; check the amount.")}
        return {}

    def values(self) -> dict:
        return dict(allowance_amount=parse_money(self.amount.text()), period=self.period.currentData(),
                    carry_over=self.carry_over.isChecked(), visit_limit=self.visit_limit.value() or None,
                    valid_until=from_qdate(self.valid_until.date()))


FORM_MIN_HEIGHT_PX = 300  # the fields' part of a form never shrinks below this (it scrolls instead)
TITLE_BAR_PX = 32


class FormDialog(QDialog):
    """A dialog with fields checked as they are typed, an error line and Save / Cancel."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.touched: set[str] = set()
        self.saved_id: int | None = None
        self.setMinimumWidth(820)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE + " font-size: 16pt;")
        self.general_error.setWordWrap(True)
        self.errors = FieldErrors(self.general_error)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)

    def finish_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        for button in (self.save_button, self.cancel_button):
            button.setStyleSheet(BIG_BUTTONS)
        # The fields scroll when the screen is short (a 1280x720 counter PC): Save and Cancel never leave it.
        fields = QWidget()
        fields.setLayout(self.form)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.NoFrame)
        scroller.setWidget(fields)
        scroller.setMinimumHeight(min(fields.sizeHint().height(), FORM_MIN_HEIGHT_PX))
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        # Open showing every field where the screen allows it (a scroll area alone would open small),
        # never taller than the screen's free area less the window's title bar.
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(room.width(), max(self.minimumWidth(), fields.sizeHint().width() + 40)),
                    min(room.height() - TITLE_BAR_PX, fields.sizeHint().height() + 140))

    def watch(self, key: str, signal) -> None:
        """Re-check the form whenever this field changes, and show its error from now on."""
        def changed(*_args):
            self.touched.add(key)
            self.check()
        signal.connect(changed)

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def check(self, everything: bool = False) -> dict[str, str]:
        problems = self.problems()
        shown = problems if everything else {k: v for k, v in problems.items() if k in self.touched}
        self.errors.show(shown)
        return problems

    def save(self) -> None:
        if self.check(everything=True):
            return
        try:
            self.saved_id = self.context.write(self.apply)
        except CharityMartError as exc:
            self.errors.show_service_error(exc)
            return
        self.accept()

    def apply(self, session) -> int:
        raise NotImplementedError


class HouseholdForm(FormDialog):
    """Register a new household (facts None) or edit one (its details; the rule changes by renewing)."""

    def __init__(self, context, categories, today: date, facts: HouseholdFacts | None = None,
                 personal=None, parent=None):
        super().__init__(context, parent)
        self.facts = facts
        self.setWindowTitle(self.tr("Register a household") if facts is None else self.tr("Edit the household"))
        self.card = QLineEdit()
        self.card.setPlaceholderText(self.tr("Scan or type the card number"))
        self.name = QLineEdit()
        self.category = QComboBox()
        english = context.language.startswith("en")
        for option in categories:
            self.category.addItem(option.name_en if english and option.name_en else option.name, option.name)
        self.id_type = QComboBox()
        for key, label in id_type_labels().items():
            self.id_type.addItem(label, key)
        self.id_number = QLineEdit()
        self.size = QSpinBox()
        self.size.setRange(1, MAX_HOUSEHOLD_SIZE)
        self.phone = QLineEdit()
        self.address = QLineEdit()
        e = self.errors
        e.add_row(self.form, "card_number", self.tr("Card number"), self.card)
        e.add_row(self.form, "name", self.tr("Name of the head of household"), self.name)
        e.add_row(self.form, "category", self.tr("Category"), self.category)
        e.add_row(self.form, "id_type", self.tr("ID document"), self.id_type)
        e.add_row(self.form, "id_number", self.tr("ID number"), self.id_number)
        e.add_row(self.form, "household_size", self.tr("People in the household"), self.size)
        e.add_row(self.form, "phone", self.tr("Phone"), self.phone)
        e.add_row(self.form, "address", self.tr("Address"), self.address)
        self.rule = None
        if facts is None:
            self.id_number.setPlaceholderText(self.tr("18 characters on a resident ID card"))
            self.rule = RuleFields(self, today)
            self.rule.add_to(e, self.form)
            rule = context.read(settings.allowance_defaults)  # the store's rule for new households
            self.rule.fill(rule["amount"], rule["period"], rule["carry_over"], rule["visit_limit"],
                           a_year_after(today))
            self.watch("allowance_amount", self.rule.amount.textChanged)
        else:
            self._fill(facts, personal)
        self.finish_layout()
        for key, widget in (("card_number", self.card), ("name", self.name), ("id_number", self.id_number),
                            ("phone", self.phone), ("address", self.address)):
            self.watch(key, widget.textChanged)
        self.watch("id_number", self.id_type.currentIndexChanged)
        self.card.setFocus()

    def _fill(self, facts: HouseholdFacts, personal) -> None:
        self.card.setText(facts.card_number)
        self.name.setText(facts.name)
        self.category.setCurrentIndex(max(0, self.category.findData(facts.category)))
        self.size.setValue(facts.household_size)
        if personal is not None:
            self.phone.setText(personal.phone)
            self.address.setText(personal.address)
            self.id_type.setCurrentIndex(max(0, self.id_type.findData(personal.id_type)))
            self.id_number.setPlaceholderText(self.tr("Now {masked}; leave empty to keep it").format(
                masked=personal.id_masked or "-"))

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        card = self.card.text().strip()
        if not card:
            found["card_number"] = self.tr("Card number: scan or type the household's card number.")
        elif any(ch.isspace() for ch in card):
            found["card_number"] = self.tr("Card number: a card number has no spaces.")
        elif len(card) > 40:
            found["card_number"] = self.tr("Card number: at most 40 characters.")
        name = self.name.text().strip()
        if not name:
            found["name"] = self.tr("Name: type the name of the head of household.")
        elif len(name) > 100:
            found["name"] = self.tr("Name: at most 100 characters.")
        number = self.id_number.text().strip()
        if number or self.facts is None:
            problem = id_number_problem(number, self.id_type.currentData())
            if problem:
                found["id_number"] = problem
        if len(self.phone.text().strip()) > 50:
            found["phone"] = self.tr("Phone: at most 50 characters.")
        if len(self.address.text().strip()) > 300:
            found["address"] = self.tr("Address: at most 300 characters.")
        if self.category.count() == 0:
            found["category"] = self.tr("Category: no household categories are set up; add one in the settings.")
        if self.rule is not None:
            found.update(self.rule.problems())
        return found

    def apply(self, session) -> int:
        actor = self.context.actor
        common = dict(card_number=self.card.text(), name=self.name.text(), category=self.category.currentData(),
                      household_size=self.size.value(), phone=self.phone.text(), address=self.address.text())
        number = self.id_number.text().strip()
        if self.facts is None:
            ben = beneficiaries.register(session, actor, id_number=number, id_type=self.id_type.currentData(),
                                         **common, **self.rule.values())
        else:
            ben = beneficiaries.update(session, actor, self.facts.id, id_number=number or None,
                                       id_type=self.id_type.currentData() if number else None, **common)
        session.flush()
        return ben.id


class RenewDialog(FormDialog):
    """Extend the card and, if needed, change the allowance rule (never backwards in time)."""

    def __init__(self, context, facts: HouseholdFacts, today: date, parent=None):
        super().__init__(context, parent)
        self.facts = facts
        self.setWindowTitle(self.tr("Renew household card {card}").format(card=facts.card_number))
        self.rule = RuleFields(self, today)
        self.rule.add_to(self.errors, self.form)
        self.rule.fill(facts.allowance_amount, facts.period, facts.carry_over, facts.visit_limit,
                       a_year_after(max(facts.valid_until, today)))
        note = QLabel(self.tr("A new amount applies from this period, or from the next one if allowance has "
                              "already been used in this period."))
        note.setWordWrap(True)
        self.form.addRow(note)
        if facts.has_allowance_ledger:
            self.rule.period.setEnabled(False)
            fixed = QLabel(self.tr("The period can't change once allowance has been granted."))
            fixed.setWordWrap(True)
            self.form.addRow(fixed)
        self.finish_layout()
        self.watch("allowance_amount", self.rule.amount.textChanged)
        self.rule.valid_until.setFocus()

    def problems(self) -> dict[str, str]:
        return self.rule.problems()

    def apply(self, session) -> int:
        values = self.rule.values()
        until = values.pop("valid_until")
        ben = beneficiaries.renew(session, self.context.actor, self.facts.id, until, **values)
        return ben.id
