"""The shifts a manager can pick for a Z-report: every shift opened on a store-local day, as
plain rows (till, who opened it, when, whether it is closed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import ShiftClose, Till, User
from charitymart.services import clock
from charitymart.services.context import get_store
from charitymart.services.documents.money import shifts_on


@dataclass(frozen=True)
class ShiftChoice:
    shift_id: int
    till: str
    opened_by: str
    opened_local: datetime
    closed_local: datetime | None  # None while the shift is still open


def shift_choices(session: Session, day: date) -> list[ShiftChoice]:
    tz = get_store(session).timezone
    found = shifts_on(session, day)
    if not found:
        return []
    ids = [shift.id for shift in found]
    closed = dict(session.execute(select(ShiftClose.shift_id, ShiftClose.closed_at)
                                  .where(ShiftClose.shift_id.in_(ids))).all())
    tills = dict(session.execute(select(Till.id, Till.code)).all())
    users = dict(session.execute(select(User.id, User.name)
                                 .where(User.id.in_({shift.opened_by for shift in found}))).all())
    return [ShiftChoice(shift_id=shift.id, till=tills.get(shift.till_id, ""), opened_by=users.get(shift.opened_by, ""),
                        opened_local=clock.to_local(shift.opened_at, tz),
                        closed_local=clock.to_local(closed[shift.id], tz) if shift.id in closed else None)
            for shift in found]
