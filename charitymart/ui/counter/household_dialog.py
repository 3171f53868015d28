"""F8 household card: the household's allowance, then pay with it or record a free collection.

Opened by F8 or by scanning a household card in the scan field (the card is then looked up at
once). Enter pays with the allowance: as much of the basket as the allowance may pay is held
as an allowance tender and the payment screen opens straight away with the rest due in cash,
so a scanned card needs two Enters to finish a sale. F8 (again) records a free collection of
the whole basket and writes the slip the household signs. Esc changes nothing.

The counter shows the card number and category, never the household's name (see
`card_payments` on privacy).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from charitymart.services.errors import CharityMartError
from charitymart.ui.counter import card_payments, points_dialog
from charitymart.ui.counter.card_lookup import CardLookup
from charitymart.ui.counter.points_dialog import BUTTON_STYLE
from charitymart.ui.dialogs import run_modal
from charitymart.ui.fields import without_input_method
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text


class HouseholdDialog(CardLookup, QDialog):
    def __init__(self, window, card: str = "", parent=None):
        super().__init__(parent or window)
        self.controller = window.controller
        self.language = window.language
        self.view: card_payments.HouseholdView | None = None
        self.outcome: str | None = None  # "allowance" | "noted" | "collection"
        self.taken = 0
        self.collection: card_payments.CollectionDone | None = None
        self.setWindowTitle(self.tr("Household card"))
        self.setMinimumWidth(760)
        self._build()
        self.card.setText(card)
        if card.strip():
            self.look_up()
        self.card.setFocus()
        self.card.selectAll()

    def _build(self) -> None:
        self.card = without_input_method(QLineEdit())
        self.card.setStyleSheet("font-size: 22pt;")
        self.card.setPlaceholderText(self.tr("Scan or type the household card number"))
        self.card.returnPressed.connect(self.enter)
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = (
            ("card", self.tr("Card number")), ("category", self.tr("Category")),
            ("size", self.tr("Household size")), ("remaining", self.tr("Allowance left this period")),
            ("visits", self.tr("Visits this period")), ("valid", self.tr("Valid until")),
        )
        for row, (key, caption) in enumerate(captions):
            label = QLabel()
            label.setStyleSheet("font-size: 18pt; font-weight: bold;")
            self.facts[key] = label
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(label, row, 1)
        self.facts["remaining"].setObjectName("Total")
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-size: 17pt;")
        # Alt+D toggles it at once; the box never takes focus, so Enter and F8 keep working.
        self.delivery = QCheckBox(self.tr("Home delivery (goods taken to the household)"))
        self.delivery.setFocusPolicy(Qt.NoFocus)
        self.delivery.setStyleSheet("font-size: 16pt;")
        QShortcut(QKeySequence(Qt.ALT | Qt.Key_D), self, activated=self.delivery.toggle)
        self.delivery_note = QLabel()  # whether the household has an address on file (never the address)
        self.delivery_note.setWordWrap(True)
        self.delivery_note.setStyleSheet("font-size: 15pt;")
        self.delivery_note.hide()
        self.delivery.toggled.connect(lambda _on: self._show_delivery_note())
        self.pay_button = QPushButton(self.tr("Pay with allowance, rest in cash (Enter)"))
        self.pay_button.setAutoDefault(False)
        self.pay_button.setFocusPolicy(Qt.NoFocus)  # focus stays in the card field: Enter always works
        self.pay_button.clicked.connect(self.pay_with_allowance)
        self.collect_button = QPushButton(self.tr("Free collection (F8)"))
        self.collect_button.setAutoDefault(False)
        self.collect_button.setFocusPolicy(Qt.NoFocus)  # focus stays in the card field: Enter always works
        self.collect_button.clicked.connect(self.free_collection)
        for button in (self.pay_button, self.collect_button):
            button.setStyleSheet(BUTTON_STYLE)
        QShortcut(QKeySequence(Qt.Key_F8), self, activated=self.free_collection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pay_button)
        buttons.addWidget(self.collect_button)
        hint = QLabel(self.tr("Enter: pay with allowance   F8: free collection   Alt+D: home delivery   "
                              "Esc: back to the basket"))
        hint.setObjectName("Legend")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.delivery)
        layout.addWidget(self.delivery_note)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._show_view()

    # ----- showing the household -----
    def _money(self, fen: int) -> str:
        return money_text(fen, self.controller.currency, self.language)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        QApplication.beep()
        self.card.setFocus()
        self.card.selectAll()

    def _category(self, view) -> str:
        if self.language.startswith("en") and view.category_en:
            return view.category_en
        return view.category

    def _show_delivery_note(self) -> None:
        view = self.view
        if not self.delivery.isChecked() or view is None:
            self.delivery_note.hide()
            return
        if view.has_address:
            self.delivery_note.setText(self.tr("Address on file: the back office prints the delivery slip."))
            self.delivery_note.setStyleSheet("font-size: 15pt; color: #0a3d0a;")
        else:
            self.delivery_note.setText(self.tr("No address on file for this household: the back office adds it "
                                               "in the household's record before the goods go out."))
            self.delivery_note.setStyleSheet("font-size: 15pt; color: #a15c00;")
        self.delivery_note.show()

    def _show_view(self) -> None:
        self._show_delivery_note()
        view = self.view
        if view is None:
            for label in self.facts.values():
                label.clear()
        usable = view is not None and self.refusal() is None
        self.pay_button.setEnabled(usable)
        self.collect_button.setEnabled(usable)
        if view is None:
            return
        status = view.summary.status
        self.facts["card"].setText(view.card_number)
        self.facts["category"].setText(self._category(view))
        self.facts["size"].setText(str(view.household_size))
        self.facts["remaining"].setText(self.tr("{left} of {granted}").format(
            left=self._money(status.remaining), granted=self._money(status.granted)))
        if status.visit_limit is None:
            visits = self.tr("{visits} (no limit)").format(visits=status.visits)
        else:
            visits = self.tr("{visits} of {limit}").format(visits=status.visits, limit=status.visit_limit)
        self.facts["visits"].setText(visits)
        self.facts["valid"].setText(view.summary.valid_until.isoformat())

    def refusal(self) -> str | None:
        """Why this card can't pay today, in the UI language; None if it can."""
        view = self.view
        if view is None:
            return None
        summary, status = view.summary, view.summary.status
        if not summary.usable:
            error = getattr(summary, "card_error", None)
            if not summary.active:
                reason = self.tr("This household card has been deactivated.")
            elif error is not None:
                reason = error_text(error)
            else:
                reason = self.tr("This household card expired on {date}.").format(date=summary.valid_until.isoformat())
            return self.tr("{reason} It can't be used: ask the manager.").format(reason=reason)
        if status.visit_limit is not None and status.visits >= status.visit_limit:
            return self.tr("Visit limit reached: {visits} of {limit} visits this period. The next period starts "
                           "on {date}.").format(visits=status.visits, limit=status.visit_limit,
                                                date=status.next_period_start.isoformat())
        if status.remaining <= 0:
            return self.tr("No allowance is left this period. The next period starts on {date}.").format(
                date=status.next_period_start.isoformat())
        return None

    def look_up(self) -> bool:
        return self.look_up_card(self.card, card_payments.look_up_household,
                                 self.tr("Scan or type the household card number"), lambda view: view.card_number)

    # ----- actions -----
    def enter(self) -> None:
        """Enter: look a new card up; on a card already shown, pay with its allowance."""
        if self.view is None or self.card.text().strip() != self.view.card_number:
            self.look_up()
            return
        self.pay_with_allowance()

    def _ready(self) -> bool:
        if self.view is None or self.card.text().strip() != self.view.card_number:
            return self.look_up()
        refusal = self.refusal()
        if refusal:
            self._fail(refusal)
            return False
        return True

    def pay_with_allowance(self) -> None:
        if not self._ready():
            return
        controller = self.controller
        if controller.basket.is_empty:
            # Card scanned before the goods: remember it; F8 later finds it filled in.
            controller.context.beneficiary_card = self.view.card_number
            controller.context.delivery = self.delivery.isChecked()
            self.outcome = "noted"
            self.accept()
            return
        if controller.basket.allowance_payable_total <= 0:
            self._fail(self.tr("None of the goods in this basket can be paid by allowance: take them in cash "
                               "(F12)."))
            return
        amount = card_payments.allowance_to_take(controller, self.view)
        if amount <= 0:
            self._fail(self.tr("Nothing is left to pay with the allowance: press F12 to finish."))
            return
        self.taken = card_payments.take_allowance(controller, self.view, delivery=self.delivery.isChecked())
        self.outcome = "allowance"
        self.accept()

    def free_collection(self) -> None:
        if not self._ready():
            return
        controller, view = self.controller, self.view
        if controller.basket.is_empty:
            self._fail(self.tr("Scan the goods the household takes first, then press F8."))
            return
        not_payable = [line.name for line in controller.basket.lines if not line.allowance_ok]
        if not_payable:
            self._fail(self.tr("Not payable by allowance, so not free to collect: {items}. Remove them, or "
                               "press Enter to pay with the allowance and the rest in cash.").format(
                items=", ".join(not_payable)))
            return
        if controller.basket.total > view.remaining:
            self._fail(self.tr("These goods are worth {total} but only {left} of allowance is left this period: "
                               "remove some, or press Enter to pay with the allowance and the rest in cash.").format(
                total=self._money(controller.basket.total), left=self._money(view.remaining)))
            return
        if any(p.kind != "allowance" for p in controller.payments):
            self._fail(self.tr("This basket is already partly paid another way, so it can't be a free "
                               "collection: press Enter to pay with the allowance instead."))
            return
        try:
            self.collection = card_payments.collect(controller, view, delivery=self.delivery.isChecked(),
                                                    category_text=self._category(view), language=self.language)
        except CharityMartError as exc:
            self._fail(error_text(exc))
            return
        self.outcome = "collection"
        self.accept()


