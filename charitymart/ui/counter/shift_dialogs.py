"""Shift keys at the counter, the cash drawer and receipt output.

F4 reprint a receipt, F5 cash in/out, F6 close the shift (shift_close.py), F11 open the drawer
with no sale (drawer.py). After every committed sale this module sends the receipt to the
store's output (receipt_output.py) and, if the sale took cash, opens the drawer; problems with
the printer or drawer are shown on a red line under the sale screen's status, never raised.

Other dialogs that commit a receipt without going through `controller.last_receipt` (refunds)
call `after_sale(window, receipt_number)` to get the same receipt and drawer behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from charitymart.services.documents import z_thermal
from charitymart.services.errors import CharityMartError
from charitymart.services.sales import receipt_printer, receipts, shifts
from charitymart.ui.counter.drawer import DrawerKicker, open_drawer_no_sale
from charitymart.ui.counter.receipt_output import ReceiptOutput
from charitymart.ui.counter.shift_close import CloseShiftDialog, load_shift_figures
from charitymart.ui.dialogs import run_modal
from charitymart.ui.fields import without_input_method
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text, parse_money


class CashMovementDialog(QDialog):
    """F5: + cash in / − cash out, the amount, a reason (required). Enter moves on, then records."""

    def __init__(self, controller, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.kind = "in"
        self.recorded = None  # (kind, amount, reason) once recorded
        self.setWindowTitle(self.tr("Cash in / out"))
        self.setMinimumWidth(640)
        self.in_button = QPushButton(self.tr("+  Cash in"))
        self.out_button = QPushButton(self.tr("−  Cash out"))
        choice = QHBoxLayout()
        for button, kind in ((self.in_button, "in"), (self.out_button, "out")):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.NoFocus)
            button.setStyleSheet("QPushButton { font-size: 20pt; padding: 12px; } "
                                 "QPushButton:checked { background: #0a58ca; color: white; }")
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            choice.addWidget(button)
        self.amount = without_input_method(QLineEdit())
        self.amount.setStyleSheet("font-size: 26pt;")
        self.amount.installEventFilter(self)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setStyleSheet("font-size: 20pt;")
        self.reason.setPlaceholderText(self.tr("e.g. change from the bank, takings to the safe"))
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        hint = QLabel(self.tr("+ cash in   − cash out   Enter: next, then record   Esc: cancel, nothing is changed"))
        hint.setObjectName("Legend")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(QLabel(self.tr("Amount")))
        layout.addWidget(self.amount)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        self.set_kind("in")

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.in_button.setChecked(kind == "in")
        self.out_button.setChecked(kind == "out")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.amount.setFocus()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.amount and event.type() == QEvent.KeyPress and event.text() in ("+", "-", "−"):
            self.set_kind("in" if event.text() == "+" else "out")
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if self.focusWidget() is self.amount:
                if self._amount() is not None:
                    self.reason.setFocus()
                return
            if self.focusWidget() is self.reason:
                self.record()
                return
        elif event.text() in ("+", "-") and self.focusWidget() is not self.reason:
            self.set_kind("in" if event.text() == "+" else "out")
            return
        super().keyPressEvent(event)

    def _amount(self) -> int | None:
        fen = parse_money(self.amount.text())
        if fen is None or fen <= 0:
            self._refuse(self.tr("Type the amount, like 50 or 12.50"), self.amount)
            return None
        return fen

    def record(self) -> None:
        amount = self._amount()
        if amount is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self._refuse(self.tr("Say why the cash goes in or out"), self.reason)
            return
        try:
            self.controller.write(lambda s: shifts.cash_movement(s, self.controller.actor, self.kind, amount, reason))
        except CharityMartError as exc:
            self._refuse(error_text(exc), self.reason if exc.field == "reason" else self.amount)
            return
        self.recorded = (self.kind, amount, reason)
        self.accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        QApplication.beep()
        field.setFocus()
        field.selectAll()


class ReprintDialog(QDialog):
    """F4: the last receipt's number is filled in; Enter prints it again, or type/scan another."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.setWindowTitle(self.tr("Reprint a receipt"))
        self.setMinimumWidth(560)
        self.number = QLineEdit(window.controller.last_receipt or "")
        self.number.setStyleSheet("font-size: 22pt;")
        self.number.setPlaceholderText(self.tr("Scan or type the receipt number"))
        self.number.returnPressed.connect(self.reprint)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        hint = QLabel(self.tr("Enter: print this receipt again   Esc: cancel"))
        hint.setObjectName("Legend")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Receipt number")))
        layout.addWidget(self.number)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        self.sent = None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.number.setFocus()
        self.number.selectAll()

    def reprint(self) -> None:
        number = self.number.text().strip()
        if not number:
            self.error.setText(self.tr("Scan or type the receipt number"))
            QApplication.beep()
            return
        self.window_._reprints.add(number)  # before the worker can finish: it reports "sent" for these
        try:
            self.sent = (number, self.window_.receipt_output.output(number, reprint=True))
        except CharityMartError as exc:
            self.window_._reprints.discard(number)
            self.error.setText(error_text(exc))
            QApplication.beep()
            self.number.selectAll()
            return
        self.accept()


