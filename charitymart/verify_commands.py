"""`charitymart verify --report FILE.pdf` and `verify --report-hash HEX --month YYYY-MM`: does a
printed 公示 match the ledger? (services.reporting.report_check does the work.)"""

from __future__ import annotations

import argparse
from pathlib import Path


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
    raise NotImplementedError
