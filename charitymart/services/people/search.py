"""Finding households and volunteers in the back office: by card or code, name, or pinyin.

A manager types what they remember: the card number, part of the name, or its pinyin or
initials (`zs` finds 张三). Names have no pinyin column (people are erasable personal data,
not catalogue items), so the match on pinyin is made here in Python over the rows the other
filters leave; a store has hundreds or a few thousand households, and the page runs this off
the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import AllowanceEntry, Beneficiary, BeneficiaryCategory, Volunteer
from charitymart.domain.pinyin import name_keys
from charitymart.services.context import Actor, require_role, store_today
from charitymart.services.errors import ValidationError
from charitymart.services.people.beneficiaries import BeneficiaryListing, _get, _is_erased
from charitymart.services.people.volunteers import VolunteerListing, open_clock_ins

# Which households the list shows: "current" = active and not expired; "expired" = active but
# past its valid-until date (due for renewal); "inactive" = deactivated; "all".
HOUSEHOLD_STATES = ("current", "expired", "inactive", "all")
MAX_ROWS = 500


@dataclass(frozen=True)
class CategoryOption:
    name: str  # the stored (Chinese) name, what services take
    name_en: str


def household_categories(session: Session) -> list[CategoryOption]:
    """The active household categories, in the order they were set up."""
    rows = session.scalars(select(BeneficiaryCategory).where(BeneficiaryCategory.active.is_(True))
                           .order_by(BeneficiaryCategory.id))
    return [CategoryOption(name=c.name, name_en=c.name_en) for c in rows]


def _matches(term: str, code: str, name: str) -> bool:
    """Code by prefix, name by part, or the name's pinyin / initials by prefix (lower case)."""
    if not term:
        return True
    lowered = term.lower()
    if code.lower().startswith(lowered) or lowered in name.lower():
        return True
    if not lowered.isascii() or not name:
        return False
    pinyin, initials = name_keys(name)
    squeezed = lowered.replace(" ", "")
    return pinyin.startswith(squeezed) or initials.startswith(squeezed)


def search_households(session: Session, actor: Actor, *, text: str = "", category: str = "",
                      state: str = "current", limit: int = MAX_ROWS) -> list[BeneficiaryListing]:
    """Households matching `text` (card, name, pinyin) in `category` (empty = any) and `state`."""
    require_role(actor, "manager", "listing households needs a manager")
    if state not in HOUSEHOLD_STATES:
        raise ValidationError("state must be one of {choices}", field="state", choices=", ".join(HOUSEHOLD_STATES))
    today = store_today(session)
    query = select(Beneficiary, BeneficiaryCategory).join(
        BeneficiaryCategory, BeneficiaryCategory.id == Beneficiary.category_id)
    if category:
        query = query.where((BeneficiaryCategory.name == category) | (BeneficiaryCategory.name_en == category))
    if state == "current":
        query = query.where(Beneficiary.active.is_(True), Beneficiary.valid_until >= today)
    elif state == "expired":
        query = query.where(Beneficiary.active.is_(True), Beneficiary.valid_until < today)
    elif state == "inactive":
        query = query.where(Beneficiary.active.is_(False))
    term = (text or "").strip()
    found: list[BeneficiaryListing] = []
    for ben, cat in session.execute(query.order_by(Beneficiary.card_number)):
        if not _matches(term, ben.card_number, ben.name):
            continue
        found.append(BeneficiaryListing(
            id=ben.id, card_number=ben.card_number, name=ben.name, category=cat.name,
            household_size=ben.household_size, allowance_amount=ben.allowance_amount, period=ben.period,
            carry_over=ben.carry_over, visit_limit=ben.visit_limit, valid_until=ben.valid_until,
            active=ben.active, erased=_is_erased(ben)))
        if len(found) >= limit:
            break
    return found


@dataclass(frozen=True)
class HouseholdFacts:
    """What the edit and renew forms start from (no phone, address or ID: see personal_details)."""

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
    has_allowance_ledger: bool


def household_facts(session: Session, actor: Actor, beneficiary_id: int) -> HouseholdFacts:
    require_role(actor, "manager", "listing households needs a manager")
    ben = _get(session, beneficiary_id)
    category = session.get(BeneficiaryCategory, ben.category_id)
    has_ledger = session.scalar(
        select(AllowanceEntry.id).where(AllowanceEntry.beneficiary_id == ben.id).limit(1)) is not None
    return HouseholdFacts(
        id=ben.id, card_number=ben.card_number, name=ben.name, category=category.name if category else "",
        household_size=ben.household_size, allowance_amount=ben.allowance_amount, period=ben.period,
        carry_over=ben.carry_over, visit_limit=ben.visit_limit, valid_until=ben.valid_until, active=ben.active,
        erased=_is_erased(ben), has_allowance_ledger=has_ledger)


def search_volunteers(session: Session, *, text: str = "", active: bool | None = True,
                      limit: int = MAX_ROWS) -> list[VolunteerListing]:
    """Volunteers matching `text` (code, name, pinyin); any user (the counter picks a name to clock in)."""
    query = select(Volunteer)
    if active is not None:
        query = query.where(Volunteer.active.is_(active))
    term = (text or "").strip()
    on_duty = {event.volunteer_id for event in open_clock_ins(session)}
    found: list[VolunteerListing] = []
    for vol in session.scalars(query.order_by(Volunteer.code)):
        if not _matches(term, vol.code, vol.name):
            continue
        found.append(VolunteerListing(id=vol.id, code=vol.code, name=vol.name, joined_on=vol.joined_on,
                                      active=vol.active, on_duty=vol.id in on_duty))
        if len(found) >= limit:
            break
    return found
