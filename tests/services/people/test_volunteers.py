"""Volunteers and their hours: registration, clock in/out, manual entries and approval,
rounding down and the daily cap, time-bank points earned on approval only."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from charitymart.db.models import (
    AuditEvent,
    ClockEvent,
    IdentityAccess,
    Store,
    TimebankEntry,
    Volunteer,
    WorkDecision,
    WorkEntry,
)
from charitymart.services import clock
from charitymart.services.errors import NotFoundError, PermissionDenied
from charitymart.services.people import hours, timebank, volunteers
from charitymart.services.store import verify
from tests.conftest import START
from tests.services.people.test_beneficiaries import ID1, ID2, cashier, manager, refused  # noqa: F401  (fixtures)


def register(store, actor, code="V001", name="李志愿", **kw) -> int:
    with store.sessions.begin() as s:
        return volunteers.register(s, actor, code=code, name=name, **kw).id


def set_store(store, **settings) -> None:
    with store.sessions.begin() as s:
        for key, value in settings.items():
            setattr(s.get(Store, 1), key, value)


def balance(store, vol_id) -> int:
    with store.sessions() as s:
        return timebank.balance_x100(s, vol_id)


def worked(store, actor, code, minutes) -> hours.ClockOutResult:
    """Clock in now, clock out `minutes` later."""
    with store.sessions.begin() as s:
        hours.clock_in(s, actor, code)
    clock.advance(timedelta(minutes=minutes))
    with store.sessions.begin() as s:
        return hours.clock_out(s, actor, code)


def manual(store, actor, code, start_local: time, minutes, day=date(2026, 3, 9), **kw) -> int:
    with store.sessions.begin() as s:
        start = hours.local_time_utc(s, day, start_local)
        return hours.add_manual_entry(s, actor, code, day, start, minutes=minutes, **kw).id


def decide(store, actor, entry_id, how="approve", note=""):
    with store.sessions.begin() as s:
        return getattr(hours, how)(s, actor, entry_id, note).credited_minutes


# ----- register -----

def test_register_seals_id_and_refuses_duplicates(store, manager, cashier):
    vol_id = register(store, manager, phone="139", id_number=ID1)
    with store.sessions() as s:
        vol = s.get(Volunteer, vol_id)
        assert vol.id_masked.endswith(ID1[-4:]) and ID1 not in vol.id_cipher and vol.joined_on == date(2026, 3, 10)
    assert refused(store, lambda s: volunteers.register(s, manager, code="V001", name="B")).field == "code"
    assert refused(store, lambda s: volunteers.register(s, manager, code="V002", name="B", id_number=ID1)).field \
        == "id_number"
    assert refused(store, lambda s: volunteers.register(s, manager, code="V002", name="B",
                                                        id_number=ID1[:-1] + "X")).field == "id_number"
    assert refused(store, lambda s: volunteers.register(s, manager, code="V002", name="")).field == "name"
    refused(store, lambda s: volunteers.register(s, cashier, code="V002", name="B"), PermissionDenied)
    register(store, manager, code="V002", name="无证件")  # an ID number is optional for volunteers


def test_update_deactivate_and_find(store, manager):
    vol_id = register(store, manager)
    register(store, manager, code="V002", name="王")
    assert refused(store, lambda s: volunteers.update(s, manager, vol_id, code="V002")).field == "code"
    with store.sessions.begin() as s:
        volunteers.update(s, manager, vol_id, code="V010", phone="138", id_number=ID2)
    with store.sessions.begin() as s:
        assert volunteers.find_by_code(s, "V010").id == vol_id and volunteers.find_by_code(s, "V001") is None
        volunteers.deactivate(s, manager, vol_id)
    with store.sessions() as s:
        assert [v.code for v in volunteers.list_volunteers(s)] == ["V002"]
        assert [v.code for v in volunteers.list_volunteers(s, active=None, search="V01")] == ["V010"]
    refused(store, lambda s: hours.clock_in(s, manager, "V010"))  # inactive card


def test_personal_details_and_id_reveal_are_audited(store, manager, cashier):
    vol_id = register(store, manager, phone="139", id_number=ID1)
    refused(store, lambda s: volunteers.personal_details(s, cashier, vol_id, "call"), PermissionDenied)
    with store.sessions.begin() as s:
        details = volunteers.personal_details(s, manager, vol_id, "call about a shift")
        assert details.phone == "139" and details.id_masked.startswith(ID1[:4])
    with store.sessions() as s:
        assert s.scalar(select(IdentityAccess.action)) == "view"
        assert s.scalar(select(func.count()).where(AuditEvent.action == "volunteer.view_personal")) == 1


# ----- clock in / out -----

def test_clock_in_and_out_rounds_down_and_earns_points(store, manager, cashier):
    vol_id = register(store, manager)
    with store.sessions.begin() as s:
        hours.clock_in(s, cashier, "V001")
    with store.sessions() as s:
        assert [(d.code, d.since) for d in hours.on_duty(s)] == [("V001", START)]
        assert volunteers.list_volunteers(s)[0].on_duty
    refused(store, lambda s: hours.clock_in(s, cashier, "V001"))  # already clocked in
    refused(store, lambda s: volunteers.deactivate(s, manager, vol_id))  # clock them out first
    clock.advance(timedelta(minutes=95))
    with store.sessions.begin() as s:
        result = hours.clock_out(s, cashier, "V001")
    assert (result.minutes, result.approved, result.credited_minutes, result.points_x100) == (95, True, 90, 150)
    with store.sessions() as s:
        assert hours.on_duty(s) == []
        assert [e.kind for e in s.scalars(select(ClockEvent).order_by(ClockEvent.id))] == ["in", "out"]
        entry = s.scalar(select(WorkEntry))
        assert (entry.source, entry.work_date, entry.minutes) == ("clock", date(2026, 3, 10), 95)
        decision = s.scalar(select(WorkDecision))
        assert (decision.decision, decision.credited_minutes, decision.decided_by) == ("approved", 90, None)
    assert balance(store, vol_id) == 150
    refused(store, lambda s: hours.clock_out(s, cashier, "V001"))  # not clocked in
    refused(store, lambda s: hours.clock_in(s, cashier, "V999"), NotFoundError)


def test_an_entry_under_one_unit_counts_nothing(store, manager):
    vol_id = register(store, manager)
    result = worked(store, manager, "V001", 29)
    assert (result.credited_minutes, result.points_x100) == (0, 0)
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(TimebankEntry)) == 0
    assert balance(store, vol_id) == 0


def test_a_forgotten_clock_out_waits_for_a_manager(store, manager):
    vol_id = register(store, manager)
    result = worked(store, manager, "V001", 20 * 60)
    assert not result.approved and balance(store, vol_id) == 0
    with store.sessions() as s:
        assert [p.entry_id for p in hours.pending_entries(s)] == [result.entry_id]


def test_clock_work_date_is_the_store_local_day(store, manager):
    register(store, manager)
    clock.set_now(datetime(2026, 3, 10, 17, 0))  # 01:00 on the 11th in Shanghai
    result = worked(store, manager, "V001", 60)
    with store.sessions() as s:
        assert s.get(WorkEntry, result.entry_id).work_date == date(2026, 3, 11)


# ----- manual entries and decisions -----

def test_manual_entry_is_pending_until_approved(store, manager, cashier):
    vol_id = register(store, manager)
    entry_id = manual(store, cashier, "V001", time(14, 0), 125, description="sorting donations")
    with store.sessions() as s:
        [pending] = hours.pending_entries(s)
        assert (pending.entry_id, pending.minutes, pending.entered_by, pending.volunteer_code) == \
            (entry_id, 125, "王阿姨", "V001")
        assert pending.started_at == datetime(2026, 3, 9, 6, 0)
        summary = hours.hours_summary(s, vol_id, 2026, 3)
        assert (summary.month_minutes, summary.year_minutes, summary.pending_minutes) == (0, 0, 125)
        assert s.scalar(select(func.count()).select_from(WorkDecision)) == 0
    assert balance(store, vol_id) == 0
    refused(store, lambda s: hours.approve(s, cashier, entry_id), PermissionDenied)
    refused(store, lambda s: hours.reject(s, cashier, entry_id), PermissionDenied)
    assert decide(store, manager, entry_id, note="ok") == 120
    assert balance(store, vol_id) == 200
    with store.sessions() as s:
        assert hours.pending_entries(s) == []
        summary = hours.hours_summary(s, vol_id, 2026, 3)
        assert (summary.month_minutes, summary.year_minutes, summary.pending_minutes) == (120, 120, 0)
        assert hours.hours_summary(s, vol_id, 2026, 4).month_minutes == 0
        assert hours.hours_summary(s, vol_id, 2025).year_minutes == 0


def test_reject_earns_nothing_and_a_second_decision_is_refused(store, manager):
    vol_id = register(store, manager)
    entry_id = manual(store, manager, "V001", time(9, 0), 180)
    decide(store, manager, entry_id, "reject", "was not on the rota")
    assert balance(store, vol_id) == 0
    refused(store, lambda s: hours.approve(s, manager, entry_id))
    refused(store, lambda s: hours.reject(s, manager, entry_id))
    other = manual(store, manager, "V001", time(9, 0), 60)  # a rejected entry does not block the time
    decide(store, manager, other)
    refused(store, lambda s: hours.approve(s, manager, other))
    assert balance(store, vol_id) == 100
    refused(store, lambda s: hours.approve(s, manager, 999), NotFoundError)


def test_daily_cap_applies_across_entries_of_the_same_day(store, manager):
    vol_id = register(store, manager)
    set_store(store, daily_cap_minutes=240)
    first = manual(store, manager, "V001", time(8, 0), 180)
    second = manual(store, manager, "V001", time(13, 0), 125)
    next_day = manual(store, manager, "V001", time(8, 0), 120, day=date(2026, 3, 10))
    assert [decide(store, manager, e) for e in (first, second, next_day)] == [180, 60, 120]
    third = manual(store, manager, "V001", time(18, 0), 60)
    assert decide(store, manager, third) == 0
    assert balance(store, vol_id) == (180 + 60 + 120) * 100 // 60
    with store.sessions() as s:
        assert hours.hours_summary(s, vol_id, 2026, 3).month_minutes == 360


def test_no_points_when_the_time_bank_is_off_and_the_store_rate_applies(store, manager):
    vol_id = register(store, manager)
    set_store(store, timebank_enabled=False)
    decide(store, manager, manual(store, manager, "V001", time(8, 0), 60))
    assert balance(store, vol_id) == 0
    set_store(store, timebank_enabled=True, points_per_hour_x100=200, hour_unit_minutes=60)
    assert decide(store, manager, manual(store, manager, "V001", time(10, 0), 119)) == 60
    assert balance(store, vol_id) == 200


@pytest.mark.parametrize("kwargs, field", [
    (dict(work_date=date(2026, 3, 11), start=datetime(2026, 3, 11, 1, 0), minutes=60), "work_date"),
    (dict(work_date=date(2026, 3, 10), start=datetime(2026, 3, 10, 1, 30), minutes=60), "ended_at"),
    (dict(work_date=date(2026, 3, 9), start=datetime(2026, 3, 9, 6, 0), end=datetime(2026, 3, 9, 5, 0)),
     "ended_at"),
    (dict(work_date=date(2026, 3, 9), start=datetime(2026, 3, 9, 6, 0), end=datetime(2026, 3, 9, 6, 0)),
     "ended_at"),
    (dict(work_date=date(2026, 3, 8), start=datetime(2026, 3, 9, 6, 0), minutes=60), "started_at"),
    (dict(work_date=date(2026, 3, 9), start=datetime(2026, 3, 9, 6, 0), minutes=0), "minutes"),
    (dict(work_date=date(2026, 3, 9), start=datetime(2026, 3, 9, 6, 0), minutes=30,
          end=datetime(2026, 3, 9, 7, 0)), "minutes"),
    (dict(work_date=date(2026, 3, 9), start=datetime(2026, 3, 9, 6, 0)), "ended_at"),
    (dict(work_date=date(2026, 3, 9), start=datetime(2026, 3, 9, 6, 30), minutes=30), "started_at"),
])
def test_manual_entry_refusals(store, manager, kwargs, field):
    register(store, manager)
    manual(store, manager, "V001", time(14, 0), 60)  # 06:00-07:00 UTC on the 9th
    err = refused(store, lambda s: hours.add_manual_entry(
        s, manager, "V001", kwargs["work_date"], kwargs["start"], kwargs.get("end"), minutes=kwargs.get("minutes")))
    assert err.field == field


def test_manual_entry_may_not_overlap_an_open_clock_in(store, manager):
    register(store, manager)
    clock.set_now(datetime(2026, 3, 10, 1, 30))
    with store.sessions.begin() as s:
        hours.clock_in(s, manager, "V001")
    clock.set_now(datetime(2026, 3, 10, 2, 0))
    err = refused(store, lambda s: hours.add_manual_entry(
        s, manager, "V001", date(2026, 3, 10), datetime(2026, 3, 10, 1, 0), minutes=60))
    assert err.field == "started_at"
    manual(store, manager, "V001", time(8, 0), 90, day=date(2026, 3, 10))  # 00:00-01:30 UTC is fine


def test_timebank_statement_has_a_running_balance(store, manager):
    vol_id = register(store, manager)
    decide(store, manager, manual(store, manager, "V001", time(8, 0), 90))
    decide(store, manager, manual(store, manager, "V001", time(13, 0), 60))
    with store.sessions.begin() as s:
        from charitymart.services import audit
        audit.record(s, None, "test.spend", [timebank.add_entry(s, vol_id, "adjust", -50, user_id=None, note="x")])
    with store.sessions() as s:
        statement = hours.timebank_statement(s, vol_id)
        assert [(ln.kind, ln.points_x100, ln.balance_x100) for ln in statement.lines] == [
            ("earn", 150, 150), ("earn", 100, 250), ("adjust", -50, 200)]
        assert statement.balance_x100 == 200 and statement.point_value_fen == 100
        assert statement.lines[0].work_entry_id is not None


def test_local_time_utc_and_the_chain_covers_every_hours_row(store, manager, cashier):
    register(store, manager)
    with store.sessions() as s:
        assert hours.local_time_utc(s, date(2026, 3, 9), time(10, 0)) == datetime(2026, 3, 9, 2, 0)
    worked(store, cashier, "V001", 95)
    entry = manual(store, cashier, "V001", time(8, 0), 60)
    decide(store, manager, entry)
    decide(store, manager, manual(store, cashier, "V001", time(13, 0), 60), "reject")
    with store.sessions() as s:
        report = verify.verify(s)
        assert report.ok, report.problems
        actions = set(s.scalars(select(AuditEvent.action)))
        assert {"volunteer.clock_in", "volunteer.clock_out", "hours.enter", "hours.approve", "hours.reject"} <= actions
