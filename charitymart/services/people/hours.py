"""Volunteer hours: counter clock in/out, manual entries a manager approves or rejects, rounding
down to the store's unit with the daily cap, time-bank points earned on approval only.

Ledger: ClockEvent, WorkEntry (raw minutes), WorkDecision (credited minutes), TimebankEntry.
Credited figures are always read from decisions, never recomputed, so a later change of the
store's unit or cap does not rewrite the past.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    UNSPECIFIED_CATEGORY,
    ClockEvent,
    Sale,
    TimebankEntry,
    User,
    Volunteer,
    WorkDecision,
    WorkEntry,
)
from charitymart.domain.hours import credit_minutes, points_for_minutes
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role, store_today
from charitymart.services.errors import NotFoundError, ValidationError, translatable
from charitymart.services.people import timebank
from charitymart.services.people.personal_data import clean_int, clean_text
from charitymart.services.people.volunteers import find_by_code, is_clocked_in, open_clock_ins
from charitymart.services.reporting import closing

# A longer clocked span is most likely a forgotten clock-out: it waits for a manager instead.
LONG_CLOCK_MINUTES = 12 * 60
MAX_ENTRY_MINUTES = 24 * 60


@dataclass(frozen=True)
class OnDuty:
    volunteer_id: int
    code: str
    name: str
    since: datetime  # naive UTC


@dataclass(frozen=True)
class ClockOutResult:
    entry_id: int
    minutes: int  # raw clocked minutes
    approved: bool  # False: left pending for a manager (a forgotten clock-out?)
    credited_minutes: int
    points_x100: int


@dataclass(frozen=True)
class PendingEntry:
    entry_id: int
    volunteer_id: int
    volunteer_code: str
    volunteer_name: str
    source: str
    work_date: date
    started_at: datetime
    ended_at: datetime
    minutes: int
    description: str
    entered_by: str


@dataclass(frozen=True)
class HoursSummary:
    volunteer_id: int
    year: int
    month: int | None
    year_minutes: int  # credited (approved) minutes in the year
    month_minutes: int | None  # credited minutes in the month, if one was asked for
    pending_minutes: int  # raw minutes still waiting for a decision in the year


@dataclass(frozen=True)
class TimebankLine:
    entry_id: int
    created_at: datetime
    kind: str
    points_x100: int
    balance_x100: int  # running balance after this line
    work_entry_id: int | None
    receipt_number: str | None
    note: str


@dataclass(frozen=True)
class TimebankStatement:
    volunteer_id: int
    balance_x100: int
    point_value_fen: int
    lines: list[TimebankLine]


def local_time_utc(session: Session, work_date: date, at: time) -> datetime:
    """A store-local wall-clock time on `work_date` as naive UTC (what entry forms collect)."""
    local = datetime.combine(work_date, at, ZoneInfo(get_store(session).timezone))
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def _volunteer(session: Session, code: str, *, for_clock: bool) -> Volunteer:
    vol = find_by_code(session, code)
    if vol is None:
        raise NotFoundError("no volunteer with card {code}", field="volunteer_code", code=code)
    if for_clock and not vol.active:
        raise ValidationError("{name}'s volunteer card is not active", field="volunteer_code", name=vol.name)
    return vol


def _minutes_between(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 60)


def _credited_on(session: Session, volunteer_id: int, work_date: date) -> int:
    return session.scalar(
        select(func.coalesce(func.sum(WorkDecision.credited_minutes), 0))
        .join(WorkEntry, WorkEntry.id == WorkDecision.entry_id)
        .where(WorkEntry.volunteer_id == volunteer_id, WorkEntry.work_date == work_date,
               WorkDecision.decision == "approved")
    )


def _overlap(session: Session, entry_volunteer: int, start: datetime, end: datetime, *,
             approved_only: bool, exclude_id: int | None = None) -> WorkEntry | None:
    """An entry of the same volunteer overlapping [start, end); rejected entries never count."""
    query = (
        select(WorkEntry).outerjoin(WorkDecision, WorkDecision.entry_id == WorkEntry.id)
        .where(WorkEntry.volunteer_id == entry_volunteer, WorkEntry.started_at < end, WorkEntry.ended_at > start)
    )
    if approved_only:
        query = query.where(WorkDecision.decision == "approved")
    else:
        query = query.where((WorkDecision.id.is_(None)) | (WorkDecision.decision != "rejected"))
    if exclude_id is not None:
        query = query.where(WorkEntry.id != exclude_id)
    return session.scalar(query.limit(1))


def _approve(session: Session, entry: WorkEntry, decided_by: int | None, note: str) -> list:
    """Credit the entry: rounded down to the unit, capped per local day; earn points if enabled."""
    store = get_store(session)
    credited = credit_minutes(entry.minutes, store.hour_unit_minutes,
                              _credited_on(session, entry.volunteer_id, entry.work_date), store.daily_cap_minutes)
    decision = WorkDecision(entry_id=entry.id, decision="approved", credited_minutes=credited,
                            decided_by=decided_by, created_at=clock.now(), note=note[:200])
    session.add(decision)
    session.flush()
    rows: list = [decision]
    points = points_for_minutes(credited, store.points_per_hour_x100) if store.timebank_enabled else 0
    if points > 0:
        rows.append(timebank.add_entry(session, entry.volunteer_id, "earn", points, user_id=decided_by,
                                       work_entry_id=entry.id))
    return rows


def clock_in(session: Session, actor: Actor, volunteer_code: str) -> ClockEvent:
    """Any user at the counter may clock a volunteer in (scan their card or pick the name)."""
    vol = _volunteer(session, volunteer_code, for_clock=True)
    if is_clocked_in(session, vol.id) is not None:
        raise ValidationError("{name} is already clocked in", field="volunteer_code", name=vol.name)
    event = ClockEvent(volunteer_id=vol.id, kind="in", till_id=actor.till_id, user_id=actor.user_id,
                       created_at=clock.now())
    session.add(event)
    audit.record(session, actor.user_id, "volunteer.clock_in", [event])
    return event


def clock_out(session: Session, actor: Actor, volunteer_code: str) -> ClockOutResult:
    """Close the open clock-in as a work entry, approved at once unless it is suspiciously long."""
    vol = _volunteer(session, volunteer_code, for_clock=False)
    opened = is_clocked_in(session, vol.id)
    if opened is None:
        raise ValidationError("{name} is not clocked in", field="volunteer_code", name=vol.name)
    now = clock.now()
    event = ClockEvent(volunteer_id=vol.id, kind="out", till_id=actor.till_id, user_id=actor.user_id, created_at=now)
    minutes = max(0, _minutes_between(opened.created_at, now))
    entry = WorkEntry(volunteer_id=vol.id, source="clock",
                      work_date=clock.local_date(opened.created_at, get_store(session).timezone),
                      started_at=opened.created_at, ended_at=now, minutes=minutes, description="",
                      entered_by=actor.user_id, created_at=now)
    session.add_all([event, entry])
    session.flush()
    rows: list = [event, entry]
    # A shift that began in a month published meanwhile waits for a manager's correction.
    if minutes <= LONG_CLOCK_MINUTES and not closing.is_closed(session, entry.work_date):
        # Automatic decision: decided_by stays empty; the audit event names who clocked out.
        rows += _approve(session, entry, None, "counter clock")
    audit.record(session, actor.user_id, "volunteer.clock_out", rows)
    decision = next((r for r in rows if isinstance(r, WorkDecision)), None)
    earned = next((r.points_x100 for r in rows if isinstance(r, TimebankEntry)), 0)
    return ClockOutResult(entry_id=entry.id, minutes=minutes, approved=decision is not None,
                          credited_minutes=decision.credited_minutes if decision else 0, points_x100=earned)


def on_duty(session: Session) -> list[OnDuty]:
    """Who is clocked in now, earliest first."""
    events = open_clock_ins(session)
    ids = [e.volunteer_id for e in events]
    vols = {v.id: v for v in session.scalars(select(Volunteer).where(Volunteer.id.in_(ids)))}
    return [OnDuty(volunteer_id=e.volunteer_id, code=vols[e.volunteer_id].code, name=vols[e.volunteer_id].name,
                   since=e.created_at) for e in events]


def add_manual_entry(session: Session, actor: Actor, volunteer_code: str, work_date: date, started_at: datetime,
                     ended_at: datetime | None = None, *, minutes: int | None = None,
                     description: str = "", correction_reason: str = "",
                     correction_category: str | None = None) -> WorkEntry:
    """Work done away from the counter, entered later by any user; pending until a manager decides.

    `started_at`/`ended_at` are naive UTC (see `local_time_utc`); give `ended_at` or `minutes`.
    Inactive volunteers are accepted: past work of someone who has left may still be recorded.
    A work date in a published month needs a correction reason (services.reporting.closing).
    """
    vol = _volunteer(session, volunteer_code, for_clock=False)
    store = get_store(session)
    if not isinstance(work_date, date) or isinstance(work_date, datetime):
        raise ValidationError("the work date must be a date", field="work_date")
    if work_date > store_today(session):
        raise ValidationError("the work date is in the future", field="work_date")
    correction_reason = closing.correction_reason_for(
        session, work_date, correction_reason, translatable("the report up to {closed} is published: hours worked "
                                                            "on {date} need a correction with a reason"),
        field="work_date")
    correction_category = closing.correction_category_for(correction_reason, correction_category)
    if not isinstance(started_at, datetime) or started_at.tzinfo is not None:
        raise ValidationError("the start time must be a naive UTC time", field="started_at")
    if ended_at is not None and (not isinstance(ended_at, datetime) or ended_at.tzinfo is not None):
        raise ValidationError("the end time must be a naive UTC time", field="ended_at")
    if clock.local_date(started_at, store.timezone) != work_date:
        raise ValidationError("the start time is not on the work date", field="started_at")
    if ended_at is None and minutes is None:
        raise ValidationError("give an end time or the number of minutes", field="ended_at")
    if minutes is not None:
        clean_int(minutes, "minutes", 1, MAX_ENTRY_MINUTES, "minutes worked")
        if ended_at is not None and _minutes_between(started_at, ended_at) != minutes:
            raise ValidationError("the end time and the minutes disagree", field="minutes")
        ended_at = started_at + timedelta(minutes=minutes)
    if ended_at <= started_at:
        raise ValidationError("the end time is not after the start time", field="ended_at")
    raw = _minutes_between(started_at, ended_at)
    if raw > MAX_ENTRY_MINUTES:
        raise ValidationError("an entry can't be longer than 24 hours", field="ended_at")
    if ended_at > clock.now():
        raise ValidationError("the end time is in the future", field="ended_at")
    other = _overlap(session, vol.id, started_at, ended_at, approved_only=False)
    if other is not None:
        raise ValidationError("{name} already has hours recorded overlapping this time (entry {entry} on {date})",
                              field="started_at", name=vol.name, entry=other.id, date=other.work_date.isoformat())
    opened = is_clocked_in(session, vol.id)
    if opened is not None and ended_at > opened.created_at:
        raise ValidationError("{name} has been clocked in since then: clock them out first",
                              field="started_at", name=vol.name)
    entry = WorkEntry(volunteer_id=vol.id, source="manual", work_date=work_date, started_at=started_at,
                      ended_at=ended_at, minutes=raw, description=clean_text(description, "description", 1000),
                      entered_by=actor.user_id, created_at=clock.now())
    session.add(entry)
    rows: list = [entry]
    if correction_reason:
        correction = closing.add_correction(session, actor, entry, work_date, correction_reason)
        rows += [correction, closing.add_category(session, correction, correction_category)]
    audit.record(session, actor.user_id, "hours.enter", rows)
    return entry


def _undecided(session: Session, entry_id: int) -> WorkEntry:
    entry = session.get(WorkEntry, entry_id)
    if entry is None:
        raise NotFoundError("no such work entry")
    decided = session.scalar(select(WorkDecision.decision).where(WorkDecision.entry_id == entry_id))
    if decided is not None:
        raise ValidationError("this entry has already been approved" if decided == "approved"
                              else "this entry has already been rejected")
    return entry


def approve(session: Session, actor: Actor, entry_id: int, note: str = "", *,
            correction_reason: str = "", correction_category: str | None = None) -> WorkDecision:
    """Credit an entry. One dated in a published month is a correction: it needs a reason, or
    takes the reason it was entered with (a manual entry entered as a correction)."""
    require_role(actor, "manager", "approving volunteer hours needs a manager")
    entry = _undecided(session, entry_id)
    if closing.is_closed(session, entry.work_date) and not (correction_reason or "").strip():
        entered_as = closing.correction_of(session, entry)
        correction_reason = entered_as.reason if entered_as is not None else ""
        if entered_as is not None:
            correction_category = closing.category_of(session, entered_as)
    correction_reason = closing.correction_reason_for(
        session, entry.work_date, correction_reason,
        translatable("the report up to {closed} is published: approving hours worked on {date} needs a "
                     "correction with a reason"), field="correction_reason")
    if correction_category != UNSPECIFIED_CATEGORY:
        correction_category = closing.correction_category_for(correction_reason, correction_category)
    # A clock entry may have been written after this manual entry was accepted.
    other = _overlap(session, entry.volunteer_id, entry.started_at, entry.ended_at, approved_only=True,
                     exclude_id=entry.id)
    if other is not None:
        raise ValidationError("this overlaps approved entry {entry}: reject one of them", entry=other.id)
    rows = _approve(session, entry, actor.user_id, clean_text(note, "note", 200))
    if correction_reason:
        correction = closing.add_correction(session, actor, rows[0], entry.work_date, correction_reason)
        rows.append(correction)
        if correction_category != UNSPECIFIED_CATEGORY:  # an entry made before categories keeps none
            rows.append(closing.add_category(session, correction, correction_category))
    audit.record(session, actor.user_id, "hours.approve", rows)
    return rows[0]


def reject(session: Session, actor: Actor, entry_id: int, note: str = "") -> WorkDecision:
    require_role(actor, "manager", "rejecting volunteer hours needs a manager")
    _undecided(session, entry_id)
    decision = WorkDecision(entry_id=entry_id, decision="rejected", credited_minutes=0, decided_by=actor.user_id,
                            created_at=clock.now(), note=clean_text(note, "note", 200))
    session.add(decision)
    audit.record(session, actor.user_id, "hours.reject", [decision])
    return decision


def pending_entries(session: Session) -> list[PendingEntry]:
    """Entries waiting for a manager, oldest work first."""
    rows = session.execute(
        select(WorkEntry, Volunteer.code, Volunteer.name, User.name)
        .join(Volunteer, Volunteer.id == WorkEntry.volunteer_id)
        .outerjoin(User, User.id == WorkEntry.entered_by)
        .outerjoin(WorkDecision, WorkDecision.entry_id == WorkEntry.id)
        .where(WorkDecision.id.is_(None))
        .order_by(WorkEntry.work_date, WorkEntry.started_at, WorkEntry.id)
    ).all()
    return [
        PendingEntry(entry_id=e.id, volunteer_id=e.volunteer_id, volunteer_code=code, volunteer_name=name,
                     source=e.source, work_date=e.work_date, started_at=e.started_at, ended_at=e.ended_at,
                     minutes=e.minutes, description=e.description, entered_by=user or "")
        for e, code, name, user in rows
    ]


def _credited_between(session: Session, volunteer_id: int, first: date, after_last: date) -> int:
    return session.scalar(
        select(func.coalesce(func.sum(WorkDecision.credited_minutes), 0))
        .join(WorkEntry, WorkEntry.id == WorkDecision.entry_id)
        .where(WorkEntry.volunteer_id == volunteer_id, WorkDecision.decision == "approved",
               WorkEntry.work_date >= first, WorkEntry.work_date < after_last)
    )


def hours_summary(session: Session, volunteer_id: int, year: int, month: int | None = None) -> HoursSummary:
    """Credited minutes in the year (and month), by the store-local work date."""
    if month is not None:
        clean_int(month, "month", 1, 12, "the month")
    year_start, next_year = date(year, 1, 1), date(year + 1, 1, 1)
    month_minutes = None
    if month is not None:
        month_end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        month_minutes = _credited_between(session, volunteer_id, date(year, month, 1), month_end)
    pending = session.scalar(
        select(func.coalesce(func.sum(WorkEntry.minutes), 0))
        .outerjoin(WorkDecision, WorkDecision.entry_id == WorkEntry.id)
        .where(WorkEntry.volunteer_id == volunteer_id, WorkDecision.id.is_(None),
               WorkEntry.work_date >= year_start, WorkEntry.work_date < next_year)
    )
    return HoursSummary(volunteer_id=volunteer_id, year=year, month=month,
                        year_minutes=_credited_between(session, volunteer_id, year_start, next_year),
                        month_minutes=month_minutes, pending_minutes=pending)


def timebank_statement(session: Session, volunteer_id: int) -> TimebankStatement:
    """The time-bank ledger with a running balance, receipts for points spent at the till."""
    rows = session.execute(
        select(TimebankEntry, Sale.receipt_number)
        .outerjoin(Sale, Sale.id == TimebankEntry.sale_id)
        .where(TimebankEntry.volunteer_id == volunteer_id)
        .order_by(TimebankEntry.id)
    ).all()
    lines, balance = [], 0
    for entry, receipt in rows:
        balance += entry.points_x100
        lines.append(TimebankLine(entry_id=entry.id, created_at=entry.created_at, kind=entry.kind,
                                  points_x100=entry.points_x100, balance_x100=balance,
                                  work_entry_id=entry.work_entry_id, receipt_number=receipt, note=entry.note))
    return TimebankStatement(volunteer_id=volunteer_id, balance_x100=balance,
                             point_value_fen=get_store(session).point_value_fen, lines=lines)
