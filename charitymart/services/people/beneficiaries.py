"""Beneficiary households (受助家庭): register, edit, renew, deactivate; allowance balance and
history; personal details behind a role check, every view audited; erasure after retention.

Identity numbers are sealed (encrypted, keyed hash, masked) by `identity_vault`; the helpers
shared helpers live in `personal_data`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    AllowanceEntry,
    Beneficiary,
    BeneficiaryCategory,
    Sale,
)
from charitymart.domain.periods import PERIODS, period_start
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role, store_today
from charitymart.services.errors import AllowanceError, NotFoundError, ValidationError
from charitymart.services.people import allowance
from charitymart.services.people.personal_data import (  # noqa: F401  (reveal_id_number is part of this API)
    check_scan_code_free,
    clean_int,
    clean_text,
    record_identity_access,
    require_purpose,
    reveal_id_number,
    seal_identity,
    store_identity,
)

MAX_HOUSEHOLD_SIZE = 50
MAX_ALLOWANCE_FEN = 10_000_000  # ¥100,000 a period: anything above is a typing slip
KEEP: Any = object()  # "leave unchanged" for arguments where None is a meaningful value


@dataclass(frozen=True)
class BeneficiaryListing:
    """One row of the household list: no identity number, phone or address."""

    id: int
    card_number: str
    name: str
    category: str
    household_size: int
    allowance_amount: int
    period: str
    carry_over: bool
    visit_limit: int | None
    valid_until: date
    active: bool
    erased: bool


@dataclass(frozen=True)
class AllowanceSummary:
    beneficiary_id: int
    card_number: str
    status: allowance.AllowanceStatus
    valid_until: date
    active: bool
    card_problem: str | None  # why the card can't be used today, or None
    card_error: AllowanceError | None = None  # the same as an error, for the UI to translate

    @property
    def usable(self) -> bool:
        return self.card_problem is None


@dataclass(frozen=True)
class HistoryLine:
    entry_id: int
    period_start: date
    kind: str  # grant | use | refund | void
    amount: int  # fen: + granted or credited back, - spent
    period_balance: int  # what was left in that period after this entry
    day: date  # store-local date of the sale if any, else of the entry
    created_at: datetime
    receipt_number: str | None
    sale_id: int | None
    note: str


@dataclass(frozen=True)
class PersonalDetails:
    beneficiary_id: int
    card_number: str
    name: str
    phone: str
    address: str
    household_size: int
    id_type: str
    id_masked: str
    notes: str


# ----- validation of household fields -----

def _card_number(session: Session, card: str, exclude_id: int | None = None) -> str:
    card = clean_text(card, "card_number", 40, required=True, label="card number")
    if any(ch.isspace() for ch in card):
        raise ValidationError("a card number has no spaces", field="card_number")
    query = select(Beneficiary.id).where(Beneficiary.card_number == card)
    if exclude_id is not None:
        query = query.where(Beneficiary.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError("card number {card} is already registered", field="card_number", card=card)
    check_scan_code_free(session, card, "card_number", kind="household")
    return card


def _category_id(session: Session, name: str) -> int:
    name = (name or "").strip()
    found = session.scalar(select(BeneficiaryCategory.id).where(
        (BeneficiaryCategory.name == name) | (BeneficiaryCategory.name_en == name),
        BeneficiaryCategory.active.is_(True)))
    if found is None:
        raise ValidationError("unknown household category {category}", field="category", category=repr(name))
    return found


def _valid_until(session: Session, value) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError("valid until must be a date", field="valid_until")
    if value < store_today(session):
        raise ValidationError("valid until is in the past", field="valid_until")
    return value


def _rule(amount, period, carry_over, visit_limit) -> None:
    clean_int(amount, "allowance_amount", 0, MAX_ALLOWANCE_FEN, "the allowance amount")
    if period not in PERIODS:
        raise ValidationError("period must be one of {choices}", field="period", choices=", ".join(PERIODS))
    if not isinstance(carry_over, bool):
        raise ValidationError("carry-over must be yes or no", field="carry_over")
    if visit_limit is not None:
        clean_int(visit_limit, "visit_limit", 1, 1000, "the visit limit")


def _get(session: Session, beneficiary_id: int) -> Beneficiary:
    ben = session.get(Beneficiary, beneficiary_id)
    if ben is None:
        raise NotFoundError("no such household")
    return ben


def _is_erased(ben: Beneficiary) -> bool:
    return not ben.name  # register and update never allow an empty name


def _editable(session: Session, beneficiary_id: int) -> Beneficiary:
    ben = _get(session, beneficiary_id)
    if _is_erased(ben):
        raise ValidationError("this household's personal data was erased; register it again instead")
    return ben


# ----- use cases -----

def register(session: Session, actor: Actor, *, card_number: str, name: str, category: str, id_number: str,
             id_type: str = "resident_id", household_size: int, allowance_amount: int, period: str,
             valid_until: date, carry_over: bool = False, visit_limit: int | None = None,
             phone: str = "", address: str = "") -> Beneficiary:
    require_role(actor, "manager", "registering a household needs a manager")
    card = _card_number(session, card_number)
    name = clean_text(name, "name", 100, required=True)
    category_id = _category_id(session, category)
    size = clean_int(household_size, "household_size", 1, MAX_HOUSEHOLD_SIZE, "household size")
    _rule(allowance_amount, period, carry_over, visit_limit)
    until = _valid_until(session, valid_until)
    phone = clean_text(phone, "phone", 50)
    address = clean_text(address, "address", 300)
    sealed = seal_identity(session, Beneficiary, id_number, id_type)
    ben = Beneficiary(
        card_number=card, name=name, category_id=category_id, household_size=size, phone=phone,
        address=address, allowance_amount=allowance_amount, period=period, carry_over=carry_over,
        visit_limit=visit_limit, valid_until=until, registered_on=store_today(session), active=True,
        notes="", created_at=clock.now(),
    )
    store_identity(ben, sealed)
    session.add(ben)
    audit.record(session, actor.user_id, "beneficiary.create", [ben])
    return ben


def update(session: Session, actor: Actor, beneficiary_id: int, *, card_number: str | None = None,
           name: str | None = None, category: str | None = None, household_size: int | None = None,
           phone: str | None = None, address: str | None = None, notes: str | None = None,
           id_number: str | None = None, id_type: str | None = None) -> Beneficiary:
    """Edit the household's details (None = unchanged). The allowance rule changes through `renew`."""
    require_role(actor, "manager", "editing a household needs a manager")
    ben = _editable(session, beneficiary_id)
    changes: dict[str, Any] = {}
    if card_number is not None:
        changes["card_number"] = _card_number(session, card_number, exclude_id=ben.id)
    if name is not None:
        changes["name"] = clean_text(name, "name", 100, required=True)
    if category is not None:
        changes["category_id"] = _category_id(session, category)
    if household_size is not None:
        changes["household_size"] = clean_int(household_size, "household_size", 1, MAX_HOUSEHOLD_SIZE,
                                              "household size")
    if phone is not None:
        changes["phone"] = clean_text(phone, "phone", 50)
    if address is not None:
        changes["address"] = clean_text(address, "address", 300)
    if notes is not None:
        changes["notes"] = clean_text(notes, "notes", 2000)
    sealed = None
    if id_number is not None or id_type is not None:
        if id_number is None:
            raise ValidationError("enter the ID number again to change its type", field="id_number")
        sealed = seal_identity(session, Beneficiary, id_number, id_type or ben.id_type, exclude_id=ben.id)
    for key, value in changes.items():
        setattr(ben, key, value)
    if sealed is not None:
        store_identity(ben, sealed)
    audit.record(session, actor.user_id, "beneficiary.update", [ben])
    return ben


