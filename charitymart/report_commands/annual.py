"""`charitymart report annual --year YYYY --out FILE.pdf`: the annual report (年度工作报告 figures)."""

from __future__ import annotations

import argparse

from charitymart.report_commands.common import opened_store, report_language, require_store
from charitymart.report_commands.month import write_pdf
from charitymart.reports.annual_report import annual_pdf
from charitymart.services.documents import annual


def _year(text: str) -> int:
    if len(text) == 4 and text.isdigit() and int(text) >= 2000:
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not a year (YYYY)")


def cmd_annual(args) -> int:
    with opened_store(args) as handle, handle.readers() as s:
        store = require_store(s)
        document = annual.annual_document(s, args.year)
        data = annual_pdf(document, report_language(args, store))
    write_pdf(args.out, data)
    figures = document.figures
    print(f"wrote {args.out}: annual report for {args.year} ({figures.first.isoformat()} to "
          f"{figures.last.isoformat()}); chain head {figures.chain_head}")
    return 0


def add_parsers(kinds, common) -> None:
    report = kinds.add_parser("annual", parents=[common], help="the annual report (年度工作报告), from the twelve months")
    report.add_argument("--year", type=_year, required=True, metavar="YYYY")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.set_defaults(report_handler=cmd_annual)
