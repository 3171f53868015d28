"""The collection slip of a committed free collection, as plain data (read-only), and how many
copies the store prints.

A household collecting free goods signs a slip the shop keeps (reports.collection_slip). The
counter prints it on the receipt printer in place of the collection's receipt (store setting
`collection_slip_copies`: 1, the shop's copy to sign; 2, also a copy the household takes home),
or writes it as a PDF when receipts are not printed. The slip names the household by its card
number and category only: it lies on the counter's desk and in the shop's files.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Beneficiary, Sale
from charitymart.reports.collection_slip import CollectionSlip, SlipLine
from charitymart.services.context import get_store
from charitymart.services.errors import NotFoundError
from charitymart.services.people import beneficiaries
from charitymart.services.sales import receipts

SLIP_COPIES = (1, 2)


def slip_copies(session: Session) -> int:
    try:
        extra = json.loads(get_store(session).extra or "{}")
    except ValueError:
        extra = {}
    copies = extra.get("collection_slip_copies", 1) if isinstance(extra, dict) else 1
    return copies if copies in SLIP_COPIES and not isinstance(copies, bool) else 1


def slip_data(session: Session, receipt_number: str, *, language: str = "zh_CN",
              training: bool = False, any_household_sale: bool = False) -> CollectionSlip:
    """The slip of collection `receipt_number` as it stood when it was made (a reprint shows the same).
    `any_household_sale`: a household's paid sale too (the delivery slip of services.sales.deliveries)."""
    data = receipts.receipt_data(session, receipt_number)
    sale = session.scalar(select(Sale).where(Sale.receipt_number == data.receipt_number))
    wrong_kind = data.kind != "collection" and not (any_household_sale and data.kind == "sale")
    if wrong_kind or sale.beneficiary_id is None:
        raise NotFoundError("{receipt} is not a free collection, so it has no collection slip",
                            field="receipt_number", receipt=data.receipt_number)
    household = session.get(Beneficiary, sale.beneficiary_id)
    zh, en = beneficiaries.category_names(session, household.category_id)
    english = language.startswith("en")
    return CollectionSlip(
        store_name=data.store_name, receipt_number=data.receipt_number,
        when=data.local_time.replace(tzinfo=None), card_number=household.card_number,
        lines=tuple(SlipLine(line.name_en if english and line.name_en else line.name, line.quantity,
                             line.unit_price, line.line_total) for line in data.lines),
        allowance_used=data.allowance_used, allowance_remaining=data.allowance_remaining or 0,
        delivery=data.delivery, currency=data.currency, training=training,
        category=(en or zh) if english else zh, language=language)
