"""Households: registration and its refusals, identity numbers sealed, personal details behind
roles and audited, erasure, renewal, and allowances with and without carry-over."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from stdnum.cn import ric

from charitymart.db.models import (
    AllowanceEntry,
    AuditEvent,
    Base,
    Beneficiary,
    IdentityAccess,
    ReceiptCounter,
    Sale,
    Shift,
    Till,
)
from charitymart.services import clock
from charitymart.services.errors import NotFoundError, PermissionDenied, ValidationError
from charitymart.services.people import allowance, beneficiaries, volunteers
from charitymart.services.store import verify
from charitymart.services.users.session import login_at_till
from tests.support.factories import add_item, add_user, code_of


def resident_id(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17 + "0")


ID1 = resident_id("11010119900307123")
ID2 = resident_id("11010119851122456")
ID3 = resident_id("11010219700101001")


@pytest.fixture
def manager(store, admin):
    add_user(store, admin, "刘经理", "manager", "2222")
    return login_at_till(store.sessions, "T1", "2222")


@pytest.fixture
def cashier(store, admin):
    add_user(store, admin, "王阿姨", "cashier", "1111")
    return login_at_till(store.sessions, "T1", "1111")


def household(**overrides) -> dict:
    fields = dict(card_number="H0001", name="张三", category="低保", id_number=ID1, household_size=3,
                  allowance_amount=15000, period="quarter", valid_until=date(2026, 12, 31),
                  phone="13800000000", address="幸福路2号")
    fields.update(overrides)
    return fields


def register(store, actor, **overrides) -> int:
    with store.sessions.begin() as s:
        return beneficiaries.register(s, actor, **household(**overrides)).id


def db_state(store) -> dict:
    """Every row of every table: a refusal must leave this exactly as it was."""
    with store.sessions() as s:
        return {t.name: sorted(map(tuple, s.execute(t.select()).all()), key=repr)
                for t in Base.metadata.sorted_tables}


def refused(store, call, error=ValidationError):
    before = db_state(store)
    with pytest.raises(error) as caught:
        with store.sessions.begin() as s:
            call(s)
    assert db_state(store) == before
    return caught.value


def test_register_seals_the_identity_number_and_audits(store, manager):
    ben_id = register(store, manager)
    with store.sessions() as s:
        ben = s.get(Beneficiary, ben_id)
        assert ben.id_masked == ID1[:4] + "*" * 10 + ID1[-4:]
        assert ID1 not in ben.id_cipher and ben.id_hmac and ben.registered_on == date(2026, 3, 10)
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "beneficiary.create"


def test_bad_resident_id_check_digit_is_refused(store, manager):
    wrong = ID1[:-1] + ("0" if ID1[-1] != "0" else "1")
    err = refused(store, lambda s: beneficiaries.register(s, manager, **household(id_number=wrong)))
    assert err.field == "id_number"
    err = refused(store, lambda s: beneficiaries.register(s, manager, **household(id_number="1234")))
    assert err.field == "id_number"


def test_duplicate_card_and_duplicate_id_number_are_refused(store, manager):
    register(store, manager)
    err = refused(store, lambda s: beneficiaries.register(s, manager, **household(id_number=ID2)))
    assert err.field == "card_number" and "H0001" in err.message
    # Same number typed with spaces is still the same person.
    spaced = f"{ID1[:6]} {ID1[6:14]} {ID1[14:]}"
    err = refused(store, lambda s: beneficiaries.register(s, manager, **household(card_number="H0002",
                                                                                   id_number=spaced)))
    assert err.field == "id_number"


@pytest.mark.parametrize("override, field", [
    ({"card_number": " "}, "card_number"),
    ({"card_number": "H 01"}, "card_number"),
    ({"name": ""}, "name"),
    ({"category": "unknown"}, "category"),
    ({"household_size": 0}, "household_size"),
    ({"allowance_amount": -1}, "allowance_amount"),
    ({"allowance_amount": 150.0}, "allowance_amount"),
    ({"period": "week"}, "period"),
    ({"valid_until": date(2026, 3, 9)}, "valid_until"),
    ({"visit_limit": 0}, "visit_limit"),
    ({"id_type": "library_card"}, "id_type"),
    ({"phone": "1" * 51}, "phone"),
])
def test_each_field_is_validated(store, manager, override, field):
    err = refused(store, lambda s: beneficiaries.register(s, manager, **household(**override)))
    assert err.field == field


def test_card_number_may_not_clash_with_other_scan_codes(store, manager, admin):
    with store.sessions.begin() as s:
        barcode = code_of(s, add_item(s))
        volunteers.register(s, manager, code="V001", name="李志愿")
    assert refused(store, lambda s: beneficiaries.register(
        s, manager, **household(card_number=barcode))).field == "card_number"
    assert refused(store, lambda s: beneficiaries.register(
        s, manager, **household(card_number="V001"))).field == "card_number"


def test_a_cashier_cannot_register_list_or_see_personal_details(store, manager, cashier):
    ben_id = register(store, manager)
    refused(store, lambda s: beneficiaries.register(s, cashier, **household(card_number="H9")), PermissionDenied)
    refused(store, lambda s: beneficiaries.personal_details(s, cashier, ben_id, "check address"), PermissionDenied)
    refused(store, lambda s: beneficiaries.reveal_id_number(s, cashier, "beneficiary", ben_id, "x"),
            PermissionDenied)
    refused(store, lambda s: beneficiaries.history(s, cashier, ben_id), PermissionDenied)
    refused(store, lambda s: beneficiaries.list_beneficiaries(s, cashier), PermissionDenied)
    refused(store, lambda s: beneficiaries.update(s, cashier, ben_id, phone="1"), PermissionDenied)


@pytest.mark.sqlite_only  # reads the SQLite file's bytes
def test_identity_numbers_never_appear_in_clear_in_the_database_file(store, manager, tmp_path):
    ben_id = register(store, manager)
    with store.sessions.begin() as s:
        vol = volunteers.register(s, manager, code="V001", name="李志愿", id_number=ID2)
        # Viewing and decrypting must not leave the number behind either.
        beneficiaries.personal_details(s, manager, ben_id, "home visit")
        assert beneficiaries.reveal_id_number(s, manager, "volunteer", vol.id, "certificate") == ID2
    files = [tmp_path / "store.sqlite", tmp_path / "store.sqlite-wal"]
    content = b"".join(f.read_bytes() for f in files if f.exists())
    assert ID1[:4].encode() + b"*" * 10 in content  # the masked form is there: we read the right bytes
    for number in (ID1, ID2):
        assert number.encode() not in content
        assert number[4:-4].encode() not in content  # the hidden middle (birth date) digits


def test_personal_details_are_audited_on_every_view(store, manager):
    ben_id = register(store, manager)
    for purpose in ("home visit", "phone the family"):
        with store.sessions.begin() as s:
            details = beneficiaries.personal_details(s, manager, ben_id, purpose)
            assert (details.name, details.phone, details.address) == ("张三", "13800000000", "幸福路2号")
            assert details.id_masked.endswith(ID1[-4:]) and ID1 not in repr(details)
    with store.sessions() as s:
        views = s.scalars(select(IdentityAccess).order_by(IdentityAccess.id)).all()
        assert [(v.action, v.purpose, v.user_id) for v in views] == [
            ("view", "home visit", manager.user_id), ("view", "phone the family", manager.user_id)]
        assert s.scalar(select(func.count()).where(AuditEvent.action == "beneficiary.view_personal")) == 2
    assert refused(store, lambda s: beneficiaries.personal_details(s, manager, ben_id, " ")).field == "purpose"


def test_reveal_id_number_is_audited(store, manager):
    ben_id = register(store, manager)
    with store.sessions.begin() as s:
        assert beneficiaries.reveal_id_number(s, manager, "beneficiary", ben_id, "civil affairs form") == ID1
    with store.sessions() as s:
        access = s.scalar(select(IdentityAccess))
        assert (access.action, access.subject_table, access.subject_id) == ("decrypt", "beneficiaries", ben_id)
        assert s.scalar(select(func.count()).where(AuditEvent.action == "identity.decrypt")) == 1


def test_listing_searches_and_filters_without_identity_numbers(store, manager):
    register(store, manager)
    register(store, manager, card_number="H0002", name="李四", id_number=ID2, category="特困")
    ben3 = register(store, manager, card_number="X0003", name="张小明", id_number=ID3)
    with store.sessions.begin() as s:
        beneficiaries.deactivate(s, manager, ben3)
        cards = lambda **kw: [b.card_number for b in beneficiaries.list_beneficiaries(s, manager, **kw)]  # noqa: E731
        assert cards() == ["H0001", "H0002", "X0003"]
        assert cards(search="H") == ["H0001", "H0002"]
        assert cards(search="张") == ["H0001", "X0003"]
        assert cards(category="特困") == ["H0002"]
        assert cards(active=True) == ["H0001", "H0002"] and cards(active=False) == ["X0003"]
        row = beneficiaries.list_beneficiaries(s, manager, search="H0001")[0]
        assert row.category == "低保" and not {"id_number", "id_masked", "id_cipher", "id_hmac", "phone",
                                              "address"} & set(row.__dataclass_fields__)


def test_update_changes_details_and_reseals_the_number(store, manager):
    ben_id = register(store, manager)
    register(store, manager, card_number="H0002", id_number=ID2)
    assert refused(store, lambda s: beneficiaries.update(s, manager, ben_id, card_number="H0002")).field == \
        "card_number"
    assert refused(store, lambda s: beneficiaries.update(s, manager, ben_id, id_number=ID2)).field == "id_number"
    with store.sessions.begin() as s:
        beneficiaries.update(s, manager, ben_id, card_number="H0009", phone="139", id_number=ID3,
                             household_size=4, category="边缘户")
    with store.sessions.begin() as s:
        ben = beneficiaries.find_by_card(s, "H0009")
        assert (ben.id, ben.phone, ben.household_size) == (ben_id, "139", 4)
        assert ben.id_masked.endswith(ID3[-4:])
        assert beneficiaries.reveal_id_number(s, manager, "beneficiary", ben_id, "check") == ID3
        assert beneficiaries.find_by_card(s, "H0001") is None
        assert s.scalar(select(func.count()).where(AuditEvent.action == "beneficiary.update")) == 1


def test_expired_card_is_unusable_until_renewed(store, manager):
    ben_id = register(store, manager, valid_until=date(2026, 3, 31))
    clock.set_now(datetime(2026, 4, 2, 2, 0))
    with store.sessions() as s:
        summary = beneficiaries.allowance_summary(s, ben_id)
        assert not summary.usable and "expired" in summary.card_problem
    with store.sessions.begin() as s:
        beneficiaries.renew(s, manager, ben_id, date(2027, 3, 31))
    with store.sessions() as s:
        summary = beneficiaries.allowance_summary(s, ben_id)
        assert summary.usable and summary.valid_until == date(2027, 3, 31)
        assert summary.status.period_start == date(2026, 4, 1) and summary.status.remaining == 15000


def test_deactivated_card_is_unusable_until_reactivated(store, manager):
    ben_id = register(store, manager)
    with store.sessions.begin() as s:
        beneficiaries.deactivate(s, manager, ben_id)
        assert "deactivated" in beneficiaries.allowance_summary(s, ben_id).card_problem
    with store.sessions.begin() as s:
        beneficiaries.reactivate(s, manager, ben_id)
        assert beneficiaries.allowance_summary(s, ben_id).usable


def _pay_with_allowance(store, admin, ben_id: int, amount: int, seq: int) -> str:
    """A minimal committed sale paid by allowance (checkout's own tests cover the real flow)."""
    with store.sessions.begin() as s:
        till = s.scalar(select(Till).where(Till.code == "T1"))
        shift = Shift(till_id=till.id, opened_by=admin.user_id, opened_at=clock.now(), opening_float=0)
        s.add(shift)
        s.flush()
        receipt = f"T1-2026-{seq:06d}"
        sale = Sale(kind="sale", receipt_number=receipt, till_id=till.id, receipt_year=2026, receipt_seq=seq,
                    shift_id=shift.id, cashier_id=admin.user_id, created_at=clock.now(), total=amount,
                    beneficiary_id=ben_id, delivery=False, note="")
        s.add(sale)
        counter = s.scalar(select(ReceiptCounter).where(ReceiptCounter.till_id == till.id))
        if counter is None:
            counter = ReceiptCounter(till_id=till.id, year=2026, last_number=0)
            s.add(counter)
        counter.last_number = seq
        s.flush()
        ben = s.get(Beneficiary, ben_id)
        rows = allowance.use(s, ben, amount, sale.id, beneficiaries.store_today(s), admin.user_id)
        from charitymart.services import audit
        audit.record(s, admin.user_id, "test.sale", [shift, sale, *rows])
        return receipt


@pytest.mark.parametrize("carry_over, q2_granted", [(True, 15000 + 10000), (False, 15000)])
def test_allowance_across_quarters_with_and_without_carry_over(store, manager, admin, carry_over, q2_granted):
    ben_id = register(store, manager, carry_over=carry_over)
    receipt = _pay_with_allowance(store, admin, ben_id, 5000, 1)
    with store.sessions() as s:
        status = beneficiaries.allowance_summary(s, ben_id).status
        assert (status.granted, status.used, status.remaining, status.visits) == (15000, 5000, 10000, 1)
    clock.set_now(datetime(2026, 5, 10, 2, 0))  # Q2
    with store.sessions() as s:
        status = beneficiaries.allowance_summary(s, ben_id).status
        assert status.period_start == date(2026, 4, 1)
        assert (status.granted, status.remaining, status.visits) == (q2_granted, q2_granted, 0)
    with store.sessions.begin() as s:  # writing the grants does not change what status said
        allowance.ensure_grants(s, s.get(Beneficiary, ben_id), date(2026, 5, 10), manager.user_id)
        assert beneficiaries.allowance_summary(s, ben_id).status.granted == q2_granted
    with store.sessions() as s:
        lines = beneficiaries.history(s, manager, ben_id)
        assert [(ln.period_start, ln.kind, ln.amount, ln.period_balance) for ln in lines] == [
            (date(2026, 1, 1), "grant", 15000, 15000),
            (date(2026, 1, 1), "use", -5000, 10000),
            (date(2026, 4, 1), "grant", q2_granted, q2_granted),
        ]
        assert lines[1].receipt_number == receipt and lines[1].day == date(2026, 3, 10)
        assert lines[0].receipt_number is None


def test_carry_over_accumulates_over_unused_quarters(store, manager):
    ben_id = register(store, manager, carry_over=True, valid_until=date(2027, 12, 31))
    clock.set_now(datetime(2026, 10, 5, 2, 0))  # Q4: Q1..Q3 unused
    with store.sessions() as s:
        assert beneficiaries.allowance_summary(s, ben_id).status.granted == 4 * 15000


def test_renew_with_a_new_amount_applies_from_the_next_period(store, manager, admin):
    ben_id = register(store, manager)
    _pay_with_allowance(store, admin, ben_id, 5000, 1)
    err = refused(store, lambda s: beneficiaries.renew(s, manager, ben_id, date(2027, 3, 31), period="month"))
    assert err.field == "period"
    with store.sessions.begin() as s:
        beneficiaries.renew(s, manager, ben_id, date(2027, 3, 31), allowance_amount=20000, visit_limit=3)
    with store.sessions() as s:
        status = beneficiaries.allowance_summary(s, ben_id).status
        assert (status.granted, status.remaining, status.visit_limit) == (15000, 10000, 3)
    clock.set_now(datetime(2026, 4, 2, 2, 0))
    with store.sessions() as s:
        assert beneficiaries.allowance_summary(s, ben_id).status.granted == 20000


def test_renew_can_change_the_period_before_any_grant(store, manager):
    ben_id = register(store, manager)
    with store.sessions.begin() as s:
        beneficiaries.renew(s, manager, ben_id, date(2027, 3, 31), period="month", allowance_amount=5000)
    with store.sessions() as s:
        status = beneficiaries.allowance_summary(s, ben_id).status
        assert (status.period_start, status.granted) == (date(2026, 3, 1), 5000)
        assert s.scalar(select(func.count()).select_from(AllowanceEntry)) == 0


def test_erase_keeps_card_and_allowance_ledger_and_the_chain_checkable(store, manager, admin):
    ben_id = register(store, manager)
    _pay_with_allowance(store, admin, ben_id, 5000, 1)
    refused(store, lambda s: beneficiaries.erase_personal_data(s, admin, ben_id))  # still active
    with store.sessions.begin() as s:
        beneficiaries.deactivate(s, manager, ben_id)
    refused(store, lambda s: beneficiaries.erase_personal_data(s, manager, ben_id), PermissionDenied)
    with store.sessions() as s:
        ledger_before = s.execute(select(AllowanceEntry.id, AllowanceEntry.amount)).all()
    with store.sessions.begin() as s:
        beneficiaries.erase_personal_data(s, admin, ben_id)
    with store.sessions.begin() as s:
        ben = s.get(Beneficiary, ben_id)
        assert (ben.card_number, ben.name, ben.phone, ben.address) == ("H0001", "", "", "")
        assert (ben.id_cipher, ben.id_hmac, ben.id_masked) == ("", "", "")
        assert s.execute(select(AllowanceEntry.id, AllowanceEntry.amount)).all() == ledger_before
        assert s.scalar(select(IdentityAccess.action).order_by(IdentityAccess.id.desc()).limit(1)) == "erase"
        assert s.scalar(select(func.count()).where(AuditEvent.action == "beneficiary.erase")) == 1
        assert [ln.amount for ln in beneficiaries.history(s, manager, ben_id)] == [15000, -5000]
        assert beneficiaries.list_beneficiaries(s, manager, search="H0001")[0].erased
        report = verify.verify(s)
        assert report.ok, report.problems
    with pytest.raises(NotFoundError):
        with store.sessions.begin() as s:
            beneficiaries.reveal_id_number(s, manager, "beneficiary", ben_id, "x")
    refused(store, lambda s: beneficiaries.erase_personal_data(s, admin, ben_id))
    refused(store, lambda s: beneficiaries.update(s, manager, ben_id, name="张三"))
    # The number is free again: the same person can come back on a new card.
    register(store, manager, card_number="H0100")


def test_find_by_card_and_unknown_ids(store, manager):
    ben_id = register(store, manager)
    with store.sessions() as s:
        assert beneficiaries.find_by_card(s, " H0001 ").id == ben_id
        assert beneficiaries.find_by_card(s, "nope") is None and beneficiaries.find_by_card(s, "") is None
    refused(store, lambda s: beneficiaries.allowance_summary(s, 999), NotFoundError)
    refused(store, lambda s: beneficiaries.reveal_id_number(s, manager, "donor", ben_id, "x"))


def test_everything_written_is_covered_by_the_audit_chain(store, manager, admin):
    ben_id = register(store, manager)
    _pay_with_allowance(store, admin, ben_id, 5000, 1)
    with store.sessions.begin() as s:
        beneficiaries.personal_details(s, manager, ben_id, "visit")
        beneficiaries.renew(s, manager, ben_id, date(2027, 3, 31), allowance_amount=100)
    clock.advance(timedelta(days=40))
    with store.sessions() as s:
        report = verify.verify(s)
        assert report.ok, report.problems


def test_a_new_amount_applies_to_the_current_period_if_nothing_was_used_in_it(store, manager):
    ben_id = register(store, manager, carry_over=True)
    clock.set_now(datetime(2026, 5, 10, 2, 0))  # Q2; Q1 unused
    with store.sessions.begin() as s:
        beneficiaries.renew(s, manager, ben_id, date(2027, 3, 31), allowance_amount=20000)
    with store.sessions() as s:
        # Q1 is frozen at the old amount and carried over; Q2 gets the new one.
        grants = s.execute(select(AllowanceEntry.period_start, AllowanceEntry.amount)).all()
        assert grants == [(date(2026, 1, 1), 15000)]
        assert beneficiaries.allowance_summary(s, ben_id).status.granted == 20000 + 15000
