"""Volunteer time bank: points (kept in hundredths) earned for approved hours, spent at the till."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import TimebankEntry, Volunteer
from charitymart.domain.money import format_plain
from charitymart.services import clock
from charitymart.services.errors import AllowanceError


def balance_x100(session: Session, volunteer_id: int) -> int:
    return session.scalar(
        select(func.coalesce(func.sum(TimebankEntry.points_x100), 0)).where(TimebankEntry.volunteer_id == volunteer_id)
    )


def points_for_amount(amount_fen: int, point_value_fen: int) -> int:
    """Hundredths of a point needed to pay `amount_fen`, rounded up."""
    return -(-amount_fen * 100 // point_value_fen)


def add_entry(session: Session, volunteer_id: int, kind: str, points_x100: int, *, user_id: int | None,
              sale_id: int | None = None, work_entry_id: int | None = None, note: str = "") -> TimebankEntry:
    entry = TimebankEntry(
        volunteer_id=volunteer_id, kind=kind, points_x100=points_x100, sale_id=sale_id,
        work_entry_id=work_entry_id, user_id=user_id, created_at=clock.now(), note=note,
    )
    session.add(entry)
    session.flush()
    return entry


def spend(session: Session, volunteer: Volunteer, points_x100: int, sale_id: int, user_id: int | None) -> TimebankEntry:
    if not volunteer.active:
        raise AllowanceError("this volunteer card is not active")
    if points_x100 <= 0:
        raise AllowanceError("points to spend must be positive")
    # Two tills spending one volunteer's points queue here, so the second sees the first's spend.
    session.get(Volunteer, volunteer.id, with_for_update={"key_share": True})  # see allowance.ROW_LOCK
    available = balance_x100(session, volunteer.id)
    if points_x100 > available:
        raise AllowanceError("not enough points: {available} available, {needed} needed",
                             available=format_plain(available), needed=format_plain(points_x100))
    return add_entry(session, volunteer.id, "spend", -points_x100, user_id=user_id, sale_id=sale_id)