class DeviceLine(QLabel):
    """A red line under the sale status for printer and drawer problems; each source clears its own."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("Error")
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 15pt;")
        self.source = None
        self.hide()

    def report(self, text: str, source) -> None:
        self.source = source
        self.setText(text)
        self.show()
        QApplication.beep()

    def clear_source(self, source) -> None:
        if self.source == source:
            self.source = None
            self.clear()
            self.hide()


# ----- handlers -----
def cash_in_out(window) -> None:
    if window.controller.actor is None:
        return
    dialog = CashMovementDialog(window.controller, window.language, window)
    if run_modal(dialog) == QDialog.Accepted and dialog.recorded:
        kind, amount, reason = dialog.recorded
        money = money_text(amount, window.controller.currency, window.language)
        text = (QApplication.translate("ShiftKeys", "Cash in {amount} recorded: {reason}") if kind == "in"
                else QApplication.translate("ShiftKeys", "Cash out {amount} recorded: {reason}"))
        window.sale_page.show_message(text.format(amount=money, reason=reason))
        window.drawer_kicker.kick()
    window.return_to_scan()


def close_shift(window) -> None:
    controller, page = window.controller, window.sale_page
    if controller.actor is None:
        return
    if controller.basket.lines:
        page.show_message(QApplication.translate(
            "ShiftKeys", "The basket still has items: pay, hold (F9) or remove them before closing the shift"),
            error=True)
        return
    try:
        shift_id, expected, z = load_shift_figures(controller)
    except CharityMartError as exc:
        page.show_message(error_text(exc), error=True)
        return
    dialog = CloseShiftDialog(controller, expected, z, window.language, window)
    if run_modal(dialog) == QDialog.Accepted and dialog.closed is not None:
        print_closing_z(window, shift_id)  # read while the cashier is still logged in
        window.logout()  # the next login asks for a new opening float
        return
    window.return_to_scan()


def print_closing_z(window, shift_id: int) -> bool:
    """The closed shift's Z-report on the thermal printer, when receipts go to an ESC/POS printer.

    The lines are read now (one short read, as the cashier who closed it); printing runs on the
    receipt worker. A failure is shown on the login screen the cashier is looking at, with the
    way to print it again; the shift stays closed either way. Returns whether a job was queued."""
    controller = window.controller
    try:
        with controller.handle.readers() as s:
            if receipts.output_settings(s).receipt_output != "printer":
                return False
            if not receipt_printer.printer_settings(s).is_escpos:
                return False
            lines, printer = z_thermal.closing_z_text(s, controller.actor, shift_id, language=window.language)
    except CharityMartError as exc:
        _z_not_printed(window, shift_id, error_text(exc))
        return False

    def done(future) -> None:  # on the GUI thread
        exc = future.exception()
        if exc is not None:
            _z_not_printed(window, shift_id, error_text(exc) if isinstance(exc, CharityMartError)
                           else (str(exc) or type(exc).__name__))

    window.receipt_output.pool.start(lambda: receipt_printer.print_lines(printer, lines), done)
    return True


def _z_not_printed(window, shift_id: int, problem: str) -> None:
    text = QApplication.translate(
        "ShiftKeys", "The shift is closed, but its Z-report was not printed: {problem}. A manager can print it "
                     "again in the back office (Documents) or with: charitymart report z --shift {shift} "
                     "--receipt-printer")
    window.login_page.show_error(text.format(problem=problem, shift=shift_id))


def reprint(window) -> None:
    if window.controller.actor is None:
        return
    dialog = ReprintDialog(window, window)
    if run_modal(dialog) == QDialog.Accepted and dialog.sent:
        number, kind = dialog.sent
        text = (QApplication.translate("ShiftKeys", "Printing receipt {number} again") if kind == "printer"
                else QApplication.translate("ShiftKeys", "Saving receipt {number} again as a PDF"))
        window.sale_page.show_message(text.format(number=number))
    window.return_to_scan()


def after_sale(window, receipt_number: str) -> None:
    """A receipt was just committed: open the drawer if it took cash, then send the receipt out."""
    window._receipt_seen = receipt_number
    try:
        with window.controller.handle.readers() as s:
            data = receipts.receipt_data(s, receipt_number)
        if data.drawer_opened:
            window.drawer_kicker.kick()
        window.receipt_output.output(receipt_number)
    except CharityMartError as exc:
        window.device_line.report(error_text(exc), ("receipt", receipt_number))


def _on_basket_changed(window) -> None:
    number = window.controller.last_receipt
    if number and number != window._receipt_seen:
        after_sale(window, number)


class DeviceEvents(QObject):
    """Receives the drawer's and the receipt writer's signals on the GUI thread (bound slots are
    queued from the worker threads; a plain lambda would run on the worker)."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window

    @Slot(str)
    def drawer_failed(self, text: str) -> None:
        self.window_.device_line.report(text, "drawer")

    @Slot()
    def drawer_pulsed(self) -> None:
        self.window_.device_line.clear_source("drawer")

    @Slot(str, str)
    def receipt_failed(self, number: str, text: str) -> None:
        self.window_.device_line.report(text, ("receipt", number))

    @Slot(str, str)
    def receipt_done(self, number: str, where: str) -> None:
        window = self.window_
        window.device_line.clear_source(("receipt", number))
        if number in window._reprints:
            window._reprints.discard(number)
            sent = QApplication.translate("ShiftKeys", "Receipt {number} sent to {where}")
            window.sale_page.show_message(sent.format(number=number, where=where))


