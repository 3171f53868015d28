"""Household categories (受助家庭类别: 低保, 特困, 边缘户, ...): list, add, rename, deactivate.

A category is never deleted: households and past reports point at it. A deactivated one is no
longer offered for new households; it can't be deactivated while active households still use
it. Every change needs a manager and records an audit event, like the other store settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import Beneficiary, BeneficiaryCategory
from charitymart.services import audit
from charitymart.services.context import Actor, require_role
from charitymart.services.errors import NotFoundError, ValidationError

MAX_NAME_LENGTH = 100  # the column's length
CHANGE_REFUSAL = "changing household categories needs a manager"


@dataclass(frozen=True)
class CategoryListing:
    id: int
    name: str  # Chinese, what households and imports name
    name_en: str
    active: bool
    active_households: int


def list_categories(session: Session) -> list[CategoryListing]:
    """Every category (active or not) in the order they were set up, with its active households."""
    in_use = dict(session.execute(
        select(Beneficiary.category_id, func.count()).where(Beneficiary.active.is_(True))
        .group_by(Beneficiary.category_id)).all())
    rows = session.scalars(select(BeneficiaryCategory).order_by(BeneficiaryCategory.id))
    return [CategoryListing(id=c.id, name=c.name, name_en=c.name_en, active=c.active,
                            active_households=in_use.get(c.id, 0)) for c in rows]


def _names(session: Session, name: str, name_en: str, *, keep_id: int | None = None) -> tuple[str, str]:
    """Both names checked: the Chinese one required, neither too long nor used by another category."""
    name, name_en = (name or "").strip(), (name_en or "").strip()
    if not name:
        raise ValidationError("the category needs a Chinese name", field="name")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError("the Chinese name is longer than {limit} characters", field="name",
                              limit=MAX_NAME_LENGTH)
    if len(name_en) > MAX_NAME_LENGTH:
        raise ValidationError("the English name is longer than {limit} characters", field="name_en",
                              limit=MAX_NAME_LENGTH)
    # Households are found by either name (imports, the list filter), so neither may repeat
    # any name of another category, in either language.
    others = session.scalars(select(BeneficiaryCategory).where(BeneficiaryCategory.id != (keep_id or 0)))
    for other in others:
        taken = {other.name.casefold(), (other.name_en or "").casefold()} - {""}
        for field, value in (("name", name), ("name_en", name_en)):
            if value and value.casefold() in taken:
                raise ValidationError("there is already a household category called {name}", field=field,
                                      name=value)
    return name, name_en


def _category(session: Session, category_id: int) -> BeneficiaryCategory:
    category = session.get(BeneficiaryCategory, category_id)
    if category is None:
        raise NotFoundError("there is no household category number {id}", field="category", id=category_id)
    return category


def add_category(session: Session, actor: Actor, name: str, name_en: str = "") -> BeneficiaryCategory:
    require_role(actor, "manager", CHANGE_REFUSAL)
    name, name_en = _names(session, name, name_en)
    category = BeneficiaryCategory(name=name, name_en=name_en, active=True)
    session.add(category)
    audit.record(session, actor.user_id, "household_category.create", [category])
    return category


def rename_category(session: Session, actor: Actor, category_id: int, name: str,
                    name_en: str = "") -> BeneficiaryCategory:
    """New names for a category; its households follow (they point at it, not at its name)."""
    require_role(actor, "manager", CHANGE_REFUSAL)
    category = _category(session, category_id)
    category.name, category.name_en = _names(session, name, name_en, keep_id=category.id)
    audit.record(session, actor.user_id, "household_category.rename", [category])
    return category


def set_category_active(session: Session, actor: Actor, category_id: int, active: bool) -> BeneficiaryCategory:
    require_role(actor, "manager", CHANGE_REFUSAL)
    category = _category(session, category_id)
    if not active:
        users = session.scalar(select(func.count()).select_from(Beneficiary).where(
            Beneficiary.category_id == category.id, Beneficiary.active.is_(True))) or 0
        if users:
            raise ValidationError("{name} is still the category of {count} active households: move them to another "
                                  "category first", field="category", name=category.name, count=users)
        still_active = session.scalar(select(func.count()).select_from(BeneficiaryCategory).where(
            BeneficiaryCategory.active.is_(True), BeneficiaryCategory.id != category.id)) or 0
        if not still_active:
            raise ValidationError("{name} is the last active household category and can't be deactivated",
                                  field="category", name=category.name)
    category.active = active
    audit.record(session, actor.user_id, "household_category.activate" if active
                 else "household_category.deactivate", [category])
    return category
