"""A month's papers for each person (donor receipts, household statements, consignor settlements)
written into a folder one by one, with progress and a cancel that leaves nothing behind.

The figures are read in one transaction (`*_plans(session, actor, ...)`: a manager's, and a write
transaction, since household statements record each print of a household's data); each PDF is then rendered
outside it (plain data in, bytes out), so a long batch never holds the database. `write_batch`
writes into a hidden folder next to the destination and moves the files in only when every
one is made: cancelled or failed, the hidden folder is removed and the destination is as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Party
from charitymart.reports.beneficiary_statement import statement_pdf
from charitymart.reports.consignor_settlement import settlement_pdf
from charitymart.reports.donor_receipt import donor_receipt_pdf
from charitymart.services import reporting
from charitymart.services.context import Actor, require_role, store_today
from charitymart.services.documents.common import safe_name, store_heading
from charitymart.services.documents.donors import donor_receipt_filename
from charitymart.services.documents.money import (
    household_statements,
    statement_filename,
)

BATCH_KINDS = ("donor_receipts", "household_statements", "consignor_settlements")


@dataclass(frozen=True)
class PlannedDocument:
    key: str  # donor code, card number or consignor code
    file_name: str
    render: Callable[[], bytes]  # no session needed: the figures are already read


class BatchCancelled(Exception):
    """The user cancelled; nothing was left in the destination folder."""


def donor_receipt_plans(session: Session, actor: Actor, year: int, month: int,
                        language: str) -> list[PlannedDocument]:
    require_role(actor, "manager", "donor receipts name donors: they need a manager")
    heading, today = store_heading(session), store_today(session)
    return [PlannedDocument(receipt.party_code, donor_receipt_filename(receipt.party_code, year, month),
                            lambda receipt=receipt: donor_receipt_pdf(receipt, heading, language, today))
            for receipt in reporting.donor_receipts(session, actor, year, month)]


def household_statement_plans(session: Session, actor: Actor, year: int, month: int,
                              language: str) -> list[PlannedDocument]:
    heading = store_heading(session)
    return [PlannedDocument(statement.card_number, statement_filename(statement.card_number, year, month),
                            lambda statement=statement: statement_pdf(statement, heading, language))
            for statement in household_statements(session, actor, year, month)]


def consignor_settlement_plans(session: Session, actor: Actor, year: int, month: int,
                               language: str) -> list[PlannedDocument]:
    require_role(actor, "manager", "consignor settlements show what is owed to people: they need a manager")
    heading = store_heading(session)
    plans = []
    for code in session.scalars(select(Party.code).where(Party.kind == "consignor").order_by(Party.code)):
        settlement = reporting.consignor_settlement(session, actor, code, year, month)
        if settlement.lines:
            plans.append(PlannedDocument(
                code, f"consignor-settlement-{year:04d}-{month:02d}-{safe_name(code)}.pdf",
                lambda settlement=settlement: settlement_pdf(settlement, heading, language)))
    return plans


def batch_plans(session: Session, actor: Actor, kind: str, year: int, month: int,
                language: str) -> list[PlannedDocument]:
    if kind == "donor_receipts":
        return donor_receipt_plans(session, actor, year, month, language)
    if kind == "household_statements":
        return household_statement_plans(session, actor, year, month, language)
    if kind == "consignor_settlements":
        return consignor_settlement_plans(session, actor, year, month, language)
    raise ValueError(f"unknown batch {kind!r}")  # a programming error, never the user's input


def write_batch(folder: Path, plans: list[PlannedDocument], *, progress: Callable[[int, int], None] = lambda d, t: None,
                cancelled: Callable[[], bool] = lambda: False) -> list[Path]:
    """Render every plan and put the PDFs into `folder`; `progress(done, total)` after each one.

    Raises BatchCancelled (folder untouched) when `cancelled()` turns true before the last file
    is moved in; any other error also leaves the folder untouched."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # In the destination's own folder, so moving the files in is a rename on the same disk.
    staging = Path(tempfile.mkdtemp(prefix=".charitymart-", dir=folder))
    try:
        total = len(plans)
        for done, plan in enumerate(plans, start=1):
            if cancelled():
                raise BatchCancelled()
            (staging / plan.file_name).write_bytes(plan.render())
            progress(done, total)
        if cancelled():
            raise BatchCancelled()
        written = []
        for plan in plans:
            target = folder / plan.file_name
            os.replace(staging / plan.file_name, target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
