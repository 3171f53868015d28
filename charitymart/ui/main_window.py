"""The main window: a thin shell that stacks the pages and wires the counter's keys to dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget

from charitymart.ui.counter import (
    hold_dialog,
    household_dialog,
    refund_dialog,
    shift_dialogs,
)
from charitymart.ui.counter.controller import CounterController
from charitymart.ui.counter.float_page import FloatPage
from charitymart.ui.counter.login_page import LoginPage
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.counter.sale_page import SalePage
from charitymart.ui.counter.search_popup import SearchPopup
from charitymart.ui.dialogs import run_modal
from charitymart.ui.money import money_text
from charitymart.ui.office import entry as office_entry


class MainWindow(QMainWindow):
    def __init__(self, controller: CounterController, language: str = "zh_CN"):
        super().__init__()
        self.controller = controller
        self.language = language
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login_page = LoginPage(controller)
        self.float_page = FloatPage(controller)
        self.sale_page = SalePage(controller, language)
        for page in (self.login_page, self.float_page, self.sale_page):
            self.stack.addWidget(page)
        self.login_page.logged_in.connect(self._after_login)
        self.float_page.shift_opened.connect(self.show_sale)
        self.sale_page.actions.update({
            "F2": self.search,
            "F10": self.logout,
            "F12": self.pay,
            "scan:search": lambda outcome: self.search(outcome.code, outcome.hits),
        })
        for module in (household_dialog, refund_dialog, shift_dialogs, hold_dialog, office_entry):
            module.install(self)
        self.setWindowTitle(self.tr("CharityMart"))
        self.stack.setCurrentWidget(self.login_page)

    def _after_login(self) -> None:
        if self.controller.shift_is_open():
            self.show_sale()
        else:
            self.stack.setCurrentWidget(self.float_page)

    def show_sale(self) -> None:
        self.stack.setCurrentWidget(self.sale_page)
        self.sale_page.refresh()
        if self.controller.basket.lines:
            self.sale_page.show_message(self.tr("The unpaid basket from before was restored"))
        self.sale_page.scan.setFocus()

    def logout(self) -> None:
        self.controller.logout()
        self.stack.setCurrentWidget(self.login_page)

    def search(self, text: str = "", hits=None) -> None:
        popup = SearchPopup(self.controller, hits or [], text, self.language, self)
        if run_modal(popup) and popup.picked_code:
            self.sale_page.scan.setText(popup.picked_code)
            self.sale_page.scan.returnPressed.emit()
        self.return_to_scan()

    def pay(self) -> None:
        if not self.controller.basket.lines:
            self.sale_page.show_message(self.tr("The basket is empty: scan something first"), error=True)
            return
        dialog = PaymentDialog(self.controller, self.language, self)
        if run_modal(dialog) and dialog.done_sale is not None:
            done = dialog.done_sale
            self.sale_page.basket_edited()
            change = money_text(done.change, self.controller.currency, self.language)
            self.sale_page.show_message(self.tr("Paid. Receipt {number}. Change: {change}").format(
                number=done.receipt_number, change=change))
        self.return_to_scan()

    def return_to_scan(self) -> None:
        """After any dialog: focus back in the scan field, ready for the next customer."""
        self.activateWindow()
        self.sale_page.scan.setFocus()