def install(window) -> None:
    """Register F4, F5, F6 and F11, and receipt output and the drawer after each sale."""
    controller, page = window.controller, window.sale_page
    if getattr(window, "receipt_output", None) is None:  # once per window; pages may be rebuilt
        window.drawer_kicker = DrawerKicker(controller.handle, window)
        window.receipt_output = ReceiptOutput(controller.handle, language=lambda: window.language,
                                              training=lambda: getattr(controller, "training", False), parent=window)
        window._receipt_seen = controller.last_receipt
        window._reprints = set()
        events = window.device_events = DeviceEvents(window)
        window.drawer_kicker.failed.connect(events.drawer_failed)
        window.drawer_kicker.pulsed.connect(events.drawer_pulsed)
        window.receipt_output.failed.connect(events.receipt_failed)
        window.receipt_output.finished.connect(events.receipt_done)
    window.device_line = DeviceLine(page)
    layout = page.layout()
    layout.insertWidget(layout.indexOf(page.status) + 1, window.device_line)
    page.basket_changed.connect(lambda: _on_basket_changed(window))
    page.actions.update({
        "F4": lambda: reprint(window),
        "F5": lambda: cash_in_out(window),
        "F6": lambda: close_shift(window),
        "F11": lambda: open_drawer_no_sale(window),
    })
