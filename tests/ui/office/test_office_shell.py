"""Into the back office from the counter's login page with the keyboard, and back; a cashier is
refused; areas not installed yet are left out; the start page's figures match the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from charitymart.db.models import Sale, SaleLineLot, Shift, Tender
from charitymart.services.errors import PermissionDenied
from charitymart.services.users.session import login_to_back_office
from charitymart.ui.app import build_window
from charitymart.ui.money import money_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shell import OfficeShell, load_pages
from charitymart.ui.office.start.area import StartPage
from tests.support import factories
from tests.support.counter import CASHIER_PIN, MANAGER_PIN, cashier, manager_id, sell, shift_id, stock  # noqa: F401

OFFICE_AREAS = ("charitymart.ui.office.start.area", "charitymart.ui.office.admin.area")


@pytest.fixture
def window(store, qtbot):
    win = build_window(store, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def test_a_manager_reaches_the_back_office_with_f1_and_returns_with_f10(window, store, qtbot, manager_id):
    login = window.login_page
    qtbot.keyClick(login.pin, Qt.Key_F1)
    assert login.office_mode and "manager" in login.prompt.text()
    assert login.pin.hasFocus()
    type_enter(qtbot, login.pin, MANAGER_PIN)
    shell = window.office
    assert isinstance(shell, OfficeShell) and window.stack.currentWidget() is shell
    assert shell.who.text() == "Logged in: 李经理 (Manager)"
    assert shell.page_titles()[0] == "Today"
    assert "Users" in shell.page_titles() and "Store settings" in shell.page_titles()
    assert window.controller.actor is None  # the counter is untouched: nobody logged in there
    with store.sessions() as s:
        assert s.scalar(select(func.count(Shift.id))) == 0  # no float asked, no shift opened
    qtbot.keyClick(shell.nav, Qt.Key_F10)
    assert window.stack.currentWidget() is login and window.office is None
    assert not login.office_mode and login.pin.hasFocus()
    type_enter(qtbot, login.pin, MANAGER_PIN)  # back at the counter login: Enter logs in at the till
    assert window.stack.currentWidget() is window.float_page


def test_a_cashier_is_refused_the_back_office_with_a_clear_message(window, store, qtbot, cashier):
    login = window.login_page
    qtbot.keyClick(login.pin, Qt.Key_F1)
    type_enter(qtbot, login.pin, CASHIER_PIN)
    assert window.office is None and window.stack.currentWidget() is login
    assert login.error.text() == "the back office is for managers: a cashier's PIN can't open it"
    assert login.office_mode and login.pin.text() == "" and login.pin.hasFocus()
    qtbot.keyClick(login.pin, Qt.Key_Escape)
    assert not login.office_mode and login.error.text() == ""
    type_enter(qtbot, login.pin, CASHIER_PIN)  # the same PIN still opens the counter
    assert window.stack.currentWidget() is window.float_page


def test_the_service_refuses_a_cashier_too(store, cashier):
    with pytest.raises(PermissionDenied) as refused:
        login_to_back_office(store.sessions, "T1", CASHIER_PIN)
    assert refused.value.template == "the back office is for managers: a cashier's PIN can't open it"


def test_a_wrong_pin_counts_toward_the_lockout_as_at_the_counter(window, qtbot):
    login = window.login_page
    qtbot.keyClick(login.pin, Qt.Key_F1)
    type_enter(qtbot, login.pin, "4321")
    assert login.error.text() == "wrong PIN" and window.office is None


def test_an_area_not_installed_is_left_out_and_the_rest_load(store, admin, qtbot, caplog):
    context = OfficeContext(store, admin, "en", "CNY")
    shell = OfficeShell(context, areas=("charitymart.ui.office.start.area", "charitymart.ui.office.not_built_yet",
                                        "charitymart.ui.office.admin.area"))
    qtbot.addWidget(shell)
    assert shell.page_titles()[0] == "Today" and "Users" in shell.page_titles()
    assert "charitymart.ui.office.not_built_yet" in caplog.text


def test_an_area_with_a_real_bug_is_not_hidden(store, admin, qtbot, tmp_path, monkeypatch):
    (tmp_path / "broken_area.py").write_text("def pages(context):\n    raise RuntimeError('bug in the area')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(RuntimeError):
        load_pages(OfficeContext(store, admin, "en", "CNY"), ("broken_area",))


def test_start_page_shows_todays_takings_equal_to_the_database(store, admin, qtbot, cashier, shift_id):
    code, _, _ = stock(store, name="大米 5kg", price=2500, lots=((20, None, "donated"),))
    oil, _, _ = stock(store, name="食用油 1L", price=1850, lots=((20, None, "purchased"),))
    sell(store, cashier, [(code, 2)])
    sell(store, cashier, [(oil, 1), (code, 1)])
    context = OfficeContext(store, admin, "en", "CNY")
    page = StartPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert context.jobs.wait()
    with store.sessions() as s:
        total = s.scalar(select(func.sum(Sale.total)))
        cash = s.scalar(select(func.sum(Tender.amount)).where(Tender.kind == "cash"))
        by_source = dict(s.execute(select(SaleLineLot.fund_source, func.sum(SaleLineLot.amount))
                                   .group_by(SaleLineLot.fund_source)).all())
    assert total == cash == 2 * 2500 + 1850 + 2500

    def shown(fen):
        return money_text(fen, "CNY", "en")

    assert page.takings_total.text() == shown(total)
    tenders = {page.tenders.cell_text(r, 0): page.tenders.cell_text(r, 1) for r in range(page.tenders.rowCount())}
    assert tenders["Cash"] == shown(cash) and tenders["Mobile payment"] == shown(0)
    sources = {page.sources.cell_text(r, 0): page.sources.cell_text(r, 2) for r in range(page.sources.rowCount())}
    assert sources == {"Donated goods": shown(by_source["donated"]), "Purchased goods": shown(by_source["purchased"]),
                       "Consigned goods": shown(0)}
    assert page.takings_counts.text().startswith("2 sales")


def test_start_page_lists_expiring_lots_low_stock_and_volunteers_on_duty(store, admin, qtbot):
    from datetime import date

    from charitymart.db.models import Item
    from charitymart.services.people import hours

    _, milk_id, _ = stock(store, name="牛奶 1L", price=600,
                          lots=((4, date(2026, 3, 15), "donated"), (3, date(2026, 3, 1), "donated")))
    with store.sessions.begin() as s:
        s.get(Item, milk_id).reorder_level = 10  # 4 sellable (the expired 3 don't count)
        factories.add_volunteer(s, code="V001", name="赵志愿")
    with store.sessions.begin() as s:
        hours.clock_in(s, admin, "V001")
    context = OfficeContext(store, admin, "en", "CNY")
    page = StartPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert context.jobs.wait()
    # The expired lot the warning counts is listed first, named, then the lots about to expire.
    assert page.expiring.rowCount() == 2
    assert [[page.expiring.cell_text(row, c) for c in range(3)] for row in range(2)] == [
        ["牛奶 1L", "2026-03-01 (expired)", "3"], ["牛奶 1L", "2026-03-15", "4"]]
    assert page.expiring_box.title() == "Expiring within 14 days"
    assert page.expired_note.text() == "1 expired lots are still on the shelf: take them off"
    assert [page.low_stock.cell_text(0, c) for c in range(3)] == ["牛奶 1L", "4", "10"]
    assert page.on_duty.rowCount() == 1 and page.on_duty.cell_text(0, 0) == "赵志愿 (V001)"
    assert page.on_duty.cell_text(0, 1) == "10:00"
    assert page.pending.text() == "Hours waiting for your approval: 0"
