"""Documents about money handed over: receipts, household statements, consignor settlements and
shift Z-reports. Each function gathers plain data and hands it to charitymart.reports; those that
reveal people's data or money check the actor's role, and household statements record each print
of a household's personal data (so they need a write transaction).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Beneficiary, Party, Shift, ShiftClose, Till, User
from charitymart.reports.beneficiary_statement import statement_pdf
from charitymart.reports.consignor_settlement import settlement_pdf
from charitymart.reports.receipt import PAPERS, render_receipt_pdf
from charitymart.reports.z_report import ZReport, z_report_pdf
from charitymart.services import audit, clock, reporting
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.documents.common import safe_name, store_heading
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.people.personal_data import record_identity_access
from charitymart.services.sales import receipts, shifts


def receipt_pdf(session: Session, receipt_number: str, paper: str = "80mm", language: str = "zh_CN",
                *, copy: bool = True) -> bytes:
    """A receipt printed again from the record (marked COPY unless `copy` is False)."""
    if paper not in PAPERS:
        raise ValidationError("paper must be one of {choices}", field="paper", choices=", ".join(PAPERS))
    return render_receipt_pdf(receipts.receipt_data(session, receipt_number), paper=paper, language=language,
                              copy=copy)


def beneficiary_statements_pdfs(session: Session, actor: Actor, year: int, month: int,
                                language: str = "zh_CN") -> list[tuple[str, str, bytes]]:
    """(card number, file name, PDF) per household with a visit in the month. The statements name
    households, so only a manager may make them."""
    heading = store_heading(session)
    return [(statement.card_number, statement_filename(statement.card_number, year, month),
             statement_pdf(statement, heading, language))
            for statement in household_statements(session, actor, year, month)]


def statement_filename(card_number: str, year: int, month: int) -> str:
    return f"household-statement-{year:04d}-{month:02d}-{safe_name(card_number)}.pdf"


def household_statements(session: Session, actor: Actor, year: int, month: int) -> tuple:
    """The month's household statements, for a manager; each household's statement is recorded as a
    print of its personal data (like card labels with names), so call this in a write transaction."""
    require_role(actor, "manager", "household statements name households: they need a manager")
    statements = reporting.beneficiary_statements(session, actor, year, month)
    if statements:
        ids = dict(session.execute(select(Beneficiary.card_number, Beneficiary.id).where(
            Beneficiary.card_number.in_([s.card_number for s in statements]))).all())
        purpose = f"household statement {year:04d}-{month:02d}"
        seen = [record_identity_access(session, actor, Beneficiary.__tablename__, ids[s.card_number], "print", purpose)
                for s in statements if s.card_number in ids]
        if seen:
            audit.record(session, actor.user_id, "beneficiary.print_statement", seen)
    return statements


def consignor_settlements_pdfs(session: Session, actor: Actor, year: int, month: int,
                               language: str = "zh_CN") -> list[tuple[str, str, bytes]]:
    """(consignor code, file name, PDF) for every consignor whose goods sold (net) in the month."""
    require_role(actor, "manager", "consignor settlements show what is owed to people: they need a manager")
    heading = store_heading(session)
    out = []
    for code in session.scalars(select(Party.code).where(Party.kind == "consignor").order_by(Party.code)):
        settlement = reporting.consignor_settlement(session, actor, code, year, month)
        if settlement.lines:
            out.append((code, f"consignor-settlement-{year:04d}-{month:02d}-{safe_name(code)}.pdf",
                        settlement_pdf(settlement, heading, language)))
    return out


def _z_data(session: Session, shift: Shift, timezone: str) -> ZReport:
    close = session.scalar(select(ShiftClose).where(ShiftClose.shift_id == shift.id))
    opened_by = session.scalar(select(User.name).where(User.id == shift.opened_by)) or ""
    till = session.scalar(select(Till.code).where(Till.id == shift.till_id)) or ""
    if close is None:
        totals = shifts.z_totals(session, shift.id)
        return ZReport(shift_id=shift.id, till=till, opened_at=clock.to_local(shift.opened_at, timezone),
                       opened_by=opened_by, totals=totals, expected_cash=totals["cash"]["expected"])
    return ZReport(
        shift_id=shift.id, till=till, opened_at=clock.to_local(shift.opened_at, timezone), opened_by=opened_by,
        totals=json.loads(close.z_totals), closed_at=clock.to_local(close.closed_at, timezone),
        closed_by=session.scalar(select(User.name).where(User.id == close.closed_by)) or "",
        expected_cash=close.expected_cash, counted_cash=close.counted_cash, variance=close.variance,
        denominations=json.loads(close.denominations or "{}"),
    )


def shifts_on(session: Session, day: date) -> list[Shift]:
    tz = get_store(session).timezone
    start, end = clock.local_day_bounds_utc(day, day, tz)
    return list(session.scalars(select(Shift).where(Shift.opened_at >= start, Shift.opened_at < end)
                                .order_by(Shift.opened_at, Shift.id)))


def z_report_pdf_for(session: Session, actor: Actor, *, shift_id: int | None = None, day: date | None = None,
                     language: str = "zh_CN") -> tuple[int, bytes]:
    """(number of shifts, PDF): one shift by id, or every shift opened on a store-local day."""
    require_role(actor, "manager", "Z-reports show the shifts' money and cashiers: they need a manager")
    if (shift_id is None) == (day is None):
        raise ValidationError("give either a shift or a date", field="shift")
    if shift_id is not None:
        shift = session.get(Shift, shift_id)
        if shift is None:
            raise NotFoundError("no shift {shift}", field="shift", shift=shift_id)
        found = [shift]
    else:
        found = shifts_on(session, day)
        if not found:
            raise NotFoundError("no shift was opened on {day}", field="date", day=day.isoformat())
    tz = get_store(session).timezone
    return len(found), z_report_pdf([_z_data(session, shift, tz) for shift in found], store_heading(session),
                                    language)