# ----- wiring into the main window -----

def show_card_line(window) -> None:
    """The household and volunteer cards attached to this sale, under the total on the sale screen."""
    controller = window.controller
    card_payments.fit_card_tenders(controller)
    taken = {p.kind: money_text(p.amount, controller.currency, window.language) for p in controller.payments}
    card, code = controller.context.beneficiary_card, controller.context.volunteer_code
    parts = []
    if card and "allowance" in taken:
        parts.append(QCoreApplication.translate("HouseholdDialog", "Household {card}: allowance {amount}").format(
            card=card, amount=taken["allowance"]))
    elif card:
        parts.append(QCoreApplication.translate("HouseholdDialog", "Household {card}").format(card=card))
    if code and "points" in taken:
        parts.append(QCoreApplication.translate("HouseholdDialog", "Volunteer {code}: points {amount}").format(
            code=code, amount=taken["points"]))
    elif code:
        parts.append(QCoreApplication.translate("HouseholdDialog", "Volunteer {code}").format(code=code))
    window.sale_page.card.setText("\n".join(parts))


def open_household(window, card: str = "") -> None:
    page = window.sale_page
    dialog = HouseholdDialog(window, card or window.controller.context.beneficiary_card or "")
    accepted = run_modal(dialog)
    if not accepted or dialog.outcome is None:
        window.return_to_scan()
        return
    page.basket_edited()  # repaint, save the basket with its card, update the card line
    if dialog.outcome == "allowance":
        window.pay()  # the rest in cash at once: Enter finishes the sale
        return
    if dialog.outcome == "noted":
        page.show_message(QCoreApplication.translate(
            "HouseholdDialog",
            "Household card {card} noted: scan the goods, then press F8 to pay with its allowance.").format(
            card=dialog.view.card_number))
    elif dialog.outcome == "collection":
        done = dialog.collection
        if done.slip_printed:
            page.show_message(QCoreApplication.translate(
                "HouseholdDialog", "Free collection recorded. Receipt {number}. The slip is printing: the household "
                                   "signs the shop's copy.").format(number=done.receipt_number))
        elif done.slip_path is not None:
            page.show_message(QCoreApplication.translate(
                "HouseholdDialog", "Free collection recorded. Receipt {number}. Slip to sign: {path}").format(
                number=done.receipt_number, path=str(done.slip_path)))
        else:
            text = QCoreApplication.translate(
                "HouseholdDialog",
                "Free collection recorded (receipt {number}), but its slip could not be written: {error}")
            page.show_message(text.format(number=done.receipt_number, error=done.slip_error), error=True)
    window.return_to_scan()


def install(window) -> None:
    """F8 and a scanned household card open the household dialog; F7 and a scanned volunteer card
    open the points dialog (points_dialog)."""
    actions = window.sale_page.actions
    actions["F8"] = lambda: open_household(window)
    actions["scan:household"] = lambda outcome: open_household(window, outcome.code)
    window.sale_page.basket_changed.connect(lambda: show_card_line(window))
    points_dialog.install(window)
