"""Importers for the stock room: catalog (items), donors (the party register), donations (intake).

Columns and rules: docs/import-formats.md. Each returns (added, updated) and adds a Problem for
every bad row; services.data.imports wraps them in one all-or-nothing SAVEPOINT.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial

from sqlalchemy.orm import Session

from charitymart.db.models import FUND_SOURCES, PARTY_KINDS
from charitymart.services.context import Actor, store_today
from charitymart.services.data.imports_common import Keys, Spec, attempt, pick, positive
from charitymart.services.errors import ValidationError
from charitymart.services.people import parties
from charitymart.services.stock import catalog, intake
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.tabular import Problem, RowReader, Table

PARTY_KIND_ALIASES = {
    "organization": "organisation", "个人": "person", "单位": "organisation", "机构": "organisation",
    "组织": "organisation", "匿名": "anonymous", "供应商": "supplier", "寄售": "consignor", "寄售方": "consignor",
}
FUND_SOURCE_ALIASES = {"捐赠": "donated", "采购": "purchased", "寄售": "consigned"}
DONATION_FIELDS = {"party_code": "donor_code", "received_on": "date", "lines": "barcode"}


def _barcode_key(code: str) -> str:
    """A 12-digit UPC-A and its 13-digit EAN form are one code (as catalog.find_by_code says)."""
    return "0" + code if code.isdigit() and len(code) == 12 else code


def _checked_barcode(reader: RowReader) -> str | None:
    code = reader.text("barcode", max_length=catalog.MAX_CODE_LENGTH)
    if code is None:
        return None
    try:
        return catalog.check_barcode(code)
    except ValidationError as exc:
        reader.problem("barcode", exc.template, **exc.params)
        return None


# --- catalog ----------------------------------------------------------------------------------

def run_catalog(session: Session, actor: Actor, table: Table, problems: list[Problem]) -> tuple[int, int]:
    """An existing barcode updates its item (catalog.edit_item); a new one adds an item. Categories
    the store has not seen are created by the catalog service."""
    present = set(table.columns)
    keys = Keys("barcode", "barcode {key} is also on row {row}: give each once")
    added = updated = 0
    for number, cells in table.rows:
        before = len(problems)
        reader = RowReader(number, cells, problems)
        code = _checked_barcode(reader)
        values = {
            "name": reader.text("name"),
            "category": reader.text("category", required=False, max_length=100),
            "price": reader.money("price"),
        }
        if "name_en" in present:
            values["name_en"] = reader.text("name_en", required=False)
        if "unit" in present:
            values["unit"] = reader.text("unit", required=False, max_length=20)
        if "reorder_level" in present:
            values["reorder_level"] = reader.integer("reorder_level", required=False, default=0)
        if "allowance_ok" in present:
            values["allowance_ok"] = reader.boolean("allowance_ok", default=True)
        if code is not None:
            keys.first_use(reader, _barcode_key(code))
        if len(problems) > before:
            continue
        values["category"] = values["category"] or None
        item = catalog.find_by_code(session, code)
        if item is not None:
            call = partial(catalog.edit_item, session, actor, item.id, **values)
        else:
            call = partial(catalog.add_item, session, actor, barcodes=[code], **values)
        ok = attempt(session, problems, [number], table.columns, call)
        updated += ok and item is not None
        added += ok and item is None
    return added, updated


# --- donors -----------------------------------------------------------------------------------

def run_donors(session: Session, actor: Actor, table: Table, problems: list[Problem]) -> tuple[int, int]:
    """Donors, suppliers and consignors by code: an existing code updates (parties.edit_party)."""
    keys = Keys("code", "code {key} is also on row {row}: give each once")
    added = updated = 0
    for number, cells in table.rows:
        before = len(problems)
        reader = RowReader(number, cells, problems)
        code = reader.text("code", max_length=40)
        values = {
            "kind": pick(reader, "kind", PARTY_KINDS, PARTY_KIND_ALIASES),
            "name": reader.text("name", required=False),
            "public_name_ok": reader.boolean("public_name_ok", default=False),
            "phone": reader.text("phone", required=False, max_length=50),
        }
        if code is not None:
            keys.first_use(reader, code)
        if len(problems) > before:
            continue
        exists = parties.get_by_code(session, code) is not None
        if exists:
            call = partial(parties.edit_party, session, actor, code, **values)
        else:
            call = partial(parties.add_party, session, actor, code=code, **values)
        ok = attempt(session, problems, [number], table.columns, call)
        updated += ok and exists
        added += ok and not exists
    return added, updated


# --- donations --------------------------------------------------------------------------------

@dataclass
class _Donation:
    """Consecutive rows with the same date, donor code and fund source (and donation_number, when
    the file is an export): one intake."""

    key: tuple
    first_row: int
    day: date | None = None
    donor: str = ""
    fund_source: str = "donated"
    receipt: tuple[str, str] = ("", "")
    receipt_row: int | None = None
    rows: list[int] = field(default_factory=list)  # rows whose line is good
    lines: list[IntakeLine] = field(default_factory=list)


def _donation_key(cells: dict[str, str]) -> tuple:
    return (cells.get("date", "").strip(), cells.get("donor_code", "").strip(),
            cells.get("fund_source", "").strip().lower() or "donated", cells.get("donation_number", "").strip())


def _known_donor(session: Session, reader: RowReader, code: str, seen: dict[str, bool]) -> None:
    if code not in seen:
        seen[code] = parties.get_by_code(session, code) is not None
    if not seen[code]:
        reader.problem("donor_code", "no donor, supplier or consignor has the code {code}: import the donors first",
                       code=code)


def _known_item(session: Session, reader: RowReader, code: str, seen: dict[str, bool]) -> None:
    if code not in seen:
        seen[code] = catalog.find_by_code(session, code) is not None
    if not seen[code]:
        reader.problem("barcode", "no item has the barcode {code}: import the catalog first", code=code)


def _read_donations(session: Session, table: Table, problems: list[Problem]) -> list[_Donation]:
    present = set(table.columns)
    donations: list[_Donation] = []
    donors: dict[str, bool] = {}
    items: dict[str, bool] = {}
    today = store_today(session)
    for number, cells in table.rows:
        before = len(problems)
        reader = RowReader(number, cells, problems)
        key = _donation_key(cells)
        if not donations or donations[-1].key != key:
            donations.append(_Donation(key=key, first_row=number))
        donation = donations[-1]
        day = reader.day("date")
        if day is not None and day > today:
            reader.problem("date", "{date} is in the future", date=day.isoformat())
        donor = reader.text("donor_code", required=False, max_length=40)
        source = pick(reader, "fund_source", FUND_SOURCES, FUND_SOURCE_ALIASES, default="donated")
        code = _checked_barcode(reader)
        line = {
            "quantity": positive(reader, "quantity"),
            "unit_value": reader.money("unit_value"),
            "expiry": reader.day("expiry", required=False) if "expiry" in present else None,
            "weight_g": reader.integer("weight_g", required=False, default=0) if "weight_g" in present else 0,
        }
        receipt = (reader.text("receipt_code", required=False, max_length=40) or "",
                   reader.text("receipt_number", required=False, max_length=40) or "")
        if donor:
            _known_donor(session, reader, donor, donors)
        if code:
            _known_item(session, reader, code, items)
        if any(receipt):
            if donation.receipt_row is None:
                donation.receipt, donation.receipt_row = receipt, number
            elif receipt != donation.receipt:
                reader.problem("receipt_number", "the same donation has 捐赠票据 {receipt} on row {row}: "
                                                 "one donation, one 捐赠票据", receipt=" ".join(donation.receipt),
                               row=donation.receipt_row)
        if len(problems) > before:
            continue
        donation.day, donation.donor, donation.fund_source = day, donor, source
        donation.rows.append(number)
        donation.lines.append(IntakeLine(barcode=code, **line))
    return donations


def run_donations(session: Session, actor: Actor, table: Table, problems: list[Problem]) -> tuple[int, int]:
    """Each row is one line; consecutive rows of one date and donor code form one donation
    (intake.record_intake). Every row adds a line: (rows added, 0)."""
    added = 0
    for donation in _read_donations(session, table, problems):
        if not donation.lines:
            continue
        rows_for = {"receipt_code": donation.receipt_row or donation.first_row,
                    "receipt_number": donation.receipt_row or donation.first_row}
        call = partial(intake.record_intake, session, actor, fund_source=donation.fund_source,
                       lines=donation.lines, party_code=donation.donor or None, received_on=donation.day,
                       receipt_code=donation.receipt[0], receipt_number=donation.receipt[1])
        ok = attempt(session, problems, donation.rows, table.columns, call, DONATION_FIELDS,
                     row_for_field=rows_for)
        added += len(donation.lines) if ok else 0
    return added, 0


CATALOG = Spec(["barcode", "name", "category", "price"], ["name_en", "unit", "reorder_level", "allowance_ok"],
               run_catalog)
DONORS = Spec(["code", "name", "kind", "public_name_ok", "phone"], [], run_donors)
DONATIONS = Spec(["date", "donor_code", "barcode", "quantity", "unit_value"],
                 ["expiry", "weight_g", "fund_source", "receipt_code", "receipt_number",
                  # the rest of the donations export, accepted so export -> import round-trips
                  "donation_number", "donor_name", "name", "value"],
                 run_donations)
