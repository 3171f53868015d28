from datetime import timedelta

import pytest
from sqlalchemy import select

from charitymart.db.models import Till, User
from charitymart.services import clock
from charitymart.services.errors import LoginLocked, NotFoundError, PermissionDenied, ValidationError, WrongPin
from charitymart.services.users import auth
from charitymart.services.users.session import login_at_till, login_to_back_office


def make_user(store, admin, name, role, pin):
    with store.sessions.begin() as s:
        return auth.create_user(s, admin, name, role, pin).id


def test_login_finds_user_by_pin(store, admin):
    make_user(store, admin, "王阿姨", "cashier", "1234")
    actor = login_at_till(store.sessions, "T1", "1234")
    assert actor.name == "王阿姨" and actor.role == "cashier"


def test_pins_are_unique_and_at_least_four_digits(store, admin):
    make_user(store, admin, "A", "cashier", "1234")
    with pytest.raises(ValidationError) as err:
        make_user(store, admin, "B", "cashier", "1234")
    assert err.value.field == "pin"
    with pytest.raises(ValidationError):
        make_user(store, admin, "C", "cashier", "12a4")
    with pytest.raises(ValidationError):
        make_user(store, admin, "C", "cashier", "123")


def test_pin_is_not_stored_in_clear(store, admin):
    make_user(store, admin, "A", "cashier", "246810")
    with store.sessions() as s:
        user = s.scalar(select(User).where(User.name == "A"))
        assert "246810" not in user.pin_hash and "246810" not in user.pin_lookup


def test_five_wrong_pins_lock_the_till_for_a_minute(store, admin):
    make_user(store, admin, "A", "cashier", "1234")
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as err:
            login_at_till(store.sessions, "T1", "0000")
        assert err.value.tries_left == tries_left
    with pytest.raises(LoginLocked):
        login_at_till(store.sessions, "T1", "0000")
    # Even the right PIN is refused while locked.
    with pytest.raises(LoginLocked) as err:
        login_at_till(store.sessions, "T1", "1234")
    assert 0 < err.value.seconds_left <= 60
    clock.advance(timedelta(seconds=61))
    assert login_at_till(store.sessions, "T1", "1234").name == "A"
    with store.sessions() as s:
        assert s.scalar(select(Till.failed_logins).where(Till.code == "T1")) == 0


def test_cashier_cannot_add_users(store, admin):
    make_user(store, admin, "A", "cashier", "1234")
    cashier = login_at_till(store.sessions, "T1", "1234")
    with pytest.raises(PermissionDenied):
        make_user(store, cashier, "B", "cashier", "5678")


def test_manager_approval_by_pin(store, admin):
    make_user(store, admin, "A", "cashier", "1234")
    make_user(store, admin, "M", "manager", "5555")
    cashier = login_at_till(store.sessions, "T1", "1234")
    with store.sessions.begin() as s:
        with pytest.raises(PermissionDenied):
            auth.approver_for(s, cashier, None, "voiding")
        with pytest.raises(PermissionDenied):
            auth.approver_for(s, cashier, "1234", "voiding")
        approver = auth.approver_for(s, cashier, "5555", "voiding")
        assert s.get(User, approver).name == "M"


def test_manager_resets_pin_without_seeing_it(store, admin):
    uid = make_user(store, admin, "A", "cashier", "1234")
    with store.sessions.begin() as s:
        auth.reset_pin(s, admin, uid, "4321")
    with pytest.raises(WrongPin):
        login_at_till(store.sessions, "T1", "1234")
    assert login_at_till(store.sessions, "T1", "4321").user_id == uid


def test_the_back_office_opens_on_a_pc_whose_till_is_not_in_the_store_yet(store, admin):
    # docs/several-tills.md: a new counter PC is started with `--till T2`, then a manager adds T2 in
    # the back office; that back office must open although T2 does not exist yet.
    make_user(store, admin, "李店长", "manager", "5678")
    actor = login_to_back_office(store.sessions, "T2", "5678")
    assert (actor.name, actor.till_id) == ("李店长", None)  # not pretending to be another till
    make_user(store, admin, "王阿姨", "cashier", "4321")
    with pytest.raises(PermissionDenied):
        login_to_back_office(store.sessions, "T2", "4321")


def test_wrong_pins_on_such_a_pc_still_lock_the_store_out(store, admin):
    for _ in range(auth.MAX_TRIES - 1):
        with pytest.raises(WrongPin):
            login_to_back_office(store.sessions, "T2", "0000")
    with pytest.raises(LoginLocked):
        login_to_back_office(store.sessions, "T2", "0000")
    with pytest.raises(LoginLocked):  # the counted till is locked for everyone, as at a counter
        login_at_till(store.sessions, "T1", "9999")


def test_a_counter_login_at_a_till_the_store_lacks_says_where_to_add_it(store, admin):
    with pytest.raises(NotFoundError) as refused:
        login_at_till(store.sessions, "T2", "9999")
    assert "T2" in refused.value.message and "back office" in refused.value.message
