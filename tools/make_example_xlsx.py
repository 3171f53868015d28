"""Write docs/examples/<kind>.xlsx from docs/examples/<kind>.csv (the same rows).

Cells are typed the way a manager's spreadsheet holds them: amounts and counts as numbers,
dates as dates, and codes (barcodes, card numbers, ID numbers, phones) as text, so Excel shows
6901234567014 rather than 6.90123E+12 and keeps a leading zero or a trailing X.

    python tools/make_example_xlsx.py            # every kind
    python tools/make_example_xlsx.py catalog    # one kind
"""

from __future__ import annotations

import csv
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
KINDS = ("catalog", "donors", "donations", "beneficiaries", "volunteers", "expenses")
MONEY = {"price", "unit_value", "value", "allowance", "amount"}
WHOLE = {"quantity", "reorder_level", "weight_g", "household_size", "visit_limit"}
DATES = {"date", "expiry", "valid_until"}
# A fixed time stamp, so running the script again gives the same workbook contents.
STAMP = datetime(2026, 3, 1)


def typed(column: str, text: str):
    if text == "":
        return None
    if column in MONEY:
        return Decimal(text)
    if column in WHOLE:
        return int(text)
    if column in DATES:
        return date.fromisoformat(text)
    return text


def write_xlsx(kind: str) -> Path:
    source = EXAMPLES / f"{kind}.csv"
    with source.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    book = Workbook()
    sheet = book.active
    sheet.title = kind
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([typed(column, text) for column, text in zip(header, row)])
    for index, column in enumerate(header, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        width = max(len(column), *(len(r[index - 1]) * 2 for r in rows if index - 1 < len(r)))
        sheet.column_dimensions[letter].width = min(max(width, 8), 40) + 2
        for cell in sheet[letter][1:]:
            if column in DATES:
                cell.number_format = "yyyy-mm-dd"
            elif column in MONEY:
                cell.number_format = "0.00"
            elif column not in WHOLE:
                cell.number_format = "@"  # text: Excel keeps codes as typed
    sheet.freeze_panes = "A2"
    book.properties.creator = "CharityMart"
    book.properties.created = book.properties.modified = STAMP
    target = EXAMPLES / f"{kind}.xlsx"
    book.save(target)
    return target


def main(argv: list[str]) -> int:
    kinds = argv or list(KINDS)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        print(f"unknown kind: {', '.join(unknown)} (one of {', '.join(KINDS)})", file=sys.stderr)
        return 2
    for kind in kinds:
        print(write_xlsx(kind))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
