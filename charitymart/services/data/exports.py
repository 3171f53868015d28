"""CSV exports for managers and auditors (`charitymart export ...`).

Dates are inclusive, in the store's time zone; money in yuan with two decimals; refunds
negative. Rows are streamed, so a five-year export does not sit in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from charitymart.db.models import (
    Barcode,
    Category,
    Donation,
    DonationLine,
    Expense,
    Item,
    Party,
    Sale,
    SaleLine,
    SaleLineLot,
    SaleVoid,
    Tender,
    Till,
    User,
    Volunteer,
    WorkDecision,
    WorkEntry,
)
from charitymart.domain.money import format_plain
from charitymart.services import clock
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.reporting.stock import lots_on_hand, stock_day_or_now

PROGRESS_EVERY = 500  # rows between two calls of an export's progress callback
EXPORT_COLUMNS = {
    "sales": ["receipt_number", "time", "till", "cashier", "status", "total", "cash", "mobile", "card",
              "allowance", "points"],
    "sale-lines": ["receipt_number", "time", "barcode", "name", "quantity", "unit_price", "line_total",
                   "fund_source"],
    "donations": ["date", "donation_number", "donor_code", "donor_name", "barcode", "name", "quantity",
                  "unit_value", "value", "weight_g", "fund_source", "expiry"],
    "stock": ["barcode", "name", "category", "on_hand", "value", "earliest_expiry"],
    "hours": ["volunteer_code", "name", "date", "hours", "status"],
    # The finance bureau's e-receipt (公益事业捐赠电子票据) fields, one row per donated item or cash gift.
    "donation-receipts": ["payer", "credit_code", "item", "quantity", "amount", "date"],
    # Money spent; a reversal has a negative amount and names the number it reverses.
    "expenses": ["date", "number", "category", "amount", "fund_source", "payee", "description", "reverses",
                 "reason", "entered_by"],
}


# Columns that hold numbers (money, quantities, hours). Every other cell is text, and text that a
# spreadsheet would read as a formula is neutralised (see `neutralise_formula`).
NUMERIC_COLUMNS = frozenset({"total", "cash", "mobile", "card", "allowance", "points", "quantity", "unit_price",
                             "line_total", "unit_value", "value", "weight_g", "on_hand", "hours", "amount"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell):
    """A text cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `@SUM`) gets a leading `'`.

    Excel and LibreOffice treat a cell starting with = + - @ (or a tab or carriage return before
    one) as a formula, so a donor named `=HYPERLINK("http://x","Click")` would become a live link
    in the manager's spreadsheet (CSV injection). The `'` makes it plain text there.
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _safe_row(row: list, numeric: list[bool]) -> list:
    return [cell if is_number else neutralise_formula(cell) for cell, is_number in zip(row, numeric)]


def primary_barcode():
    """The item's first barcode, as a correlated scalar subquery."""
    return (
        select(Barcode.code).where(Barcode.item_id == Item.id).order_by(Barcode.id).limit(1).scalar_subquery()
    )


def _local_time(session: Session):
    tz = get_store(session).timezone
    return lambda at: clock.to_local(at, tz).strftime("%Y-%m-%d %H:%M:%S")


def _sales(session: Session, first: date, last: date) -> Iterator[list]:
    start, end = clock.local_day_bounds_utc(first, last, get_store(session).timezone)
    local = _local_time(session)

    def tender_sum(kind: str):
        return func.coalesce(func.sum(case((Tender.kind == kind, Tender.amount), else_=0)), 0)

    tenders = (
        select(Tender.sale_id, *[tender_sum(k).label(k) for k in ("cash", "mobile", "card", "allowance", "points")])
        .group_by(Tender.sale_id)
        .subquery()
    )
    query = (
        select(Sale.receipt_number, Sale.created_at, Till.code, User.name, Sale.kind, SaleVoid.id, Sale.total,
               tenders.c.cash, tenders.c.mobile, tenders.c.card, tenders.c.allowance, tenders.c.points)
        .join(Till, Till.id == Sale.till_id)
        .join(User, User.id == Sale.cashier_id)
        .outerjoin(SaleVoid, SaleVoid.sale_id == Sale.id)
        .outerjoin(tenders, tenders.c.sale_id == Sale.id)
        .where(Sale.created_at >= start, Sale.created_at < end)
        .order_by(Sale.created_at, Sale.id)
    )
    for number, at, till, cashier, kind, void_id, total, *paid in session.execute(query).yield_per(2000):
        status = "void" if void_id else ("refund" if kind == "refund" else "completed")
        yield [number, local(at), till, cashier, status, format_plain(total), *(format_plain(p or 0) for p in paid)]


def _sale_lines(session: Session, first: date, last: date) -> Iterator[list]:
    start, end = clock.local_day_bounds_utc(first, last, get_store(session).timezone)
    local = _local_time(session)
    query = (
        select(Sale.receipt_number, Sale.created_at, primary_barcode(), Item.name, SaleLine.unit_price,
               SaleLineLot.fund_source, func.sum(SaleLineLot.quantity), func.sum(SaleLineLot.amount))
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .join(SaleLineLot, SaleLineLot.sale_line_id == SaleLine.id)
        .join(Item, Item.id == SaleLine.item_id)
        .where(Sale.created_at >= start, Sale.created_at < end)
        .group_by(Sale.id, SaleLine.id, Item.id, SaleLineLot.fund_source)
        .order_by(Sale.created_at, Sale.id, SaleLine.line_no, SaleLineLot.fund_source)
    )
    for number, at, code, name, unit_price, source, quantity, amount in session.execute(query).yield_per(2000):
        yield [number, local(at), code, name, quantity, format_plain(unit_price), format_plain(amount), source]


def _donations(session: Session, first: date, last: date) -> Iterator[list]:
    query = (
        select(Donation.received_on, Donation.number, Party.code, Party.name, primary_barcode(), Item.name,
               DonationLine.quantity, DonationLine.unit_value, DonationLine.weight_g, Donation.fund_source,
               DonationLine.expiry)
        .join(DonationLine, DonationLine.donation_id == Donation.id)
        .join(Item, Item.id == DonationLine.item_id)
        .outerjoin(Party, Party.id == Donation.party_id)
        .where(Donation.received_on >= first, Donation.received_on <= last, Donation.kind == "goods")
        .order_by(Donation.received_on, Donation.id, DonationLine.id)
    )
    for day, number, code, donor, barcode, name, qty, unit_value, weight, source, expiry in session.execute(query):
        yield [day.isoformat(), number, code or "", donor or "", barcode, name, qty, format_plain(unit_value),
               format_plain(qty * unit_value), weight, source, expiry.isoformat() if expiry else ""]


def _donation_receipts(session: Session, first: date, last: date) -> Iterator[list]:
    """Each donated item (goods the shop could not value: amount left empty, never 0.00) and each
    cash gift, with the payer's name and credit code, as the e-receipt system imports them."""
    query = (
        select(Donation.received_on, Donation.id, Donation.kind, Donation.cash_amount, Party.kind, Party.name,
               Party.credit_code, Item.name, DonationLine.quantity, DonationLine.unit_value)
        .outerjoin(Party, Party.id == Donation.party_id)
        .outerjoin(DonationLine, DonationLine.donation_id == Donation.id)
        .outerjoin(Item, Item.id == DonationLine.item_id)
        .where(Donation.received_on >= first, Donation.received_on <= last, Donation.fund_source == "donated")
        .order_by(Donation.received_on, Donation.id, DonationLine.id)
    )
    cash_written: set[int] = set()
    for day, donation_id, kind, cash, party_kind, payer, credit_code, item, qty, unit_value in session.execute(query):
        payer = "匿名" if party_kind in (None, "anonymous") or not payer else payer  # the bureau's own word
        if cash and donation_id not in cash_written:
            cash_written.add(donation_id)
            yield [payer, credit_code or "", "现金", 1, format_plain(cash), day.isoformat()]
        if item is not None:
            yield [payer, credit_code or "", item, qty, format_plain(qty * unit_value) if unit_value else "",
                   day.isoformat()]


def _stock(session: Session, first: date, last: date) -> Iterator[list]:
    """On hand at the end of `last` by the movements' business dates (the stock report's query:
    goods received that day or before count, however late they were typed in)."""
    lots = lots_on_hand(session, stock_day_or_now(session, last))
    query = (
        select(primary_barcode(), Item.name, Category.name, func.sum(lots.c.on_hand),
               func.sum(lots.c.on_hand * lots.c.unit_value), func.min(lots.c.expiry))
        .select_from(lots)
        .join(Item, Item.id == lots.c.item_id)
        .outerjoin(Category, Category.id == Item.category_id)
        .where(lots.c.on_hand > 0)
        .group_by(Item.id, Item.name, Category.name)
        .order_by(Item.name, Item.id)
    )
    for code, name, category, qty, value, expiry in session.execute(query).yield_per(2000):
        yield [code, name, category or "", qty, format_plain(value or 0), expiry.isoformat() if expiry else ""]


def _hours(session: Session, first: date, last: date) -> Iterator[list]:
    decision = aliased(WorkDecision)
    query = (
        select(Volunteer.code, Volunteer.name, WorkEntry.work_date, WorkEntry.minutes, decision.decision,
               decision.credited_minutes)
        .join(WorkEntry, WorkEntry.volunteer_id == Volunteer.id)
        .outerjoin(decision, decision.entry_id == WorkEntry.id)
        .where(WorkEntry.work_date >= first, WorkEntry.work_date <= last)
        .order_by(WorkEntry.work_date, Volunteer.code, WorkEntry.id)
    )
    for code, name, day, minutes, verdict, credited in session.execute(query):
        status = verdict or "pending"
        shown = credited if verdict == "approved" else minutes
        yield [code, name, day.isoformat(), f"{shown / 60:.2f}", status]


def _expenses(session: Session, first: date, last: date) -> Iterator[list]:
    query = (select(Expense, User.name).outerjoin(User, User.id == Expense.user_id)
             .where(Expense.spent_on >= first, Expense.spent_on <= last).order_by(Expense.spent_on, Expense.id))
    for e, who in session.execute(query):
        yield [e.spent_on.isoformat(), e.id, e.category, format_plain(e.amount), e.fund_source, e.payee,
               e.description, e.reverses_id or "", e.reason, who or ""]


_ROWS = {"expenses": _expenses, "sales": _sales, "sale-lines": _sale_lines, "donations": _donations, "stock": _stock, "hours": _hours,
         "donation-receipts": _donation_receipts}


def export_rows(session: Session, actor: Actor, kind: str, first: date, last: date) -> Iterable[list]:
    """The rows of an export. They name cashiers, donors and volunteers and show money: a manager's."""
    require_role(actor, "manager", "exports show people's names and money: they need a manager")
    return _ROWS[kind](session, first, last)


def export_csv(session: Session, actor: Actor, kind: str, first: date, last: date, out: Path,
               progress: Callable[[int], None] | None = None) -> int:
    """Write the export to `out` (UTF-8 with BOM so Excel opens Chinese correctly). Returns rows written.

    The rows go to `out.part` in the same folder, renamed to `out` only when all are written, so
    an error, or a Cancel raised by `progress(rows_written)` (called every PROGRESS_EVERY rows and
    once at the end), leaves neither a partial file nor the .part behind."""
    rows = export_rows(session, actor, kind, first, last)  # refused before any file is made
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_COLUMNS[kind])
            numeric = [column in NUMERIC_COLUMNS for column in EXPORT_COLUMNS[kind]]
            for row in rows:
                writer.writerow(_safe_row(row, numeric))
                count += 1
                if progress is not None and count % PROGRESS_EVERY == 0:
                    progress(count)
        if progress is not None:
            progress(count)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
