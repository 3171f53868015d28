"""Volunteer hours: month figures for the public report, the hours report and certificate data.

Hours are the minutes a manager credited (WorkDecision "approved", after rounding and the
daily cap), counted on the entry's work date (a store-local date). Minutes stay integers;
`hours` properties give exact Decimal hours for display.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    UNSPECIFIED_CATEGORY,
    Correction,
    CorrectionCategory,
    Volunteer,
    WorkDecision,
    WorkEntry,
)
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.reporting.common import Period, in_range

APPROVED = "approved"


def minutes_to_hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class VolunteerFigures:
    headcount: int  # volunteers with credited time in the month
    credited_minutes: int
    entries: int  # approved entries

    @property
    def hours(self) -> Decimal:
        return minutes_to_hours(self.credited_minutes)


def _dated(first: date, last: date):
    return (WorkEntry.work_date >= first, WorkEntry.work_date <= last)


def _is_correction():
    """The decision (WorkDecision in the query) was an approval entered as a correction of a
    published month (services.reporting.closing): the published figures leave it out."""
    return exists().where(Correction.table_name == WorkDecision.__tablename__, Correction.row_id == WorkDecision.id)


def volunteer_figures(session: Session, period: Period) -> VolunteerFigures:
    headcount, minutes, entries = session.execute(
        select(func.count(func.distinct(case((WorkDecision.credited_minutes > 0, WorkEntry.volunteer_id)))),
               func.coalesce(func.sum(WorkDecision.credited_minutes), 0), func.count(WorkDecision.id))
        .join(WorkDecision, WorkDecision.entry_id == WorkEntry.id)
        .where(*_dated(period.first, period.last), WorkDecision.decision == APPROVED, ~_is_correction())
    ).one()
    return VolunteerFigures(headcount=headcount or 0, credited_minutes=minutes or 0, entries=entries or 0)


@dataclass(frozen=True)
class HoursCorrectionNote:
    """Hours dated in a published month, approved this month as a correction. Public: no name."""

    work_date: date
    credited_minutes: int
    category: str  # of the reason (CORRECTION_CATEGORIES or "unspecified"); the reason itself stays internal

    @property
    def hours(self) -> Decimal:
        return minutes_to_hours(self.credited_minutes)


def _hours_corrections(period: Period, *columns):
    return (
        select(*columns).select_from(Correction)
        .outerjoin(CorrectionCategory, and_(CorrectionCategory.table_name == Correction.__tablename__,
                                            CorrectionCategory.row_id == Correction.id))
        .join(WorkDecision, and_(Correction.table_name == WorkDecision.__tablename__,
                                 Correction.row_id == WorkDecision.id))
        .join(WorkEntry, WorkEntry.id == WorkDecision.entry_id)
        .where(in_range(Correction.created_at, period.start_utc, period.end_utc), WorkEntry.work_date < period.first)
        .order_by(WorkEntry.work_date, Correction.id)
    )


def hours_correction_reasons(session: Session, period: Period) -> list[str]:
    """Internal only (the legacy figures hash): the reasons, in hours_corrections_entered's order."""
    return list(session.scalars(_hours_corrections(period, Correction.reason)))


def hours_corrections_entered(session: Session, period: Period) -> tuple[HoursCorrectionNote, ...]:
    rows = session.execute(_hours_corrections(
        period, WorkEntry.work_date, WorkDecision.credited_minutes,
        func.coalesce(CorrectionCategory.category, UNSPECIFIED_CATEGORY)))
    return tuple(HoursCorrectionNote(*row) for row in rows)


@dataclass(frozen=True)
class VolunteerHours:
    code: str
    name: str
    credited_minutes: int
    approved_entries: int
    rejected_entries: int
    pending_entries: int  # entered, not yet decided

    @property
    def hours(self) -> Decimal:
        return minutes_to_hours(self.credited_minutes)


@dataclass(frozen=True)
class HoursReport:
    first: date
    last: date
    volunteers: tuple[VolunteerHours, ...]  # everyone with an entry in the range, by code
    credited_minutes: int

    @property
    def hours(self) -> Decimal:
        return minutes_to_hours(self.credited_minutes)


