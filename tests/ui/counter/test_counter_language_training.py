"""Ctrl+L switches the counter's language and keeps the basket; Ctrl+T on the login screen starts
training mode with a manager's PIN (a cashier's is refused), and ending it leaves the real store
untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from charitymart.db.models import Sale
from charitymart.ui.app import build_window
from charitymart.ui.counter.approval_dialog import ApprovalDialog
from charitymart.ui.counter.card_payments import look_up_household, take_allowance
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.training import TRAINING_MARK
from tests.support import factories
from tests.support.counter import CASHIER_PIN

RICE, OIL = "6901234567892", "6920000000012"


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def when_shown(cls, handler, tries=150):
    def check(left=tries):
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None)
        if dialog is None or QApplication.activeWindow() is not dialog:
            if left:
                QTimer.singleShot(20, lambda: check(left - 1))
            return
        handler(dialog)
    QTimer.singleShot(20, check)


@pytest.fixture
def stocked(store):
    with store.sessions.begin() as s:
        for name, price, code in (("大米 5kg", 2500, RICE), ("食用油 1L", 1850, OIL)):
            factories.add_lot(s, factories.add_item(s, name=name, price=price, barcode=code), 20)
        factories.add_beneficiary(s, "H0001", amount=1000)
    return store


def open_window(store, qtbot, language):
    window = build_window(store, language=language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def sales(store) -> int:
    with store.readers() as s:
        return s.scalar(select(func.count()).select_from(Sale))


def test_switching_language_keeps_the_basket_card_and_tenders(stocked, qtbot):
    window = open_window(stocked, qtbot, "zh_CN")
    type_enter(qtbot, window.login_page.pin, "9999")
    type_enter(qtbot, window.float_page.amount, "100")
    type_enter(qtbot, window.sale_page.scan, "3*" + RICE)
    type_enter(qtbot, window.sale_page.scan, OIL)
    controller = window.controller
    take_allowance(controller, look_up_household(controller, "H0001"))
    window.sale_page.basket_edited()
    assert "付款" in window.sale_page.legend.text()
    chinese_page = window.sale_page

    qtbot.keyClick(window.sale_page.scan, Qt.Key_L, Qt.ControlModifier)
    page = window.sale_page
    assert window.language == "en" and page is not chinese_page
    assert window.stack.currentWidget() is page and page.scan.hasFocus()
    assert "F12 Pay" in page.legend.text()
    assert window.till_bar.language_button.text().startswith("中文")
    assert [page.model.index(row, 0).data() for row in range(page.model.rowCount())] == ["大米 5kg", "食用油 1L"]
    assert page.model.index(0, 1).data() == "3"
    assert "93.50" in page.total.text()
    assert "Household H0001: allowance" in page.card.text() and "10.00" in page.card.text()

    type_enter(qtbot, page.scan, RICE)  # the rebuilt page sells on
    assert controller.basket.lines[0].quantity == 4
    when_shown(PaymentDialog, lambda dialog: qtbot.keyClick(dialog.cash, Qt.Key_Return))
    qtbot.keyClick(page.scan, Qt.Key_F12)
    assert sales(stocked) == 1
    assert "Change" in page.status.text()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.scan, Qt.Key_L, Qt.ControlModifier)
    assert window.language == "zh_CN" and "付款" in window.sale_page.legend.text()
    assert window.sale_page.model.rowCount() == 0


def test_training_starts_from_the_login_screen_with_a_managers_pin(stocked, admin, qtbot):
    factories.add_user(stocked, admin, "王阿姨", "cashier", CASHIER_PIN)
    window = open_window(stocked, qtbot, "en")
    assert window.till_bar.training_button.isVisible()

    when_shown(ApprovalDialog, lambda dialog: type_enter(qtbot, dialog.pin_edit, CASHIER_PIN))
    qtbot.keyClick(window.login_page.pin, Qt.Key_T, Qt.ControlModifier)
    assert "manager" in window.login_page.error.text()
    assert window.training_window is None and window.isVisible()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    when_shown(ApprovalDialog, lambda dialog: type_enter(qtbot, dialog.pin_edit, "9999"))
    qtbot.keyClick(window.login_page.pin, Qt.Key_T, Qt.ControlModifier)
    training = window.training_window
    assert training is not None and TRAINING_MARK in training.windowTitle()
    qtbot.waitUntil(lambda: not window.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is training)
    assert training.till_bar.training_button.text().startswith("End training")
    type_enter(qtbot, training.login_page.pin, "9999")
    type_enter(qtbot, training.float_page.amount, "100")
    type_enter(qtbot, training.sale_page.scan, RICE)
    when_shown(PaymentDialog, lambda dialog: qtbot.keyClick(dialog.cash, Qt.Key_Return))
    qtbot.keyClick(training.sale_page.scan, Qt.Key_F12)
    with training.controller.handle.readers() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
    folder = training.controller.handle.training_folder
    training.receipt_output.wait()
    assert list((folder / "receipts").rglob("*.pdf")), "training receipts go to the training folder"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is training)

    qtbot.keyClick(training.sale_page.scan, Qt.Key_T, Qt.ControlModifier)  # End training
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.training_window is None and not folder.exists()
    assert sales(stocked) == 0


def test_f1_on_the_sale_screen_clocks_a_volunteer_in(stocked, qtbot):
    from charitymart.db.models import ClockEvent
    from charitymart.ui.office.people.clock_panel import ClockDialog

    with stocked.sessions.begin() as s:
        factories.add_volunteer(s, "V001", name="李志愿")
    window = open_window(stocked, qtbot, "en")
    type_enter(qtbot, window.login_page.pin, "9999")
    type_enter(qtbot, window.float_page.amount, "100")
    assert "F1 Volunteer clock" in window.sale_page.legend.text()

    def clock_in(dialog):
        type_enter(qtbot, dialog.panel.scan, "V001")
        qtbot.keyClick(dialog.panel.scan, Qt.Key_Escape)

    when_shown(ClockDialog, clock_in)
    qtbot.keyClick(window.sale_page.scan, Qt.Key_F1)
    with stocked.readers() as s:
        assert s.scalar(select(func.count()).select_from(ClockEvent)) == 1
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.sale_page.scan.hasFocus()


def test_switching_language_inside_the_back_office_keeps_the_manager_there(stocked, qtbot):
    from charitymart.ui.office.shell import OfficeShell

    window = open_window(stocked, qtbot, "en")
    qtbot.keyClick(window.login_page.pin, Qt.Key_F1)
    type_enter(qtbot, window.login_page.pin, "9999")
    shell = window.office
    assert isinstance(shell, OfficeShell) and shell.title.text() == "Back office"
    window.switch_language("zh_CN")
    reopened = window.office
    assert reopened is not shell and window.stack.currentWidget() is reopened
    assert reopened.title.text() == "后台管理" and reopened.context.actor == shell.context.actor
    start = reopened.pages.widget(0)
    if hasattr(start, "refresh"):
        start.refresh()  # its figures load on the new shell's own worker
    reopened.context.jobs.wait()
    reopened.back.click()  # "Back to the counter"
    assert window.stack.currentWidget() is window.login_page and window.office is None
