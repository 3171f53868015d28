"""The store's tills: list, add, deactivate and reactivate (a manager's job).

A till is never deleted: its code is in every receipt number it printed. A deactivated till
can't be logged in to; its shifts and receipts stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Till
from charitymart.services import audit
from charitymart.services.context import Actor, require_role
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.sales import shifts

TILL_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,7}$")


@dataclass(frozen=True)
class TillListing:
    id: int
    code: str
    name: str
    active: bool
    shift_open: bool


def list_tills(session: Session) -> list[TillListing]:
    return [TillListing(id=t.id, code=t.code, name=t.name, active=t.active,
                        shift_open=shifts.current_shift(session, t.id) is not None)
            for t in session.scalars(select(Till).order_by(Till.code))]


def add_till(session: Session, actor: Actor, code: str, name: str = "") -> Till:
    require_role(actor, "manager", "adding a till needs a manager")
    code = (code or "").strip().upper()
    if not TILL_CODE.match(code):
        raise ValidationError("a till code is a letter and then up to 7 letters or digits, such as T2", field="code")
    if session.scalar(select(Till.id).where(Till.code == code)) is not None:
        raise ValidationError("there is already a till {code}", field="code", code=code)
    name = (name or "").strip() or code
    if len(name) > 100:
        raise ValidationError("a till name is at most 100 characters", field="name")
    till = Till(code=code, name=name, active=True, failed_logins=0)
    session.add(till)
    audit.record(session, actor.user_id, "till.create", [till])
    return till


def set_till_active(session: Session, actor: Actor, till_id: int, active: bool) -> Till:
    require_role(actor, "manager", "changing tills needs a manager")
    till = session.get(Till, till_id)
    if till is None:
        raise NotFoundError("no such till")
    if not active:
        if till.id == actor.till_id:
            raise ValidationError("you are logged in at till {code}: deactivate it from another till",
                                  field="code", code=till.code)
        if shifts.current_shift(session, till.id) is not None:
            raise ValidationError("till {code} has an open shift: close the shift first", field="code", code=till.code)
        others = session.scalar(select(Till.id).where(Till.active.is_(True), Till.id != till.id).limit(1))
        if others is None:
            raise ValidationError("till {code} is the last active till: the store needs one", field="code",
                                  code=till.code)
    till.active = active
    audit.record(session, actor.user_id, "till.activate" if active else "till.deactivate", [till])
    return till
