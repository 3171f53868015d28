"""`charitymart report ...` for the papers about money and donors: donor receipts, household
statements, consignor settlements, shift Z-reports, a receipt copy, a donation acknowledgement.

Every command reads the store (no writes), prints one summary line on success, and leaves
errors to cli.main (stderr, exit 1).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from charitymart.report_commands.common import (
    opened_store,
    report_language,
    require_store,
    script_actor,
)
from charitymart.reports.receipt import PAPERS
from charitymart.services.documents import donors as documents_donors
from charitymart.services.documents import money as documents_money
from charitymart.services.documents import z_thermal
from charitymart.services.documents.common import write_all, write_pdf
from charitymart.services.errors import ValidationError
from charitymart.services.sales import receipt_printer


def month_arg(text: str) -> tuple[int, int]:
    try:
        first = date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (YYYY-MM)") from None
    return first.year, first.month


def day_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _folder_summary(paths: list[Path], what: str, month: tuple[int, int], folder: Path) -> str:
    return f"wrote {len(paths)} {what} for {month[0]:04d}-{month[1]:02d} to {folder}"


def donor_receipts(args) -> int:
    with opened_store(args) as handle, handle.readers() as s:
        language = report_language(args, require_store(s))
        paths = write_all(args.out, documents_donors.donor_receipts_pdfs(s, script_actor(s), *args.month, language))
    print(_folder_summary(paths, "donor receipts", args.month, args.out))
    return 0


def beneficiary_statements(args) -> int:
    # A write transaction: each household's statement is recorded as a print of its personal data.
    with opened_store(args) as handle, handle.sessions.begin() as s:
        language = report_language(args, require_store(s))
        documents = documents_money.beneficiary_statements_pdfs(s, script_actor(s), *args.month, language)
        paths = write_all(args.out, documents)
    print(_folder_summary(paths, "household statements", args.month, args.out))
    return 0


def consignor_settlements(args) -> int:
    with opened_store(args) as handle, handle.readers() as s:
        language = report_language(args, require_store(s))
        paths = write_all(args.out, documents_money.consignor_settlements_pdfs(s, script_actor(s), *args.month, language))
    print(_folder_summary(paths, "consignor settlements", args.month, args.out))
    return 0


def z_report(args) -> int:
    if args.receipt_printer:
        return z_report_on_receipt_printer(args)
    if args.out is None:
        raise ValidationError("give --out FILE.pdf or --receipt-printer", field="out")
    with opened_store(args) as handle, handle.readers() as s:
        language = report_language(args, require_store(s))
        count, content = documents_money.z_report_pdf_for(s, script_actor(s), shift_id=args.shift, day=args.date, language=language)
    write_pdf(args.out, content)
    print(f"wrote the report of {count} shift(s) to {args.out}")
    return 0


def z_report_on_receipt_printer(args) -> int:
    """The Z-report in the paper's columns on the store's ESC/POS receipt printer."""
    with opened_store(args) as handle, handle.readers() as s:
        language = report_language(args, require_store(s))
        count, lines, printer = z_thermal.z_report_text_for(s, script_actor(s), shift_id=args.shift, day=args.date,
                                                            language=language)
    where = receipt_printer.print_lines(printer, lines)
    print(f"printed the report of {count} shift(s) on the receipt printer ({where})")
    return 0


def receipt(args) -> int:
    with opened_store(args) as handle, handle.readers() as s:
        language = report_language(args, require_store(s))
        content = documents_money.receipt_pdf(s, args.number, args.paper, language)
    write_pdf(args.out, content)
    print(f"wrote a copy of receipt {args.number.strip()} ({args.paper}) to {args.out}")
    return 0


def acknowledgement(args) -> int:
    with opened_store(args) as handle, handle.readers() as s:
        language = report_language(args, require_store(s))
        content = documents_donors.donation_acknowledgement_pdf(s, script_actor(s), args.donation, language)
    write_pdf(args.out, content)
    print(f"wrote the acknowledgement of donation {args.donation.strip()} to {args.out}")
    return 0


def add_parsers(kinds, common) -> None:
    for name, handler, help_text in (
        ("donor-receipts", donor_receipts, "one receipt per donor with donations in the month"),
        ("beneficiary-statements", beneficiary_statements, "one statement per household with visits in the month"),
        ("consignor-settlement", consignor_settlements, "one settlement per consignor whose goods sold in the month"),
    ):
        parser = kinds.add_parser(name, parents=[common], help=help_text)
        parser.add_argument("--month", type=month_arg, required=True, help="the month, YYYY-MM")
        parser.add_argument("--out", type=Path, required=True, help="folder for the PDFs (created if missing)")
        parser.set_defaults(report_handler=handler)

    z = kinds.add_parser("z", parents=[common], help="shift Z-report (one shift, or every shift of a day)")
    which = z.add_mutually_exclusive_group(required=True)
    which.add_argument("--shift", type=int, help="the shift's number")
    which.add_argument("--date", type=day_arg, help="every shift opened that day, YYYY-MM-DD")
    z.add_argument("--out", type=Path, help="the PDF file")
    z.add_argument("--receipt-printer", action="store_true",
                   help="print it on the store's ESC/POS receipt printer instead of a PDF")
    z.set_defaults(report_handler=z_report)

    copy = kinds.add_parser("receipt", parents=[common], help="a copy of a receipt")
    copy.add_argument("--number", required=True, help="receipt number, e.g. T1-2026-000123")
    copy.add_argument("--paper", choices=sorted(PAPERS), default="80mm")
    copy.add_argument("--out", type=Path, required=True, help="the PDF file")
    copy.set_defaults(report_handler=receipt)

    ack = kinds.add_parser("acknowledgement", parents=[common], help="the acknowledgement of one donation")
    ack.add_argument("--donation", required=True, help="donation number, e.g. D2026-000012")
    ack.add_argument("--out", type=Path, required=True, help="the PDF file")
    ack.set_defaults(report_handler=acknowledgement)