def renew(session: Session, actor: Actor, beneficiary_id: int, valid_until: date, *,
          allowance_amount: int | None = None, period: str | None = None, carry_over: bool | None = None,
          visit_limit: Any = KEEP) -> Beneficiary:
    """Extend the card; optionally change the allowance rule (None / KEEP = unchanged).

    A new amount or carry-over applies from the current period, unless the household has
    already used allowance in it (its grant is then written), in which case from the next one:
    grants of past periods are written first under the old rule, so a change is never
    retroactive. A visit limit applies at once. The period can only change before any
    allowance has been granted (the ledger's periods would no longer line up); it then counts
    as a correction of the registration, as if the new rule had applied from the start.
    """
    require_role(actor, "manager", "renewing a household card needs a manager")
    ben = _editable(session, beneficiary_id)
    until = _valid_until(session, valid_until)
    new_amount = ben.allowance_amount if allowance_amount is None else allowance_amount
    new_period = ben.period if period is None else period
    new_carry = ben.carry_over if carry_over is None else carry_over
    new_limit = ben.visit_limit if visit_limit is KEEP else visit_limit
    _rule(new_amount, new_period, new_carry, new_limit)
    has_ledger = session.scalar(
        select(AllowanceEntry.id).where(AllowanceEntry.beneficiary_id == ben.id).limit(1)) is not None
    if new_period != ben.period and has_ledger:
        raise ValidationError(
            "the allowance period can't change once allowance has been granted; change the amount instead",
            field="period")
    rows: list = []
    if (new_amount, new_carry) != (ben.allowance_amount, ben.carry_over):
        # Freeze the past periods under the old rule before it changes (they are derived lazily).
        before_current = period_start(store_today(session), ben.period) - timedelta(days=1)
        rows = allowance.ensure_grants(session, ben, before_current, actor.user_id)
    ben.valid_until, ben.allowance_amount, ben.period = until, new_amount, new_period
    ben.carry_over, ben.visit_limit = new_carry, new_limit
    audit.record(session, actor.user_id, "beneficiary.renew", [ben, *rows])
    return ben


