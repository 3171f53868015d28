"""F7 time-bank points: a volunteer pays with the points their approved hours earned.

Opened by F7 or by scanning a volunteer card in the scan field (looked up at once). Enter on
a card shown holds a points tender of min(what the balance is worth, what is still due) and
opens the payment screen with the rest due in cash. Esc changes nothing.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from charitymart.ui.counter import card_payments
from charitymart.ui.counter.card_lookup import CardLookup
from charitymart.ui.dialogs import run_modal
from charitymart.ui.fields import without_input_method
from charitymart.ui.money import money_text

# A refused card's buttons must look refused, not just ignore the key.
BUTTON_STYLE = "QPushButton { font-size: 16pt; } QPushButton:disabled { color: #9a9a9a; border-color: #c8c8c8; }"


def points_text(points_x100: int) -> str:
    """Hundredths of a point as the cashier reads them: 12, 12.5, 0.25."""
    text = f"{Decimal(points_x100) / 100:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class PointsDialog(CardLookup, QDialog):
    def __init__(self, window, code: str = "", parent=None):
        super().__init__(parent or window)
        self.controller = window.controller
        self.language = window.language
        self.view: card_payments.VolunteerView | None = None
        self.taken = 0
        self.setWindowTitle(self.tr("Time-bank points"))
        self.setMinimumWidth(700)
        self.code = without_input_method(QLineEdit())
        self.code.setStyleSheet("font-size: 22pt;")
        self.code.setPlaceholderText(self.tr("Scan or type the volunteer card"))
        self.code.returnPressed.connect(self.enter)
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = (("code", self.tr("Volunteer")), ("balance", self.tr("Points")),
                    ("value", self.tr("Points are worth")), ("due", self.tr("Amount due")))
        for row, (key, caption) in enumerate(captions):
            label = QLabel()
            label.setStyleSheet("font-size: 18pt; font-weight: bold;")
            self.facts[key] = label
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(label, row, 1)
        self.facts["value"].setObjectName("Total")
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-size: 17pt;")
        self.pay_button = QPushButton(self.tr("Pay with points, rest in cash (Enter)"))
        self.pay_button.setAutoDefault(False)
        self.pay_button.setFocusPolicy(Qt.NoFocus)  # focus stays in the card field: Enter always works
        self.pay_button.setStyleSheet(BUTTON_STYLE)
        self.pay_button.clicked.connect(self.pay_with_points)
        hint = QLabel(self.tr("Enter: pay with points   Esc: back to the basket"))
        hint.setObjectName("Legend")
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.pay_button)
        layout.addWidget(hint)
        self._show_view()
        self.code.setText(code)
        if code.strip():
            self.look_up()
        self.code.setFocus()
        self.code.selectAll()

    def _money(self, fen: int) -> str:
        return money_text(fen, self.controller.currency, self.language)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        QApplication.beep()
        self.code.setFocus()
        self.code.selectAll()

    def _show_view(self) -> None:
        view = self.view
        self.facts["due"].setText(self._money(self.controller.amount_due()))
        self.pay_button.setEnabled(view is not None and self.refusal() is None)
        if view is None:
            for key in ("code", "balance", "value"):
                self.facts[key].clear()
            return
        self.facts["code"].setText(self.tr("{code} · {name}").format(code=view.code, name=view.name))
        self.facts["balance"].setText(points_text(view.balance_x100))
        self.facts["value"].setText(self._money(view.balance_value))

    def refusal(self) -> str | None:
        view = self.view
        if view is None:
            return None
        if not view.timebank_enabled:
            return self.tr("This store does not take time-bank points.")
        if not view.active:
            return self.tr("This volunteer card is not active: ask the manager.")
        if view.balance_value <= 0:
            return self.tr("This volunteer has no points to spend.")
        return None

    def look_up(self) -> bool:
        return self.look_up_card(self.code, card_payments.look_up_volunteer,
                                 self.tr("Scan or type the volunteer card"), lambda view: view.code)

    def enter(self) -> None:
        if self.view is None or self.code.text().strip() != self.view.code:
            self.look_up()
            return
        self.pay_with_points()

    def pay_with_points(self) -> None:
        if (self.view is None or self.code.text().strip() != self.view.code) and not self.look_up():
            return
        refusal = self.refusal()
        if refusal:
            self._fail(refusal)
            return
        if self.controller.basket.is_empty:
            self._fail(self.tr("Scan the goods first, then press F7."))
            return
        if card_payments.points_to_take(self.controller, self.view) <= 0:
            self._fail(self.tr("Nothing is left to pay with points: press F12 to finish."))
            return
        self.taken = card_payments.take_points(self.controller, self.view)
        self.accept()


def open_points(window, code: str = "") -> None:
    dialog = PointsDialog(window, code or window.controller.context.volunteer_code or "")
    accepted = run_modal(dialog)
    if accepted and dialog.taken > 0:
        window.sale_page.basket_edited()
        window.pay()  # the rest in cash at once: Enter finishes the sale
        return
    window.return_to_scan()


def install(window) -> None:
    actions = window.sale_page.actions
    actions["F7"] = lambda: open_points(window)
    actions["scan:volunteer"] = lambda outcome: open_points(window, outcome.code)
