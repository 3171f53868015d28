"""Importers for people: beneficiary households and volunteers (identity numbers sealed by the
services). Columns and rules: docs/import-formats.md."""

from __future__ import annotations

from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import BeneficiaryCategory
from charitymart.domain.identity import ID_TYPES, RESIDENT_ID, IdentityNumberError, mask_id_number, normalise_id_number
from charitymart.domain.periods import PERIODS
from charitymart.services.context import Actor, get_store, store_today
from charitymart.services.data.imports_common import Keys, Spec, attempt, pick
from charitymart.services.people import beneficiaries, identity_vault, volunteers
from charitymart.services.tabular import Problem, RowReader, Table

PERIOD_ALIASES = {"half-year": "half_year", "halfyear": "half_year", "月": "month", "每月": "month",
                  "季": "quarter", "季度": "quarter", "半年": "half_year", "年": "year", "每年": "year"}
ID_TYPE_ALIASES = {"身份证": RESIDENT_ID, "居民身份证": RESIDENT_ID, "护照": "passport"}
BENEFICIARY_FIELDS = {"allowance_amount": "allowance"}


def _identity(reader: RowReader, present: set[str], ids: Keys) -> tuple[str | None, str | None]:
    """(normalised number or "" when the cell is empty, id type); None for a bad cell."""
    id_type = pick(reader, "id_type", ID_TYPES, ID_TYPE_ALIASES, default=RESIDENT_ID) \
        if "id_type" in present else RESIDENT_ID
    raw = reader.text("id_number", required=False, max_length=40)
    if raw is None or id_type is None:
        return None, id_type
    if not raw:
        return "", id_type
    try:
        number = normalise_id_number(raw, id_type)
    except IdentityNumberError as exc:
        reader.problem("id_number", exc.template, **exc.params)
        return None, id_type
    if not ids.first_use(reader, number, mask_id_number(number)):
        return None, id_type
    return number, id_type


def _id_changes(session: Session, row, number: str, id_type: str) -> dict:
    """Arguments for the service's update: the number only if it (or its type) differs from the
    one on record, so re-importing the same file does not re-seal every number."""
    if not number:
        return {}  # an empty cell leaves a recorded number as it is
    same = (row.id_hmac == identity_vault.keyed_hash(get_store(session).uuid, number) and row.id_type == id_type)
    return {} if same else {"id_number": number, "id_type": id_type}


# --- beneficiaries ----------------------------------------------------------------------------

def _categories(session: Session) -> dict[str, str]:
    found: dict[str, str] = {}
    for cat in session.scalars(select(BeneficiaryCategory).where(BeneficiaryCategory.active.is_(True))):
        found[cat.name] = cat.name
        if cat.name_en:
            found.setdefault(cat.name_en, cat.name)
    return found


def _update_household(session: Session, actor: Actor, ben, details: dict, id_changes: dict, valid_until,
                      rule: dict) -> None:
    beneficiaries.update(session, actor, ben.id, **details, **id_changes)
    beneficiaries.renew(session, actor, ben.id, valid_until, **rule)


def run_beneficiaries(session: Session, actor: Actor, table: Table, problems: list[Problem]) -> tuple[int, int]:
    """Households by card number: a new card registers; an existing one updates the household's
    details and renews its card and allowance rule (beneficiaries.update + renew)."""
    present = set(table.columns)
    categories = _categories(session)
    today = store_today(session)
    cards, ids = Keys("card_number", "card number {key} is also on row {row}: give each once"), \
        Keys("id_number", "ID number {key} is also on row {row}: give each once")
    added = updated = 0
    for number, cells in table.rows:
        before = len(problems)
        reader = RowReader(number, cells, problems)
        card = reader.text("card_number", max_length=40)
        name = reader.text("name", max_length=100)
        category = reader.text("category", max_length=100)
        if category and category not in categories:
            reader.problem("category", "unknown household category {category}: use one of {choices}",
                           category=repr(category), choices=", ".join(sorted(set(categories.values()))))
        id_number, id_type = _identity(reader, present, ids)
        size = reader.integer("household_size", minimum=1)
        rule = {
            "allowance_amount": reader.money("allowance"),
            "period": pick(reader, "period", PERIODS, PERIOD_ALIASES),
            "carry_over": reader.boolean("carry_over", default=False) if "carry_over" in present else None,
        }
        if "visit_limit" in present:
            rule["visit_limit"] = reader.integer("visit_limit", required=False, minimum=1, default=None)
        valid_until = reader.day("valid_until")
        if valid_until is not None and valid_until < today:
            reader.problem("valid_until", "{date} is in the past", date=valid_until.isoformat())
        if card is not None:
            cards.first_use(reader, card)
        existing = beneficiaries.find_by_card(session, card) if card else None
        if existing is None and id_number == "":
            reader.problem("id_number", "is empty: a new household needs its ID number")
        if len(problems) > before:
            continue
        details = {"name": name, "category": categories.get(category), "household_size": size}
        if existing is None:
            call = partial(beneficiaries.register, session, actor, card_number=card, id_number=id_number,
                           id_type=id_type, valid_until=valid_until, **details,
                           **{k: v for k, v in rule.items() if v is not None})
        else:
            call = partial(_update_household, session, actor, existing, details,
                           _id_changes(session, existing, id_number, id_type), valid_until, rule)
        ok = attempt(session, problems, [number], table.columns, call, BENEFICIARY_FIELDS)
        added += ok and existing is None
        updated += ok and existing is not None
    return added, updated


# --- volunteers -------------------------------------------------------------------------------

def run_volunteers(session: Session, actor: Actor, table: Table, problems: list[Problem]) -> tuple[int, int]:
    """Volunteers by code: a new code registers, an existing one updates name, phone and ID."""
    present = set(table.columns)
    codes, ids = Keys("code", "volunteer code {key} is also on row {row}: give each once"), \
        Keys("id_number", "ID number {key} is also on row {row}: give each once")
    added = updated = 0
    for number, cells in table.rows:
        before = len(problems)
        reader = RowReader(number, cells, problems)
        code = reader.text("code", max_length=40)
        name = reader.text("name", max_length=100)
        phone = reader.text("phone", required=False, max_length=50)
        id_number, id_type = _identity(reader, present, ids)
        if code is not None:
            codes.first_use(reader, code)
        if len(problems) > before:
            continue
        existing = volunteers.find_by_code(session, code)
        if existing is None:
            call = partial(volunteers.register, session, actor, code=code, name=name, phone=phone,
                           id_number=id_number, id_type=id_type)
        else:
            call = partial(volunteers.update, session, actor, existing.id, name=name, phone=phone,
                           **_id_changes(session, existing, id_number, id_type))
        ok = attempt(session, problems, [number], table.columns, call)
        added += ok and existing is None
        updated += ok and existing is not None
    return added, updated


BENEFICIARIES = Spec(["card_number", "name", "category", "id_number", "household_size", "allowance", "period",
                      "valid_until"], ["id_type", "carry_over", "visit_limit"], run_beneficiaries)
VOLUNTEERS = Spec(["code", "name", "phone", "id_number"], ["id_type"], run_volunteers)