def set_active(session: Session, actor: Actor, beneficiary_id: int, active: bool) -> Beneficiary:
    require_role(actor, "manager", "deactivating or reactivating a household needs a manager")
    ben = _editable(session, beneficiary_id) if active else _get(session, beneficiary_id)
    ben.active = active
    audit.record(session, actor.user_id, "beneficiary.reactivate" if active else "beneficiary.deactivate", [ben])
    return ben


def deactivate(session: Session, actor: Actor, beneficiary_id: int) -> Beneficiary:
    return set_active(session, actor, beneficiary_id, False)


def reactivate(session: Session, actor: Actor, beneficiary_id: int) -> Beneficiary:
    return set_active(session, actor, beneficiary_id, True)


def find_by_card(session: Session, card_number: str) -> Beneficiary | None:
    """The household with this card (active or not: the counter explains why a card can't be used)."""
    card = (card_number or "").strip()
    if not card:
        return None
    return session.scalar(select(Beneficiary).where(Beneficiary.card_number == card))


def category_names(session: Session, category_id: int) -> tuple[str, str]:
    """(Chinese name, English name) of a household category, e.g. for the counter's card view."""
    category = session.get(BeneficiaryCategory, category_id)
    return (category.name, category.name_en) if category is not None else ("", "")


def allowance_summary(session: Session, beneficiary_id: int) -> AllowanceSummary:
    """This period's allowance (reading writes nothing) and whether the card can be used today."""
    ben = _get(session, beneficiary_id)
    today = store_today(session)
    try:
        allowance.check_card(ben, today)
        problem, error = None, None
    except AllowanceError as exc:
        problem, error = exc.message, exc
    return AllowanceSummary(
        beneficiary_id=ben.id, card_number=ben.card_number, status=allowance.status(session, ben, today),
        valid_until=ben.valid_until, active=ben.active, card_problem=problem, card_error=error,
    )


