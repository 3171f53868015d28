"""Donor documents: the acknowledgement handed over at intake and the monthly donor receipts.

Read-only: each function gathers plain data in one session and hands it to charitymart.reports.
They name donors, so they need a manager.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Item
from charitymart.reports.donation_acknowledgement import Donor, acknowledgement_pdf
from charitymart.reports.donor_receipt import donor_receipt_pdf
from charitymart.services import reporting
from charitymart.services.context import Actor, require_role, store_today
from charitymart.services.documents.common import safe_name, store_heading
from charitymart.services.errors import ValidationError
from charitymart.services.stock import intake


def donation_acknowledgement_pdf(session: Session, actor: Actor, donation_number: str,
                                 language: str = "zh_CN") -> bytes:
    """The acknowledgement of one donated-goods or cash donation, by its number (names the donor: manager)."""
    require_role(actor, "manager", "donation acknowledgements name donors: they need a manager")
    detail = intake.donation_detail(session, (donation_number or "").strip())
    if detail.fund_source != "donated":
        raise ValidationError("{number} is a purchase or consignment, not a donation", field="donation",
                              number=detail.number)
    names = dict(session.execute(select(Item.id, Item.name_en).where(
        Item.id.in_([line.item_id for line in detail.lines]))).all()) if detail.lines else {}
    units = dict(session.execute(select(Item.id, Item.unit).where(
        Item.id.in_([line.item_id for line in detail.lines]))).all()) if detail.lines else {}
    lines = tuple(reporting.ReceiptLine(line.name, names.get(line.item_id) or "", units.get(line.item_id) or "",
                                        line.quantity, line.unit_value, line.value, line.weight_g)
                  for line in detail.lines)
    donation = reporting.ReceiptDonation(
        number=detail.number, received_on=detail.received_on, kind=detail.kind, conditions=detail.conditions,
        lines=lines, official_receipts=tuple(reporting.OfficialReceipt(r.code, r.number, r.issued_on)
                                             for r in detail.receipts),
        goods_value=detail.goods_value, cash_amount=detail.cash_amount,
        total=detail.goods_value + detail.cash_amount, weight_g=detail.weight_g,
    )
    donor = Donor(detail.party_code, detail.party_name, detail.party_kind)
    return acknowledgement_pdf(donation, donor, store_heading(session), language, store_today(session))


def donor_receipt_filename(donor_code: str, year: int, month: int) -> str:
    return f"donor-receipt-{year:04d}-{month:02d}-{safe_name(donor_code)}.pdf"


def donor_receipts_pdfs(session: Session, actor: Actor, year: int, month: int,
                        language: str = "zh_CN") -> list[tuple[str, str, bytes]]:
    """(donor code, file name, PDF) for every donor who gave goods or cash in the month."""
    require_role(actor, "manager", "donor receipts name donors: they need a manager")
    heading, today = store_heading(session), store_today(session)
    return [(receipt.party_code, donor_receipt_filename(receipt.party_code, year, month),
             donor_receipt_pdf(receipt, heading, language, today))
            for receipt in reporting.donor_receipts(session, actor, year, month)]
