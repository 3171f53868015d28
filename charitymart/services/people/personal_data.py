"""Helpers shared by households and volunteers: sealing identity numbers, logging who saw
personal data (PIPL Art. 51), revealing a full number for a paper that needs it, field checks.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Barcode, Beneficiary, IdentityAccess, Volunteer
from charitymart.domain.identity import ID_TYPES, IdentityNumberError
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import Message, NotFoundError, ValidationError
from charitymart.services.people import identity_vault

IDENTITY_SUBJECTS = {"beneficiary": Beneficiary, "volunteer": Volunteer}


def seal_identity(session: Session, model: type, number: str, id_type: str,
                  *, exclude_id: int | None = None) -> identity_vault.SealedIdentity:
    """Validate, seal and refuse a number already held by another row of `model`."""
    if id_type not in ID_TYPES:
        raise ValidationError("ID type must be one of {choices}", field="id_type", choices=", ".join(ID_TYPES))
    try:
        sealed = identity_vault.seal(get_store(session).uuid, number, id_type)
    except IdentityNumberError as exc:
        raise ValidationError("ID number: {reason}", field="id_number",
                              reason=Message(exc.template, **exc.params)) from exc
    query = select(model.id).where(model.id_hmac == sealed.keyed_hash)
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError("someone is already registered with that ID number", field="id_number")
    return sealed


def store_identity(row, sealed: identity_vault.SealedIdentity | None) -> None:
    row.id_type = sealed.id_type if sealed else row.id_type
    row.id_cipher = sealed.cipher if sealed else ""
    row.id_hmac = sealed.keyed_hash if sealed else ""
    row.id_masked = sealed.masked if sealed else ""


def record_identity_access(session: Session, actor: Actor, subject_table: str, subject_id: int,
                           action: str, purpose: str) -> IdentityAccess:
    row = IdentityAccess(subject_table=subject_table, subject_id=subject_id, action=action,
                         purpose=purpose[:200], user_id=actor.user_id, created_at=clock.now())
    session.add(row)
    return row


def require_purpose(purpose: str) -> str:
    # PIPL Art. 28: sensitive data only for a specific purpose, so the purpose is recorded.
    purpose = (purpose or "").strip()
    if not purpose:
        raise ValidationError("say why you need these personal details", field="purpose")
    return purpose


def reveal_id_number(session: Session, actor: Actor, subject: str, subject_id: int, purpose: str) -> str:
    """The full identity number of a household or volunteer (e.g. for a 志愿服务证明). Manager; audited."""
    require_role(actor, "manager", "seeing a full ID number needs a manager")
    model = IDENTITY_SUBJECTS.get(subject)
    if model is None:
        raise ValidationError("subject must be one of {choices}", field="subject",
                              choices=", ".join(IDENTITY_SUBJECTS))
    purpose = require_purpose(purpose)
    row = session.get(model, subject_id)
    if row is None:
        raise NotFoundError("no such beneficiary" if subject == "beneficiary" else "no such volunteer")
    if not row.id_cipher:
        raise NotFoundError("no ID number is recorded for this person", field="id_number")
    number = identity_vault.unseal(get_store(session).uuid, row.id_cipher)
    access = record_identity_access(session, actor, model.__tablename__, subject_id, "decrypt", purpose)
    audit.record(session, actor.user_id, "identity.decrypt", [access])
    return number


def check_scan_code_free(session: Session, code: str, field: str, *, kind: str) -> None:
    """The counter's scan field resolves one code to one thing: refuse a code that an item or
    the other kind of card (`kind` is "household" or "volunteer") already uses."""
    if session.scalar(select(Barcode.id).where(Barcode.code == code)) is not None:
        raise ValidationError("{code} is already an item barcode", field=field, code=code)
    if kind == "household" and session.scalar(select(Volunteer.id).where(Volunteer.code == code)) is not None:
        raise ValidationError("{code} is already a volunteer card", field=field, code=code)
    if kind == "volunteer" and session.scalar(
            select(Beneficiary.id).where(Beneficiary.card_number == code)) is not None:
        raise ValidationError("{code} is already a household card", field=field, code=code)


def clean_text(value: str, field: str, max_len: int, *, required: bool = False, label: str = "") -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError("{label} is required", field=field, label=label or field)
    if len(value) > max_len:
        raise ValidationError("{label} is at most {max_length} characters", field=field, label=label or field,
                              max_length=max_len)
    return value


def clean_int(value, field: str, low: int, high: int, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("{label} must be a whole number", field=field, label=label)
    if not low <= value <= high:
        raise ValidationError("{label} must be between {low} and {high}", field=field, label=label, low=low, high=high)
    return value
