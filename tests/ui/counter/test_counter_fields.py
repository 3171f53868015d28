"""The counter's inputs (offscreen): input methods off where a scanner or a PIN types (13.2),
every input tall enough for its font (13.3), the change in the big figure after a sale (13.4),
and nothing typed left on a page that was hidden by F10 (13.1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QInputMethodEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QStyle

from charitymart.ui.app import build_window
from charitymart.ui.counter.approval_dialog import ApprovalDialog
from charitymart.ui.counter.drawer import NoSaleDialog
from charitymart.ui.counter.hold_dialog import HoldDialog
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.counter.refund_dialog import RefundDialog
from charitymart.ui.counter.refund_reasons import refund_reasons
from charitymart.ui.counter.shift_close import CloseShiftDialog, load_shift_figures
from charitymart.ui.counter.shift_dialogs import CashMovementDialog
from charitymart.ui.customer_display import attach_customer_display
from charitymart.ui.money import money_text
from tests.support import factories
from tests.support.counter import raise_failures, when_dialog_shows

RICE = "6901234567892"
PIN = "9999"


@pytest.fixture
def window(store, qtbot):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE), 20)
    win = build_window(store, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def selling(window, qtbot):
    type_enter(qtbot, window.login_page.pin, PIN)
    type_enter(qtbot, window.float_page.amount, "200")
    assert window.stack.currentWidget() is window.sale_page
    return window.sale_page


def input_methods(widget) -> bool:
    return widget.testAttribute(Qt.WA_InputMethodEnabled)


def test_input_methods_are_off_for_codes_pins_and_amounts_and_on_for_words(window, qtbot):
    page = selling(window, qtbot)
    controller = window.controller
    expected_off = [window.login_page.pin, window.float_page.amount, page.scan,
                    PaymentDialog(controller, "en", window).cash, NoSaleDialog(controller, window).pin,
                    RefundDialog(controller, "en", window).receipt, CashMovementDialog(controller, "en", window).amount]
    shift = CloseShiftDialog(controller, 0, {}, "en", window)
    expected_off += list(shift.fields.values())
    approval = ApprovalDialog("Refund", reasons=refund_reasons(), parent=window)
    expected_off.append(approval.pin_edit)
    assert [input_methods(field) for field in expected_off] == [False] * len(expected_off)
    # Reasons and labels are words: a Chinese IME is needed there.
    controller.add_item_by_code(RICE)
    assert input_methods(approval.reason_edit)
    assert input_methods(HoldDialog(controller, "en", window).label)
    assert input_methods(CashMovementDialog(controller, "en", window).reason)


def test_a_scan_committed_by_an_input_method_still_adds_the_item(window, qtbot):
    page = selling(window, qtbot)
    event = QInputMethodEvent("", [])
    event.setCommitString(RICE)  # what an IME hands over when it passes the digits through
    QApplication.sendEvent(page.scan, event)
    assert page.scan.text() == RICE
    qtbot.keyClick(page.scan, Qt.Key_Return)
    assert [(line.name, line.quantity) for line in window.controller.basket.lines] == [("大米 5kg", 1)]


def editable_widgets(container):
    return [w for w in container.findChildren(QLineEdit) + container.findChildren(QAbstractSpinBox)
            + container.findChildren(QComboBox) if w.isVisible()]


def assert_tall_enough(widgets):
    assert widgets
    for widget in widgets:
        metrics = QFontMetrics(widget.font())
        frame = widget.style().pixelMetric(QStyle.PM_DefaultFrameWidth, None, widget)
        needed = metrics.height() + 2 * frame
        name = widget.objectName() or type(widget).__name__
        assert widget.sizeHint().height() >= needed, (name, widget.sizeHint().height(), needed)
        assert widget.height() >= widget.sizeHint().height(), (name, widget.height(), widget.sizeHint().height())


def test_every_input_on_the_counter_and_the_shift_close_is_tall_enough_for_its_font(window, qtbot):
    assert_tall_enough(editable_widgets(window.login_page))
    page = selling(window, qtbot)
    assert_tall_enough(editable_widgets(page))
    _shift, expected, z = load_shift_figures(window.controller)
    dialog = CloseShiftDialog(window.controller, expected, z, "zh_CN", window)
    dialog.show()  # as shown on a 1366x768 counter: Qt caps a new window at 2/3 of the screen
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 768
    fields = editable_widgets(dialog)
    assert len(fields) == 8
    assert_tall_enough(fields)
    dialog.reject()


def test_after_a_sale_the_big_figure_and_the_customer_display_show_the_change(window, qtbot):
    page = selling(window, qtbot)
    display = attach_customer_display(window)
    type_enter(qtbot, page.scan, RICE)
    assert page.total_caption.text() == "Total"
    window.controller.payments = []
    dialog = PaymentDialog(window.controller, "en", window)
    dialog.cash.setText("100")
    dialog.pay_cash()
    window.sale_page.change_shown = dialog.done_sale.change
    page.basket_edited()
    change, total = money_text(7500, "CNY", "en"), money_text(2500, "CNY", "en")
    assert (page.total_caption.text(), page.total.text()) == ("Change due", change)
    assert (display.total_caption.text(), display.total.text()) == ("Change due", change)
    type_enter(qtbot, page.scan, RICE)  # the next customer's first scan: the total again
    assert (page.total_caption.text(), page.total.text()) == ("Total", total)
    assert (display.total_caption.text(), display.total.text()) == ("Total", total)


def test_log_out_leaves_no_typed_text_and_the_pin_field_takes_the_keys(window, qtbot):
    page = selling(window, qtbot)
    qtbot.keyClicks(page.scan, "69012")  # half a code typed, then F10
    qtbot.keyClick(page.scan, Qt.Key_F10)
    assert window.stack.currentWidget() is window.login_page
    assert page.scan.text() == ""
    qtbot.waitUntil(lambda: window.login_page.pin.hasFocus())
    qtbot.keyClicks(QApplication.focusWidget(), PIN)
    assert window.login_page.pin.text() == PIN


def test_esc_on_the_opening_float_logs_out(window, qtbot):
    type_enter(qtbot, window.login_page.pin, PIN)
    assert window.stack.currentWidget() is window.float_page
    qtbot.keyClick(window.float_page.amount, Qt.Key_Escape)
    assert window.stack.currentWidget() is window.login_page and window.controller.actor is None


def test_quick_cash_keys_are_shown_on_their_buttons_and_pay(window, qtbot):
    page = selling(window, qtbot)
    type_enter(qtbot, page.scan, RICE)
    seen = []

    def answer(dialog):
        texts = [button.text() for button in dialog.findChildren(type(dialog.mobile)) if button.text()[:1] == "F"]
        seen.append([text.split()[0] for text in texts])
        qtbot.keyClick(dialog.cash, Qt.Key_F3)  # F3: paid with a ¥50 note

    shown = when_dialog_shows(PaymentDialog, answer)
    qtbot.keyClick(page.scan, Qt.Key_F12)
    raise_failures(shown)
    assert seen == [["F1", "F2", "F3", "F4"]]
    assert page.change_shown == 2500 and window.controller.last_receipt
