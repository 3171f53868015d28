"""F12 payment: the amount due is filled in as cash; Enter completes the sale.

Quick-cash buttons for the usual notes; mobile and card take the typed amount (or all that
is due) with an optional reference, so a sale can be split over several tenders.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.sales.checkout import Payment
from charitymart.ui.fields import without_input_method
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text, parse_money

QUICK_NOTES_FEN = (1000, 2000, 5000, 10000)
QUICK_NOTE_KEYS = ("F1", "F2", "F3", "F4")


class PaymentDialog(QDialog):
    def __init__(self, controller, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.done_sale = None
        self.setWindowTitle(self.tr("Payment"))
        self.setMinimumWidth(640)
        self.due = QLabel()
        self.due.setObjectName("Total")
        self.taken = QLabel()
        self.taken.setStyleSheet("font-size: 15pt;")
        self.cash = without_input_method(QLineEdit())
        self.cash.setStyleSheet("font-size: 26pt;")
        self.cash.returnPressed.connect(self.pay_cash)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Reference (optional)"))
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        notes = QHBoxLayout()
        for fen, key in zip(QUICK_NOTES_FEN, QUICK_NOTE_KEYS):
            # The key is shown on the button: "F1  ¥10.00" pays with a ten-yuan note.
            button = QPushButton(self.tr("{key}  {amount}").format(
                key=key, amount=money_text(fen, controller.currency, language)))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, f=fen: self._quick(f))
            QShortcut(QKeySequence(key), self, activated=lambda f=fen: self._quick(f))
            notes.addWidget(button)
        self.mobile = QPushButton(self.tr("&Mobile payment"))
        self.card = QPushButton(self.tr("Ban&k card"))
        for button, kind in ((self.mobile, "mobile"), (self.card, "card")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self.take_other(k))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Amount due")), 0, 0)
        grid.addWidget(self.due, 0, 1)
        grid.addWidget(QLabel(self.tr("Cash received")), 1, 0)
        grid.addWidget(self.cash, 1, 1)
        others = QHBoxLayout()
        others.addWidget(self.mobile)
        others.addWidget(self.card)
        others.addWidget(self.reference)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(notes)
        layout.addLayout(others)
        layout.addWidget(self.taken)
        layout.addWidget(self.error)
        hint = QLabel(self.tr("Enter: pay in cash   F1-F4: paid with that note   Esc: back to the basket"))
        hint.setObjectName("Legend")
        layout.addWidget(hint)
        self._refresh()

    def _money(self, fen: int) -> str:
        return money_text(fen, self.controller.currency, self.language)

    def _refresh(self) -> None:
        due = self.controller.amount_due()
        self.due.setText(self._money(due))
        self.cash.setText(f"{due / 100:.2f}")
        self.cash.selectAll()
        self.cash.setFocus()
        names = {"mobile": self.tr("Mobile"), "card": self.tr("Card"), "allowance": self.tr("Allowance"),
                 "points": self.tr("Points"), "cash": self.tr("Cash")}
        self.taken.setText("   ".join(f"{names.get(p.kind, p.kind)} {self._money(p.amount)}"
                                      for p in self.controller.payments))

    def _quick(self, fen: int) -> None:
        self.cash.setText(f"{fen / 100:.2f}")
        self.pay_cash()

    def take_other(self, kind: str) -> None:
        due = self.controller.amount_due()
        typed = parse_money(self.cash.text())
        amount = typed if typed is not None and 0 < typed < due else due
        if amount <= 0:
            return
        self.controller.payments.append(Payment(kind, amount, reference=self.reference.text().strip()))
        self.reference.clear()
        if self.controller.amount_due() == 0:
            self._complete([])
        else:
            self._refresh()

    def pay_cash(self) -> None:
        due = self.controller.amount_due()
        received = parse_money(self.cash.text())
        if received is None:
            self.error.setText(self.tr("That is not an amount of money: type it like 50 or 12.50"))
            self.cash.selectAll()
            return
        if received < due:
            self.error.setText(self.tr("{received} is less than the {due} due").format(
                received=self._money(received), due=self._money(due)))
            self.cash.selectAll()
            return
        self._complete([Payment("cash", due, received=received)] if due > 0 else [])

    def _complete(self, payments: list[Payment]) -> None:
        try:
            self.done_sale = self.controller.pay(payments)
        except CharityMartError as exc:
            # Tenders taken in this dialog stay listed; the basket is unchanged.
            self.error.setText(error_text(exc))
            self._refresh()
            return
        self.accept()

    def reject(self) -> None:
        # Esc changes nothing: tenders typed here but not paid are dropped.
        self.controller.payments = [p for p in self.controller.payments if p.kind in ("allowance", "points")]
        super().reject()
