"""Consignor settlement: pick a consignor and a month; see what sold, at what price, the shop's
agreed share and what is owed; record the payment when it is made (once, never more than owed).

The month's figures are computed on the office's worker thread (a year of sales on a big store
takes a moment); recording a payment is one short write transaction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charitymart.domain.money import format_plain
from charitymart.services.context import store_today
from charitymart.services.errors import CharityMartError
from charitymart.services.stock import consignor_payments
from charitymart.services.stock.consignor_payments import SettlementStatus
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text, parse_money
from charitymart.ui.office.shared.dates import recent_months
from charitymart.ui.office.shared.widgets import dialog_buttons, error_label


class SettlementPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.status: SettlementStatus | None = None
        self._generation = 0
        self.consignor = QComboBox()
        self.consignor.setMinimumWidth(320)
        self.month = QComboBox()
        for year, month in recent_months(context.read(store_today)):
            self.month.addItem(f"{year:04d}-{month:02d}", (year, month))
        self.consignor.currentIndexChanged.connect(self.refresh)
        self.month.currentIndexChanged.connect(self.refresh)
        self.consignor_caption, self.month_caption = QLabel(), QLabel()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 18pt;")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setStyleSheet("font-size: 16pt;")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.payments = QLabel()
        self.payments.setWordWrap(True)
        self.payments.setStyleSheet("font-size: 16pt;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 16pt; font-weight: bold; color: #0a3d0a;")
        self.pay_button = QPushButton()
        self.pay_button.setStyleSheet("font-size: 17pt; padding: 8px 28px;")
        self.pay_button.clicked.connect(self.record_payment)
        top = QHBoxLayout()
        top.addWidget(self.consignor_caption)
        top.addWidget(self.consignor, 2)
        top.addWidget(self.month_caption)
        top.addWidget(self.month, 1)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.pay_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.payments)
        layout.addLayout(bottom)
        self.retranslate()
        self.load_consignors()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consignor settlement"))
        self.consignor_caption.setText(self.tr("Consignor"))
        self.month_caption.setText(self.tr("Month"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity sold"), self.tr("Average price"),
                                              self.tr("Sales")])
        self.pay_button.setText(self.tr("Record payment…"))

    def money(self, fen: int) -> str:
        return money_text(fen, self.context.currency, self.context.language)

    def load_consignors(self) -> None:
        current = self.consignor.currentData()
        choices = self.context.read(consignor_payments.consignors)
        self.consignor.blockSignals(True)
        self.consignor.clear()
        for choice in choices:
            self.consignor.addItem(self.tr("{name} ({code})").format(name=choice.name, code=choice.code),
                                   choice.code)
        index = self.consignor.findData(current) if current else 0
        self.consignor.setCurrentIndex(max(index, 0))
        self.consignor.blockSignals(False)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.load_consignors()  # a consignor added on the intake page appears here

    # ----- figures -----
    def refresh(self) -> None:
        code, period = self.consignor.currentData(), self.month.currentData()
        self._generation += 1
        if not code or not period:
            self._show(None)
            self.summary.setText(self.tr("No consignor yet: add one on the intake page (Consigned goods)."))
            return
        generation, context = self._generation, self.context
        self.summary.setText(self.tr("Adding up the month's sales…"))
        self.pay_button.setEnabled(False)
        context.jobs.start(
            lambda: context.read(lambda s: consignor_payments.settlement_status(s, context.actor, code, *period)),
            lambda future: self._delivered(future, generation))

    def _delivered(self, future, generation: int) -> None:
        if generation != self._generation:
            return  # another consignor or month was chosen meanwhile
        try:
            self._show(future.result())
        except CharityMartError as exc:
            self._show(None)
            self.summary.setText(error_text(exc))

    def _show(self, status: SettlementStatus | None) -> None:
        self.status = status
        self.table.setRowCount(0)
        self.payments.clear()
        self.message.clear()
        self.pay_button.setEnabled(False)
        if status is None:
            return
        settlement = status.settlement
        self.summary.setText(self.tr(
            "Sales {amount}   Shop's share ({percent} %) {share}   Owed {owed}   Paid {paid}   Still owed {remaining}")
            .format(amount=self.money(settlement.amount), percent=f"{settlement.shop_share_bp / 100:g}",
                    share=self.money(settlement.shop_share), owed=self.money(settlement.owed),
                    paid=self.money(status.paid), remaining=self.money(status.remaining)))
        self.table.setRowCount(len(settlement.lines))
        for row, line in enumerate(settlement.lines):
            average = round(line.amount / line.quantity) if line.quantity else 0  # display only
            cells = (line.item_name, str(line.quantity), self.money(average), self.money(line.amount))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, cell)
        if status.payments:
            self.payments.setText("\n".join(
                self.tr("Paid {amount} on {date} ({method}) {note}").format(
                    amount=self.money(p.amount), date=p.paid_on.isoformat(), method=self.method_name(p.method),
                    note=p.note) for p in status.payments))
        if not status.month_over:
            self.message.setText(self.tr("This month is not over yet: it can be paid from the first of next month."))
        elif settlement.owed <= 0:
            self.message.setText(self.tr("Nothing is owed for this month."))
        elif status.remaining == 0:
            self.message.setText(self.tr("This month is paid in full."))
        else:
            self.pay_button.setEnabled(True)

    def method_name(self, method: str) -> str:
        return {"cash": self.tr("cash"), "transfer": self.tr("bank transfer")}.get(method, method)

    # ----- paying -----
    def record_payment(self) -> None:
        status = self.status
        if status is None or status.remaining <= 0:
            return
        dialog = PaymentDialog(self, status)
        if run_modal(dialog) == QDialog.Accepted:
            self.message.setText(self.tr("Payment recorded."))
            self.refresh()

    def pay(self, amount: int, method: str, note: str) -> None:
        """One write transaction; raises the service's refusal."""
        status, actor = self.status, self.context.actor
        year, month = (int(part) for part in status.month.split("-"))
        self.context.write(lambda s: consignor_payments.record_payment(
            s, actor, status.settlement.party_code, year, month, amount, method=method, note=note))


class PaymentDialog(QDialog):
    def __init__(self, page: SettlementPage, status: SettlementStatus):
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("Record payment"))
        self.setMinimumWidth(560)
        self.heading = QLabel(self.tr("{name}, {month}: still owed {remaining}").format(
            name=status.settlement.name, month=status.month, remaining=page.money(status.remaining)))
        self.heading.setWordWrap(True)
        self.amount = QLineEdit(format_plain(status.remaining))
        self.amount.setStyleSheet("font-size: 20pt;")
        self.method = QComboBox()
        self.method.addItem(page.method_name("cash"), "cash")
        self.method.addItem(page.method_name("transfer"), "transfer")
        self.note = QLineEdit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Amount paid (yuan)"), self.amount)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(self.tr("Note"), self.note)
        self.buttons, self.ok_button = dialog_buttons(self, self.tr("Record"), self.tr("Cancel"), self._accept)
        self.amount.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.remaining = status.remaining
        self._check()

    def _problem(self) -> str:
        amount = parse_money(self.amount.text())
        if amount is None or amount <= 0:
            return self.tr("Amount paid: type an amount in yuan, such as 120.50.")
        if amount > self.remaining:
            return self.tr("Amount paid: more than the {remaining} still owed.").format(
                remaining=self.page.money(self.remaining))
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.error.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _accept(self) -> None:
        if self._problem():
            return
        try:
            self.page.pay(parse_money(self.amount.text()), self.method.currentData(), self.note.text())
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
