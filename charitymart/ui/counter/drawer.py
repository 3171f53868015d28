"""The cash drawer at the counter: the kick pulse in the background, and F11 (no sale).

`DrawerKicker.kick()` reads the store's `cash_drawer` setting and sends the ESC/POS pulse on a
worker thread (services.sales.drawer), so a missing printer never freezes the till; a failure is
shown in the counter's device line, never raised. F11 opens the drawer with no sale: a
manager's PIN unless the user is a manager; the opening is recorded on the shift first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

from charitymart.services.errors import CharityMartError
from charitymart.services.sales import drawer as drawer_service
from charitymart.services.sales import receipt_printer, receipts, shifts
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.dialogs import run_modal
from charitymart.ui.fields import without_input_method
from charitymart.ui.messages import error_text


class DrawerKicker(QObject):
    """Sends drawer pulses one after another on its own worker thread."""

    failed = Signal(str)  # the message to show
    pulsed = Signal()

    def __init__(self, handle, parent=None):
        super().__init__(parent)
        self.handle = handle
        # A plain Python worker thread: PySide's QThreadPool.start(callable) crashed the process
        # now and then at exit. Signals emitted from it are queued to the GUI thread.
        self.pool = BackgroundQueue("drawer", self)

    def setting(self) -> str:
        with self.handle.readers() as s:
            return receipts.output_settings(s).cash_drawer

    def has_drawer(self) -> bool:
        try:
            return drawer_service.parse_spec(self.setting()).enabled
        except CharityMartError:
            return True  # a drawer is meant to be there: kick() will say what is wrong

    def kick(self) -> None:
        """Open the drawer if the store has one; returns at once, the pulse goes in the background."""
        try:
            spec = drawer_service.parse_spec(self.setting())
        except CharityMartError as exc:
            self.failed.emit(error_text(exc))
            return
        if spec.enabled:
            with self.handle.readers() as s:
                printer = receipt_printer.printer_settings(s)  # pulse times; the drawer may hang on it
            self.pool.start(lambda: receipt_printer.pulse(spec, printer), self._pulse_done)

    def _pulse_done(self, future) -> None:  # on the GUI thread
        exc = future.exception()
        if exc is None:
            self.pulsed.emit()
        elif isinstance(exc, CharityMartError):
            self.failed.emit(error_text(exc))
        else:  # never let a driver problem escape: say it
            self.failed.emit(str(exc) or type(exc).__name__)

    def wait(self, ms: int = 5000) -> bool:
        return self.pool.wait(ms)


class NoSaleDialog(QDialog):
    """F11 for a cashier: a manager types their PIN; Enter records the opening, Esc changes nothing."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Open the drawer (no sale)"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Open the drawer without a sale"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        heading.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        without_input_method(self.pin)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignCenter)
        self.pin.setStyleSheet("font-size: 26pt;")
        self.pin.returnPressed.connect(self.confirm)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        hint = QLabel(self.tr("Enter: open the drawer   Esc: cancel, nothing is changed"))
        hint.setObjectName("Legend")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Manager's PIN")))
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(hint)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.pin.setFocus()

    def confirm(self) -> None:
        pin = self.pin.text()
        if not pin:
            self._refuse(self.tr("A manager types their PIN here"))
            return
        try:
            record_no_sale(self.controller, pin)
        except CharityMartError as exc:
            self._refuse(error_text(exc))
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.pin.clear()
        self.pin.setFocus()
        QApplication.beep()


def record_no_sale(controller, manager_pin: str | None) -> None:
    controller.write(lambda s: shifts.record_drawer_opening(s, controller.actor, "no_sale", manager_pin=manager_pin))


def open_drawer_no_sale(window) -> None:
    """F11: record the opening (manager PIN unless a manager is logged in), then pulse the drawer."""
    controller = window.controller
    if controller.actor is None:
        return
    page = window.sale_page
    if controller.actor.at_least("manager"):
        try:
            record_no_sale(controller, None)
        except CharityMartError as exc:
            page.show_message(error_text(exc), error=True)
            window.return_to_scan()
            return
    else:
        dialog = NoSaleDialog(controller, window)
        if run_modal(dialog) != QDialog.Accepted:
            window.return_to_scan()
            return
    kicker = window.drawer_kicker
    if kicker.has_drawer():
        page.show_message(QApplication.translate("Drawer", "Drawer opened (no sale): recorded on the shift"))
        kicker.kick()
    else:
        page.show_message(QApplication.translate(
            "Drawer", "No sale recorded on the shift. No cash drawer is connected: open it with its key"))
    window.return_to_scan()
