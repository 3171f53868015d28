"""The household categories page (add, rename, deactivate, refusals shown) and the household form
starting from the store's default allowance rule (pytest-qt, offscreen, English)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from charitymart.db.models import AuditEvent, BeneficiaryCategory
from charitymart.services.store import settings
from charitymart.ui.office.admin import area as admin
from charitymart.ui.office.admin.categories_page import CategoriesPage
from charitymart.ui.office.people import households
from charitymart.ui.office.people.household_form import HouseholdForm
from tests.support import factories
from tests.support.office_people import loaded, office_context


@pytest.fixture
def context(store, admin, qapp):
    return office_context(store, admin)


@pytest.fixture
def page(context, qtbot):
    widget = CategoriesPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def type_into(qtbot, field, text):
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)  # as an input method delivers Chinese


def names_in_db(store) -> list[tuple[str, str, bool]]:
    with store.sessions() as s:
        return [(c.name, c.name_en, c.active) for c in s.scalars(select(BeneficiaryCategory)
                                                                   .order_by(BeneficiaryCategory.id))]


def last_action(store) -> str:
    with store.sessions() as s:
        return s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1))


def select_name(page, name):
    row = next(i for i, c in enumerate(page.categories) if c.name == name)
    page.table.selectRow(row)


def test_the_admin_area_lists_the_categories_page(context, qtbot):
    pages = admin.pages(context)
    for widget in pages:
        qtbot.addWidget(widget)  # deleted with the test, not left for the interpreter's exit
    names = [type(p).__name__ for p in pages]
    assert "CategoriesPage" in names and "LabelLayoutsPage" in names


def test_a_category_is_added_from_the_page(page, store, qtbot):
    assert page.table.cell_text(0, 0) == "低保" and page.table.cell_text(0, 3) == "0"
    type_into(qtbot, page.new.name, "残疾人家庭")
    type_into(qtbot, page.new.name_en, "Disability")
    qtbot.keyClick(page.new.name_en, "\r")
    assert names_in_db(store)[-1] == ("残疾人家庭", "Disability", True)
    assert last_action(store) == "household_category.create"
    assert page.message.text() == "The category 残疾人家庭 was added."
    assert page.table.cell_text(page.table.rowCount() - 1, 0) == "残疾人家庭"
    assert page.selected().name == "残疾人家庭" and page.new.name.text() == ""


def test_a_duplicate_name_is_named_as_typed_and_nothing_is_saved(page, store, qtbot):
    before = names_in_db(store)
    type_into(qtbot, page.new.name, "特困")
    assert page.add_problem.text() == "Chinese name: there is already a category called 特困."
    assert not page.add_button.isEnabled()
    type_into(qtbot, page.new.name, "新类别")
    qtbot.keyClicks(page.new.name_en, "temporary HARDSHIP")
    assert page.add_problem.text() == "English name: there is already a category called temporary HARDSHIP."
    page.add_category()
    assert names_in_db(store) == before


def test_the_selected_category_is_renamed(page, store, qtbot):
    select_name(page, "边缘户")
    assert page.renamed.name.text() == "边缘户" and not page.rename_button.isEnabled()  # nothing changed yet
    type_into(qtbot, page.renamed.name_en, "Near-poverty household")
    qtbot.keyClick(page.renamed.name_en, "\r")
    assert ("边缘户", "Near-poverty household", True) in names_in_db(store)
    assert last_action(store) == "household_category.rename"
    assert page.selected().name_en == "Near-poverty household"


def test_deactivating_a_category_in_use_shows_the_refusal_and_an_unused_one_is_deactivated(page, store, qtbot):
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001")  # in the first category, 低保
    page.refresh()
    select_name(page, "低保")
    assert page.active_button.text() == "Deactivate"
    page.active_button.click()
    assert page.message.text() == ("低保 is still the category of 1 active households: "
                                   "move them to another category first")
    assert names_in_db(store)[0][2] is True
    select_name(page, "临时困难")
    page.active_button.click()
    assert page.message.text() == "The category 临时困难 is no longer offered for new households."
    assert ("临时困难", "Temporary hardship", False) in names_in_db(store)
    assert page.active_button.text() == "Reactivate" and page.table.cell_text(4, 2) == "No"


def test_a_new_household_form_starts_with_the_store_default_rule(context, store, qtbot):
    with store.sessions.begin() as s:
        settings.update_settings(s, context.actor, allowance_amount_fen="200", allowance_period="month",
                                 allowance_carry_over=True, allowance_visit_limit="3")
    page = households.HouseholdsPage(context)
    qtbot.addWidget(page)
    loaded(context, qtbot)
    form = HouseholdForm(context, page.categories, page.today, parent=page)
    qtbot.addWidget(form)
    rule = form.rule
    assert (rule.amount.text(), rule.period.currentData(), rule.carry_over.isChecked(), rule.visit_limit.value()) \
        == ("200.00", "month", True, 3)