def hours_report(session: Session, actor: Actor, first_date: date, last_date: date) -> HoursReport:
    require_role(actor, "manager", "the hours report names volunteers: it needs a manager")
    if last_date < first_date:
        raise ValidationError("the end date is before the start date", field="to")
    approved = WorkDecision.decision == APPROVED
    rows = session.execute(
        select(Volunteer.code, Volunteer.name,
               func.coalesce(func.sum(case((approved, WorkDecision.credited_minutes), else_=0)), 0),
               func.count(case((approved, 1))),
               func.count(case((WorkDecision.decision == "rejected", 1))),
               func.count(case((WorkDecision.id.is_(None), 1))))
        .select_from(WorkEntry)
        .join(Volunteer, Volunteer.id == WorkEntry.volunteer_id)
        .outerjoin(WorkDecision, WorkDecision.entry_id == WorkEntry.id)
        .where(*_dated(first_date, last_date))
        .group_by(Volunteer.id, Volunteer.code, Volunteer.name)
        .order_by(Volunteer.code)
    ).all()
    volunteers = tuple(VolunteerHours(*row) for row in rows)
    return HoursReport(first=first_date, last=last_date, volunteers=volunteers,
                       credited_minutes=sum(v.credited_minutes for v in volunteers))


@dataclass(frozen=True)
class CertificateData:
    """What a 志愿服务证明 prints. The ID is masked; printing the full number is a separate,
    audited decryption by a manager (services.people.identity_vault), never done by a report query."""

    volunteer_code: str
    name: str
    id_type: str
    id_masked: str
    first: date
    last: date
    credited_minutes: int
    entries: int
    first_service: date | None
    last_service: date | None
    services: tuple[str, ...]  # distinct descriptions of the approved entries, first seen first
    issuer: str  # the store's name
    # Every approved minute by activity: (kind, description, minutes); kind is "described" (the
    # entry's description), "counter" (clocked in at the till, no description) or "other".
    service_minutes: tuple[tuple[str, str, int], ...] = ()

    @property
    def hours(self) -> Decimal:
        return minutes_to_hours(self.credited_minutes)


def certificate_data(session: Session, actor: Actor, volunteer_code: str, first: date, last: date) -> CertificateData:
    require_role(actor, "manager", "issuing a volunteer certificate needs a manager")
    if last < first:
        raise ValidationError("the end date is before the start date", field="to")
    volunteer = session.scalar(select(Volunteer).where(Volunteer.code == volunteer_code))
    if volunteer is None:
        raise NotFoundError("no volunteer with code {code}", field="volunteer", code=volunteer_code)
    approved = (WorkEntry.volunteer_id == volunteer.id, *_dated(first, last), WorkDecision.decision == APPROVED,
                WorkDecision.credited_minutes > 0)
    minutes, entries, first_day, last_day = session.execute(
        select(func.coalesce(func.sum(WorkDecision.credited_minutes), 0), func.count(),
               func.min(WorkEntry.work_date), func.max(WorkEntry.work_date))
        .join(WorkDecision, WorkDecision.entry_id == WorkEntry.id).where(*approved)
    ).one()
    descriptions = session.execute(
        select(WorkEntry.description, func.min(WorkEntry.work_date).label("since"))
        .join(WorkDecision, WorkDecision.entry_id == WorkEntry.id)
        .where(*approved, WorkEntry.description != "")
        .group_by(WorkEntry.description).order_by("since", WorkEntry.description)
    ).scalars().all()
    return CertificateData(
        volunteer_code=volunteer.code, name=volunteer.name, id_type=volunteer.id_type,
        id_masked=volunteer.id_masked, first=first, last=last, credited_minutes=minutes or 0,
        entries=entries or 0, first_service=first_day, last_service=last_day,
        services=tuple(d.strip() for d in descriptions), issuer=get_store(session).name,
        service_minutes=_service_minutes(session, approved),
    )


def _service_minutes(session: Session, approved) -> tuple[tuple[str, str, int], ...]:
    """All approved minutes by activity, most hours first: each description on its own, entries
    without one as counter service (clocked at the till) or other service (entered by hand)."""
    totals: dict[tuple[str, str], int] = {}
    for source, description, credited in session.execute(
        select(WorkEntry.source, WorkEntry.description, func.sum(WorkDecision.credited_minutes))
        .join(WorkDecision, WorkDecision.entry_id == WorkEntry.id).where(*approved)
        .group_by(WorkEntry.source, WorkEntry.description)
    ):
        text = (description or "").strip()
        key = ("described", text) if text else (("counter", "") if source == "clock" else ("other", ""))
        totals[key] = totals.get(key, 0) + int(credited or 0)
    return tuple((kind, text, minutes) for (kind, text), minutes
                 in sorted(totals.items(), key=lambda item: (-item[1], item[0])))
