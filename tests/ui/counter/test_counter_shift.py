"""Shift keys, drawer and receipts at the counter, driven by the keyboard only (pytest-qt, offscreen):
F5 cash in/out, F6 close with a variance, F11 no-sale drawer with a manager PIN, the receipt PDF
after a sale, F4 reprint, a printer error shown and reprinted."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charitymart import paths
from charitymart.db.models import CashMovement, DrawerOpening, ShiftClose
from charitymart.reports.receipt import receipt_rows
from charitymart.services.context import get_store
from charitymart.services.sales import drawer, receipts
from charitymart.ui.app import build_window
from charitymart.ui.counter.drawer import NoSaleDialog
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.counter.receipt_output import paint_receipt
from charitymart.ui.counter.shift_close import DENOMINATIONS, CloseShiftDialog
from charitymart.ui.counter.shift_dialogs import CashMovementDialog, ReprintDialog
from tests.support import factories

RICE = "6901234567892"
CASHIER_PIN, MANAGER_PIN, ADMIN_PIN = "1234", "5555", "9999"


@pytest.fixture
def window(store, admin, qtbot):
    with store.sessions.begin() as s:
        rice = factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE)
        factories.add_lot(s, rice, 20)
        get_store(s).cash_drawer = "dummy"
    factories.add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    factories.add_user(store, admin, "李经理", "manager", MANAGER_PIN)
    drawer.reset_dummy()
    # English screens: these tests read the words the cashier sees.
    win = build_window(store, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.receipt_output.wait()
    win.drawer_kicker.wait()
    drawer.reset_dummy()


def type_enter(qtbot, widget, text):
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def start(window, qtbot, pin=CASHIER_PIN, opening="100"):
    type_enter(qtbot, window.login_page.pin, pin)
    if window.stack.currentWidget() is window.float_page:
        type_enter(qtbot, window.float_page.amount, opening)
    assert window.stack.currentWidget() is window.sale_page


def ready(window, qtbot):
    """The counter is back with the scan field focused in the active window (after any dialog)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and window.focusWidget() is window.sale_page.scan)


def press(window, qtbot, key, dialog_class, drive):
    """Press `key` on the sale screen and drive the modal dialog it opens with `drive(dialog)`;
    a dialog left open (a failed step) is closed so the test fails instead of hanging."""
    seen = []

    def answer(tries=250):
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_class) and w.isVisible()), None)
        if (dialog is None or QApplication.activeWindow() is not dialog) and tries:
            QTimer.singleShot(20, lambda: answer(tries - 1))  # a loaded machine shows dialogs late
            return
        seen.append(dialog)
        if dialog is None:
            return
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    ready(window, qtbot)
    QTimer.singleShot(20, answer)
    qtbot.keyClick(window.sale_page.scan, key)
    assert seen and seen[0] is not None, f"{key} opened no {dialog_class.__name__}"
    return seen[0]


def sell_rice(window, qtbot, quantity=1, cash="100"):
    type_enter(qtbot, window.sale_page.scan, f"{quantity}*{RICE}")

    def pay(dialog):
        dialog.cash.selectAll()
        type_enter(qtbot, dialog.cash, cash)

    press(window, qtbot, Qt.Key_F12, PaymentDialog, pay)
    return window.controller.last_receipt


def pulses() -> int:
    return drawer.dummy_device().output.count(drawer.PULSE_PREFIX)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_cash_in_and_out_with_a_reason(window, store, qtbot):
    start(window, qtbot)

    def cash_in(dialog):
        type_enter(qtbot, dialog.amount, "50")
        assert dialog.focusWidget() is dialog.reason
        qtbot.keyClick(dialog.reason, Qt.Key_Return)  # no reason: refused, the dialog stays
        assert dialog.isVisible() and dialog.error.text()
        type_enter(qtbot, dialog.reason, "change from the bank")

    press(window, qtbot, Qt.Key_F5, CashMovementDialog, cash_in)

    def cash_out(dialog):
        qtbot.keyClicks(dialog.amount, "-30")  # "-" chooses cash out
        assert dialog.kind == "out" and dialog.amount.text() == "30"
        qtbot.keyClick(dialog.amount, Qt.Key_Return)
        type_enter(qtbot, dialog.reason, "takings to the safe")

    press(window, qtbot, Qt.Key_F5, CashMovementDialog, cash_out)

    def too_much(dialog):
        qtbot.keyClicks(dialog.amount, "-5000")
        qtbot.keyClick(dialog.amount, Qt.Key_Return)
        type_enter(qtbot, dialog.reason, "more than is there")
        assert dialog.isVisible() and dialog.error.text()  # the service refuses: shown, not raised
        qtbot.keyClick(dialog.reason, Qt.Key_Escape)

    press(window, qtbot, Qt.Key_F5, CashMovementDialog, too_much)
    with store.sessions() as s:
        rows = [(m.kind, m.amount, m.reason) for m in s.scalars(select(CashMovement).order_by(CashMovement.id))]
        openings = s.scalars(select(DrawerOpening.reason)).all()
    assert rows == [("in", 5000, "change from the bank"), ("out", 3000, "takings to the safe")]
    assert openings == ["cash_movement", "cash_movement"]
    assert "takings to the safe" in window.sale_page.status.text()
    assert window.drawer_kicker.wait()
    assert pulses() == 2
    qtbot.waitUntil(lambda: window.focusWidget() is window.sale_page.scan)


