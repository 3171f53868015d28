"""Time the monthly donor receipts on a large generated store (target: 500 receipts <= 60 s).
Never run in CI.

    cp /tmp/cm-bench/large.sqlite /tmp/cm-bench/docs-money.sqlite   # opening migrates: use a copy
    .venv/bin/python benchmarks/bench_donor_receipts.py /tmp/cm-bench/docs-money.sqlite [--receipts 500]
        [--month YYYY-MM] [--lang zh_CN] [--out DIR]

Finds the month with the most donors (unless --month is given), then times, in one read
session as `charitymart report donor-receipts` runs: the reporting query, and rendering the
first N receipts (all of them when the month has fewer). With --out the PDFs are also written.
Prints one line per step and the total.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def busiest_month(session) -> tuple[int, int, int]:
    """(year, month, donors) of the month with the most distinct donors of donated goods or cash."""
    from sqlalchemy import func, select

    from charitymart.db.models import Donation

    month = func.strftime("%Y-%m", Donation.received_on)
    row = session.execute(
        select(month, func.count(func.distinct(Donation.party_id)))
        .where(Donation.fund_source == "donated", Donation.party_id.is_not(None))
        .group_by(month).order_by(func.count(func.distinct(Donation.party_id)).desc()).limit(1)).one()
    year, number = row[0].split("-")
    return int(year), int(number), row[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--receipts", type=int, default=500)
    parser.add_argument("--month", help="YYYY-MM (default: the month with the most donors)")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("CHARITYMART_HOME", str(args.db.with_name(args.db.name + ".home")))

    from charitymart.report_commands.common import script_actor
    from charitymart.reports.donor_receipt import donor_receipt_pdf
    from charitymart.services import reporting
    from charitymart.services.documents.common import store_heading, write_pdf
    from charitymart.services.documents.donors import donor_receipt_filename
    from charitymart.services.store.setup import open_store

    handle = open_store(args.db)
    try:
        with handle.readers() as s:
            started = time.perf_counter()
            if args.month:
                year, month = (int(part) for part in args.month.split("-"))
                donors = None
            else:
                year, month, donors = busiest_month(s)
            found = time.perf_counter()
            receipts = reporting.donor_receipts(s, script_actor(s), year, month)
            queried = time.perf_counter()
            heading = store_heading(s)
            chosen = receipts[: args.receipts]
            pages = 0
            sizes = 0
            for receipt in chosen:
                content = donor_receipt_pdf(receipt, heading, args.lang)
                sizes += len(content)
                pages += content.count(b"/Type /Page\n") or content.count(b"/Type /Page")
                if args.out:
                    write_pdf(args.out / donor_receipt_filename(receipt.party_code, year, month), content)
            rendered = time.perf_counter()
    finally:
        handle.close()
    donations = sum(len(r.donations) for r in chosen)
    lines = sum(len(d.lines) for r in chosen for d in r.donations)
    print(f"month {year:04d}-{month:02d}: {len(receipts)} donors"
          + (f" (busiest month, found in {found - started:.2f} s)" if donors is not None else ""))
    print(f"query donor_receipts: {queried - found:.2f} s")
    print(f"rendered {len(chosen)} receipts ({donations} donations, {lines} lines, {sizes / 1e6:.1f} MB"
          f"{', written' if args.out else ''}) in {rendered - queried:.2f} s "
          f"({(rendered - queried) / max(1, len(chosen)) * 1000:.0f} ms each)")
    total = rendered - found
    print(f"total for {len(chosen)} receipts: {total:.2f} s (target <= 60 s for 500)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
