"""Volunteers: register, edit, deactivate, find by card code, list; personal details audited.

Hours (clock in/out, manual entries, approval, time bank) are in `services.people.hours`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import ClockEvent, Volunteer
from charitymart.domain.identity import ID_TYPES
from charitymart.services import audit, clock
from charitymart.services.context import Actor, require_role, store_today
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.people.personal_data import (
    check_scan_code_free,
    clean_text,
    record_identity_access,
    require_purpose,
    seal_identity,
    store_identity,
)


@dataclass(frozen=True)
class VolunteerListing:
    """A row of the volunteer list or the counter's clock panel: no phone or identity number."""

    id: int
    code: str
    name: str
    joined_on: date
    active: bool
    on_duty: bool


@dataclass(frozen=True)
class VolunteerDetails:
    volunteer_id: int
    code: str
    name: str
    phone: str
    id_type: str
    id_masked: str
    joined_on: date


def _code(session: Session, code: str, exclude_id: int | None = None) -> str:
    code = clean_text(code, "code", 40, required=True, label="volunteer code")
    if any(ch.isspace() for ch in code):
        raise ValidationError("a volunteer code has no spaces", field="code")
    query = select(Volunteer.id).where(Volunteer.code == code)
    if exclude_id is not None:
        query = query.where(Volunteer.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError("volunteer code {code} is already used", field="code", code=code)
    check_scan_code_free(session, code, "code", kind="volunteer")
    return code


def get(session: Session, volunteer_id: int) -> Volunteer:
    vol = session.get(Volunteer, volunteer_id)
    if vol is None:
        raise NotFoundError("no such volunteer")
    return vol


def is_clocked_in(session: Session, volunteer_id: int) -> ClockEvent | None:
    """The open clock-in event, if the volunteer's last clock event is an 'in'."""
    last = session.scalar(
        select(ClockEvent).where(ClockEvent.volunteer_id == volunteer_id).order_by(ClockEvent.id.desc()).limit(1))
    return last if last is not None and last.kind == "in" else None


def open_clock_ins(session: Session) -> list[ClockEvent]:
    """Every volunteer's clock-in that has no clock-out yet (their latest event is an 'in')."""
    latest = select(func.max(ClockEvent.id)).group_by(ClockEvent.volunteer_id)
    return list(session.scalars(
        select(ClockEvent).where(ClockEvent.id.in_(latest), ClockEvent.kind == "in").order_by(ClockEvent.id)))


def register(session: Session, actor: Actor, *, code: str, name: str, phone: str = "", id_number: str = "",
             id_type: str = "resident_id") -> Volunteer:
    require_role(actor, "manager", "registering a volunteer needs a manager")
    code = _code(session, code)
    name = clean_text(name, "name", 100, required=True)
    phone = clean_text(phone, "phone", 50)
    if id_type not in ID_TYPES:
        raise ValidationError("ID type must be one of {choices}", field="id_type", choices=", ".join(ID_TYPES))
    sealed = seal_identity(session, Volunteer, id_number, id_type) if (id_number or "").strip() else None
    vol = Volunteer(code=code, name=name, phone=phone, joined_on=store_today(session), active=True,
                    created_at=clock.now(), id_type=id_type)
    store_identity(vol, sealed)
    session.add(vol)
    audit.record(session, actor.user_id, "volunteer.create", [vol])
    return vol


def update(session: Session, actor: Actor, volunteer_id: int, *, code: str | None = None, name: str | None = None,
           phone: str | None = None, id_number: str | None = None, id_type: str | None = None) -> Volunteer:
    """Edit (None = unchanged). An empty `id_number` removes the recorded number."""
    require_role(actor, "manager", "editing a volunteer needs a manager")
    vol = get(session, volunteer_id)
    changes = {}
    if code is not None:
        changes["code"] = _code(session, code, exclude_id=vol.id)
    if name is not None:
        changes["name"] = clean_text(name, "name", 100, required=True)
    if phone is not None:
        changes["phone"] = clean_text(phone, "phone", 50)
    if id_type is not None and id_number is None:
        raise ValidationError("enter the ID number again to change its type", field="id_number")
    for key, value in changes.items():
        setattr(vol, key, value)
    if id_number is not None:
        if id_number.strip():
            store_identity(vol, seal_identity(session, Volunteer, id_number, id_type or vol.id_type,
                                              exclude_id=vol.id))
        else:
            store_identity(vol, None)
    audit.record(session, actor.user_id, "volunteer.update", [vol])
    return vol


def set_active(session: Session, actor: Actor, volunteer_id: int, active: bool) -> Volunteer:
    require_role(actor, "manager", "deactivating or reactivating a volunteer needs a manager")
    vol = get(session, volunteer_id)
    if not active and is_clocked_in(session, vol.id) is not None:
        raise ValidationError("{name} is clocked in: clock them out first", name=vol.name)
    vol.active = active
    audit.record(session, actor.user_id, "volunteer.reactivate" if active else "volunteer.deactivate", [vol])
    return vol


def deactivate(session: Session, actor: Actor, volunteer_id: int) -> Volunteer:
    return set_active(session, actor, volunteer_id, False)


def reactivate(session: Session, actor: Actor, volunteer_id: int) -> Volunteer:
    return set_active(session, actor, volunteer_id, True)


def find_by_code(session: Session, code: str) -> Volunteer | None:
    """The volunteer with this card code, active or not (callers say why an inactive card is refused)."""
    code = (code or "").strip()
    if not code:
        return None
    return session.scalar(select(Volunteer).where(Volunteer.code == code))


def list_volunteers(session: Session, *, search: str = "", active: bool | None = True,
                    limit: int = 200, offset: int = 0) -> list[VolunteerListing]:
    """By code (prefix) or name (contains). Any user: the counter picks a name to clock in."""
    query = select(Volunteer)
    term = (search or "").strip()
    if term:
        query = query.where(Volunteer.code.startswith(term, autoescape=True)
                            | Volunteer.name.contains(term, autoescape=True))
    if active is not None:
        query = query.where(Volunteer.active.is_(active))
    rows = list(session.scalars(query.order_by(Volunteer.code).limit(limit).offset(offset)))
    on_duty = {event.volunteer_id for event in open_clock_ins(session)}
    return [
        VolunteerListing(id=v.id, code=v.code, name=v.name, joined_on=v.joined_on, active=v.active,
                         on_duty=v.id in on_duty)
        for v in rows
    ]


def personal_details(session: Session, actor: Actor, volunteer_id: int, purpose: str) -> VolunteerDetails:
    """Phone and masked ID: manager or admin only; every view is recorded."""
    require_role(actor, "manager", "seeing a volunteer's personal details needs a manager")
    purpose = require_purpose(purpose)
    vol = get(session, volunteer_id)
    access = record_identity_access(session, actor, Volunteer.__tablename__, vol.id, "view", purpose)
    audit.record(session, actor.user_id, "volunteer.view_personal", [access])
    return VolunteerDetails(volunteer_id=vol.id, code=vol.code, name=vol.name, phone=vol.phone,
                            id_type=vol.id_type, id_masked=vol.id_masked, joined_on=vol.joined_on)
