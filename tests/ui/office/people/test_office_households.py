"""Back office households page (pytest-qt, offscreen, English): register with a sealed ID,
a bad ID refused under its field with nothing saved, renew and deactivate, the balance shown
equals the allowance service, personal details asked for with a purpose, a cashier refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from charitymart.db.models import AllowanceEntry, Beneficiary, IdentityAccess
from charitymart.services.people import beneficiaries
from charitymart.services.sales.checkout import Payment
from charitymart.ui.office.people import households
from charitymart.ui.office.people.common import PurposeDialog
from charitymart.ui.office.people.household_form import HouseholdForm, RenewDialog
from tests.support import factories
from tests.support.counter import assert_chain_ok, cashier, sell, shift_id, snapshot, stock  # noqa: F401 (fixtures)
from tests.support.office_people import BAD_ID, GOOD_ID, answer, loaded, office_context


@pytest.fixture
def context(store, admin, qapp):
    return office_context(store, admin)


@pytest.fixture
def page(context, qtbot):
    widget = households.HouseholdsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    loaded(context, qtbot)
    return widget


def fill_new_household(qtbot, form, id_number):
    qtbot.keyClicks(form.card, "H1001")
    form.name.setText("赵大妈")  # QTest can only type Latin-1 keys
    form.category.setCurrentIndex(form.category.findData("特困"))
    qtbot.keyClicks(form.id_number, id_number)
    form.size.setValue(2)
    qtbot.keyClicks(form.phone, "13800001111")
    form.rule.amount.clear()
    qtbot.keyClicks(form.rule.amount, "200")
    form.rule.period.setCurrentIndex(form.rule.period.findData("month"))
    form.rule.visit_limit.setValue(2)


def test_register_a_household_seals_the_id_number(page, context, store, qtbot, tmp_path):
    def fill(form):
        fill_new_household(qtbot, form, GOOD_ID)
        assert not form.general_error.text()
        assert [key for key, label in form.errors.labels.items() if label.isVisible()] == []
        qtbot.mouseClick(form.save_button, Qt.LeftButton)
    answer(page, HouseholdForm, fill)
    page.register()
    loaded(context, qtbot)

    with store.sessions() as s:
        ben = s.scalar(select(Beneficiary).where(Beneficiary.card_number == "H1001"))
        assert (ben.name, ben.household_size, ben.allowance_amount, ben.period, ben.visit_limit) == (
            "赵大妈", 2, 20000, "month", 2)
        assert ben.id_masked == "1101**********0011"
        assert ben.id_cipher and GOOD_ID not in ben.id_cipher and GOOD_ID not in ben.id_hmac
        values = [str(getattr(ben, column.key)) for column in Beneficiary.__table__.columns]
        assert not any(GOOD_ID in value for value in values)
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("store.sqlite*"))
    assert GOOD_ID.encode() not in raw and "赵大妈".encode() in raw  # the name is there, the ID is not
    assert page.model.rows[0][0] == "H1001" and "registered" in page.message.text()
    assert page.title.text() == "Card H1001: 赵大妈"
    assert_chain_ok(store)


def test_a_bad_id_number_is_named_as_you_type_and_nothing_is_saved(page, context, store, qtbot):
    before = snapshot(store)
    form = HouseholdForm(context, page.categories, page.today, parent=page)
    qtbot.addWidget(form)
    form.show()
    fill_new_household(qtbot, form, BAD_ID)
    id_error = form.errors.labels["id_number"]
    assert id_error.isVisible() and "ID number" in id_error.text() and "check digit" in id_error.text()
    assert not form.errors.labels["card_number"].isVisible()
    form.save()
    assert form.saved_id is None and form.result() == 0
    assert snapshot(store) == before
    # Once corrected the error goes away as the digit is typed.
    qtbot.keyClick(form.id_number, Qt.Key_Backspace)
    qtbot.keyClicks(form.id_number, "1")
    assert not id_error.isVisible()


def test_the_service_refusal_lands_under_its_field(page, context, store, qtbot):
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H1001")
    before = snapshot(store)
    form = HouseholdForm(context, page.categories, page.today, parent=page)
    qtbot.addWidget(form)
    form.show()
    fill_new_household(qtbot, form, GOOD_ID)
    form.save()
    assert form.saved_id is None
    assert form.errors.labels["card_number"].text() == "card number H1001 is already registered"
    assert snapshot(store) == before


def test_renew_and_deactivate(page, context, store, qtbot):
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s, "H0007", amount=15000, valid_until=date(2026, 6, 30)).id
    page.state.setCurrentIndex(page.state.findData("all"))
    loaded(context, qtbot)
    assert page.current.id == ben_id

    def renew(dialog):
        dialog.rule.valid_until.setDate(QDate(2027, 6, 30))
        dialog.rule.amount.clear()
        qtbot.keyClicks(dialog.rule.amount, "180")
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    answer(page, RenewDialog, renew)
    page.renew()
    loaded(context, qtbot)
    with store.sessions() as s:
        ben = s.get(Beneficiary, ben_id)
        assert (ben.valid_until, ben.allowance_amount, ben.active) == (date(2027, 6, 30), 18000, True)
    assert page.facts["valid"].text() == "2027-06-30"

    answer(page, QMessageBox, lambda box: box.button(QMessageBox.Yes).click())
    page.toggle_active()
    loaded(context, qtbot)
    with store.sessions() as s:
        assert s.get(Beneficiary, ben_id).active is False
    assert page.model.rows[0][-1] == "Deactivated" and page.active_button.text() == "Reactivate"
    assert "can't be used" in page.card_problem.text() or "deactivated" in page.card_problem.text()
    assert_chain_ok(store)


def test_balance_shown_equals_the_allowance_service(context, store, admin, qtbot, shift_id, cashier):
    code, _item, _lots = stock(store, price=2500)
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s, "H0002", amount=15000, visit_limit=3).id
    sell(store, cashier, [(code, 2)], [Payment("allowance", 4000), Payment("cash", 1000)], beneficiary_card="H0002")
    page = households.HouseholdsPage(context)
    qtbot.addWidget(page)
    loaded(context, qtbot)
    with store.sessions() as s:
        status = beneficiaries.allowance_summary(s, ben_id).status
        entries = s.scalar(select(func.count()).select_from(AllowanceEntry).where(
            AllowanceEntry.beneficiary_id == ben_id))
    assert (status.remaining, status.granted, status.visits) == (11000, 15000, 1)
    shown = page.balance.text().replace("\xa0", "")
    assert shown == "¥110.00 of ¥150.00"  # the yuan sign in English too (not CN¥)
    assert page.facts["visits"].text() == "1 of 3"
    assert page.history_model.rowCount() == entries == 2
    assert [row[2] for row in page.history_model.rows] == ["Used", "Granted"]
    assert page.history_model.rows[0][3].replace("\xa0", "") == "-¥40.00"


def test_search_by_pinyin_initials_and_category(page, context, store, qtbot):
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001", name="张三")
        factories.add_beneficiary(s, "H0002", name="李四")
    page.refresh()
    loaded(context, qtbot)
    assert [row[0] for row in page.model.rows] == ["H0001", "H0002"]
    qtbot.keyClicks(page.search, "zs")
    qtbot.waitUntil(lambda: [row[0] for row in page.model.rows] == ["H0001"])
    page.search.setText("lis")
    qtbot.waitUntil(lambda: [row[0] for row in page.model.rows] == ["H0002"])
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData("特困"))  # the factory uses the first category
    loaded(context, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_personal_details_need_a_purpose_and_are_recorded(page, context, store, qtbot):
    with store.sessions.begin() as s:
        ben = factories.add_beneficiary(s, "H0003")
        ben.phone = "13912345678"
    page.refresh()
    loaded(context, qtbot)
    assert not page.personal_box.isVisible()

    def give_purpose(dialog):
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.purpose, "home delivery call")
        qtbot.keyClick(dialog.purpose, Qt.Key_Return)
    answer(page, PurposeDialog, give_purpose)
    page.show_personal()
    assert page.personal_box.isVisible() and page.personal["phone"].text() == "13912345678"
    with store.sessions() as s:
        access = s.scalars(select(IdentityAccess)).all()
    assert [(a.subject_table, a.action, a.purpose) for a in access] == [("beneficiaries", "view", "home delivery call")]


def test_a_cashier_is_refused(store, admin, qapp, qtbot):
    context = office_context(store, admin, role="cashier")
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001")
    page = households.HouseholdsPage(context)
    qtbot.addWidget(page)
    loaded(context, qtbot)
    assert page.model.rowCount() == 0
    assert page.message.text() == "listing households needs a manager"
    assert not page.register_button.isEnabled() and not page.search.isEnabled()


def test_card_labels_are_requested_for_the_selected_households(page, context, store, qtbot):
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001")
        factories.add_beneficiary(s, "H0002", name="李四")
    page.refresh()
    loaded(context, qtbot)
    page.table.selectAll()
    with qtbot.waitSignal(page.card_labels_requested) as signal:
        page.label_button.click()
    assert signal.args == ["household", ["H0001", "H0002"]]
