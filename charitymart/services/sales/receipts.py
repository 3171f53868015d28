"""A committed sale, collection or refund as plain data for its receipt (read-only).

`receipt_data` gathers everything a printed receipt shows, so `reports.receipt` can lay it out
without a Session and the counter can print it off the GUI thread. `output_settings` reads the
store's receipt and cash-drawer settings in one go.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    AllowanceEntry,
    DrawerOpening,
    Item,
    Sale,
    SaleLine,
    SaleVoid,
    Tender,
    Till,
    TimebankEntry,
    User,
)
from charitymart.services import clock
from charitymart.services.context import get_store
from charitymart.services.errors import NotFoundError

RECEIPT_OUTPUTS = ("none", "pdf", "printer")
RECEIPT_PAPERS = ("58mm", "80mm", "A5")


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    name_en: str
    quantity: int  # negative on a refund
    unit_price: int
    line_total: int
    price_changed: bool = False  # sold at a price a manager changed


@dataclass(frozen=True)
class ReceiptTender:
    kind: str  # cash | mobile | card | allowance | points
    amount: int  # what it paid of the total (negative on a refund)
    received: int = 0
    change: int = 0
    reference: str = ""
    points_x100: int = 0


@dataclass(frozen=True)
class ReceiptData:
    store_name: str
    store_address: str
    store_phone: str
    currency: str
    receipt_number: str
    kind: str  # sale | collection | refund
    till: str
    cashier: str
    local_time: datetime  # in the store's time zone (aware)
    lines: tuple[ReceiptLine, ...]
    total: int
    tenders: tuple[ReceiptTender, ...]
    change: int
    allowance_used: int
    points_used_x100: int
    voided: bool = False
    refund_of: str | None = None  # the original receipt number, on a refund
    delivery: bool = False
    drawer_opened: bool = False  # the sale (or refund) itself opened the cash drawer
    # Left after this receipt (allowance in its period; points in the volunteer's time bank);
    # None when the receipt used neither. Read from the ledger up to this sale's own rows, so a
    # reprint shows what the first print showed.
    allowance_remaining: int | None = None
    points_remaining_x100: int | None = None

    @property
    def is_refund(self) -> bool:
        return self.kind == "refund"


@dataclass(frozen=True)
class OutputSettings:
    """The store's receipt output ("none", "pdf", "printer"), paper, folder and cash drawer."""

    receipt_output: str
    receipt_paper: str
    receipt_folder: str
    cash_drawer: str
    language: str
    receipt_printer: str = ""  # a system printer's name (store extra "receipt_printer"); "" = the default


def receipt_data(session: Session, receipt_number: str) -> ReceiptData:
    number = (receipt_number or "").strip()
    sale = session.scalar(select(Sale).where(Sale.receipt_number == number))
    if sale is None:
        raise NotFoundError("no receipt {receipt}", field="receipt_number", receipt=number)
    store = get_store(session)
    lines = tuple(
        ReceiptLine(name=name, name_en=name_en or "", quantity=line.quantity, unit_price=line.unit_price,
                    line_total=line.line_total, price_changed=line.price_approved_by is not None)
        for line, name, name_en in session.execute(
            select(SaleLine, Item.name, Item.name_en).join(Item, Item.id == SaleLine.item_id)
            .where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no))
    )
    tenders = tuple(
        ReceiptTender(kind=t.kind, amount=t.amount, received=t.received, change=t.change,
                      reference=t.reference or "", points_x100=t.points_x100)
        for t in session.scalars(select(Tender).where(Tender.sale_id == sale.id).order_by(Tender.id))
    )
    refund_of = None
    if sale.refund_of_id is not None:
        refund_of = session.scalar(select(Sale.receipt_number).where(Sale.id == sale.refund_of_id))
    drawer_opened = session.scalar(
        select(DrawerOpening.id).where(DrawerOpening.sale_id == sale.id,
                                       DrawerOpening.reason.in_(("sale", "refund"))).limit(1)) is not None
    return ReceiptData(
        store_name=store.name, store_address=store.address or "", store_phone=store.phone or "",
        currency=store.currency, receipt_number=sale.receipt_number, kind=sale.kind,
        till=session.scalar(select(Till.code).where(Till.id == sale.till_id)) or "",
        cashier=session.scalar(select(User.name).where(User.id == sale.cashier_id)) or "",
        local_time=clock.to_local(sale.created_at, store.timezone),
        lines=lines, total=sale.total, tenders=tenders,
        change=sum(t.change for t in tenders if t.kind == "cash"),
        allowance_used=sum(t.amount for t in tenders if t.kind == "allowance"),
        points_used_x100=sum(t.points_x100 for t in tenders if t.kind == "points"),
        voided=session.scalar(select(SaleVoid.id).where(SaleVoid.sale_id == sale.id)) is not None,
        refund_of=refund_of, delivery=bool(sale.delivery), drawer_opened=drawer_opened,
        allowance_remaining=_allowance_left_after(session, sale.id),
        points_remaining_x100=_points_left_after(session, sale.id),
    )


def _allowance_left_after(session: Session, sale_id: int) -> int | None:
    """The household's allowance left in the period this sale used (or was credited to), as the
    ledger stood right after the sale's own entries."""
    last = session.execute(
        select(AllowanceEntry.id, AllowanceEntry.beneficiary_id, AllowanceEntry.period_start)
        .where(AllowanceEntry.sale_id == sale_id).order_by(AllowanceEntry.id.desc()).limit(1)).first()
    if last is None:
        return None
    entry_id, beneficiary_id, start = last
    return session.scalar(
        select(func.coalesce(func.sum(AllowanceEntry.amount), 0))
        .where(AllowanceEntry.beneficiary_id == beneficiary_id, AllowanceEntry.period_start == start,
               AllowanceEntry.id <= entry_id))


def _points_left_after(session: Session, sale_id: int) -> int | None:
    last = session.execute(
        select(TimebankEntry.id, TimebankEntry.volunteer_id)
        .where(TimebankEntry.sale_id == sale_id).order_by(TimebankEntry.id.desc()).limit(1)).first()
    if last is None:
        return None
    return session.scalar(
        select(func.coalesce(func.sum(TimebankEntry.points_x100), 0))
        .where(TimebankEntry.volunteer_id == last[1], TimebankEntry.id <= last[0]))


def output_settings(session: Session) -> OutputSettings:
    store = get_store(session)
    output = store.receipt_output if store.receipt_output in RECEIPT_OUTPUTS else "pdf"
    paper = store.receipt_paper if store.receipt_paper in RECEIPT_PAPERS else "80mm"
    try:
        extra = json.loads(store.extra or "{}")
    except ValueError:
        extra = {}
    printer = extra.get("receipt_printer", "") if isinstance(extra, dict) else ""
    return OutputSettings(receipt_output=output, receipt_paper=paper, receipt_folder=store.receipt_folder or "",
                          cash_drawer=(store.cash_drawer or "none").strip() or "none", language=store.language,
                          receipt_printer=printer if isinstance(printer, str) else "")