def test_close_shift_with_a_variance_then_the_next_login_asks_for_a_float(window, store, qtbot):
    start(window, qtbot, opening="100")
    sell_rice(window, qtbot, 1, "100")  # expected cash: 100 float + 25 sale = 125

    def count(dialog):
        assert dialog.focusWidget() is dialog.fields[10000]
        assert "125.00" in dialog.expected_label.text()
        assert "Z totals" in dialog.z_view.text() and "25.00" in dialog.z_view.text()
        counts = {10000: "1", 1000: "2"}  # 100 + 20 = 120: 5 short
        for fen in DENOMINATIONS:
            type_enter(qtbot, dialog.focusWidget(), counts.get(fen, ""))
        assert dialog.focusWidget() is dialog.confirm
        assert "120.00" in dialog.counted.text()
        assert "5.00" in dialog.variance.text() and "#b00020" in dialog.variance.styleSheet()  # red: short
        qtbot.keyClick(dialog.confirm, Qt.Key_Return)

    press(window, qtbot, Qt.Key_F6, CloseShiftDialog, count)
    with store.sessions() as s:
        close = s.scalar(select(ShiftClose))
    assert (close.expected_cash, close.counted_cash, close.variance) == (12500, 12000, -500)
    assert json.loads(close.denominations) == {"10000": 1, "1000": 2}
    assert window.stack.currentWidget() is window.login_page
    type_enter(qtbot, window.login_page.pin, CASHIER_PIN)
    assert window.stack.currentWidget() is window.float_page


def test_close_shift_esc_changes_nothing_and_an_unpaid_basket_is_refused(window, store, qtbot):
    start(window, qtbot)

    def escape(dialog):
        type_enter(qtbot, dialog.fields[10000], "3")
        assert "300.00" in dialog.counted.text()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key_Escape)

    press(window, qtbot, Qt.Key_F6, CloseShiftDialog, escape)
    with store.sessions() as s:
        assert s.scalar(select(ShiftClose)) is None
    assert window.stack.currentWidget() is window.sale_page
    ready(window, qtbot)
    type_enter(qtbot, window.sale_page.scan, RICE)
    qtbot.keyClick(window.sale_page.scan, Qt.Key_F6)  # no dialog: the basket must be paid or held first
    assert "basket" in window.sale_page.status.text()
    assert QApplication.activeModalWidget() is None
    with store.sessions() as s:
        assert s.scalar(select(ShiftClose)) is None


def test_no_sale_drawer_needs_a_manager_pin_and_pulses_the_drawer(window, store, qtbot):
    start(window, qtbot)

    def wrong_then_right(dialog):
        type_enter(qtbot, dialog.pin, CASHIER_PIN)  # a cashier's PIN is not a manager's
        assert dialog.isVisible() and dialog.error.text() and dialog.pin.text() == ""
        type_enter(qtbot, dialog.pin, MANAGER_PIN)

    press(window, qtbot, Qt.Key_F11, NoSaleDialog, wrong_then_right)
    with store.sessions() as s:
        opening = s.scalar(select(DrawerOpening))
    assert opening.reason == "no_sale" and opening.approved_by is not None
    assert window.drawer_kicker.wait()
    assert drawer.dummy_device().output.startswith(b"\x1bp")
    qtbot.waitUntil(lambda: window.focusWidget() is window.sale_page.scan)

    # Esc: nothing recorded, no pulse.
    press(window, qtbot, Qt.Key_F11, NoSaleDialog, lambda d: qtbot.keyClick(d.pin, Qt.Key_Escape))
    with store.sessions() as s:
        assert len(s.scalars(select(DrawerOpening)).all()) == 1
    assert pulses() == 1


