"""Volunteer-service certificates (志愿服务证明): numbered register, audited, PDF.

Every certificate printed takes the next number of the year (store-local) in the register
(CertificateIssue, a ledger table: gapless because it is max + 1 in the printing transaction,
which holds SQLite's write lock). The ID number is masked unless a manager asks for the full
number: then it is decrypted for this paper through personal_data.reveal_id_number, which
records the access (PIPL Art. 51) in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import CertificateIssue, User, Volunteer
from charitymart.domain.messages import translatable
from charitymart.reports.certificate import CertificateDocument, certificate_pdf
from charitymart.reports.letterhead import Organisation, StoreHeading
from charitymart.services import audit, clock, reporting
from charitymart.services.context import Actor, get_store, require_role, store_today
from charitymart.services.errors import ValidationError
from charitymart.services.people.personal_data import clean_text, reveal_id_number
from charitymart.services.reporting.volunteers import minutes_to_hours

PERSON_IN_CHARGE = "org_person_in_charge"  # key in store.extra: the store setting every public paper prints
OLD_PERSON_IN_CHARGE = "certificate_person_in_charge"  # where stores before the organisation block kept it


def _extra(store) -> dict:
    try:
        extra = json.loads(store.extra or "{}")
    except ValueError:
        return {}
    return extra if isinstance(extra, dict) else {}


def person_in_charge(session: Session) -> str:
    extra = _extra(get_store(session))
    return str(extra.get(PERSON_IN_CHARGE) or extra.get(OLD_PERSON_IN_CHARGE) or "")


def set_person_in_charge(session: Session, actor: Actor, name: str) -> None:
    """The person in charge printed on certificates (store setting; admin)."""
    require_role(actor, "admin", "changing the store's settings needs an admin")
    store = get_store(session)
    extra = _extra(store)
    extra[PERSON_IN_CHARGE] = clean_text(name, "person_in_charge", 100, label="person in charge")
    extra.pop(OLD_PERSON_IN_CHARGE, None)
    store.extra = json.dumps(extra, ensure_ascii=False)
    audit.record(session, actor.user_id, "store.settings", [store])


NO_PERSON_IN_CHARGE = translatable(
    "no person in charge is set: the certificate leaves that line blank to be signed by hand. Enter the name in "
    "the store settings (The organisation on public papers) or on the certificate page before printing.")
NO_PHONE = translatable("the store has no phone number: the certificate's contact line is left blank. Enter it in "
                        "the store settings.")


def certificate_warnings(session: Session) -> tuple[str, ...]:
    """What the manager is told before printing (English templates; the UI translates them)."""
    store = get_store(session)
    warnings = []
    if not person_in_charge(session):
        warnings.append(NO_PERSON_IN_CHARGE)
    if not (store.phone or "").strip():
        warnings.append(NO_PHONE)
    return tuple(warnings)


def _heading(session: Session) -> StoreHeading:
    """The store's letterhead and organisation block (the settings kept in store.extra)."""
    store = get_store(session)
    extra = _extra(store)
    organisation = Organisation(credit_code=str(extra.get("org_credit_code", "")),
                                registering_authority=str(extra.get("org_registering_authority", "")),
                                person_in_charge=person_in_charge(session),
                                complaint_phone=str(extra.get("org_complaint_phone", "")))
    return StoreHeading(name=store.name, address=store.address or "", phone=store.phone or "",
                        currency=store.currency or "CNY", organisation=organisation)


@dataclass(frozen=True)
class IssuedCertificate:
    number: str
    pdf: bytes
    hours: str


def issue_certificate(session: Session, actor: Actor, volunteer_code: str, first: date, last: date,
                      language: str, *, full_id: bool = False) -> IssuedCertificate:
    """Register and print a certificate of the volunteer's approved hours from first to last."""
    require_role(actor, "manager", "issuing a volunteer certificate needs a manager")
    data = reporting.certificate_data(session, actor, volunteer_code, first, last)
    if data.credited_minutes <= 0:
        raise ValidationError("{name} has no approved hours from {first} to {last}", field="volunteer",
                              name=data.name, first=first.isoformat(), last=last.isoformat())
    volunteer = session.scalar(select(Volunteer).where(Volunteer.code == data.volunteer_code))
    today = store_today(session)
    audit.take_turns(session)  # several PCs on a server: one certificate at a time reads the max
    seq = (session.scalar(select(func.max(CertificateIssue.seq)).where(CertificateIssue.year == today.year)) or 0) + 1
    number = f"{today.year}-{seq:04d}"
    id_number = data.id_masked
    if full_id:
        id_number = reveal_id_number(session, actor, "volunteer", volunteer.id, f"volunteer certificate {number}")
    row = CertificateIssue(year=today.year, seq=seq, number=number, volunteer_id=volunteer.id, first_day=first,
                           last_day=last, credited_minutes=data.credited_minutes, full_id_printed=full_id,
                           issued_by=actor.user_id, issued_at=clock.now())
    session.add(row)
    audit.record(session, actor.user_id, "certificate.issue", [row])
    store = get_store(session)
    pdf = certificate_pdf(CertificateDocument(
        number=number, issued_on=today, volunteer_name=data.name, volunteer_code=data.volunteer_code,
        id_type=data.id_type, id_number=id_number, first=first, last=last, hours=data.hours, entries=data.entries,
        services=data.services, issuer=data.issuer, person_in_charge=person_in_charge(session), handler=actor.name,
        address=store.address, phone=store.phone or "",
        service_hours=tuple((kind, text, minutes_to_hours(minutes)) for kind, text, minutes in data.service_minutes),
        heading=_heading(session)), language)
    return IssuedCertificate(number=number, pdf=pdf, hours=str(data.hours))


@dataclass(frozen=True)
class RegisterEntry:
    number: str
    volunteer_code: str
    volunteer_name: str
    first_day: date
    last_day: date
    hours: str
    full_id_printed: bool
    issued_by: str
    issued_on: date


def certificate_register(session: Session, actor: Actor, limit: int = 200) -> list[RegisterEntry]:
    """The register of certificates issued, newest first (no identity numbers; names volunteers: a manager's)."""
    require_role(actor, "manager", "the certificate register names volunteers: it needs a manager")
    tz = get_store(session).timezone
    rows = session.execute(
        select(CertificateIssue, Volunteer.code, Volunteer.name, User.name)
        .join(Volunteer, Volunteer.id == CertificateIssue.volunteer_id)
        .join(User, User.id == CertificateIssue.issued_by)
        .order_by(CertificateIssue.year.desc(), CertificateIssue.seq.desc()).limit(limit))
    return [RegisterEntry(number=row.number, volunteer_code=code, volunteer_name=name, first_day=row.first_day,
                          last_day=row.last_day, hours=str(minutes_to_hours(row.credited_minutes)),
                          full_id_printed=row.full_id_printed, issued_by=user_name,
                          issued_on=clock.local_date(row.issued_at, tz))
            for row, code, name, user_name in rows]
