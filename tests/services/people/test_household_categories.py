"""Household categories: added, renamed, deactivated (audited, by a manager), and the refusals."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from charitymart.db.models import AuditEvent, Beneficiary, BeneficiaryCategory
from charitymart.services.errors import PermissionDenied, ValidationError
from charitymart.services.people import beneficiaries
from charitymart.services.people import household_categories as categories
from charitymart.services.people import search as people_search
from charitymart.services.users.session import login_at_till
from tests.support import factories
from tests.support.counter import MANAGER_PIN, cashier, manager_id  # noqa: F401


@pytest.fixture
def manager(store, manager_id):  # noqa: F811 (the fixture)
    return login_at_till(store.sessions, "T1", MANAGER_PIN)


def last_action(store) -> str:
    with store.sessions() as s:
        return s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1))


def category_id(store, name) -> int:
    with store.sessions() as s:
        return s.scalar(select(BeneficiaryCategory.id).where(BeneficiaryCategory.name == name))


def test_a_category_is_added_and_offered_to_new_households(store, manager):
    with store.sessions.begin() as s:
        categories.add_category(s, manager, "  残疾人家庭 ", "Household with a disabled member")
    assert last_action(store) == "household_category.create"
    with store.sessions() as s:
        offered = people_search.household_categories(s)
        listing = categories.list_categories(s)
    assert offered[-1] == people_search.CategoryOption("残疾人家庭", "Household with a disabled member")
    assert (listing[-1].name, listing[-1].active, listing[-1].active_households) == ("残疾人家庭", True, 0)


@pytest.mark.parametrize("name, name_en, field", [
    ("低保", "", "name"),
    ("新类别", "extreme poverty SUPPORT", "name_en"),  # another category's English name, any case
    ("  ", "Something", "name"),
    ("长" * 101, "", "name"),
])
def test_a_duplicate_or_empty_name_is_refused_naming_the_field(store, manager, name, name_en, field):
    with store.sessions() as s:
        before = len(categories.list_categories(s))
    with store.sessions.begin() as s, pytest.raises(ValidationError) as refused:
        categories.add_category(s, manager, name, name_en)
    assert refused.value.field == field
    with store.sessions() as s:
        assert len(categories.list_categories(s)) == before


def test_renaming_keeps_the_households_in_their_category(store, manager):
    with store.sessions.begin() as s:
        ben_id = factories.add_beneficiary(s).id  # the first category: 低保
    dibao = category_id(store, "低保")
    with store.sessions.begin() as s:
        categories.rename_category(s, manager, dibao, "城乡低保", "Dibao (urban and rural)")
    assert last_action(store) == "household_category.rename"
    with store.sessions() as s:
        assert beneficiaries.category_names(s, s.get(Beneficiary, ben_id).category_id) == \
            ("城乡低保", "Dibao (urban and rural)")
    # keeping its own name while changing only the English one is no duplicate
    with store.sessions.begin() as s:
        categories.rename_category(s, manager, dibao, "城乡低保", "Dibao")
    with store.sessions.begin() as s, pytest.raises(ValidationError) as refused:
        categories.rename_category(s, manager, dibao, "特困", "Dibao")
    assert refused.value.field == "name" and "特困" in refused.value.message
    with store.sessions() as s:
        assert s.get(BeneficiaryCategory, dibao).name == "城乡低保"


def test_a_category_in_use_by_active_households_cannot_be_deactivated(store, manager):
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001")
        factories.add_beneficiary(s, "H0002")
    dibao = category_id(store, "低保")
    with store.sessions.begin() as s, pytest.raises(ValidationError) as refused:
        categories.set_category_active(s, manager, dibao, False)
    assert refused.value.message == ("低保 is still the category of 2 active households: "
                                     "move them to another category first")
    with store.sessions() as s:
        assert s.get(BeneficiaryCategory, dibao).active


def test_an_unused_category_is_deactivated_then_refused_to_new_households_and_reactivated(store, manager):
    hardship = category_id(store, "临时困难")
    with store.sessions.begin() as s:
        categories.set_category_active(s, manager, hardship, False)
    assert last_action(store) == "household_category.deactivate"
    with store.sessions() as s:
        assert "临时困难" not in [c.name for c in people_search.household_categories(s)]
    with store.sessions.begin() as s, pytest.raises(ValidationError) as refused:
        beneficiaries.register(s, manager, card_number="H0009", name="赵六", category="临时困难",
                               id_number="11010519491231002X", household_size=2, allowance_amount=10000,
                               period="month", valid_until=date(2027, 1, 1))
    assert refused.value.field == "category"
    with store.sessions.begin() as s:
        categories.set_category_active(s, manager, hardship, True)
    assert last_action(store) == "household_category.activate"


def test_the_last_active_category_is_kept(store, manager):
    with store.sessions() as s:
        ids = [c.id for c in categories.list_categories(s)]
    with store.sessions.begin() as s:
        for cid in ids[1:]:
            categories.set_category_active(s, manager, cid, False)
    with store.sessions.begin() as s, pytest.raises(ValidationError) as refused:
        categories.set_category_active(s, manager, ids[0], False)
    assert "last active household category" in refused.value.message


def test_a_cashier_cannot_change_categories(store, cashier):  # noqa: F811 (the fixture)
    with store.sessions.begin() as s, pytest.raises(PermissionDenied):
        categories.add_category(s, cashier, "新类别")
    with store.sessions() as s:
        assert "新类别" not in [c.name for c in categories.list_categories(s)]