def test_a_manager_opens_the_drawer_without_a_pin(window, store, qtbot):
    start(window, qtbot, pin=MANAGER_PIN)
    qtbot.keyClick(window.sale_page.scan, Qt.Key_F11)
    with store.sessions() as s:
        assert s.scalars(select(DrawerOpening.reason)).all() == ["no_sale"]
    assert window.drawer_kicker.wait() and pulses() == 1


def test_receipt_pdf_after_a_cash_sale_opens_the_drawer_and_f4_reprints_a_copy(window, store, qtbot):
    start(window, qtbot)
    number = sell_rice(window, qtbot, 2, "60")
    assert number == "T1-2026-000001" and "10.00" in window.sale_page.status.text()  # change shown
    path = paths.data_dir() / "receipts" / "2026-03" / f"{number}.pdf"
    assert window.receipt_output.wait()
    qtbot.waitUntil(path.exists)
    text = pdf_text(path)
    assert number in text and "50.00" in text and "Rice 5kg" in text and "阳光慈善超市" in text
    assert window.drawer_kicker.wait() and pulses() == 1  # cash tender: the drawer opened

    def unknown_then_last(dialog):
        assert dialog.number.text() == number  # the last receipt is filled in
        dialog.number.selectAll()
        type_enter(qtbot, dialog.number, "T1-2026-000999")
        assert dialog.isVisible() and "T1-2026-000999" in dialog.error.text()
        dialog.number.selectAll()
        type_enter(qtbot, dialog.number, number)

    press(window, qtbot, Qt.Key_F4, ReprintDialog, unknown_then_last)
    copy = path.with_name(f"{number}-copy.pdf")
    assert window.receipt_output.wait()
    qtbot.waitUntil(copy.exists)
    assert "COPY" in pdf_text(copy) and number in pdf_text(copy)
    qtbot.waitUntil(lambda: "sent to" in window.sale_page.status.text())
    assert pulses() == 1  # a reprint does not open the drawer
    qtbot.waitUntil(lambda: window.focusWidget() is window.sale_page.scan)


def test_training_receipts_say_training(window, store, qtbot):
    window.controller.training = True  # as ui.training.mark_training sets it
    start(window, qtbot)
    number = sell_rice(window, qtbot, 1, "25")
    path = paths.data_dir() / "receipts" / "2026-03" / f"{number}.pdf"
    assert window.receipt_output.wait()
    qtbot.waitUntil(path.exists)
    assert "TRAINING" in pdf_text(path)


def test_a_printer_error_is_shown_and_f4_tries_again(window, store, qtbot):
    with store.sessions.begin() as s:
        get_store(s).receipt_output = "printer"
    start(window, qtbot)
    number = sell_rice(window, qtbot, 1, "25")
    with store.sessions() as s:
        assert s.scalar(select(DrawerOpening.reason)) == "sale"  # committed before any printing
    assert window.receipt_output.wait()
    qtbot.waitUntil(lambda: window.device_line.isVisible())
    assert number in window.device_line.text() and "F4" in window.device_line.text()
    assert "no printer" in window.device_line.text()
    window.device_line.clear_source(("receipt", number))
    press(window, qtbot, Qt.Key_F4, ReprintDialog, lambda d: type_enter(qtbot, d.number, ""))
    assert window.receipt_output.wait()
    qtbot.waitUntil(lambda: window.device_line.isVisible())  # still no printer: shown again
    assert number in window.device_line.text()


def test_the_printer_painter_draws_the_receipt(store, admin, tmp_path, qtbot):
    from tests.support.counter import sell, stock

    factories.add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    from charitymart.services.sales import shifts
    from charitymart.services.users.session import login_at_till

    cashier = login_at_till(store.sessions, "T1", CASHIER_PIN)
    with store.sessions.begin() as s:
        shifts.open_shift(s, cashier, 0)
    code = stock(store)[0]
    number = sell(store, cashier, [(code, 3)])
    with store.readers() as s:
        data = receipts.receipt_data(s, number)
    for paper in ("58mm", "A5"):
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        out = tmp_path / f"{paper}.pdf"
        printer.setOutputFileName(str(out))
        paint_receipt(printer, receipt_rows(data, language="en", training=True), paper,
                      QApplication.font().family())
        reader = PdfReader(io.BytesIO(out.read_bytes()))
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert number in text and "75.00" in text and "TRAINING" in text
