"""The Z-report for the thermal receipt printer: the same shifts and figures as the A4 PDF
(services.documents.money.z_report_pdf_for), laid out in the paper's columns (reports.z_text)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Shift, ShiftClose
from charitymart.reports.receipt_text import TextLine
from charitymart.reports.z_text import z_report_lines
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.documents import money
from charitymart.services.documents.common import store_heading
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.sales import receipt_printer


def z_report_text_for(session: Session, actor: Actor, *, shift_id: int | None = None, day: date | None = None,
                      language: str = "zh_CN") -> tuple[int, list[TextLine], receipt_printer.PrinterSettings]:
    """(number of shifts, the lines, the store's printer settings) for one shift or a day's shifts."""
    require_role(actor, "manager", "Z-reports show the shifts' money and cashiers: they need a manager")
    if (shift_id is None) == (day is None):
        raise ValidationError("give either a shift or a date", field="shift")
    if shift_id is not None:
        shift = session.get(Shift, shift_id)
        if shift is None:
            raise NotFoundError("no shift {shift}", field="shift", shift=shift_id)
        found = [shift]
    else:
        found = money.shifts_on(session, day)
        if not found:
            raise NotFoundError("no shift was opened on {day}", field="date", day=day.isoformat())
    timezone = get_store(session).timezone
    printer = receipt_printer.printer_settings(session)
    lines = z_report_lines([money._z_data(session, shift, timezone) for shift in found], store_heading(session),
                           columns=printer.columns, language=language)
    return len(found), lines, printer


def closing_z_text(session: Session, actor: Actor, shift_id: int, *,
                   language: str = "zh_CN") -> tuple[list[TextLine], receipt_printer.PrinterSettings]:
    """The Z-report the counter prints when F6 has just closed `shift_id`: the lines and the printer.

    The cashier who closed the shift may print it (they counted that drawer and are handed its
    slip at the till); anyone else needs a manager, as for any other Z-report."""
    close = session.scalar(select(ShiftClose).where(ShiftClose.shift_id == shift_id))
    if close is None:
        raise NotFoundError("shift {shift} is not closed yet", field="shift", shift=shift_id)
    if close.closed_by != actor.user_id:
        require_role(actor, "manager", "Z-reports show the shifts' money and cashiers: they need a manager")
    shift = session.get(Shift, shift_id)
    printer = receipt_printer.printer_settings(session)
    lines = z_report_lines([money._z_data(session, shift, get_store(session).timezone)], store_heading(session),
                           columns=printer.columns, language=language)
    return lines, printer
