"""F3 refund (also opened by scanning a receipt number): pick lines and quantities, refund them
by the original tenders with a manager's PIN; or F8 to void a whole paid sale of this shift.

Keys: the receipt number field has focus; Enter loads the sale and moves to its lines.
On the lines: ↑ ↓ choose a line, digits type the quantity to refund on it, Backspace
corrects, Space marks it damaged (not restocked), Enter refunds (asking a manager's PIN
unless a manager is logged in). F8 voids the whole sale. After a refund or void the money
to give back is shown, cash large; Enter or Esc then closes. Esc before that changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from charitymart.services import clock, transactions
from charitymart.services.context import get_store
from charitymart.services.errors import CharityMartError
from charitymart.services.sales import refunds, shifts
from charitymart.services.sales.refunds import RefundableSale
from charitymart.ui.counter.approval_dialog import ask_approval
from charitymart.ui.counter.refund_lines_model import DAMAGED, ITEM, RefundLinesModel
from charitymart.ui.counter.refund_reasons import after_refund_or_void, refund_reasons, void_reasons
from charitymart.ui.dialogs import run_modal
from charitymart.ui.fields import without_input_method
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text


class RefundDialog(QDialog):
    def __init__(self, controller, language: str = "zh_CN", parent=None, receipt_number: str = ""):
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.sale: RefundableSale | None = None
        self.current_shift_id: int | None = None
        self.timezone = "Asia/Shanghai"
        self.completed = False  # a refund or void was committed: Enter now closes
        self.outcome_message = ""  # for the sale screen's status line once closed
        self.made_receipt = ""  # the refund receipt's number, to print it and open the drawer
        self.void_cash = 0  # cash given back by a void: the drawer opens
        self.setWindowTitle(self.tr("Refund"))
        self.setMinimumSize(960, 600)  # fits 1280x720 with a title bar and a taskbar
        self._build()
        self._focus_target = self.receipt
        if receipt_number:
            self.receipt.setText(receipt_number)
            self.load()

    # ----- building -----
    def _build(self) -> None:
        self.receipt = without_input_method(QLineEdit())
        self.receipt.setStyleSheet("font-size: 22pt;")
        self.receipt.setPlaceholderText(self.tr("Scan or type the receipt number, then Enter"))
        self.receipt.returnPressed.connect(self._receipt_entered)
        self.header = self._label("font-size: 16pt;")
        self.notice = self._label("", "Banner")
        self.notice.hide()
        self.model = RefundLinesModel(self.controller.currency, self.language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setStyleSheet("font-size: 18pt;")
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.Stretch)
        for column in range(ITEM + 1, DAMAGED + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._reset_digits())
        self.model.dataChanged.connect(lambda *_: self._show_amount())
        self.model.modelReset.connect(self._show_amount)
        self.amount = self._label("font-size: 20pt; font-weight: bold;")
        self.error = self._label("", "Error")
        self.result_label = self._label("font-size: 18pt; color: #0a3d0a;")
        self.cash_back = self._label("", "Change")
        self.all_button = QPushButton(self.tr("Refund &all"))
        self.all_button.clicked.connect(self.choose_all)
        self.void_button = QPushButton(self.tr("&Void whole sale (F8)"))
        self.void_button.clicked.connect(self.void)
        for button in (self.all_button, self.void_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.NoFocus)
        QShortcut(QKeySequence("F8"), self, activated=self.void)
        self.legend = self._label("font-size: 13pt;", "Legend")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Receipt number")))
        top.addWidget(self.receipt, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.amount, 1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(self.cash_back)
        layout.addWidget(self.legend)
        self._show_result("", [], None)
        self._set_legend()

    @staticmethod
    def _label(style: str, name: str = "") -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setObjectName(name)
        return label

    def _set_legend(self) -> None:
        for button in (self.all_button, self.void_button):
            button.setEnabled(not self.completed)
        if self.completed:
            self.legend.setText(self.tr("Enter or Esc: close"))
        else:
            self.legend.setText(self.tr(
                "Enter on the receipt number: show the sale   ↑ ↓ choose a line   0-9 quantity to refund   "
                "Space damaged, do not restock   Enter refund   F8 void whole sale   Esc close, nothing changed"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self._focus_target.setFocus())

    # ----- helpers -----
    def _money(self, fen: int) -> str:
        return money_text(fen, self.controller.currency, self.language)

    def _tender_name(self, kind: str) -> str:
        names = {"cash": self.tr("Cash"), "mobile": self.tr("Mobile"), "card": self.tr("Card"),
                 "allowance": self.tr("Allowance"), "points": self.tr("Points")}
        return names.get(kind, kind)

    def _tenders_text(self, tenders) -> str:
        return "   ".join(f"{self._tender_name(t.kind)} {self._money(abs(t.amount))}" for t in tenders)

    def _fail(self, text: str, focus=None) -> None:
        self.error.setText(text)
        QApplication.beep()
        if focus is not None:
            focus.setFocus()

    def _needs_pin(self) -> bool:
        return not self.controller.actor.at_least("manager")

    def _reset_digits(self) -> None:
        self.model.typed = ""

    def _show_amount(self) -> None:
        amount = self.model.amount()
        self.amount.setText(self.tr("Refund now: {amount}").format(amount=self._money(amount)) if amount else "")

    def _show_result(self, title: str, tenders, cash: int | None) -> None:
        lines = [title] if title else []
        if tenders:
            lines.append(self.tr("Back by the original payment: {tenders}").format(tenders=self._tenders_text(tenders)))
        self.result_label.setText("\n".join(lines))
        self.result_label.setVisible(bool(lines))
        if cash is None:
            self.cash_back.hide()
        else:
            self.cash_back.setText(self.tr("Give back {cash} in cash").format(cash=self._money(cash)) if cash
                                   else self.tr("No cash to give back"))
            self.cash_back.show()

    # ----- loading a sale -----
    def _receipt_entered(self) -> None:
        if self.completed and self.sale is not None and self.receipt.text().strip() == self.sale.receipt_number:
            self.accept()
            return
        if self.load():
            self.table.setFocus()

    def load(self) -> bool:
        """Read the sale named in the receipt field and show its lines; False (with a message) if none."""
        number = self.receipt.text().strip()
        self.error.clear()
        self.completed = False
        self._show_result("", [], None)
        self._set_legend()
        if not number:
            self._fail(self.tr("Scan or type the receipt number"), self.receipt)
            return False
        try:
            with self.controller.handle.readers() as s:
                sale = refunds.sale_for_refund(s, number)
                shift = shifts.current_shift(s, self.controller.actor.till_id)
                self.timezone = get_store(s).timezone
        except CharityMartError as exc:
            self._show_sale(None)
            self._fail(error_text(exc), self.receipt)
            self.receipt.selectAll()
            return False
        self.current_shift_id = shift.id if shift is not None else None
        self._show_sale(sale)
        self._focus_target = self.table
        return True

    def _show_sale(self, sale: RefundableSale | None) -> None:
        self.sale = sale
        self.model.load(sale)
        self._reset_digits()
        if sale is None:
            self.header.clear()
            self.notice.hide()
            return
        when = clock.to_local(sale.created_at, self.timezone).strftime("%Y-%m-%d %H:%M")
        text = self.tr("Receipt {number}   {time}   Total {total}").format(
            number=sale.receipt_number, time=when, total=self._money(abs(sale.total)))
        if sale.tenders:
            text += "\n" + self.tr("Paid by: {tenders}").format(tenders=self._tenders_text(sale.tenders))
        if sale.refund_numbers:
            text += "\n" + self.tr("Refunded before: {numbers}").format(numbers=", ".join(sale.refund_numbers))
        self.header.setText(text)
        notice = ""
        if sale.kind == "refund":
            notice = self.tr("{number} is a refund receipt (of {original}): it cannot be refunded").format(
                number=sale.receipt_number, original=sale.refund_of or "")
        elif sale.is_void:
            notice = self.tr("VOID: this sale was voided, there is nothing to refund")
        elif not sale.refundable:
            notice = self.tr("Everything on this receipt has already been refunded")
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.model.locked = not sale.refundable
        first = next((row for row, line in enumerate(sale.lines) if line.refundable), 0 if sale.lines else None)
        if first is not None:
            self.table.selectRow(first)
            self.table.setCurrentIndex(self.model.index(first, 0))

    # ----- choosing lines -----
    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == event.Type.KeyPress:
            key, text = event.key(), event.text()
            if key in (Qt.Key_Return, Qt.Key_Enter):
                self.refund()
                return True
            if self.completed:
                return False
            if text and text.isdigit() and text.isascii():
                self._type_digit(text)
                return True
            if key == Qt.Key_Backspace:
                self._backspace()
                return True
            if key == Qt.Key_Space:
                self.model.toggle_damaged(self.table.currentIndex().row())
                self._reset_digits()
                return True
        return super().eventFilter(obj, event)

    def _type_digit(self, digit: str) -> None:
        row = self.table.currentIndex().row()
        if self.model.line(row) is None or self.model.locked:
            self._fail(self.tr("There is nothing to refund here"))
            return
        too_many = self.model.type_digit(row, digit)
        if too_many is not None:
            self._fail(self.tr("Only {n} of {item} can still be refunded").format(
                n=too_many.refundable, item=too_many.name))
            return
        self.error.clear()

    def _backspace(self) -> None:
        self.model.backspace(self.table.currentIndex().row())

    def choose_all(self) -> None:
        if self.sale is None or self.completed:
            return
        self.model.choose_all()
        self._reset_digits()
        self.table.setFocus()

    # ----- refunding and voiding -----
    def refund(self) -> None:
        if self.completed:
            self.accept()
            return
        if self.sale is None:
            self._fail(self.tr("Scan or type the receipt number"), self.receipt)
            return
        requested = self.model.requested()
        if not requested:
            self._fail(self.tr("Choose a line with the arrow keys and type how many to refund"), self.table)
            return
        number = self.sale.receipt_number
        approval = ask_approval(self, self.tr("Refund {amount} from receipt {number}").format(
            amount=self._money(self.model.amount()), number=number), ask_pin=self._needs_pin(),
            reasons=refund_reasons())
        if approval is None:
            return self.table.setFocus()
        try:
            def refund_and_read_back(s):
                made = refunds.refund(s, self.controller.actor, number, requested, manager_pin=approval[1],
                                      reason=approval[0])
                return refunds.sale_for_refund(s, made.receipt_number)

            back = transactions.run(self.controller.handle.sessions, refund_and_read_back)
        except CharityMartError as exc:
            self._fail(error_text(exc), self.table)
            return
        self.made_receipt = back.receipt_number
        cash = -sum(t.amount for t in back.tenders if t.kind == "cash")
        self._reload_after(number)
        self._finish(self.tr("Refund receipt {refund} (of {number})").format(refund=back.receipt_number, number=number),
                     back.tenders, cash)
        self.outcome_message = (
            self.tr("Refund {refund}: give back {cash} in cash").format(refund=back.receipt_number,
                                                                       cash=self._money(cash)) if cash
            else self.tr("Refund {refund} done").format(refund=back.receipt_number))

    def void(self) -> None:
        if (self.sale is None or self.receipt.text().strip() != self.sale.receipt_number) and not self.load():
            return
        sale = self.sale
        if sale.kind == "refund":
            self._fail(self.tr("{number} is a refund receipt: it cannot be voided").format(number=sale.receipt_number))
            return
        if sale.is_void:
            self._fail(self.tr("{number} is already void").format(number=sale.receipt_number))
            return
        if sale.shift_id != self.current_shift_id:
            self._fail(self.tr("{number} is from another shift: only this shift's sales can be voided, "
                               "refund it instead").format(number=sale.receipt_number))
            return
        approval = ask_approval(
            self, self.tr("Void whole sale {number}").format(number=sale.receipt_number),
            self.tr("Everything on it goes back: the goods to stock, the money by the original payment. "
                    "Total {total}.").format(total=self._money(sale.total)),
            reasons=void_reasons(), ask_pin=self._needs_pin())
        if approval is None:
            return self._focus_target.setFocus()
        reason, pin = approval
        try:
            transactions.run(self.controller.handle.sessions, lambda s: refunds.void_sale(
                s, self.controller.actor, sale.receipt_number, reason, manager_pin=pin))
        except CharityMartError as exc:
            self._fail(error_text(exc), self._focus_target)
            return
        cash = self.void_cash = sum(t.amount for t in sale.tenders if t.kind == "cash")
        self._reload_after(sale.receipt_number)
        self._finish(self.tr("Sale {number} is void").format(number=sale.receipt_number), sale.tenders, cash)
        self.outcome_message = (
            self.tr("Sale {number} voided: give back {cash} in cash").format(number=sale.receipt_number,
                                                                             cash=self._money(cash)) if cash
            else self.tr("Sale {number} voided").format(number=sale.receipt_number))

    def _reload_after(self, number: str) -> None:
        """Show the sale as it now is (refunded quantities, void), with nothing left to choose."""
        try:
            with self.controller.handle.readers() as s:
                sale = refunds.sale_for_refund(s, number)
        except CharityMartError:
            return
        self._show_sale(sale)

    def _finish(self, title: str, tenders, cash: int) -> None:
        self.completed = True
        self.model.locked = True
        self.error.clear()
        self._show_result(title, tenders, cash)
        self._set_legend()
        self._focus_target = self.table
        self.table.setFocus()


def open_refund(window, receipt_number: str = "") -> None:
    """Show the refund dialog over the counter; afterwards focus goes back to the scan field."""
    if window.controller.actor is None:
        return
    dialog = RefundDialog(window.controller, window.language, window, receipt_number)
    run_modal(dialog)
    if dialog.outcome_message:
        window.sale_page.show_message(dialog.outcome_message)
    after_refund_or_void(window, dialog)
    window.return_to_scan()


def install(window) -> None:
    """Register this module's keys and scan handlers on the main window."""
    window.sale_page.actions["F3"] = lambda: open_refund(window)
    window.sale_page.actions["scan:receipt"] = lambda outcome: open_refund(window, outcome.code)
