"""The main window: a thin shell that stacks the pages and wires the counter's keys to dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

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
from charitymart.ui.counter.till_bar import TillBar
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import install_translators
from charitymart.ui.money import money_text
from charitymart.ui.office import entry as office_entry


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, controller: CounterController, language: str = "zh_CN"):
        super().__init__()
        self.controller = controller
        self.language = language
        self.training_window = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_pages()
        self.till_bar = TillBar(self)
        self.setStatusBar(self.till_bar)
        self.stack.currentChanged.connect(lambda _index: self.till_bar.update_for_page())
        self.stack.currentChanged.connect(lambda _index: self.focus_current_page())
        self.setWindowTitle(self.tr("CharityMart 慈善超市"))
        self.stack.setCurrentWidget(self.login_page)

    def _build_pages(self) -> None:
        controller = self.controller
        self.login_page = LoginPage(controller)
        self.float_page = FloatPage(controller)
        self.sale_page = SalePage(controller, self.language)
        for page in (self.login_page, self.float_page, self.sale_page):
            self.stack.addWidget(page)
        self.login_page.logged_in.connect(self._after_login)
        self.float_page.shift_opened.connect(self.show_sale)
        self.float_page.logout_requested.connect(self.logout)
        self.sale_page.actions.update({
            "F1": self.volunteer_clock,
            "F2": self.search,
            "F10": self.logout,
            "F12": self.pay,
            "scan:search": lambda outcome: self.search(outcome.code, outcome.hits),
        })
        for module in (household_dialog, refund_dialog, shift_dialogs, hold_dialog, office_entry):
            module.install(self)

    def switch_language(self, language: str) -> None:
        """Show every screen in `language`; the basket, card and tenders taken stay (they live in
        the controller), as does the page the cashier is on."""
        if language == self.language:
            return
        self.sale_page.flush_save()
        app = QApplication.instance()
        app._charitymart_translators = install_translators(app, language)
        pages = (self.login_page, self.float_page, self.sale_page)
        current = self.stack.currentWidget()
        showing = pages.index(current) if current in pages else None  # None: the back office is shown
        self.language = language
        self._build_pages()
        new_pages = (self.login_page, self.float_page, self.sale_page)
        self.stack.setCurrentWidget(new_pages[showing if showing is not None else 0])
        for page in pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.setWindowTitle(self.tr("CharityMart 慈善超市"))
        office_entry.reopen_in_language(self, language)
        if getattr(self, "training", False):
            from charitymart.ui.training import mark_training_pages

            mark_training_pages(self)
        self.till_bar.retranslate()
        if showing == 2:
            self.sale_page.refresh()
            self.sale_page.basket_changed.emit()  # the card line and the customer display follow
        display = getattr(self, "customer_display", None)
        if display is not None:
            display.set_language(language)
        self.focus_current_page()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.sale_page.flush_save()  # the open basket is saved now, not by a timer after closing
            self.closed.emit()

    def focus_current_page(self) -> None:
        """Give the shown page's field real keyboard focus once the page switch has settled:
        QStackedWidget moves the focus while it hides the old page, after the new page's
        showEvent, and on a desktop with a window manager the window must be the active one
        too, or the keys go nowhere (issue 13.1)."""
        QTimer.singleShot(0, self._focus_now)

    def _focus_now(self) -> None:
        fields = {self.login_page: self.login_page.pin, self.float_page: self.float_page.amount,
                  self.sale_page: self.sale_page.scan}
        field = fields.get(self.stack.currentWidget())
        if field is None or not self.isVisible() or QApplication.activeModalWidget() is not None:
            return  # the back office places its own focus; a dialog keeps the keyboard
        self.activateWindow()
        field.setFocus(Qt.OtherFocusReason)

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

    def volunteer_clock(self) -> None:
        """F1 on the sale screen: volunteers clock in or out (scan the card or pick the name)."""
        from charitymart.ui.office.people.clock_panel import open_from_counter

        open_from_counter(self)

    def logout(self) -> None:
        self.controller.logout()
        self.sale_page.clear_for_next_cashier()
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
            self.sale_page.change_shown = done.change  # the big figure (and the customer display) show it
            self.sale_page.basket_edited()
            change = money_text(done.change, self.controller.currency, self.language)
            self.sale_page.show_message(self.tr("Paid. Receipt {number}. Change: {change}").format(
                number=done.receipt_number, change=change))
        self.return_to_scan()

    def return_to_scan(self) -> None:
        """After any dialog: focus back in the scan field, ready for the next customer."""
        self.activateWindow()
        self.sale_page.scan.setFocus()