def history(session: Session, actor: Actor, beneficiary_id: int) -> list[HistoryLine]:
    """Every allowance ledger entry, period by period, with the sale's receipt number and date."""
    require_role(actor, "manager", "seeing a household's allowance history needs a manager")
    ben = _get(session, beneficiary_id)
    tz = get_store(session).timezone
    rows = session.execute(
        select(AllowanceEntry, Sale.receipt_number, Sale.created_at)
        .outerjoin(Sale, Sale.id == AllowanceEntry.sale_id)
        .where(AllowanceEntry.beneficiary_id == ben.id)
        .order_by(AllowanceEntry.period_start, AllowanceEntry.id)
    ).all()
    lines: list[HistoryLine] = []
    balances: dict[date, int] = {}
    for entry, receipt, sold_at in rows:
        balances[entry.period_start] = balances.get(entry.period_start, 0) + entry.amount
        lines.append(HistoryLine(
            entry_id=entry.id, period_start=entry.period_start, kind=entry.kind, amount=entry.amount,
            period_balance=balances[entry.period_start],
            day=clock.local_date(sold_at or entry.created_at, tz), created_at=entry.created_at,
            receipt_number=receipt, sale_id=entry.sale_id, note=entry.note,
        ))
    return lines


def list_beneficiaries(session: Session, actor: Actor, *, search: str = "", category: str | None = None,
                       active: bool | None = None, limit: int = 200, offset: int = 0) -> list[BeneficiaryListing]:
    """Households by card number (prefix) or name (contains); manager, as names are personal data."""
    require_role(actor, "manager", "listing households needs a manager")
    query = select(Beneficiary, BeneficiaryCategory.name).join(
        BeneficiaryCategory, BeneficiaryCategory.id == Beneficiary.category_id)
    term = (search or "").strip()
    if term:
        query = query.where(Beneficiary.card_number.startswith(term, autoescape=True)
                            | Beneficiary.name.contains(term, autoescape=True))
    if category:
        query = query.where((BeneficiaryCategory.name == category) | (BeneficiaryCategory.name_en == category))
    if active is not None:
        query = query.where(Beneficiary.active.is_(active))
    query = query.order_by(Beneficiary.card_number).limit(limit).offset(offset)
    return [
        BeneficiaryListing(
            id=ben.id, card_number=ben.card_number, name=ben.name, category=cat, household_size=ben.household_size,
            allowance_amount=ben.allowance_amount, period=ben.period, carry_over=ben.carry_over,
            visit_limit=ben.visit_limit, valid_until=ben.valid_until, active=ben.active, erased=_is_erased(ben),
        )
        for ben, cat in session.execute(query)
    ]


def personal_details(session: Session, actor: Actor, beneficiary_id: int, purpose: str) -> PersonalDetails:
    """Name, phone, address and masked ID: manager or admin only, and every view is recorded."""
    require_role(actor, "manager", "seeing a household's personal details needs a manager")
    purpose = require_purpose(purpose)
    ben = _get(session, beneficiary_id)
    access = record_identity_access(session, actor, Beneficiary.__tablename__, ben.id, "view", purpose)
    audit.record(session, actor.user_id, "beneficiary.view_personal", [access])
    return PersonalDetails(
        beneficiary_id=ben.id, card_number=ben.card_number, name=ben.name, phone=ben.phone, address=ben.address,
        household_size=ben.household_size, id_type=ben.id_type, id_masked=ben.id_masked, notes=ben.notes,
    )


def erase_personal_data(session: Session, actor: Actor, beneficiary_id: int,
                        purpose: str = "retention period ended") -> Beneficiary:
    """PIPL Art. 19/47: blank name, contact and ID; keep card number, category, size and ledger.

    The audit chain holds keys and hashes, never this data, so it stays checkable.
    """
    require_role(actor, "admin", "erasing a household's personal data needs an admin")
    ben = _get(session, beneficiary_id)
    if _is_erased(ben):
        raise ValidationError("this household's personal data has already been erased")
    if ben.active:
        raise ValidationError("deactivate the household before erasing its personal data", field="active")
    ben.name = ben.phone = ben.address = ben.notes = ""
    store_identity(ben, None)
    access = record_identity_access(session, actor, Beneficiary.__tablename__, ben.id, "erase",
                                    require_purpose(purpose))
    audit.record(session, actor.user_id, "beneficiary.erase", [ben, access])
    return ben
