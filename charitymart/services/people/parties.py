"""The register of parties: donors (person, organisation, anonymous), suppliers, consignors.

Master data: edits are allowed and audited. Receipts go to donors only (services.stock.intake).
"""

from __future__ import annotations

import re

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import DONOR_KINDS, PARTY_KINDS, Party
from charitymart.domain.codes import is_valid_credit_code, normal_credit_code
from charitymart.services import audit, clock
from charitymart.services.context import Actor, require_role
from charitymart.services.errors import NotFoundError, ValidationError

# Codes made up when none is given: a letter for the kind and five digits ("D00001").
CODE_PREFIX = {"person": "D", "organisation": "D", "anonymous": "D", "supplier": "S", "consignor": "C"}
CODE_DIGITS = 5
MAX_SHARE_BP = 10_000  # 100 %
EDITABLE_FIELDS = frozenset({"name", "phone", "public_name_ok", "shop_share_bp", "notes", "active", "kind",
                             "credit_code"})
_CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
_PHONE_PATTERN = re.compile(r"^[0-9+()\- ]{0,50}$")
ANONYMOUS_NAME = "匿名"


def _check_kind(kind: str) -> str:
    if kind not in PARTY_KINDS:
        raise ValidationError("kind must be one of {choices}", field="kind", choices=", ".join(PARTY_KINDS))
    return kind


def _check_name(name: str, kind: str) -> str:
    name = (name or "").strip()
    if not name and kind == "anonymous":
        return ANONYMOUS_NAME
    if not name:
        raise ValidationError("the name is required", field="name")
    if len(name) > 200:
        raise ValidationError("the name is longer than 200 characters", field="name")
    return name


def _check_phone(phone: str) -> str:
    phone = (phone or "").strip()
    if not _PHONE_PATTERN.match(phone):
        raise ValidationError("a phone number holds digits, spaces, +, - and brackets only", field="phone")
    return phone


def _check_credit_code(code: str) -> str:
    code = normal_credit_code(code)
    if code and not is_valid_credit_code(code):
        raise ValidationError("{code} is not a unified social credit code: 18 letters and digits, the last one a "
                              "check character", field="credit_code", code=code)
    return code


def _check_share(share_bp, kind: str) -> int:
    if isinstance(share_bp, bool) or not isinstance(share_bp, int) or not 0 <= share_bp <= MAX_SHARE_BP:
        raise ValidationError("the shop's share is between 0 and 10000 basis points (0-100 %)", field="shop_share_bp")
    if share_bp and kind != "consignor":
        raise ValidationError("only a consignor has a shop's share", field="shop_share_bp")
    return share_bp


def _next_code(session: Session, kind: str) -> str:
    """The next free code of the kind's letter, after the highest one in use."""
    prefix = CODE_PREFIX[kind]
    low, high = prefix + "0" * CODE_DIGITS, prefix + "9" * CODE_DIGITS
    last = session.scalar(
        select(func.max(Party.code)).where(Party.code >= low, Party.code <= high,
                                           func.length(Party.code) == len(low))
    )
    number = int(last[1:]) + 1 if last and last[1:].isdigit() else 1
    while True:  # a hand-made code like "D0001X" could sit in the range: skip what is taken
        code = f"{prefix}{number:0{CODE_DIGITS}d}"
        if session.scalar(select(Party.id).where(Party.code == code)) is None:
            return code
        number += 1


