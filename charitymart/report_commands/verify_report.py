"""`charitymart verify --report FILE.pdf` and `verify --report-hash HEX --month YYYY-MM`: does a
printed 公示 match the ledger? (services.documents.report_check does the work.)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from charitymart.db.models import Store
from charitymart.services.store.setup import open_store


def _month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(part) for part in text.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
        return year, month
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (YYYY-MM)") from None


def add_report_options(check: argparse.ArgumentParser) -> None:
    check.add_argument("--report", type=Path, help="a transparency report (PDF): do its figures match the ledger?")
    check.add_argument("--report-hash", help="the figures hash printed on a paper report (with --month)")
    check.add_argument("--month", type=_month, help="the month of --report-hash (YYYY-MM)")


def verify_report(args) -> int:
    from charitymart.services.documents import report_check
    from charitymart.services.errors import CharityMartError

    if args.report is None and args.month is None:
        raise CharityMartError("--report-hash needs the report's --month (YYYY-MM)")
    pdf = args.report.read_bytes() if args.report is not None else None
    handle = open_store(args.db)
    try:
        with handle.readers() as s:
            language = getattr(args, "lang", None) or s.get(Store, 1).language or "zh_CN"
            if pdf is not None:
                check = report_check.check_report(s, pdf, language)
            else:
                check = report_check.check_hash(s, args.report_hash, *args.month, language)
    finally:
        handle.close()
    month = f"{check.year:04d}-{check.month:02d}"
    from charitymart.reports.text import document_text

    tr = document_text(language)
    if check.ok:
        print(tr("The report of {month} matches the ledger: figures hash {hash}", month=month, hash=check.ledger_hash))
        return 0
    print(tr("The report of {month} does not match the ledger:", month=month), file=sys.stderr)
    for problem in check.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1