def add_party(session: Session, actor: Actor, *, kind: str, name: str = "", code: str | None = None,
              phone: str = "", public_name_ok: bool = False, shop_share_bp: int = 0, notes: str = "",
              credit_code: str = "") -> Party:
    """A new party. Without a code it gets the next one for its kind (D00001, S00001, C00001)."""
    require_role(actor, "manager", "adding a donor, supplier or consignor needs a manager")
    kind = _check_kind(kind)
    if code is None or not code.strip():
        code = _next_code(session, kind)
    else:
        code = code.strip()
        if not _CODE_PATTERN.match(code):
            raise ValidationError("a code is 1-40 letters, digits, '-', '_' or '.'", field="code")
        if session.scalar(select(Party.id).where(Party.code == code)) is not None:
            raise ValidationError("the code {code} is already used", field="code", code=code)
    party = Party(
        code=code, kind=kind, name=_check_name(name, kind), phone=_check_phone(phone),
        credit_code=_check_credit_code(credit_code),
        # An anonymous donor is never named in public, whatever was ticked.
        public_name_ok=bool(public_name_ok) and kind != "anonymous",
        shop_share_bp=_check_share(shop_share_bp, kind), notes=(notes or "").strip(), active=True,
        created_at=clock.now(),
    )
    session.add(party)
    audit.record(session, actor.user_id, "party.create", [party])
    return party


def get_by_code(session: Session, code: str) -> Party | None:
    code = (code or "").strip()
    return session.scalar(select(Party).where(Party.code == code)) if code else None


def _get(session: Session, code: str) -> Party:
    party = get_by_code(session, code)
    if party is None:
        raise NotFoundError("no donor, supplier or consignor with code {code}", field="code", code=code)
    return party


def edit_party(session: Session, actor: Actor, code: str, **changes) -> Party:
    """Change any of EDITABLE_FIELDS. The code itself never changes: papers carry it."""
    require_role(actor, "manager", "editing a donor, supplier or consignor needs a manager")
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError("cannot edit {fields}", field=min(unknown), fields=", ".join(sorted(unknown)))
    party = _get(session, code)
    kind = _check_kind(changes.get("kind", party.kind))
    party.kind = kind
    if "name" in changes or kind == "anonymous":
        party.name = _check_name(changes.get("name", party.name), kind)
    if "phone" in changes:
        party.phone = _check_phone(changes["phone"])
    if "credit_code" in changes:
        party.credit_code = _check_credit_code(changes["credit_code"])
    if "public_name_ok" in changes:
        party.public_name_ok = bool(changes["public_name_ok"])
    party.public_name_ok = party.public_name_ok and kind != "anonymous"
    party.shop_share_bp = _check_share(changes.get("shop_share_bp", party.shop_share_bp), kind)
    if "notes" in changes:
        party.notes = (changes["notes"] or "").strip()
    if "active" in changes:
        party.active = bool(changes["active"])
    audit.record(session, actor.user_id, "party.edit", [party])
    return party


def find(session: Session, text: str, *, kinds: tuple[str, ...] | None = None, active_only: bool = True,
         limit: int = 20) -> list[Party]:
    """Parties whose code, name or phone matches what is typed: exact code first, then
    prefixes of code, name or phone, then names containing it. `kinds=DONOR_KINDS` for donors."""
    text = (text or "").strip()
    if not text:
        return []
    lowered = text.lower()
    name = func.lower(Party.name)
    conditions = [Party.code == text, func.lower(Party.code).startswith(lowered, autoescape=True),
                  name.contains(lowered, autoescape=True)]
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 3:  # phones are matched on their digits as typed
        conditions.append(Party.phone.contains(digits, autoescape=True))
    statement = select(Party).where(or_(*conditions))
    if kinds:
        statement = statement.where(Party.kind.in_(kinds))
    if active_only:
        statement = statement.where(Party.active)
    starts = or_(func.lower(Party.code).startswith(lowered, autoescape=True),
                 name.startswith(lowered, autoescape=True))
    rank = case((Party.code == text, 0), (starts, 1), else_=2)
    return list(session.scalars(statement.order_by(rank, func.length(Party.name), Party.name).limit(limit)))


def donors(session: Session, text: str = "", limit: int = 20) -> list[Party]:
    """Donors only (for the intake screen's donor field)."""
    return find(session, text, kinds=DONOR_KINDS, limit=limit)
